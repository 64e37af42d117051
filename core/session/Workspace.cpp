#include "core/session/Workspace.h"

#include "core/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

Workspace::Workspace(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{ }

Result<std::shared_ptr<Workspace>> Workspace::open(const WorkspaceLocation& location, Database::OpenMode mode)
{
    auto db = Database::open(location, mode);
    if (!db) {
        return db.error();
    }
    return std::shared_ptr<Workspace>(new Workspace(std::move(db).value()));
}

QString Workspace::defaultDemoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.amanah"));
}

Result<QString> Workspace::setting(const QString& key, const QString& fallback) const
{
    return SettingsStore(*m_db).value(key, fallback);
}

Result<Workspace::Info> Workspace::info() const
{
    Info info;
    info.location = m_db->location().displayName();
    info.backend = m_db->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    info.serverVersion = m_db->serverVersion();
    info.schemaVersion = m_db->schemaVersion();
    info.latestSchemaVersion = Database::latestSchemaVersion();
    auto name = setting(QStringLiteral("workspace.name"));
    if (!name) {
        return name.error();
    }
    info.name = *name;
    auto counts = m_db->rowCounts();
    if (!counts) {
        return counts.error();
    }
    info.counts = *counts;
    return info;
}
