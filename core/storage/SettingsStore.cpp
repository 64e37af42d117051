#include "core/storage/SettingsStore.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"

namespace {
const Sql::Table kSettings("settings", {"key", "value"});
}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v) {
        return v.error();
    }
    return v->isNull() ? fallback : v->toString();
}

Status SettingsStore::put(const QString& key, const QString& value) const
{
    // Delete and insert rather than an upsert: the same two statements on both backends, and
    // in one transaction with the caller's audit entry.
    auto tx = m_db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = remove(key); !st) {
        return st;
    }
    if (auto r = m_db.exec(kSettings.insert(), {key, value}); !r) {
        return r.error();
    }
    return (*tx)->commit();
}

Status SettingsStore::remove(const QString& key) const
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !r) {
        return r.error();
    }
    return {};
}
