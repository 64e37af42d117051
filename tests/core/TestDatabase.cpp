// The storage layer on both backends: migrations, refusals of bad workspaces, prepared
// statements, transactions and the database's own guards.
#include "core/crypto/Crypto.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "testsupport/TestBackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

const char* const kTables[] = {"schema_migrations",
                               "settings",
                               "users",
                               "key_slots",
                               "customers",
                               "customer_keys",
                               "purposes",
                               "notice_versions",
                               "recipients",
                               "purpose_recipients",
                               "requests",
                               "request_events",
                               "consent_events",
                               "disclosures",
                               "retention_rules",
                               "audit_log"};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void freshDatabaseHasWholeSchema();
    void reopenAppliesNothingTwice();
    void newerSchemaIsRefusedAndUntouched();
    void preparedStatementsKeepHostileText();
    void transactionRollsBackUnlessCommitted();
    void auditLogIsAppendOnly();
    void foreignKeysAreEnforced();
    void duplicateKeysAreRecognisedByCode();
    void sqliteUsesWal();
    void sqlitePageSizeOfNewFilesOnly();
    void missingFileIsNotCreated();
    void directoryIsRefused();
    void nonDatabaseFileIsRefusedAndUntouched_data();
    void nonDatabaseFileIsRefusedAndUntouched();
    void unwritablePathIsRefused();
    void readOnlyFileIsRefused();
    void postgresUnreachable();
    void postgresWrongPassword();
    void postgresMissingDatabase();

private:
    std::shared_ptr<Database> freshDatabase();
    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(m_dir.isValid());
}

void TestDatabase::init()
{
    AMANAH_REQUIRE_BACKEND();
}

std::shared_ptr<Database> TestDatabase::freshDatabase()
{
    QTemporaryDir* sub = new QTemporaryDir(m_dir.filePath(QStringLiteral("ws-XXXXXX")));
    sub->setAutoRemove(false);
    auto loc = TestBackend::freshLocation(sub->path());
    delete sub;
    if (!loc) {
        qWarning("%s", qPrintable(loc.errorString()));
        return {};
    }
    auto db = Database::open(*loc, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.errorString()));
        return {};
    }
    return *db;
}

void TestDatabase::freshDatabaseHasWholeSchema()
{
    auto db = freshDatabase();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    for (const char* table : kTables) {
        // Fixed names from the list above, checked through the catalogue with a bound value.
        const QString sql = db->isPostgres() ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                              "WHERE table_schema = 'public' AND table_name = ?")
                                             : QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                              "WHERE type = 'table' AND name = ?");
        auto n = db->scalar(sql, {QString::fromLatin1(table)});
        QVERIFY2(n.ok(), qPrintable(n.errorString()));
        QVERIFY2(n->toInt() == 1, table);
    }
    auto applied = db->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"));
    QVERIFY(applied.ok());
    QCOMPARE(applied->toInt(), Database::latestSchemaVersion());
    QVERIFY(
        db->serverVersion().startsWith(db->isPostgres() ? QLatin1String("PostgreSQL 15") : QLatin1String("SQLite 3.")));
}

void TestDatabase::reopenAppliesNothingTwice()
{
    auto db = freshDatabase();
    QVERIFY(db);
    const WorkspaceLocation loc = db->location();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                     {QStringLiteral("k"), QStringLiteral("v")})
                .ok());
    db.reset();
    auto again = Database::open(loc, Database::OpenMode::MustExist);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
    auto applied = (*again)->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations"));
    QCOMPARE(applied->toInt(), Database::latestSchemaVersion());
    auto kept = (*again)->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QStringLiteral("k")});
    QCOMPARE(kept->toString(), QStringLiteral("v"));
    auto second = (*again)->reopen();
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    auto db = freshDatabase();
    QVERIFY(db);
    const WorkspaceLocation loc = db->location();
    QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at, app_version) "
                                    "VALUES (?, ?, ?, ?)"),
                     {Database::latestSchemaVersion() + 7, QStringLiteral("future"), 0, QStringLiteral("99.0")})
                .ok());
    db.reset();
    const QByteArray before = loc.isPostgres() ? QByteArray() : fileDigest(loc.path);
    auto refused = Database::open(loc, Database::OpenMode::MustExist);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::NewerSchema);
    QVERIFY(refused.errorString().contains(QLatin1String("newer version of Amanah")));
    if (!loc.isPostgres()) {
        QCOMPARE(fileDigest(loc.path), before);
    }
}

