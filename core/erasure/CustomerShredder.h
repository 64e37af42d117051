#pragma once

#include "core/common/Result.h"
#include "core/crypto/BlindIndex.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// A legal hold that applies to one customer now: which fields it keeps and until when.
struct ApplicableHold
{
    qint64 ruleId = 0;
    QString category; ///< e.g. "invoices"
    QString basis; ///< e.g. "UU KUP Ps 28(11): tax records 10 years"
    QStringList fields; ///< customer field codes the hold needs, e.g. full_name, address
    QDateTime heldUntil;
};

/// What shredding a customer destroyed and kept (ids, codes and counts only).
struct ShredOutcome
{
    QString pseudonym;
    QStringList categories; ///< destroyed category codes (see CustomerShredder::categoryName)
    QList<ApplicableHold> held;
    qint64 consentEvents = 0;
    qint64 disclosures = 0;
    qint64 requestDetails = 0; ///< requests whose requester details were destroyed
    QList<qint64> recipients; ///< recipients that received the customer's data
};

/// Crypto-shreds one customer (ARCHITECTURE.md §3, §6): writes what the applicable legal holds
/// need as held records under keys of their own, destroys the customer's wrapped data key, the
/// customer row, consent events and state, disclosures and the requester details of their
/// requests, and leaves a tombstone by pseudonym. Used by the erasure (ErasureService) and by
/// the retention run for rules whose action is delete.
///
/// shred() checks no permission and writes no audit entry: the caller has checked, runs it
/// inside its own open transaction with its audit entry, and after committing calls forget()
/// and Database::truncateWal(), reporting success only if the log was emptied (freed pages
/// are zeroed by secure_delete, but the log keeps the old page images until then).
class CustomerShredder
{
public:
    explicit CustomerShredder(std::shared_ptr<Session> session);

    /// The pseudonymous id of @p customerId: HMAC under the blind-index subkey with the label
    /// "erasure_pseudonym", hex. Stable per workspace; the customer id cannot be read back.
    static QString pseudonym(const Session& session, const QString& customerId);
    /// The same with a blind index computed once (vault().blindIndex()), for many ids.
    static QString pseudonym(const BlindIndex& blindIndex, const QString& customerId);

    /// The active hold rules that apply to @p customerId at @p now (none when it is unknown).
    Result<QList<ApplicableHold>> holdsFor(const QString& customerId, const QDateTime& now);

    /// Shreds @p customerId inside the caller's open transaction. @p requestId (0: none) links
    /// held records and the tombstone and receives the recipients to notify as a checklist.
    /// @p reason is "erasure" or "retention". Any failure leaves the transaction doomed.
    Result<ShredOutcome> shred(const QString& customerId, qint64 requestId, const QString& reason);

    /// After the commit: drops the customer from this program's name index.
    void forget(const QString& customerId);

    /// Inside the caller's open transaction: writes what the applicable legal holds need of
    /// @p customerId as held records (as shred() does), so that a caller destroying the
    /// customer another way (the retention run's anonymisation) keeps them the same way.
    /// Adds the holds kept to @p out (which must carry the pseudonym).
    Status keepHeld(const QString& customerId, ShredOutcome* out);

    /// The translated name of a destroyed category code.
    static QString categoryName(const QString& code);
    /// The translated name of a customer field code kept by a hold.
    static QString fieldName(const QString& code);
    /// The customer fields a hold may keep.
    static QStringList holdableFields();

    /// Test seam: called at named steps of shred() and of the erasure; a returned error
    /// aborts there. Unset in the application; only tests set it.
    static std::function<Status(const QString& step)>& faultInjector();
    /// Calls the injector if one is set.
    static Status fault(const QString& step);

private:
    Status writeHeld(const QString& customerId, const QString& pseudonym, qint64 requestId, ShredOutcome* out);

    std::shared_ptr<Session> m_session;
};
