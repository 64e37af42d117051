#include "core/domain/Customer.h"

QString Customer::statusCode(Status s)
{
    switch (s) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Restricted:
        return QStringLiteral("restricted");
    case Status::Erased:
        return QStringLiteral("erased");
    }
    return {};
}

bool Customer::statusFromCode(const QString& code, Status* out)
{
    for (Status s : {Status::Active, Status::Restricted, Status::Erased}) {
        if (statusCode(s) == code) {
            *out = s;
            return true;
        }
    }
    return false;
}
