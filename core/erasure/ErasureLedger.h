#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class BlindIndex;
class Database;
class Session;

/// The erasure ledger (ARCHITECTURE.md §2): every customer erased, deleted or anonymised,
/// by pseudonym (CustomerShredder::pseudonym) and time only, never personal data. Inside
/// the workspace it is the tombstones table. A copy lies beside the backups, in every folder
/// an Amanah backup was written to, so that restoring a backup re-applies what was erased
/// after it, even when the workspace itself is lost. The copy carries a MAC under a key of
/// the workspace: a ledger with entries removed is refused.
class ErasureLedger
{
public:
    struct Entry
    {
        QString pseudonym;
        qint64 erasedAtMs = 0;
        QString reason; ///< "erasure" or "retention"
        QString action; ///< "delete" or "anonymise"
        bool operator==(const Entry& o) const
        {
            return pseudonym == o.pseudonym && erasedAtMs == o.erasedAtMs && reason == o.reason && action == o.action;
        }
    };

    QByteArray workspaceId; ///< the 16-byte workspace identifier
    qint64 writtenAtMs = 0;
    QList<Entry> entries; ///< ordered by pseudonym
    QByteArray mac; ///< as read from a file; empty for a ledger loaded from a workspace

    /// The workspace's own ledger (its tombstones).
    static Result<ErasureLedger> load(const Database& db);
    /// Reads a ledger file; a clear error for a missing, unreadable or malformed one.
    static Result<ErasureLedger> readFile(const QString& path);
    /// Writes the ledger to @p path (atomically, 0600) with its MAC under @p keys.
    Status writeFile(const QString& path, const BlindIndex& keys) const;
    /// Whether the MAC read from the file matches its entries under @p keys.
    bool verify(const BlindIndex& keys) const;

    /// The ledger file's name in a backup folder: one per workspace.
    static QString fileName(const QByteArray& workspaceId);
    /// The folders holding a copy (where backups were written); settings key erasure.ledger_folders.
    static Result<QStringList> folders(const Database& db);
    /// Records @p folder as one that holds a copy, inside the caller's transaction.
    static Status addFolder(const Database& db, const QString& folder);
    /// Rewrites the copy in every folder from the workspace (after an erasure or a retention
    /// deletion commits, and after a backup). The first failure is returned; the other folders
    /// are written all the same.
    static Status publish(const Session& session);

    QSet<QString> pseudonyms() const;
    /// Adds the entries of @p other this ledger lacks.
    void merge(const ErasureLedger& other);

private:
    QByteArray computeMac(const BlindIndex& keys) const;
};
