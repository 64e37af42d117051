// Kill any program at any moment (issue #17): a child process importing customers, executing
// erasures or applying the retention run is killed with SIGKILL at a random point, 20 times
// each; after every kill the workspace opens, passes SQLite's integrity check, its audit chain
// verifies, and each operation is all or nothing: every customer has its key, an import is in
// whole or not at all, an erasure or a retention batch left no customer half-destroyed (and a
// deletion always a tombstone), and whatever was interrupted can be finished.
//
// The erasure child is this test program itself, started with AMANAH_CRASH_CHILD=erasure.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionService.h"
#include "core/session/Authenticator.h"
#include "core/storage/AuditLog.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kRuns = 20;
constexpr int kImportRows = 10000;
constexpr int kErasuresPerRun = 3;
constexpr int kRetentionPerRun = 120;
const QString kWhy = QStringLiteral("Asked by the customer; nothing requires keeping it.");

qint64 count(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto v = db.scalar(sql, values);
    return v ? v->toLongLong() : -1;
}

/// The child of the erasure runs: executes the erasures named in AMANAH_CRASH_REQUESTS
/// ("id:ref,id:ref") as officer2, one after the other, until killed or done.
int runErasureChild()
{
    if (!Crypto::init()) {
        return 20;
    }
    auto location = WorkspaceLocation::parse(qEnvironmentVariable("AMANAH_CRASH_WORKSPACE"));
    if (!location) {
        return 21;
    }
    auto ws = Workspace::open(*location);
    if (!ws) {
        return 22;
    }
    auto session = Authenticator(*ws).signIn(QStringLiteral("officer2"), TestWorkspace::staffPassword());
    if (!session) {
        return 23;
    }
    for (const QString& item : qEnvironmentVariable("AMANAH_CRASH_REQUESTS").split(QLatin1Char(','))) {
        const qint64 id = item.section(QLatin1Char(':'), 0, 0).toLongLong();
        if (auto st = ErasureService(*session).execute(id, kWhy, item.section(QLatin1Char(':'), 1)); !st) {
            fprintf(stderr, "%s\n", qPrintable(st.errorString()));
            return 24;
        }
    }
    return 0;
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void killedImport();
    void killedErasure();
    void killedRetentionRun();

private:
    /// Kills the started @p process after a random time up to 4/3 of @p maxMs (or lets it
    /// finish when it ends first); true when it was killed.
    bool runAndKill(QProcess& process, int maxMs);
    /// Runs @p program with @p env added: run 0 to its end (it must succeed; its time goes to
    /// @p maxMs), every other run killed by runAndKill() unless it ends first (then it must
    /// have succeeded).
    void
    runOnce(const QString& program, const QStringList& args, const QMap<QString, QString>& env, int run, int* maxMs);
    /// Opens the workspace afresh and checks what must hold after any kill.
    void checkInvariants(const QString& when);
    QMap<QString, QString> env(const QString& user, const QString& password) const;

    std::unique_ptr<TestWorkspace> m_tw;
    std::shared_ptr<Session> m_agent;
    std::shared_ptr<Session> m_officer;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_killed = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

void TestCrashSafety::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    m_agent = m_tw->signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    m_officer = m_tw->signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    QVERIFY(m_tw->signInNewUser(QStringLiteral("officer2"), static_cast<int>(Role::Officer)));
    m_dir = std::make_unique<QTemporaryDir>();
    m_killed = 0;
}

void TestCrashSafety::cleanup()
{
    m_agent.reset();
    m_officer.reset();
    m_tw.reset();
}

QMap<QString, QString> TestCrashSafety::env(const QString& user, const QString& password) const
{
    return {{QStringLiteral("AMANAH_USER"), user},
            {QStringLiteral("AMANAH_PASSWORD"), password},
            {QStringLiteral("AMANAH_WORKSPACE"), CliRunner::workspaceArg(m_tw->location())}};
}

bool TestCrashSafety::runAndKill(QProcess& process, int maxMs)
{
    // Up to a third past a whole run's time, so that some runs end (or commit) before the kill.
    const int after = static_cast<int>(QRandomGenerator::global()->bounded(maxMs * 4 / 3 + 1));
    if (!process.waitForFinished(after)) {
        process.kill(); // SIGKILL: no handler, no atexit, no checkpoint
        process.waitForFinished(10000);
        ++m_killed;
        return true;
    }
    return false;
}

void TestCrashSafety::runOnce(
    const QString& program, const QStringList& args, const QMap<QString, QString>& env, int run, int* maxMs)
{
    QProcess child;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        e.insert(it.key(), it.value());
    }
    child.setProcessEnvironment(e);
    child.start(program, args);
    QVERIFY(child.waitForStarted());
    if (run == 0) {
        QElapsedTimer t;
        t.start();
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        *maxMs = static_cast<int>(t.elapsed());
    } else if (!runAndKill(child, *maxMs)) {
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    }
}

