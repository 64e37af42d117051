#include "core/storage/Database.h"

#include "core/Version.h"
#include "core/storage/Migrations.h"
#include "core/storage/Sql.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <map>
#include <mutex>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#endif

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("amanah-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Only stat() and access() here, never open(): closing any descriptor of the database file
// drops every POSIX lock this process holds on it, the locks of its other connections
// included (SQLite's "How To Corrupt", §2.2). A program whose locks are gone looks absent to
// the others: the last of them to close then checkpoints and deletes the -wal and -shm that
// this one is still writing into. Whether the file is an SQLite database is SQLite's to
// tell, through the connection (Database::configure).
Status checkSqliteFile(const WorkspaceLocation& loc, Database::OpenMode mode)
{
    const QFileInfo info(loc.path);
    if (info.isDir()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("“%1” is a folder, not a workspace file.").arg(loc.displayName()));
    }
    if (!info.exists()) {
        if (mode == Database::OpenMode::MustExist) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no workspace file at “%1”.").arg(loc.displayName()));
        }
        const QFileInfo dir(info.absolutePath());
        if (!dir.isDir()) {
            return Error(ErrorCode::ReadOnly, Tr::tr("The folder “%1” does not exist.").arg(dir.filePath()));
        }
        if (!dir.isWritable()) {
            return Error(ErrorCode::ReadOnly, Tr::tr("The folder “%1” cannot be written.").arg(dir.filePath()));
        }
        return {};
    }
    if (!info.isReadable()) {
        return Error(ErrorCode::ReadOnly, Tr::tr("The workspace file “%1” cannot be read.").arg(loc.displayName()));
    }
    // SQLite would take an empty file for a new database; an existing empty file is not ours.
    if (info.size() == 0) {
        return Error(ErrorCode::NotADatabase,
                     Tr::tr("“%1” is not an Amanah workspace (it is not an SQLite database).").arg(loc.displayName()));
    }
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The workspace file “%1” is read-only. Amanah needs to write to it and to its folder.")
                         .arg(loc.displayName()));
    }
    return {};
}

// SQLite's primary result code from the driver's error (it reports sqlite3_open_v2's or
// sqlite3_step's code; extended codes carry the primary one in their low byte).
int sqlitePrimaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Whether anything answers at the PostgreSQL server's address: a TCP connection to host:port,
// or the server's Unix socket in the directory libpq would use.
bool postgresAnswers(const WorkspaceLocation& loc)
{
    const QString host = loc.host.isEmpty() ? QStringLiteral("/var/run/postgresql") : loc.host;
    if (host.startsWith(QLatin1Char('/'))) {
        QLocalSocket socket;
        socket.connectToServer(QStringLiteral("%1/.s.PGSQL.%2").arg(host).arg(loc.port));
        return socket.waitForConnected(5000);
    }
    QTcpSocket socket;
    socket.connectToHost(host, quint16(loc.port));
    return socket.waitForConnected(5000);
}

// Whether the server lets these credentials into @p database.
bool postgresAdmits(const WorkspaceLocation& loc, const QString& database)
{
    const QString name = QStringLiteral("amanah-probe-%1").arg(quintptr(&loc));
    bool admitted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setDatabaseName(database);
        db.setUserName(loc.user);
        db.setPassword(loc.password);
        QString options = QStringLiteral("connect_timeout=5;application_name=Amanah");
        if (!loc.options.isEmpty()) {
            options += QLatin1Char(';') + loc.options;
        }
        db.setConnectOptions(options);
        admitted = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return admitted;
}

// libpq gives a failed connection no SQLSTATE, and its message is in the server's language: the
// cause is found by asking again. Nothing answers: unreachable. The same credentials open the
// server's maintenance database: the workspace database is missing. Else: refused sign-in.
Error postgresOpenError(const WorkspaceLocation& loc, const QSqlError& error)
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (!postgresAnswers(loc)) {
        return Error(
            ErrorCode::Unreachable,
            Tr::tr("The PostgreSQL server for “%1” could not be reached: %2").arg(loc.displayName(), detail.trimmed()));
    }
    if (loc.database != QLatin1String("postgres")
        && (postgresAdmits(loc, QStringLiteral("postgres")) || postgresAdmits(loc, QStringLiteral("template1")))) {
        return Error(ErrorCode::NotFound,
                     Tr::tr("The PostgreSQL server has no database “%1”. Ask its administrator to create it.")
                         .arg(loc.database));
    }
    return Error(ErrorCode::Authentication,
                 Tr::tr("The PostgreSQL server refused the user name or password for “%1”.").arg(loc.displayName()));
}

