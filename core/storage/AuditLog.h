#pragma once

#include "core/common/Result.h"
#include "core/crypto/Vault.h"
#include "core/domain/AuditEntry.h"
#include "core/storage/Database.h"

#include <functional>
#include <memory>
#include <optional>

/// Who did something: the signed-in staff member, or "system" for automatic work.
struct AuditActor
{
    qint64 id = 0;
    QString username;
    QString roles; ///< role codes held at the time, e.g. "agent,officer"
};

/// What was done: action code, the object it concerns, and ids or counts only.
struct AuditRecord
{
    QString action; ///< e.g. "customer.create"
    QString objectType;
    QString objectId;
    QString justification;
    QString details; ///< ids and counts only, never personal data
};

/// The tamper-evident audit trail (ARCHITECTURE.md §7):
/// mac_n = HMAC-SHA256(audit key, mac_{n-1} || canonical(entry_n)), mac_0 = 32 zero bytes.
/// Every state change appends one entry in the same transaction as the change, through
/// Session::audit (the one mechanism every service uses).
class AuditLog
{
public:
    /// The chain's current end, printed in exports and reports as "SEQ:MACHEX".
    struct Head
    {
        qint64 seq = 0;
        QByteArray mac;
        QString toString() const;
        /// Reads "SEQ:MACHEX"; a clear error for anything else.
        static Result<Head> parse(const QString& text);
    };

    /// The outcome of a verification.
    struct Verification
    {
        bool intact = false;
        qint64 entries = 0; ///< entries checked
        qint64 firstBroken = 0; ///< the first altered, missing, reordered or inserted entry (0: none)
        QString problem; ///< a translated sentence describing it
        Head head; ///< the last verified entry
    };

    AuditLog(std::shared_ptr<Database> db, Vault vault);

    /// Appends one entry inside the caller's open transaction (or its own when none is open).
    Result<AuditEntry> append(const AuditActor& actor, const AuditRecord& record);

    /// The last entry's sequence number and MAC (seq 0 on an empty trail).
    Result<Head> head() const;

    /// Recomputes the whole chain. With @p checkpoint, also proves that the chain still
    /// reaches it (a truncated tail is caught). @p progress gets (done, total) and may
    /// return false to cancel (ErrorCode::Cancelled).
    Result<Verification> verify(const std::optional<Head>& checkpoint = std::nullopt,
                                const std::function<bool(qint64, qint64)>& progress = {}) const;

    /// Entries matching @p filter, up to @p upToSeq when it is above 0. No permission check:
    /// AuditService decides who reads the trail.
    Result<qint64> count(const AuditFilter& filter, qint64 upToSeq = 0) const;
    /// Up to @p limit entries matching @p filter before @p beforeSeq (0: from the newest), newest first.
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 beforeSeq, int limit) const;
    /// Every entry matching @p filter up to @p upToSeq, oldest first, in batches (a trail of
    /// millions is never held at once). @p visit returning false stops the walk.
    Status
    forEach(const AuditFilter& filter, qint64 upToSeq, const std::function<bool(const AuditEntry&)>& visit) const;

    /// Moves the events recorded while the workspace was locked (pending_audit) into the chain.
    Status chainPending();

    /// Records an event while no one is signed in (no key to MAC it yet).
    static Status
    recordPending(const Database& db, const QString& actor, const QString& action, const QString& details);

    /// The canonical byte form of an entry that the MAC covers (everything but the MACs).
    static QByteArray canonical(const AuditEntry& entry);
    /// The same from raw fields: @p texts are the UTF-8 bytes of actor, role, action, object
    /// type, object id, justification and details, in that order.
    static QByteArray canonicalBytes(qint64 seq, qint64 occurredMs, qint64 actorId, const QByteArray (&texts)[7]);

private:
    Status checkCheckpoint(const std::optional<Head>& checkpoint, Verification* v) const;

    // The two statements every append runs, prepared once on this AuditLog's connection
    // (an AuditLog is used on the thread that owns its Database, like the Database itself).
    struct Statements
    {
        QSqlQuery head;
        QSqlQuery insert;
        bool headPrepared = false;
        bool insertPrepared = false;
    };

    std::shared_ptr<Database> m_db;
    Vault m_vault;
    mutable std::shared_ptr<Statements> m_statements;
};
