#include "ui/widgets/DomainText.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("DomainText", text, disambiguation);
}
} // namespace

namespace DomainText {

QString channel(ConsentEvent::Channel channel)
{
    switch (channel) {
    case ConsentEvent::Channel::WebCheckbox:
        return tr("Web checkbox");
    case ConsentEvent::Channel::EmailLink:
        return tr("Email link");
    case ConsentEvent::Channel::Phone:
        return tr("Phone", "consent channel");
    case ConsentEvent::Channel::InStore:
        return tr("In store");
    case ConsentEvent::Channel::PaperForm:
        return tr("Paper form");
    case ConsentEvent::Channel::Import:
        return tr("Import", "consent channel");
    }
    return {};
}

QString consentState(ConsentStatus::State state)
{
    switch (state) {
    case ConsentStatus::State::NoDecision:
        return tr("No decision");
    case ConsentStatus::State::Granted:
        return tr("Granted");
    case ConsentStatus::State::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString legalBasis(Purpose::LegalBasis basis)
{
    switch (basis) {
    case Purpose::LegalBasis::Consent:
        return tr("Consent");
    case Purpose::LegalBasis::Contract:
        return tr("Contract");
    case Purpose::LegalBasis::LegalObligation:
        return tr("Legal obligation");
    case Purpose::LegalBasis::LegitimateInterest:
        return tr("Legitimate interest");
    case Purpose::LegalBasis::VitalInterest:
        return tr("Vital interest");
    case Purpose::LegalBasis::PublicTask:
        return tr("Public task");
    }
    return {};
}

QString requestType(Request::Type type)
{
    switch (type) {
    case Request::Type::Access:
        return tr("Access");
    case Request::Type::Rectification:
        return tr("Rectification");
    case Request::Type::Erasure:
        return tr("Erasure");
    case Request::Type::Restriction:
        return tr("Restriction");
    case Request::Type::Objection:
        return tr("Objection");
    case Request::Type::Portability:
        return tr("Portability");
    case Request::Type::ConsentWithdrawal:
        return tr("Consent withdrawal");
    }
    return {};
}

QString disclosureSource(const QString& code)
{
    if (code == QLatin1String("manual")) {
        return QCoreApplication::translate("DomainText", "By hand", "disclosure source");
    }
    if (code == QLatin1String("import")) {
        return QCoreApplication::translate("DomainText", "CSV import", "disclosure source");
    }
    if (code == QLatin1String("export")) {
        return QCoreApplication::translate("DomainText", "Audience export", "disclosure source");
    }
    return code;
}

QString requestState(Request::State state)
{
    switch (state) {
    case Request::State::Received:
        return tr("Received");
    case Request::State::IdentityVerification:
        return tr("Identity verification");
    case Request::State::InReview:
        return tr("In review");
    case Request::State::Approved:
        return tr("Approved");
    case Request::State::Completed:
        return tr("Completed");
    case Request::State::Rejected:
        return tr("Rejected");
    case Request::State::Withdrawn:
        return tr("Withdrawn", "request state");
    case Request::State::Executed:
        return tr("Executed");
    }
    return {};
}

QString dateTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QList<ConsentEvent::Channel> channels()
{
    return {ConsentEvent::Channel::WebCheckbox,
            ConsentEvent::Channel::EmailLink,
            ConsentEvent::Channel::Phone,
            ConsentEvent::Channel::InStore,
            ConsentEvent::Channel::PaperForm,
            ConsentEvent::Channel::Import};
}

QList<Purpose::LegalBasis> legalBases()
{
    return {Purpose::LegalBasis::Consent,
            Purpose::LegalBasis::Contract,
            Purpose::LegalBasis::LegalObligation,
            Purpose::LegalBasis::LegitimateInterest,
            Purpose::LegalBasis::VitalInterest,
            Purpose::LegalBasis::PublicTask};
}

} // namespace DomainText