Error connectionError(const WorkspaceLocation& loc, const QSqlError& error)
{
    if (loc.isPostgres()) {
        return postgresOpenError(loc, error);
    }
    switch (sqlitePrimaryCode(error)) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error(ErrorCode::NotADatabase,
                     Tr::tr("“%1” is damaged or is not an Amanah workspace.").arg(loc.displayName()));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The workspace file “%1” cannot be created or written here. Choose a folder you can "
                            "write to.")
                         .arg(loc.displayName()));
    default:
        break;
    }
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return Error(ErrorCode::Storage,
                 Tr::tr("The workspace “%1” could not be opened: %2").arg(loc.displayName(), detail.trimmed()));
}

} // namespace

Database::Database(WorkspaceLocation location, QString connectionName)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{ }

namespace {

// Background checkpoints, process-wide and per workspace file: a connection may close (a
// worker's, when its import is done) while the copy goes on. The pool's destructor, at exit,
// waits for a running one.
struct Checkpoints
{
    struct State
    {
        bool running = false;
        bool again = false;
        qint64 ranMs = 0;
    };
    std::mutex mutex;
    std::condition_variable ended;
    std::map<QByteArray, State> files;
    QThreadPool pool; // last: destroyed (waiting for its tasks) before what they use

    static Checkpoints& instance()
    {
        static Checkpoints checkpoints;
        return checkpoints;
    }

    void start(const QByteArray& path)
    {
        {
            std::lock_guard lock(mutex);
            State& state = files[path];
            if (state.running) {
                state.again = true;
                return;
            }
            state.running = true;
            state.ranMs = 0;
        }
        pool.start([this, path] { run(path); });
    }

    void run(const QByteArray& path)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            sqlite3* handle = nullptr;
            if (sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
                sqlite3_busy_timeout(handle, 5000);
                // A new connection finds the write-ahead log when it first reads.
                sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
                sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            }
            sqlite3_close(handle); // also when the open failed (the handle may be allocated)
            std::lock_guard lock(mutex);
            State& state = files[path];
            if (!state.again) {
                state.running = false;
                state.ranMs = t.elapsed();
                ended.notify_all();
                return;
            }
            state.again = false;
        }
    }

    qint64 wait(const QByteArray& path)
    {
        std::unique_lock lock(mutex);
        const auto it = files.find(path);
        if (it == files.end()) {
            return 0;
        }
        ended.wait(lock, [&] { return !it->second.running; });
        return it->second.ranMs;
    }
};

} // namespace

void Database::checkpointInBackground() const
{
    if (!isPostgres()) {
        Checkpoints::instance().start(QFile::encodeName(QFileInfo(m_location.path).absoluteFilePath()));
    }
}

qint64 Database::waitForCheckpoint() const
{
    if (isPostgres()) {
        return 0;
    }
    return Checkpoints::instance().wait(QFile::encodeName(QFileInfo(m_location.path).absoluteFilePath()));
}

Status Database::truncateWal() const
{
    if (isPostgres()) {
        return {};
    }
    QElapsedTimer t;
    t.start();
    QString failure;
    for (;;) {
        waitForCheckpoint();
        {
            // One row: busy (1 when a reader kept it from finishing), log frames, frames copied.
            auto q = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (q && q->next() && q->value(0).toInt() == 0) {
                return {};
            }
            failure = q ? QString() : q.errorString();
        }
        if (t.elapsed() > 5000) {
            break;
        }
        QThread::msleep(20);
    }
    const QStringList readers = walReaders();
    if (!readers.isEmpty()) {
        return Error(ErrorCode::Busy,
                     Tr::tr("Another program (%1) still reads an older copy of the workspace.")
                         .arg(readers.join(QStringLiteral(", "))));
    }
    if (!failure.isEmpty()) {
        return Error(ErrorCode::Busy, Tr::tr("The workspace's log could not be emptied: %1").arg(failure));
    }
    return Error(ErrorCode::Busy, Tr::tr("Another program still reads an older copy of the workspace."));
}

