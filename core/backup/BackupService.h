#pragma once

#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

/// One Amanah backup file and what its manifest says (no personal data).
struct BackupInfo
{
    QString path;
    QDateTime createdAt; ///< UTC
    int schemaVersion = 0;
    QString appVersion;
    QString auditHead; ///< "SEQ:MACHEX" of the last entry in the backup
    qint64 erasures = 0; ///< ledger entries (tombstones) inside the backup
    QString workspaceId; ///< hex
    qint64 sizeBytes = 0;
    int ageDays = 0;
    bool dueForDeletion = false; ///< older than the workspace's keep-days setting
};

/// Amanah's own backups of an SQLite workspace (ARCHITECTURE.md §2): an online, consistent
/// copy taken while others work (VACUUM INTO), as encrypted as the workspace, with a manifest
/// (time, schema, audit head) and the erasure ledger written beside it. A PostgreSQL
/// workspace is backed up with pg_dump instead (README). Backups are an administrator's
/// work (workspace settings) and every one is audited.
class BackupService
{
public:
    static constexpr int kDefaultKeepDays = 35;
    static QString fileSuffix() { return QStringLiteral("amanah-backup"); }

    explicit BackupService(std::shared_ptr<Session> session);

    /// Writes a backup to @p path (which must not exist; its folder is created 0700), then the
    /// ledger beside it, and audits it. A partial file never remains under @p path.
    Result<BackupInfo> create(const QString& path);

    /// Writes the erasure ledger into @p folder and keeps it current there after every
    /// erasure (for backups made outside Amanah: pg_dump of a PostgreSQL workspace). The file
    /// written; audited.
    Result<QString> exportLedger(const QString& folder);

    /// Where backups go unless the user picks a folder: "backups" beside the workspace file.
    QString defaultFolder() const;
    /// A new file name in @p folder: "<workspace file name>-YYYYMMDD-HHMMSS.amanah-backup".
    QString suggestedPath(const QString& folder) const;

    /// The backups in every folder backups were written to, newest first, with those older
    /// than keepDays() marked due for deletion.
    Result<QList<BackupInfo>> list();

    /// How many days a backup is kept before it is listed as due for deletion.
    Result<int> keepDays() const;
    Status setKeepDays(int days);

    /// Reads one backup's manifest (no sign-in needed); @p keepDays marks it due or not.
    static Result<BackupInfo> inspect(const QString& path, int keepDays = kDefaultKeepDays);

private:
    std::shared_ptr<Session> m_session;
};
