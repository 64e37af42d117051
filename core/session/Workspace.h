#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

/// An open workspace: its database with the schema up to date. Sign-in and the vault
/// build on it (session/Session).
class Workspace
{
public:
    /// What `amanahctl info` and the About dialog show: no personal data, counts only.
    struct Info
    {
        QString location; ///< display form, no password
        QString backend; ///< "SQLite" or "PostgreSQL"
        QString serverVersion;
        int schemaVersion = 0;
        int latestSchemaVersion = 0;
        QString name;
        QList<QPair<QString, qint64>> counts; ///< table name -> rows
    };

    /// Opens the workspace at @p location (see Database::open for the refusals).
    static Result<std::shared_ptr<Workspace>> open(const WorkspaceLocation& location,
                                                   Database::OpenMode mode = Database::OpenMode::MustExist);

    /// The per-user demo workspace file in the application data folder.
    static QString defaultDemoPath();

    const std::shared_ptr<Database>& database() const { return m_db; }
    const WorkspaceLocation& location() const { return m_db->location(); }

    /// Schema, backend, server version and row counts.
    Result<Info> info() const;

    /// A workspace setting (settings table); @p fallback when unset.
    Result<QString> setting(const QString& key, const QString& fallback = {}) const;

private:
    explicit Workspace(std::shared_ptr<Database> db);
    std::shared_ptr<Database> m_db;
};