QStringList Database::walReaders() const
{
    QStringList out;
#ifdef Q_OS_LINUX
    if (isPostgres()) {
        return out;
    }
    // stat() only: opening the -shm would drop this process's locks on it (see checkSqliteFile).
    struct stat st;
    if (::stat(QFile::encodeName(m_location.path + QStringLiteral("-shm")).constData(), &st) != 0) {
        return out;
    }
    const QByteArray file = QByteArray::number(static_cast<qulonglong>(st.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return out;
    }
    // "1: POSIX  ADVISORY  READ 4242 fd:01:1234567 124 124": SQLite's WAL readers hold a shared
    // lock on one of the bytes 123..127 of the -shm (read marks 0..4), which a checkpoint waits for.
    const qint64 self = QCoreApplication::applicationPid();
    QList<qint64> pids;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) != "POSIX" || f.at(4).startsWith("->")) {
            continue;
        }
        const QList<QByteArray> id = f.at(5).split(':');
        const qint64 pid = f.at(4).toLongLong();
        const qint64 start = f.at(6).toLongLong();
        const qint64 end = f.at(7) == "EOF" ? 128 : f.at(7).toLongLong();
        if (id.size() != 3 || id.at(2) != file || end < 123 || start > 127 || pid == self || pids.contains(pid)) {
            continue;
        }
        bool okMajor = false;
        bool okMinor = false;
        if (id.at(0).toUInt(&okMajor, 16) != major(st.st_dev) || id.at(1).toUInt(&okMinor, 16) != minor(st.st_dev)
            || !okMajor || !okMinor) {
            continue;
        }
        pids << pid;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        const QString name
            = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
        out << (name.isEmpty() ? Tr::tr("process %1").arg(pid) : Tr::tr("%1, process %2").arg(name).arg(pid));
    }
#endif
    return out;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Database>> Database::open(const WorkspaceLocation& location, OpenMode mode)
{
    if (location.backend == WorkspaceLocation::Backend::Sqlite) {
        if (auto st = checkSqliteFile(location, mode); !st) {
            return st.error();
        }
    }
    const QString driver = location.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error(ErrorCode::Storage,
                     Tr::tr("The Qt database driver %1 is not installed (Debian: libqt6sql6-%2).")
                         .arg(driver, location.isPostgres() ? QStringLiteral("psql") : QStringLiteral("sqlite")));
    }
    std::shared_ptr<Database> self(new Database(location, nextConnectionName()));
    const bool existedBefore = !location.isPostgres() && QFileInfo::exists(location.path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, self->m_connectionName);
        if (location.isPostgres()) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setDatabaseName(location.database);
            db.setUserName(location.user);
            db.setPassword(location.password);
            QString options = QStringLiteral("connect_timeout=5;application_name=Amanah");
            if (!location.options.isEmpty()) {
                options += QLatin1Char(';') + location.options;
            }
            db.setConnectOptions(options);
        } else {
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            const Error err = connectionError(location, db.lastError());
            if (!existedBefore && !location.isPostgres()) {
                QFile::remove(location.path);
            }
            return err;
        }
    }
    Status st = self->configure();
    if (st) {
        st = self->migrate();
    }
    if (!st) {
        const bool createdHere = !location.isPostgres() && !existedBefore;
        const QString path = location.path;
        self.reset(); // close before removing a file we created ourselves
        if (createdHere) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return st.error();
    }
    return self;
}

Result<std::shared_ptr<Database>> Database::reopen() const
{
    return open(m_location, OpenMode::MustExist);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto all = schemaMigrations(WorkspaceLocation::Backend::Sqlite);
    return all.empty() ? 0 : all.back().version;
}

QString Database::serverVersion() const
{
    if (isPostgres()) {
        auto v = scalar(QStringLiteral("SELECT current_setting('server_version')"));
        return QStringLiteral("PostgreSQL %1")
            .arg(v ? v->toString().section(QLatin1Char(' '), 0, 0) : Tr::tr("unknown"));
    }
    auto v = scalar(QStringLiteral("SELECT sqlite_version()"));
    return QStringLiteral("SQLite %1").arg(v ? v->toString() : Tr::tr("unknown"));
}