void TestDatabase::preparedStatementsKeepHostileText()
{
    auto db = freshDatabase();
    QVERIFY(db);
    const QStringList values{QStringLiteral("'; DROP TABLE customers; --"),
                             QStringLiteral("Robert\"); DELETE FROM users; --"),
                             QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                             QStringLiteral("نور الهدى 👩🏽‍💻 Dewi José")};
    for (int i = 0; i < values.size(); ++i) {
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                         {QStringLiteral("k%1").arg(i), values.at(i)})
                    .ok());
    }
    for (int i = 0; i < values.size(); ++i) {
        auto v = db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QStringLiteral("k%1").arg(i)});
        QVERIFY(v.ok());
        QCOMPARE(v->toString(), values.at(i));
    }
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM customers")).ok());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = freshDatabase();
    QVERIFY(db);
    {
        auto tx = db->begin();
        QVERIFY(tx.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).ok());
    } // destroyed without commit
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM settings"))->toInt(), 0);
    {
        auto tx = db->begin();
        QVERIFY(tx.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")).ok());
        QVERIFY((*tx)->commit().ok());
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM settings"))->toInt(), 1);
}

void TestDatabase::auditLogIsAppendOnly()
{
    auto db = freshDatabase();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO audit_log (seq, occurred_at, actor, action, prev_mac, mac) "
                                    "VALUES (1, 0, 'system', 'test', ?, ?)"),
                     {QByteArray(32, '\0'), QByteArray(32, '\1')})
                .ok());
    auto upd = db->exec(QStringLiteral("UPDATE audit_log SET action = 'forged' WHERE seq = 1"));
    QVERIFY(!upd.ok());
    auto del = db->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    QVERIFY(!del.ok());
    QCOMPARE(db->scalar(QStringLiteral("SELECT action FROM audit_log WHERE seq = 1"))->toString(),
             QStringLiteral("test"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto db = freshDatabase();
    QVERIFY(db);
    auto r = db->exec(QStringLiteral("INSERT INTO customer_keys (customer_id, wrapped, created_at) VALUES (?, ?, ?)"),
                      {QStringLiteral("no-such-customer"), QByteArray("x"), 0});
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Storage);
}

// A second row with the same key is ErrorCode::Duplicate on both backends, from the SQLSTATE or
// SQLite's extended result code: the stores tell "already there" from other refusals without
// reading the message, which PostgreSQL writes in the server's language.
void TestDatabase::duplicateKeysAreRecognisedByCode()
{
    auto db = freshDatabase();
    QVERIFY(db);
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
    QVERIFY(db->exec(insert, {QStringLiteral("test.key"), QStringLiteral("1")}).ok());
    auto again = db->exec(insert, {QStringLiteral("test.key"), QStringLiteral("2")});
    QVERIFY(!again.ok());
    QCOMPARE(again.code(), ErrorCode::Duplicate);
    // Other constraints stay a plain refusal: a NOT NULL column left empty.
    auto missing = db->exec(insert, {QStringLiteral("test.other"), QVariant()});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.code(), ErrorCode::Storage);
    auto v = db->scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QStringLiteral("test.key")});
    QVERIFY(v.ok());
    QCOMPARE(v->toString(), QStringLiteral("1"));
}

void TestDatabase::sqliteUsesWal()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    auto db = freshDatabase();
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA secure_delete"))->toInt(), 1);
}

