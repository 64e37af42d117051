#include "core/rules/FairUse.h"

#include <QCoreApplication>

namespace {
FairUse::Decision make(FairUse::Reason r, bool allowed)
{
    FairUse::Decision d;
    d.allowed = allowed;
    d.reason = r;
    d.message = FairUse::reasonText(r);
    d.stale = r == FairUse::Reason::StaleConsent;
    return d;
}
} // namespace

bool FairUse::objectionApplies(Purpose::LegalBasis basis, bool marketing)
{
    return marketing || basis == Purpose::LegalBasis::LegitimateInterest || basis == Purpose::LegalBasis::PublicTask;
}

FairUse::Decision FairUse::decide(const Facts& f)
{
    if (!f.customerKnown) {
        return make(Reason::UnknownCustomer, false);
    }
    if (f.status == Customer::Status::Erased) {
        return make(Reason::CustomerErased, false);
    }
    if (!f.purposeKnown) {
        return make(Reason::UnknownPurpose, false);
    }
    if (!f.purposeActive) {
        return make(Reason::PurposeInactive, false);
    }
    if (f.status == Customer::Status::Restricted) {
        return make(Reason::Restricted, false);
    }
    if (f.objected && objectionApplies(f.legalBasis, f.marketing)) {
        return make(Reason::Objected, false);
    }
    if (f.legalBasis != Purpose::LegalBasis::Consent) {
        return make(Reason::OtherLegalBasis, true);
    }
    if (!f.hasEvent) {
        return make(Reason::NoConsent, false);
    }
    if (!f.granted) {
        return make(Reason::ConsentWithdrawn, false);
    }
    if (isStale(f.grantNoticeVersion, f.latestMaterialInEffect)) {
        return make(Reason::StaleConsent, false);
    }
    return make(Reason::ConsentGiven, true);
}

QString FairUse::reasonCode(Reason r)
{
    switch (r) {
    case Reason::ConsentGiven:
        return QStringLiteral("consent_given");
    case Reason::OtherLegalBasis:
        return QStringLiteral("other_legal_basis");
    case Reason::UnknownCustomer:
        return QStringLiteral("unknown_customer");
    case Reason::CustomerErased:
        return QStringLiteral("customer_erased");
    case Reason::UnknownPurpose:
        return QStringLiteral("unknown_purpose");
    case Reason::PurposeInactive:
        return QStringLiteral("purpose_inactive");
    case Reason::Restricted:
        return QStringLiteral("restricted");
    case Reason::Objected:
        return QStringLiteral("objected");
    case Reason::NoConsent:
        return QStringLiteral("no_consent");
    case Reason::ConsentWithdrawn:
        return QStringLiteral("consent_withdrawn");
    case Reason::StaleConsent:
        return QStringLiteral("stale_consent");
    }
    return {};
}

QString FairUse::reasonText(Reason r)
{
    switch (r) {
    case Reason::ConsentGiven:
        return QCoreApplication::translate("FairUse", "Allowed: the customer's consent is current.");
    case Reason::OtherLegalBasis:
        return QCoreApplication::translate("FairUse",
                                           "Allowed: the purpose rests on a legal basis other than consent.");
    case Reason::UnknownCustomer:
        return QCoreApplication::translate("FairUse", "Refused: there is no such customer.");
    case Reason::CustomerErased:
        return QCoreApplication::translate("FairUse", "Refused: the customer's data was erased.");
    case Reason::UnknownPurpose:
        return QCoreApplication::translate("FairUse", "Refused: there is no such purpose.");
    case Reason::PurposeInactive:
        return QCoreApplication::translate("FairUse", "Refused: the purpose is no longer active.");
    case Reason::Restricted:
        return QCoreApplication::translate("FairUse",
                                           "Refused: processing of this customer's data is restricted; it may only be "
                                           "stored.");
    case Reason::Objected:
        return QCoreApplication::translate("FairUse", "Refused: the customer objected to this kind of processing.");
    case Reason::NoConsent:
        return QCoreApplication::translate("FairUse", "Refused: the customer never gave consent for this purpose.");
    case Reason::ConsentWithdrawn:
        return QCoreApplication::translate("FairUse", "Refused: the customer withdrew consent for this purpose.");
    case Reason::StaleConsent:
        return QCoreApplication::translate("FairUse",
                                           "Refused: consent was given under an older privacy notice; a material "
                                           "change since needs the customer's consent again.");
    }
    return {};
}