void TestCrashSafety::checkInvariants(const QString& when)
{
    auto db = Database::open(m_tw->location());
    QVERIFY2(db.ok(), qPrintable(when + QStringLiteral(": ") + db.errorString()));
    const Database& d = **db;
    if (!d.isPostgres()) {
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    }
    auto verified = m_tw->admin()->auditLog().verify();
    QVERIFY2(verified.ok() && verified->intact,
             qPrintable(when + QStringLiteral(": ") + (verified.ok() ? verified->problem : verified.errorString())));
    // Every customer still holding data has its key; no key without its customer.
    QCOMPARE(count(d,
                   QStringLiteral("SELECT count(*) FROM customers WHERE status <> 'erased' AND id NOT IN "
                                  "(SELECT customer_id FROM customer_keys)")),
             0);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id NOT IN (SELECT id FROM "
                                  "customers)")),
             0);
    QCOMPARE(count(d,
                   QStringLiteral("SELECT count(*) FROM consent_events WHERE customer_id NOT IN (SELECT id FROM "
                                  "customers)")),
             0);
}

void TestCrashSafety::killedImport()
{
    QElapsedTimer whole;
    whole.start();
    int maxMs = 0;
    int landed = 0;
    qint64 expected = count(*m_tw->workspace()->database(), QStringLiteral("SELECT count(*) FROM customers"));
    for (int run = 0; run <= kRuns; ++run) {
        const QString csvPath = m_dir->filePath(QStringLiteral("run%1.csv").arg(run));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,email\n");
        for (int i = 0; i < kImportRows; ++i) {
            csv.write(QStringLiteral("Pelanggan %1-%2,p%1x%2@contoh.co.id\n").arg(run).arg(i).toUtf8());
        }
        csv.close();
        runOnce(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"),
                {QStringLiteral("import"), QStringLiteral("customers"), csvPath},
                env(QStringLiteral("agent"), TestWorkspace::staffPassword()),
                run,
                &maxMs);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkInvariants(QStringLiteral("import run %1").arg(run));
        const qint64 now = count(*m_tw->workspace()->database(), QStringLiteral("SELECT count(*) FROM customers"));
        // All or nothing (and all, for the run that was not killed).
        QVERIFY2((now == expected && run > 0) || now == expected + kImportRows,
                 qPrintable(QStringLiteral("run %1: %2 customers, expected %3 or %4")
                                .arg(run)
                                .arg(now)
                                .arg(expected)
                                .arg(expected + kImportRows)));
        landed += (run > 0 && now != expected) ? 1 : 0;
        expected = now;
    }
    qInfo("%d of %d imports killed (an import takes %d ms; %d runs landed); %lld ms",
          m_killed,
          kRuns,
          maxMs,
          landed,
          static_cast<long long>(whole.elapsed()));
    QVERIFY(m_killed >= kRuns / 4); // most runs: the kill window is mostly inside a run
}

void TestCrashSafety::killedErasure()
{
    QElapsedTimer whole;
    whole.start();
    int maxMs = 0;
    int executedByChild = 0;
    for (int run = 0; run <= kRuns; ++run) {
        // Approved and prepared erasure requests, for the child to execute.
        QStringList items;
        QList<QPair<qint64, QString>> requests;
        for (int i = 0; i < kErasuresPerRun; ++i) {
            Customer c;
            c.externalRef = QStringLiteral("REF-%1-%2").arg(run).arg(i);
            c.fullName = QStringLiteral("Pelanggan %1-%2").arg(run).arg(i);
            c.country = QStringLiteral("ID");
            c.jurisdiction = QStringLiteral("UU_PDP");
            auto id = CustomerService(m_agent).create(c);
            QVERIFY(id.ok());
            RequestService desk(m_agent);
            RequestInput in;
            in.type = Request::Type::Erasure;
            in.channel = QStringLiteral("email");
            in.customerId = *id;
            in.requester.name = QStringLiteral("Requester");
            auto r = desk.intake(in);
            QVERIFY(r.ok());
            QVERIFY(desk.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
            QVERIFY(RequestService(m_officer).approve(r->id, QStringLiteral("Verified"), 2).ok());
            QVERIFY(ErasureService(m_officer).prepare(r->id).ok());
            items << QStringLiteral("%1:%2").arg(r->id).arg(c.externalRef);
            requests << qMakePair(r->id, *id);
        }
        QMap<QString, QString> e;
        e.insert(QStringLiteral("AMANAH_CRASH_CHILD"), QStringLiteral("erasure"));
        e.insert(QStringLiteral("AMANAH_CRASH_WORKSPACE"), CliRunner::workspaceArg(m_tw->location()));
        e.insert(QStringLiteral("AMANAH_CRASH_REQUESTS"), items.join(QLatin1Char(',')));
        runOnce(QCoreApplication::applicationFilePath(), {}, e, run, &maxMs);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkInvariants(QStringLiteral("erasure run %1").arg(run));
        const Database& db = *m_tw->workspace()->database();
        for (const auto& [requestId, customerId] : requests) {
            const QString state
                = db.scalar(QStringLiteral("SELECT state FROM requests WHERE id = ?"), {requestId})->toString();
            const qint64 present
                = count(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {customerId});
            const qint64 keys
                = count(db, QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id = ?"), {customerId});
            // Executed: nothing of the customer is left. Not executed: the customer whole, or
            // (an erasure that records its shred before it completes) gone and finishable.
            if (state == QLatin1String("executed")) {
                executedByChild += run > 0 ? 1 : 0;
                QCOMPARE(present, 0);
                QCOMPARE(keys, 0);
            } else {
                QCOMPARE(state, QStringLiteral("approved"));
                QCOMPARE(keys, present);
                auto again = ErasureService(m_tw->signInNewUser(QStringLiteral("o%1x%2").arg(run).arg(requestId),
                                                                static_cast<int>(Role::Officer)))
                                 .execute(requestId,
                                          kWhy,
                                          items.at(requests.indexOf(qMakePair(requestId, customerId)))
                                              .section(QLatin1Char(':'), 1));
                QVERIFY2(again.ok(), qPrintable(again.errorString()));
                QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {customerId}), 0);
            }
        }
    }
    qInfo("%d of %d erasure runs killed (a run takes %d ms; %d of %d erasures done by the child); %lld ms",
          m_killed,
          kRuns,
          maxMs,
          executedByChild,
          kRuns * kErasuresPerRun,
          static_cast<long long>(whole.elapsed()));
    QVERIFY(m_killed >= kRuns / 4); // most runs: the kill window is mostly inside a run
    checkInvariants(QStringLiteral("after the erasure runs"));
}