Result<QList<QPair<QString, qint64>>> Database::rowCounts() const
{
    // Whole statements, one per table: nothing here is assembled from input.
    static const char* const counts[][2] = {
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
    QList<QPair<QString, qint64>> out;
    for (const auto& [table, sql] : counts) {
        auto n = scalar(QString::fromLatin1(sql));
        if (!n) {
            return n.error();
        }
        out.append({QString::fromLatin1(table), n->toLongLong()});
    }
    return out;
}

Error Database::storageError(const QSqlError& error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (isPostgres()) {
        // SQLSTATE class 08: connection exception; 57P01–57P03: the server shut down or restarts.
        const QString state = error.nativeErrorCode();
        if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08"))
            || state.startsWith(QLatin1String("57P"))) {
            return Error(ErrorCode::Unreachable,
                         Tr::tr("The PostgreSQL server for “%1” could not be reached: %2")
                             .arg(m_location.displayName(), detail.trimmed()));
        }
        if (state == QLatin1String("25006")) { // read_only_sql_transaction (a standby)
            return Error(ErrorCode::ReadOnly, Tr::tr("The workspace is read-only: %1").arg(detail.trimmed()));
        }
    } else {
        switch (sqlitePrimaryCode(error)) {
        case SQLITE_READONLY:
            return Error(ErrorCode::ReadOnly, Tr::tr("The workspace is read-only: %1").arg(detail.trimmed()));
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return Error(ErrorCode::NotADatabase,
                         Tr::tr("“%1” is damaged or is not an Amanah workspace.").arg(m_location.displayName()));
        default:
            break;
        }
    }
    if (Sql::isUniqueViolation(error)) {
        return Error(ErrorCode::Duplicate, Tr::tr("The database refused the change: %1").arg(detail.trimmed()));
    }
    return Error(ErrorCode::Storage, Tr::tr("The database refused the change: %1").arg(detail.trimmed()));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storageError(query.lastError());
    }
    for (const QVariant& v : values) {
        // A null QString binds as '' (text columns are NOT NULL); SQL NULL is an empty QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
            query.addBindValue(QStringLiteral(""));
        } else {
            query.addBindValue(v);
        }
    }
    if (!query.exec()) {
        return storageError(query.lastError());
    }
    return query;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values) const
{
    auto q = exec(sql, values);
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return QVariant();
    }
    return q->value(0);
}

Result<std::unique_ptr<Transaction>> Database::begin() const
{
    if (m_txDepth == 0) {
        QSqlQuery q(connection());
        if (!q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
            return storageError(q.lastError());
        }
        m_rollbackOnly = false;
    }
    ++m_txDepth;
    return std::make_unique<Transaction>(*this);
}

Status Database::configure()
{
    if (isPostgres()) {
        // Fixed session settings; SET cannot be a prepared statement in PostgreSQL.
        for (const char* sql : {"SET client_min_messages TO WARNING", "SET TIME ZONE 'UTC'"}) {
            QSqlQuery q(connection());
            if (!q.exec(QString::fromLatin1(sql))) {
                return storageError(q.lastError());
            }
        }
        return {};
    }
    // Read first: a database from a newer Amanah must be refused before anything is written.
    auto probe = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe) {
        return Error(ErrorCode::NotADatabase,
                     Tr::tr("“%1” is damaged or is not an Amanah workspace.").arg(m_location.displayName()));
    }
    // Constraint failures arrive as SQLITE_CONSTRAINT_UNIQUE, _CHECK…, so that the stores tell
    // them apart by code (Sql::isUniqueViolation), never by the message text.
    if (sqlite3* handle = sqliteHandle(*this)) {
        sqlite3_extended_result_codes(handle, 1);
    }
    return {};
}

// The schema version recorded so far (0 in a new database, whose schema_migrations is missing).
Result<int> Database::recordedSchemaVersion(bool* hasTable) const
{
    int current = 0;
    *hasTable = false;
    if (isPostgres()) {
        auto t = scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        if (!t) {
            return t.error();
        }
        *hasTable = t->toBool();
    } else {
        auto t = scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
        if (!t) {
            return Error(ErrorCode::NotADatabase,
                         Tr::tr("“%1” is damaged or is not an Amanah workspace.").arg(m_location.displayName()));
        }
        *hasTable = t->toInt() > 0;
    }
    if (*hasTable) {
        auto v = scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
        if (!v) {
            return v.error();
        }
        current = v->toInt();
    } else if (!isPostgres()) {
        // An SQLite file with tables of its own but none of ours belongs to another program.
        auto n = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (n && n->toInt() > 0) {
            return Error(ErrorCode::NotADatabase,
                         Tr::tr("“%1” is an SQLite database of another program, not an Amanah workspace.")
                             .arg(m_location.displayName()));
        }
    }
    return current;
}

