#pragma once

#include "core/common/Result.h"

#include <QString>

/// Where a workspace lives: an SQLite file (the default) or a PostgreSQL database.
struct WorkspaceLocation
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite: the database file
    QString host; ///< PostgreSQL: server host (or socket directory)
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never shown, never logged
    QString options; ///< extra libpq options, e.g. "sslmode=require"

    /// Reads a file path, a "postgresql://user:password@host:port/db?opt=v" URL or a
    /// libpq "host=... port=... dbname=... user=... password=..." string.
    static Result<WorkspaceLocation> parse(const QString& text);

    /// A workspace file at @p filePath.
    static WorkspaceLocation sqliteFile(const QString& filePath);

    /// A form fit for window titles and messages: the file name, or user@host:port/db (no password).
    QString displayName() const;

    bool isPostgres() const { return backend == Backend::Postgres; }
};
