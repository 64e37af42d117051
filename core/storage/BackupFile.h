#pragma once

#include "core/common/Result.h"

#include <QMap>
#include <QString>

class Database;

/// An Amanah backup of an SQLite workspace on disk: a consistent copy of the database (its
/// personal fields encrypted as in the workspace) in one self-contained file (no -wal), with
/// a manifest in a table of its own. Nothing here needs a key: a backup is read and checked
/// before anyone signs in to it.
namespace BackupFile {

/// What a backup records of itself, read without keys.
struct Facts
{
    QMap<QString, QString> manifest; ///< empty when the file has no manifest
    int schemaVersion = 0;
    qint64 auditSeq = 0; ///< the last audit entry in the copy
    QString auditMac; ///< its MAC, hex
    qint64 tombstones = 0;
    QString workspaceId; ///< hex
};

/// Copies the workspace behind @p db into @p path (which must not exist) with VACUUM INTO: a
/// consistent snapshot taken in one read transaction while other programs read and write.
/// SQLite only.
Status copyInto(const Database& db, const QString& path);

/// Writes @p manifest into the copy at @p path and makes it a single file (rollback journal
/// mode, so no -wal is needed beside it).
Status writeManifest(const QString& path, const QMap<QString, QString>& manifest);

/// Opens @p path read-only and reads its facts. NotADatabase for a file that is not an
/// SQLite database.
Result<Facts> read(const QString& path);

/// Removes the manifest from a restored copy, inside the caller's transaction on @p db.
Status dropManifest(const Database& db);

} // namespace BackupFile
