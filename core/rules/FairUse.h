#pragma once

#include "core/domain/Customer.h"
#include "core/domain/Purpose.h"

#include <QDateTime>
#include <QString>

/// Whether a customer's personal data may be used for a purpose at a moment: the one rule
/// behind mayUse(), audience exports and the record view (ARCHITECTURE.md §5).
///
/// Stale consent, precisely: notice versions are ordered by publication (their id). A grant
/// given under notice version V (V = 0 when none was recorded) is stale at time T when a
/// MATERIAL notice version M exists with M published after V (M.id > V) and M in effect
/// by T (M.effective <= T). Equivalently: with L = the newest material version in effect
/// at T, the grant is stale when V < L. A non-material version never makes a grant stale.
///
/// The rule, in order (the first that applies decides):
///  1. an erased or unknown customer, or an unknown purpose: refused;
///  2. an inactive purpose: refused;
///  3. a customer whose processing is restricted: refused (only storage is allowed);
///  4. an objection: refused for marketing purposes (absolute, GDPR Art. 21(3)) and for
///     purposes on legitimate interest or public task (Art. 21(1));
///  5. legal basis consent: allowed only with a current grant (latest event at T is a grant)
///     that is not stale; otherwise refused as no decision, withdrawn or stale;
///  6. any other legal basis: allowed.
class FairUse
{
public:
    enum class Reason {
        ConsentGiven, ///< allowed: a current, non-stale grant
        OtherLegalBasis, ///< allowed: the purpose does not rest on consent
        UnknownCustomer, ///< refused
        CustomerErased, ///< refused
        UnknownPurpose, ///< refused
        PurposeInactive, ///< refused
        Restricted, ///< refused: processing restricted
        Objected, ///< refused: the customer objected
        NoConsent, ///< refused: consent basis, never granted
        ConsentWithdrawn, ///< refused: the latest event is a withdrawal
        StaleConsent, ///< refused: granted under a notice older than a material one in effect
    };

    /// The facts the rule needs about one customer and one purpose at one moment.
    struct Facts
    {
        bool customerKnown = true;
        Customer::Status status = Customer::Status::Active;
        bool objected = false;
        bool purposeKnown = true;
        Purpose::LegalBasis legalBasis = Purpose::LegalBasis::Consent;
        bool marketing = false;
        bool purposeActive = true;
        bool hasEvent = false; ///< any consent event at or before the moment
        bool granted = false; ///< the latest event at or before the moment is a grant
        qint64 grantNoticeVersion = 0; ///< the notice version of that grant (0: none)
        qint64 latestMaterialInEffect = 0; ///< newest material notice version in effect (0: none)
    };

    /// The outcome: allowed or not, a stable reason code and a translated sentence.
    struct Decision
    {
        bool allowed = false;
        Reason reason = Reason::UnknownCustomer;
        QString message;
        bool stale = false; ///< the customer needs to consent again
    };

    /// Applies the rule to @p facts.
    static Decision decide(const Facts& facts);
    /// True when a grant under @p grantNoticeVersion is stale given @p latestMaterialInEffect.
    static bool isStale(qint64 grantNoticeVersion, qint64 latestMaterialInEffect)
    {
        return grantNoticeVersion < latestMaterialInEffect;
    }
    /// True when an objection stops use for a purpose with these properties.
    static bool objectionApplies(Purpose::LegalBasis basis, bool marketing);
    /// Stable code of a reason ("consent_given", "stale_consent", ...), for audit and exports.
    static QString reasonCode(Reason r);
    /// The translated sentence for a reason.
    static QString reasonText(Reason r);
};