// SQLite: the page size of a new file and the per-connection settings.
Status Database::configureSqliteFile(bool newFile) const
{
    // A new file gets 16 KiB pages rather than SQLite's 4 KiB, set before anything is written
    // (SQLite ignores the setting once a file has its first page: existing workspaces keep
    // theirs). The blind-index lookups need three indexes of random 16-byte keys, so each new
    // customer dirties a page of each wherever it lands: with pages four times as large there
    // are a quarter as many to find, copy, log and checkpoint. `amanah_benchmarks customers`
    // with 1,000,000 customers, same code either way: importing 50,000 more, median 19,300/s
    // (three runs, 17,700-21,700) -> 21,300/s (three runs, 20,900-21,600); building the
    // population ~8,000/s -> 11,400-12,800/s; lookups unchanged (0.1 ms). The price: every
    // single-row write logs larger pages (`audit_append`: creating a customer ~0.6 -> ~1.0 ms),
    // and the automatic checkpoint (every 1,000 pages) lets the log grow to ~16 MiB, not ~4.
    if (newFile) {
        if (auto r = exec(QStringLiteral("PRAGMA page_size = 16384")); !r) {
            return r.error();
        }
    }
    // Per-connection settings first (foreign keys, secure delete); WAL is persistent.
    for (const char* sql : {"PRAGMA foreign_keys = ON",
                            "PRAGMA secure_delete = ON",
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL"}) {
        if (auto r = exec(QString::fromLatin1(sql)); !r) {
            return r.error();
        }
    }
    return {};
}

Status Database::migrate()
{
    bool hasTable = false;
    auto recorded = recordedSchemaVersion(&hasTable);
    if (!recorded) {
        return recorded.error();
    }
    const int current = *recorded;
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return Error(ErrorCode::NewerSchema,
                     Tr::tr("This workspace was written by a newer version of Amanah (schema %1; this version knows up "
                            "to %2). Install the newer Amanah to open it; the workspace was not changed.")
                         .arg(current)
                         .arg(latest));
    }

    if (!isPostgres()) {
        if (auto st = configureSqliteFile(!hasTable); !st) {
            return st;
        }
    }
    if (current == latest) {
        m_schemaVersion = current;
        return {};
    }
    return applyMigrations(current);
}

// Applies the migrations after @p current in one transaction (PostgreSQL: one desktop at a time).
Status Database::applyMigrations(int current)
{
    auto tx = begin();
    if (!tx) {
        return tx.error();
    }
    if (isPostgres()) {
        // Two desktops opening a new shared workspace at once: one migrates, the other waits.
        if (auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7218150301)")); !r) {
            return r.error();
        }
        auto again = scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
        if (again && again->toBool()) {
            auto v = scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
            if (!v) {
                return v.error();
            }
            current = v->toInt();
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Migration& m : schemaMigrations(backend())) {
        if (m.version <= current) {
            continue;
        }
        for (const QString& sql : m.statements) {
            QSqlQuery q(connection());
            if (!q.exec(sql)) {
                return Error(ErrorCode::Storage,
                             Tr::tr("Updating the workspace to schema %1 failed: %2")
                                 .arg(m.version)
                                 .arg(q.lastError().text().trimmed()));
            }
        }
        auto rec = exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at, app_version) "
                                       "VALUES (?, ?, ?, ?)"),
                        {m.version, m.description, now, QStringLiteral(AMANAH_VERSION)});
        if (!rec) {
            return rec.error();
        }
        current = m.version;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    m_schemaVersion = current;
    return {};
}

Transaction::Transaction(const Database& db)
    : m_db(db)
    , m_outermost(db.m_txDepth == 1)
{ }

void Database::afterTransaction(std::function<void()> fn) const
{
    if (!inTransaction()) {
        fn();
        return;
    }
    m_afterTransaction.push_back(std::move(fn));
}

void Database::runAfterTransaction() const
{
    std::vector<std::function<void()>> pending;
    pending.swap(m_afterTransaction);
    for (auto& fn : pending) {
        fn();
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        rollback();
    }
}

Status Transaction::commit()
{
    if (!m_open) {
        return Error(ErrorCode::Storage, Tr::tr("The transaction was already closed."));
    }
    m_open = false;
    --m_db.m_txDepth;
    if (!m_outermost) {
        return {};
    }
    QSqlQuery q(m_db.connection());
    Status outcome;
    if (m_db.m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        outcome = Error(ErrorCode::Storage, Tr::tr("The change was undone because one of its steps failed."));
    } else if (!q.exec(QStringLiteral("COMMIT"))) {
        outcome = m_db.storageError(q.lastError());
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }
    m_db.runAfterTransaction();
    return outcome;
}

void Transaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    --m_db.m_txDepth;
    if (m_outermost) {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        m_db.runAfterTransaction();
    } else {
        m_db.m_rollbackOnly = true;
    }
}
