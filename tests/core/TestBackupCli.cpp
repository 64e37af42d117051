// amanahctl backup and restore (issue #17), each in a program of its own: backups taken while
// another amanahctl imports into the same file are consistent (integrity check, audit chain,
// every customer with its key, the import all or nothing); restore puts a working workspace in
// place; a restore without its ledger is refused (exit 3) and writes nothing; on PostgreSQL,
// backup names pg_dump.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureLedger.h"
#include "core/session/Authenticator.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using CliRunner::amanahctl;

namespace {
constexpr int kImported = 20000;

QMap<QString, QString> asAdmin()
{
    return {{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::adminPassword()},
            {QStringLiteral("AMANAH_USER"), QStringLiteral("admin")}};
}
} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void postgresNamesPgDump();
    void backupsWhileAnotherProgramImports();
    void restoreWithoutLedgerIsRefused();
};

void TestBackupCli::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

void TestBackupCli::postgresNamesPgDump()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only");
    }
    TestWorkspace tw;
    QVERIFY(tw.ok());
    QTemporaryDir dir;
    const auto run = amanahctl({QStringLiteral("--lang"),
                                QStringLiteral("en"),
                                QStringLiteral("--workspace"),
                                CliRunner::workspaceArg(tw.location()),
                                QStringLiteral("backup"),
                                QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("x.amanah-backup"))},
                               asAdmin());
    QCOMPARE(run.status, 9);
    QVERIFY2(run.err.contains(QLatin1String("pg_dump")), qPrintable(run.err));
    const auto ledger = amanahctl({QStringLiteral("--workspace"),
                                   CliRunner::workspaceArg(tw.location()),
                                   QStringLiteral("backup"),
                                   QStringLiteral("ledger"),
                                   QStringLiteral("--dir"),
                                   dir.path()},
                                  asAdmin());
    QVERIFY2(ledger.status == 0, qPrintable(ledger.err));
    QVERIFY(QFile::exists(dir.filePath(ErasureLedger::fileName(tw.admin()->workspaceId()))));
}

