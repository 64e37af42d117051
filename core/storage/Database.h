#pragma once

#include "core/common/Result.h"
#include "core/storage/WorkspaceLocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

class Transaction;

/// One open connection to a workspace database, SQLite or PostgreSQL, with the schema
/// brought up to date. A Database belongs to the thread that opened it; work off the
/// GUI thread opens its own with reopen().
class Database
{
public:
    enum class OpenMode {
        MustExist, ///< refuse a missing SQLite file instead of creating it
        CreateIfMissing ///< create an empty workspace file when none exists
    };

    /// Opens (and, with CreateIfMissing, creates) the workspace and applies pending
    /// migrations in one transaction. A newer schema, a file that is not a database,
    /// an unreachable server: a clear error, and the file is left as it was.
    static Result<std::shared_ptr<Database>> open(const WorkspaceLocation& location,
                                                  OpenMode mode = OpenMode::MustExist);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// A second connection to the same workspace, for another thread.
    Result<std::shared_ptr<Database>> reopen() const;

    const WorkspaceLocation& location() const { return m_location; }
    WorkspaceLocation::Backend backend() const { return m_location.backend; }
    bool isPostgres() const { return m_location.isPostgres(); }
    QSqlDatabase connection() const;

    /// The schema version recorded in schema_migrations.
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema this build of Amanah knows.
    static int latestSchemaVersion();
    /// "SQLite 3.40.1" or "PostgreSQL 15.18".
    QString serverVersion() const;
    /// How many rows the main tables hold (table name, rows), for `amanahctl info` and About.
    Result<QList<QPair<QString, qint64>>> rowCounts() const;

    /// Prepares and runs @p sql with positional (?) values bound in order. A null QString
    /// binds as empty text; pass QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    /// Runs a query expected to return one value in one row; a null QVariant when no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;

    /// Starts a transaction; it rolls back unless committed. Inside an open transaction it
    /// joins that one: the outer transaction decides, and an inner rollback dooms it.
    /// SQLite takes the write lock at once (BEGIN IMMEDIATE) so read-then-write is safe.
    Result<std::unique_ptr<Transaction>> begin() const;
    /// True while a transaction is open on this connection.
    bool inTransaction() const { return m_txDepth > 0; }
    /// Runs @p fn once the outermost open transaction has ended, committed or rolled back (at
    /// once when none is open): for what must be written whatever becomes of the change, in a
    /// transaction of its own (a refusal's audit entry).
    void afterTransaction(std::function<void()> fn) const;

    /// A translated sentence for a failed statement (driver details, never bound values).
    Error storageError(const QSqlError& error) const;

    /// SQLite: copies the write-ahead log back into the database file on a thread and a
    /// connection of its own (a PASSIVE checkpoint: readers and writers carry on). For after a
    /// bulk write that turned this connection's automatic checkpoint off, so that the copy of
    /// every page it wrote is not part of its commit nor of the user's next action. One at a
    /// time per file; a call while one runs makes it run once more. It outlives this connection
    /// (a worker's import is done once committed); at exit the process waits for it. If it
    /// cannot run (busy, I/O), the next automatic checkpoint does the copy. No-op on PostgreSQL.
    void checkpointInBackground() const;
    /// Waits for this file's background checkpoint (if any) to end; how long it ran, in ms.
    qint64 waitForCheckpoint() const;
    /// SQLite: copies the whole write-ahead log into the database file and truncates the log
    /// to 0 bytes (after an erasure no old page image may stay in it, nor in the file). A
    /// connection reading an older snapshot blocks that: this waits for readers (the busy
    /// timeout) and for a background checkpoint, trying for up to five seconds, then fails
    /// with ErrorCode::Busy and a translated sentence naming the other program when it can
    /// (walReaders()). Success without work on PostgreSQL (nothing is kept in a local log).
    [[nodiscard]] Status truncateWal() const;
    /// SQLite, Linux: the other processes that hold a read snapshot of this workspace's log
    /// now, as "amanahctl (process 4242)" (from /proc/locks; never opens the -shm file).
    /// Empty when none, when they are this process's own connections, or elsewhere.
    QStringList walReaders() const;

private:
    Database(WorkspaceLocation location, QString connectionName);
    Status configure();
    Status migrate();
    Result<int> recordedSchemaVersion(bool* hasTable) const;
    Status configureSqliteFile(bool newFile) const;
    Status applyMigrations(int current);

    friend class Transaction;
    WorkspaceLocation m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
    mutable int m_txDepth = 0;
    mutable bool m_rollbackOnly = false;
    mutable std::vector<std::function<void()>> m_afterTransaction;
    void runAfterTransaction() const;
};

/// An open transaction: rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Commits; on failure the transaction is rolled back and the error says why.
    Status commit();
    void rollback();

private:
    const Database& m_db;
    bool m_open = true;
    bool m_outermost = true;
};