void TestCrashSafety::killedRetentionRun()
{
    QElapsedTimer whole;
    whole.start();
    RetentionRule rule;
    rule.dataCategory = QStringLiteral("customer_record");
    rule.periodDays = 30;
    rule.trigger = RetentionRule::Trigger::LastActivity;
    rule.action = RetentionRule::Action::Delete;
    QVERIFY(RetentionService(m_officer).create(rule).ok());
    const Database& db = *m_tw->workspace()->database();
    int maxMs = 0;
    int partial = 0;
    for (int run = 0; run <= kRuns; ++run) {
        for (int i = 0; i < kRetentionPerRun; ++i) {
            Customer c;
            c.fullName = QStringLiteral("Lama %1-%2").arg(run).arg(i);
            c.email = QStringLiteral("lama%1x%2@contoh.co.id").arg(run).arg(i);
            c.country = QStringLiteral("ID");
            c.jurisdiction = QStringLiteral("UU_PDP");
            QVERIFY(CustomerService(m_agent).create(c).ok());
        }
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ?"),
                        {QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()})
                    .ok());
        const qint64 before = count(db, QStringLiteral("SELECT count(*) FROM customers"));
        const qint64 tombsBefore = count(db, QStringLiteral("SELECT count(*) FROM tombstones"));
        const QMap<QString, QString> e = env(QStringLiteral("officer"), TestWorkspace::staffPassword());
        runOnce(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"),
                {QStringLiteral("retention"),
                 QStringLiteral("run"),
                 QStringLiteral("--apply"),
                 QStringLiteral("--justification"),
                 QStringLiteral("Nightly run"),
                 QStringLiteral("--batch"),
                 QStringLiteral("25")},
                e,
                run,
                &maxMs);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkInvariants(QStringLiteral("retention run %1").arg(run));
        const qint64 deleted = before - count(db, QStringLiteral("SELECT count(*) FROM customers"));
        // Every deletion left its tombstone (the ledger a restore re-applies), in whole batches.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tombstones")) - tombsBefore, deleted);
        QVERIFY2(deleted % 25 == 0 || deleted == before,
                 qPrintable(QStringLiteral("run %1: %2 deleted, not whole batches").arg(run).arg(deleted)));
        partial += (run > 0 && deleted > 0 && deleted < before) ? 1 : 0;
        // What a killed run left is done by the next one (this loop's next run, or here at the end).
    }
    const auto last = CliRunner::amanahctl({QStringLiteral("retention"),
                                            QStringLiteral("run"),
                                            QStringLiteral("--apply"),
                                            QStringLiteral("--justification"),
                                            QStringLiteral("Finish the nightly run")},
                                           env(QStringLiteral("officer"), TestWorkspace::staffPassword()));
    QVERIFY2(last.status == 0, qPrintable(last.err));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM customers")), 0);
    checkInvariants(QStringLiteral("after the retention runs"));
    qInfo("%d of %d retention runs killed (a run takes %d ms; %d stopped between batches); %lld ms",
          m_killed,
          kRuns,
          maxMs,
          partial,
          static_cast<long long>(whole.elapsed()));
    QVERIFY(m_killed >= kRuns / 4); // most runs: the kill window is mostly inside a run
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("AMANAH_CRASH_CHILD") == QLatin1String("erasure")) {
        return runErasureChild();
    }
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCrashSafety.moc"