// New files get 16 KiB pages; a workspace made with 4 KiB pages (before) keeps them and opens as before.
void TestDatabase::sqlitePageSizeOfNewFilesOnly()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    auto db = freshDatabase();
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 16384);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small-pages.amanah"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("small-pages"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("small-pages"));
    {
        auto made = Database::open(WorkspaceLocation::sqliteFile(path), Database::OpenMode::MustExist);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        QVERIFY((*made)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok());
    }
    auto old = Database::open(WorkspaceLocation::sqliteFile(path), Database::OpenMode::MustExist);
    QVERIFY2(old.ok(), qPrintable(old.errorString()));
    QCOMPARE((*old)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE((*old)->scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 4096);
    QCOMPARE((*old)->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'k'"))->toString(),
             QStringLiteral("v"));
}

void TestDatabase::missingFileIsNotCreated()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.amanah"));
    auto r = Database::open(WorkspaceLocation::sqliteFile(path), Database::OpenMode::MustExist);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::NotFound);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDatabase::directoryIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    QTemporaryDir dir;
    for (auto mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
        auto r = Database::open(WorkspaceLocation::sqliteFile(dir.path()), mode);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY(r.errorString().contains(QLatin1String("folder")));
    }
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDatabase::nonDatabaseFileIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::newRow("text") << QByteArray("name,email\nDewi,dewi@example.id\n") << int(ErrorCode::NotADatabase);
    QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotADatabase);
    QByteArray corrupt("SQLite format 3\0", 16);
    corrupt += QByteArray(4080, '\xA5');
    QTest::newRow("corrupt sqlite") << corrupt << int(ErrorCode::NotADatabase);
}

void TestDatabase::nonDatabaseFileIsRefusedAndUntouched()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-workspace.amanah"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileDigest(path);
    for (auto mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
        auto r = Database::open(WorkspaceLocation::sqliteFile(path), mode);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), expected);
        QVERIFY(!r.errorString().isEmpty());
    }
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("not-a-workspace.amanah")});
}

void TestDatabase::unwritablePathIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    // /proc refuses new files even to root, so this holds on CI too.
    for (const QString& path : {QStringLiteral("/proc/amanah-test/ws.amanah"), QStringLiteral("/proc/ws.amanah")}) {
        auto r = Database::open(WorkspaceLocation::sqliteFile(path), Database::OpenMode::CreateIfMissing);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::ReadOnly);
        QVERIFY(!QFile::exists(path));
    }
}

void TestDatabase::readOnlyFileIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    auto db = freshDatabase();
    QVERIFY(db);
    const QString path = db->location().path;
    db.reset();
    const QByteArray before = fileDigest(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    bool immutable = false;
    if (QFileInfo(path).isWritable()) {
        // Root ignores permission bits; an immutable file is read-only even for root.
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        if (!immutable) {
            QSKIP("cannot make a file read-only for this user (root without chattr)");
        }
    }
    auto r = Database::open(WorkspaceLocation::sqliteFile(path), Database::OpenMode::MustExist);
    if (immutable) {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::ReadOnly);
    QVERIFY(r.errorString().contains(QLatin1String("read-only")));
    QCOMPARE(fileDigest(path), before);
}

void TestDatabase::postgresUnreachable()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only");
    }
    auto loc = WorkspaceLocation::parse(QStringLiteral("postgresql://amanah:x@127.0.0.1:1/amanah"));
    QVERIFY(loc.ok());
    auto r = Database::open(*loc);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Unreachable);
    QVERIFY(r.errorString().contains(QLatin1String("could not be reached")));
    QVERIFY(!r.errorString().contains(QLatin1String(":x@")));
}

void TestDatabase::postgresWrongPassword()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only");
    }
    auto loc = WorkspaceLocation::parse(TestBackend::postgresUrl());
    QVERIFY(loc.ok());
    loc->password = QStringLiteral("not-the-password");
    auto r = Database::open(*loc);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Authentication);
    QVERIFY(!r.errorString().contains(QLatin1String("not-the-password")));
}

void TestDatabase::postgresMissingDatabase()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only");
    }
    auto loc = WorkspaceLocation::parse(TestBackend::postgresUrl());
    QVERIFY(loc.ok());
    loc->database = QStringLiteral("no_such_workspace");
    auto r = Database::open(*loc);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
