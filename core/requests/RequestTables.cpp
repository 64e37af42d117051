// RequestService, part four: the fixed tables (channels, verification methods, rejection
// reasons) and their translated names.
#include "core/requests/RequestService.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)
};
} // namespace

QStringList RequestService::channels()
{
    return {QStringLiteral("email"),
            QStringLiteral("web_form"),
            QStringLiteral("phone"),
            QStringLiteral("in_store"),
            QStringLiteral("post"),
            QStringLiteral("in_app")};
}

QString RequestService::channelName(const QString& code)
{
    if (code == QLatin1String("email")) {
        return Tr::tr("Email");
    }
    if (code == QLatin1String("web_form")) {
        return Tr::tr("Web form");
    }
    if (code == QLatin1String("phone")) {
        return Tr::tr("Telephone");
    }
    if (code == QLatin1String("in_store")) {
        return Tr::tr("In store");
    }
    if (code == QLatin1String("post")) {
        return Tr::tr("Post");
    }
    if (code == QLatin1String("in_app")) {
        return Tr::tr("In the app (signed in)");
    }
    return code;
}

QString RequestService::methodCode(VerificationMethod m)
{
    switch (m) {
    case VerificationMethod::SignedInAccount:
        return QStringLiteral("signed_in_account");
    case VerificationMethod::EmailCode:
        return QStringLiteral("email_code");
    case VerificationMethod::IdDocumentSeen:
        return QStringLiteral("id_document_seen");
    }
    return {};
}

bool RequestService::methodFromCode(const QString& code, VerificationMethod* out)
{
    for (auto m :
         {VerificationMethod::SignedInAccount, VerificationMethod::EmailCode, VerificationMethod::IdDocumentSeen}) {
        if (methodCode(m) == code) {
            *out = m;
            return true;
        }
    }
    return false;
}

QString RequestService::methodName(VerificationMethod m)
{
    switch (m) {
    case VerificationMethod::SignedInAccount:
        return Tr::tr("Signed-in customer account");
    case VerificationMethod::EmailCode:
        return Tr::tr("Code sent to the customer's email address");
    case VerificationMethod::IdDocumentSeen:
        return Tr::tr("ID document seen in person (not stored)");
    }
    return {};
}

QList<RequestService::RejectReason> RequestService::rejectReasons()
{
    return {RejectReason::IdentityNotVerified,
            RejectReason::InsufficientVerification,
            RejectReason::NoMatchingCustomer,
            RejectReason::RequestNotCovered,
            RejectReason::OutsideJurisdiction,
            RejectReason::ManifestlyUnfounded,
            RejectReason::Other};
}

QString RequestService::reasonCode(RejectReason r)
{
    switch (r) {
    case RejectReason::IdentityNotVerified:
        return QStringLiteral("identity_not_verified");
    case RejectReason::InsufficientVerification:
        return QStringLiteral("insufficient_verification");
    case RejectReason::NoMatchingCustomer:
        return QStringLiteral("no_matching_customer");
    case RejectReason::RequestNotCovered:
        return QStringLiteral("request_not_covered");
    case RejectReason::OutsideJurisdiction:
        return QStringLiteral("outside_jurisdiction");
    case RejectReason::ManifestlyUnfounded:
        return QStringLiteral("manifestly_unfounded_or_excessive");
    case RejectReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

bool RequestService::reasonFromCode(const QString& code, RejectReason* out)
{
    for (RejectReason r : rejectReasons()) {
        if (reasonCode(r) == code) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString RequestService::reasonName(RejectReason r)
{
    switch (r) {
    case RejectReason::IdentityNotVerified:
        return Tr::tr("Identity not verified");
    case RejectReason::InsufficientVerification:
        return Tr::tr("Insufficient verification");
    case RejectReason::NoMatchingCustomer:
        return Tr::tr("No matching customer");
    case RejectReason::RequestNotCovered:
        return Tr::tr("Request not covered by the law");
    case RejectReason::OutsideJurisdiction:
        return Tr::tr("Outside the jurisdiction");
    case RejectReason::ManifestlyUnfounded:
        return Tr::tr("Manifestly unfounded or excessive");
    case RejectReason::Other:
        return Tr::tr("Other reason");
    }
    return {};
}
