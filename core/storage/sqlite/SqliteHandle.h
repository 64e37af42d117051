#pragma once

#include "core/storage/Database.h"

#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

/// The SQLite connection's own handle when the Qt driver is QSQLITE (it links the system
/// libsqlite3, as amanah_core does), else nullptr. Bulk paths bind through it directly:
/// Qt's QSqlQuery::bindValue costs thousands of instructions per value (it names every
/// positional parameter and looks the name up), more than SQLite's insert itself.
inline sqlite3* sqliteHandle(const Database& db)
{
    if (db.isPostgres()) {
        return nullptr;
    }
    const QSqlDatabase connection = db.connection();
    const QSqlDriver* driver = connection.driver();
    if (!driver) {
        return nullptr;
    }
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(v.constData());
}

/// A prepared statement on a raw SQLite handle, finalized on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* handle, const char* sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v2(handle, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    void finalize()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    bool isPrepared() const { return m_stmt != nullptr; }
    sqlite3_stmt* get() const { return m_stmt; }

    /// Binds @p b (which must outlive the next step) at 1-based @p at; empty binds NULL.
    void blob(int at, const QByteArray& b)
    {
        if (b.isEmpty()) {
            sqlite3_bind_null(m_stmt, at);
        } else {
            sqlite3_bind_blob(m_stmt, at, b.constData(), static_cast<int>(b.size()), SQLITE_STATIC);
        }
    }
    /// Binds UTF-8 text @p t (which must outlive the next step); a null array binds ''.
    void text(int at, const QByteArray& t)
    {
        sqlite3_bind_text(m_stmt, at, t.isNull() ? "" : t.constData(), static_cast<int>(t.size()), SQLITE_STATIC);
    }
    void integer(int at, qint64 v) { sqlite3_bind_int64(m_stmt, at, v); }
    /// 0 binds NULL (an absent reference).
    void idOrNull(int at, qint64 v)
    {
        if (v) {
            sqlite3_bind_int64(m_stmt, at, v);
        } else {
            sqlite3_bind_null(m_stmt, at);
        }
    }
    /// Steps once and resets; returns the step's result code (SQLITE_DONE or SQLITE_ROW on success).
    int run()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        }
        sqlite3_reset(m_stmt);
        return rc;
    }
    /// The message of the last failed run().
    QString error() const { return m_error; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};