void TestBackupCli::backupsWhileAnotherProgramImports()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only: PostgreSQL is backed up with pg_dump");
    }
    TestWorkspace tw;
    QVERIFY(tw.ok());
    QVERIFY(tw.signInNewUser(QStringLiteral("andi"), static_cast<int>(Role::Agent)));
    const QString ws = tw.location().path;
    tw.close();
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("people.csv"));
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,email\n");
        for (int i = 0; i < kImported; ++i) {
            csv.write(QStringLiteral("Pelanggan %1,p%1@contoh.co.id\n").arg(i).toUtf8());
        }
    }
    QProcess importer;
    importer.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword());
        return env;
    }());
    importer.start(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"),
                   {QStringLiteral("--workspace"),
                    ws,
                    QStringLiteral("import"),
                    QStringLiteral("customers"),
                    csvPath,
                    QStringLiteral("--user"),
                    QStringLiteral("andi")});
    QVERIFY(importer.waitForStarted());
    // And one more program's worth of short writes: a desktop creating customers one by one,
    // each with its audit entry, on a thread and a connection of its own.
    std::atomic<bool> stop{false};
    std::atomic<int> created{0};
    QString writerError;
    std::thread writer([&] {
        auto wsOpen = Workspace::open(WorkspaceLocation::sqliteFile(ws));
        auto session = wsOpen ? Authenticator(*wsOpen).signIn(QStringLiteral("andi"), TestWorkspace::staffPassword())
                              : Result<std::shared_ptr<Session>>(wsOpen.error());
        if (!session) {
            writerError = session.errorString();
            return;
        }
        CustomerService customers(*session);
        while (!stop) {
            Customer c;
            c.fullName = QStringLiteral("Desktop %1").arg(created.load());
            c.email = QStringLiteral("d%1@contoh.co.id").arg(created.load());
            c.country = QStringLiteral("ID");
            c.jurisdiction = QStringLiteral("UU_PDP");
            if (auto r = customers.create(c); !r) {
                writerError = r.errorString();
                return;
            }
            ++created;
        }
    });
    QStringList backups;
    // QProcess notices the end only when asked (no event loop here).
    const auto importing = [&importer] {
        return !importer.waitForFinished(0) && importer.state() != QProcess::NotRunning;
    };
    for (int i = 0; i < 3 || importing(); ++i) {
        const QString out = dir.filePath(QStringLiteral("backups/b%1.amanah-backup").arg(i));
        const auto run = amanahctl({QStringLiteral("--lang"),
                                    QStringLiteral("en"),
                                    QStringLiteral("--workspace"),
                                    ws,
                                    QStringLiteral("backup"),
                                    QStringLiteral("--out"),
                                    out},
                                   asAdmin());
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QDir::toNativeSeparators(out));
        backups << out;
        QVERIFY2(i < 400, "the import never ended");
        QTest::qSleep(50);
    }
    qInfo("%lld backups taken while the import ran", static_cast<long long>(backups.size()));
    QVERIFY(importer.state() == QProcess::NotRunning || importer.waitForFinished(120000));
    stop = true;
    writer.join();
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY(created > 0);
    qInfo("%d customers created one by one meanwhile", created.load());
    QVERIFY2(importer.exitCode() == 0, importer.readAllStandardError().constData());
    backups << dir.filePath(QStringLiteral("backups/after.amanah-backup"));
    QCOMPARE(amanahctl(
                 {QStringLiteral("--workspace"), ws, QStringLiteral("backup"), QStringLiteral("--out"), backups.last()},
                 asAdmin())
                 .status,
             0);

    const auto listed
        = amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("backup"), QStringLiteral("list")}, asAdmin());
    QCOMPARE(listed.status, 0);
    QCOMPARE(listed.out.count(QLatin1String("\tkept\n")), backups.size());

    // Each backup (eight spread over the import, and the last) restores into a workspace that
    // opens, verifies and holds the import all or nothing.
    QList<int> picked;
    const int step = std::max<int>(1, static_cast<int>(backups.size() / 8));
    for (int i = 0; i < backups.size() - 1; i += step) {
        picked << i;
    }
    picked << static_cast<int>(backups.size() - 1);
    for (int i : picked) {
        const QString target = dir.filePath(QStringLiteral("restored/r%1.db").arg(i));
        const auto restored
            = amanahctl({QStringLiteral("restore"), backups.at(i), QStringLiteral("--into"), target}, asAdmin());
        QVERIFY2(restored.status == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("ledger entries: 0")));
        const auto verified = amanahctl(
            {QStringLiteral("--workspace"), target, QStringLiteral("audit"), QStringLiteral("verify")}, asAdmin());
        QVERIFY2(verified.status == 0, qPrintable(verified.err + verified.out));
        QVERIFY(verified.out.contains(QLatin1String("intact")));
        auto db = Database::open(WorkspaceLocation::sqliteFile(target));
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        const qint64 customers = (*db)->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toLongLong();
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM customer_keys"))->toLongLong(), customers);
        // Every customer created one by one came with its audit entry, in the same snapshot.
        const qint64 oneByOne
            = (*db)
                  ->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.create'"))
                  ->toLongLong();
        const qint64 imported = customers - oneByOne;
        qInfo("backup %d holds %lld customers created one by one and %lld imported",
              i,
              static_cast<long long>(oneByOne),
              static_cast<long long>(imported));
        QVERIFY2(imported == 0 || imported == kImported, qPrintable(QString::number(imported)));
        if (i == picked.last()) {
            QCOMPARE(imported, kImported);
            QCOMPARE(oneByOne, created.load());
        }
    }
}

void TestBackupCli::restoreWithoutLedgerIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    TestWorkspace tw;
    QVERIFY(tw.ok());
    const QString ws = tw.location().path;
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("b/shop.amanah-backup"));
    QCOMPARE(amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("backup"), QStringLiteral("--out"), backup},
                       asAdmin())
                 .status,
             0);
    const QString alone = dir.filePath(QStringLiteral("alone.amanah-backup"));
    QVERIFY(QFile::copy(backup, alone));
    const QString target = dir.filePath(QStringLiteral("restored.db"));
    const auto refused = amanahctl({QStringLiteral("--lang"),
                                    QStringLiteral("en"),
                                    QStringLiteral("restore"),
                                    alone,
                                    QStringLiteral("--into"),
                                    target},
                                   asAdmin());
    QCOMPARE(refused.status, 3);
    QVERIFY2(refused.err.contains(QLatin1String("erasure ledger is missing")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("restored*")}).isEmpty());
    // Over an existing file without --replace: refused, the file untouched.
    const auto exists = amanahctl({QStringLiteral("restore"), backup, QStringLiteral("--into"), ws}, asAdmin());
    QCOMPARE(exists.status, 9);
    // In Indonesian as well.
    const auto id = amanahctl({QStringLiteral("--lang"),
                               QStringLiteral("id"),
                               QStringLiteral("restore"),
                               alone,
                               QStringLiteral("--into"),
                               target},
                              asAdmin());
    QCOMPARE(id.status, 3);
    QVERIFY2(!id.err.contains(QLatin1String("erasure ledger is missing")), qPrintable(id.err));
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
