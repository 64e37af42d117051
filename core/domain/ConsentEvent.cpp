#include "core/domain/ConsentEvent.h"

QString ConsentEvent::channelCode(Channel c)
{
    switch (c) {
    case Channel::WebCheckbox:
        return QStringLiteral("web_checkbox");
    case Channel::EmailLink:
        return QStringLiteral("email_link");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::InStore:
        return QStringLiteral("in_store");
    case Channel::PaperForm:
        return QStringLiteral("paper_form");
    case Channel::Import:
        return QStringLiteral("import");
    }
    return {};
}

bool ConsentEvent::channelFromCode(const QString& code, Channel* out)
{
    for (Channel c : {Channel::WebCheckbox,
                      Channel::EmailLink,
                      Channel::Phone,
                      Channel::InStore,
                      Channel::PaperForm,
                      Channel::Import}) {
        if (channelCode(c) == code) {
            *out = c;
            return true;
        }
    }
    return false;
}
