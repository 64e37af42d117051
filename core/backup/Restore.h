#pragma once

#include "core/backup/BackupService.h"
#include "core/erasure/ErasureLedger.h"

#include <QString>

#include <memory>

/// Restoring an Amanah backup (ARCHITECTURE.md §2). The backup is copied beside the target
/// and checked there; nobody can work in it before its erasure ledger is applied:
///  1. prepare(): reads the manifest and the ledger beside the backup (refused when missing,
///     of another workspace, or older than the backup), merges the ledger of the workspace
///     being replaced, and stages a copy ("<target>.restoring", 0600);
///  2. the caller signs in to workspace() as an administrator of the backup;
///  3. apply(): checks the ledger's MAC under the workspace's keys and, in one audited
///     transaction, deletes or anonymises again every customer the ledger names, records
///     every ledger entry as a tombstone, and truncates the log;
///  4. finish(): once the caller dropped the session, moves the copy into place (replacing the
///     target only when no other program has it open).
/// Destroyed before finish(), it removes the staged copy: the target is never touched.
class Restore
{
public:
    struct Outcome
    {
        int ledgerEntries = 0; ///< entries in the merged ledger
        int deleted = 0; ///< customers in the backup deleted again
        int anonymised = 0; ///< customers in the backup anonymised again
        int recorded = 0; ///< entries for customers the backup never had, recorded as tombstones
    };

    static Result<std::unique_ptr<Restore>>
    prepare(const QString& backupPath, const QString& targetPath, const QString& ledgerPath = {}, bool replace = false);
    ~Restore();
    Restore(const Restore&) = delete;
    Restore& operator=(const Restore&) = delete;

    const BackupInfo& backup() const { return m_backup; }
    const QString& ledgerPath() const { return m_ledgerPath; }
    /// The staged copy to sign in to.
    const std::shared_ptr<Workspace>& workspace() const { return m_workspace; }
    /// Ledger entries the backup does not hold yet (what apply() will re-apply or record).
    int pendingEntries() const { return m_pending; }

    Result<Outcome> apply(const std::shared_ptr<Session>& session);
    Status finish();

    /// For a workspace restored outside Amanah (pg_restore of a pg_dump, README): applies the
    /// ledger file at @p ledgerPath to the workspace @p session is signed in to, as apply()
    /// does, before anyone else works in it. An administrator's work; audited.
    static Result<Outcome> applyLedger(const std::shared_ptr<Session>& session, const QString& ledgerPath);

private:
    Restore() = default;
    Status stage();
    /// The transaction of apply() and applyLedger(): @p ledger is trusted (MAC checked).
    static Result<Outcome> reapply(const std::shared_ptr<Session>& session,
                                   const ErasureLedger& ledger,
                                   const QString& source,
                                   const BackupInfo* backup);

    BackupInfo m_backup;
    QString m_target;
    QString m_staged;
    QString m_ledgerPath;
    bool m_replace = false;
    ErasureLedger m_fileLedger; ///< from the file: its MAC is checked in apply()
    ErasureLedger m_targetLedger; ///< from the workspace being replaced (trusted: it is the workspace)
    std::shared_ptr<Workspace> m_workspace;
    int m_pending = 0;
    bool m_applied = false;
    bool m_finished = false;
};
