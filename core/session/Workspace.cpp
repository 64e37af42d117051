#include "core/session/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
// Whole statements, one per table: nothing here is assembled from input.
const char* const kCountQueries[][2] = {
    {"customers", "SELECT count(*) FROM customers"},
    {"purposes", "SELECT count(*) FROM purposes"},
    {"notice_versions", "SELECT count(*) FROM notice_versions"},
    {"consent_events", "SELECT count(*) FROM consent_events"},
    {"recipients", "SELECT count(*) FROM recipients"},
    {"disclosures", "SELECT count(*) FROM disclosures"},
    {"requests", "SELECT count(*) FROM requests"},
    {"retention_rules", "SELECT count(*) FROM retention_rules"},
    {"users", "SELECT count(*) FROM users"},
    {"audit_log", "SELECT count(*) FROM audit_log"},
};
} // namespace

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
    auto v = m_db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v) {
        return v.error();
    }
    return v->isNull() ? fallback : v->toString();
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
    for (const auto& [table, sql] : kCountQueries) {
        auto n = m_db->scalar(QString::fromLatin1(sql));
        if (!n) {
            return n.error();
        }
        info.counts.append({QString::fromLatin1(table), n->toLongLong()});
    }
    return info;
}
