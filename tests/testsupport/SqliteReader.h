#pragma once

#include <QString>

/// Another window or job on the same SQLite workspace, in the middle of a read: a second
/// connection (QSQLITE, this process) holding a read transaction, whose snapshot predates
/// whatever the test writes next. A checkpoint cannot empty the log past it (issue #17).
class SqliteReader
{
public:
    explicit SqliteReader(const QString& path);
    ~SqliteReader();
    SqliteReader(const SqliteReader&) = delete;
    SqliteReader& operator=(const SqliteReader&) = delete;

    /// True when the connection opened and its read transaction holds a snapshot.
    bool ok() const { return m_ok; }
    /// Ends the read transaction and closes the connection (also done by the destructor).
    void end();

private:
    QString m_name;
    bool m_ok = false;
};
