#pragma once

#include "core/common/Result.h"

#include <QString>

class Database;

/// The settings table: one text value per key. Values are workspace configuration, never
/// personal data. Permission checks and audit entries belong to the services that call this.
class SettingsStore
{
public:
    explicit SettingsStore(const Database& db)
        : m_db(db)
    { }

    /// The value of @p key, or @p fallback when it was never set.
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    /// Sets @p key to @p value (inserts or replaces); inside the caller's transaction if one is open.
    Status put(const QString& key, const QString& value) const;
    Status remove(const QString& key) const;

private:
    const Database& m_db;
};
