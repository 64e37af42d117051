// Reading, filtering, verifying and exporting the audit trail (AuditService), amanahctl audit,
// and a scripted workflow whose personal data must never reach the trail.
#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Totp.h"
#include "core/customers/CustomerService.h"
#include "core/io/CsvWriter.h"
#include "core/session/AccountService.h"
#include "core/session/Authenticator.h"
#include "core/session/StaffService.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

AuditRecord
record(const QString& action, const QString& objectType, const QString& objectId, const QString& justification = {})
{
    AuditRecord r;
    r.action = action;
    r.objectType = objectType;
    r.objectId = objectId;
    r.justification = justification;
    r.details = QStringLiteral("fields=1");
    return r;
}

qint64 countAction(const Database& db, const QString& action)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})->toLongLong();
}

// Alters one entry behind the application's back (see TestAuditLog for the full set).
bool tamper(const WorkspaceLocation& loc, qint64 seq)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(loc.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (loc.isPostgres()) {
            const WorkspaceLocation super = TestBackend::asSuperuser(loc);
            db.setHostName(super.host);
            db.setPort(super.port);
            db.setDatabaseName(super.database);
            db.setUserName(super.user);
            db.setPassword(super.password);
        } else {
            db.setDatabaseName(loc.path);
        }
        if (db.open()) {
            QSqlQuery q(db);
            ok = loc.isPostgres() ? q.exec(QStringLiteral("SET session_replication_role = replica"))
                                  : q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            ok = ok && q.prepare(QStringLiteral("UPDATE audit_log SET details = details || '; x=1' WHERE seq = ?"));
            q.addBindValue(seq);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString workspaceArgument(const WorkspaceLocation& loc)
{
    if (!loc.isPostgres()) {
        return loc.path;
    }
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(loc.user, loc.password, loc.host)
        .arg(loc.port)
        .arg(loc.database);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args, const QString& password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AMANAH_PASSWORD"), password);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestAuditService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filtersAndPaging();
    void agentIsDeniedAndAudited();
    void verifyOnWorkerThreadIsAudited();
    void csvNeutralisesFormulas();
    void csvWriterQuotes();
    void jsonCarriesTheHead();
    void cliVerifyIntactAndTampered();
    void cliExport();
    void cliWrongPassword();
    void workflowLeavesNoPersonalData();

private:
    MockClock m_clock;
};

void TestAuditService::initTestCase()
{
    QVERIFY(Crypto::init().ok());
}

void TestAuditService::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestAuditService::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestAuditService::filtersAndPaging()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("ratna"), kOfficer);
    QVERIFY(officer);
    const QDateTime day2 = QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 120; ++i) {
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(i * 900)); // 30 hours
        const auto& who = i % 2 ? officer : tw.admin();
        QVERIFY(who->audit(record(i % 3 ? QStringLiteral("customer.create") : QStringLiteral("consent.record"),
                                  QStringLiteral("customer"),
                                  QStringLiteral("c-%1").arg(i % 10)))
                    .ok());
    }
    AuditService service(officer);
    auto all = service.count({});
    QVERIFY(all.ok());
    QVERIFY(*all >= 120);

    AuditFilter byAction;
    byAction.action = QStringLiteral("customer.");
    QCOMPARE(*service.count(byAction), 80);
    byAction.action = QStringLiteral("consent.record");
    QCOMPARE(*service.count(byAction), 40);
    byAction.action = QStringLiteral("Consent"); // case-sensitive prefix
    QCOMPARE(*service.count(byAction), 0);

    AuditFilter byActor;
    byActor.actor = QStringLiteral("ratna");
    byActor.objectType = QStringLiteral("customer");
    QCOMPARE(*service.count(byActor), 60);
    byActor.objectId = QStringLiteral("c-3");
    QCOMPARE(*service.count(byActor), 12); // i = 3, 13, ..., 113

    AuditFilter byDate;
    byDate.objectType = QStringLiteral("customer");
    byDate.from = day2;
    byDate.to = day2.addSecs(3600);
    QCOMPARE(*service.count(byDate), 4); // 00:00, 00:15, 00:30, 00:45

    // A filter value is data, not SQL.
    AuditFilter hostile;
    hostile.actor = QStringLiteral("x' OR '1'='1");
    QCOMPARE(*service.count(hostile), 0);

    // Keyset paging, newest first, covers every match exactly once.
    AuditFilter customers;
    customers.objectType = QStringLiteral("customer");
    QList<qint64> seen;
    qint64 before = 0;
    for (;;) {
        auto page = service.page(customers, before, 7);
        QVERIFY2(page.ok(), qPrintable(page.errorString()));
        if (page->isEmpty()) {
            break;
        }
        QVERIFY(page->size() <= 7);
        for (const AuditEntry& e : *page) {
            QVERIFY(seen.isEmpty() || e.seq < seen.last());
            QCOMPARE(e.objectType, QStringLiteral("customer"));
            seen << e.seq;
        }
        before = page->last().seq;
    }
    QCOMPARE(seen.size(), 120);
    auto newest = service.page({}, 0, 1);
    QCOMPARE(newest->first().seq, service.head()->seq);
}

void TestAuditService::agentIsDeniedAndAudited()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("budi"), kAgent);
    QVERIFY(agent);
    const Database& db = *tw.workspace()->database();
    const qint64 before = countAction(db, QStringLiteral("permission.denied"));
    AuditService service(agent);
    QCOMPARE(service.page({}, 0, 10).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.count({}).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.verify().code(), ErrorCode::PermissionDenied);
    QTemporaryDir dir;
    QCOMPARE(service.exportCsv({}, dir.filePath(QStringLiteral("a.csv"))).code(), ErrorCode::PermissionDenied);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
    QCOMPARE(countAction(db, QStringLiteral("permission.denied")), before + 4);
    auto last = AuditService(tw.admin()).page({}, 0, 1);
    QCOMPARE(last->first().action, QStringLiteral("permission.denied"));
    QCOMPARE(last->first().actor, QStringLiteral("budi"));
    QVERIFY(last->first().details.contains(QLatin1String("view_audit")) || !last->first().details.isEmpty());

    auto manager = tw.signInNewUser(QStringLiteral("sari"), kManager);
    QVERIFY(AuditService(manager).count({}).ok());
}

void TestAuditService::verifyOnWorkerThreadIsAudited()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    AuditService service(tw.admin());
    std::optional<Result<AuditLog::Verification>> result;
    QThread* worker
        = QThread::create([&] { result = service.verify(std::nullopt, [](qint64, qint64) { return true; }); });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QVERIFY((*result)->intact);
    const Database& db = *tw.workspace()->database();
    QCOMPARE(countAction(db, QStringLiteral("audit.verify")), 1);
    auto entry = service.page({QString(), QStringLiteral("audit.verify"), {}, {}, {}, {}}, 0, 1);
    QVERIFY(entry->first().details.startsWith(QLatin1String("result=intact")));
    // The trail, verify entry included, is still intact.
    QVERIFY(service.verify()->intact);
}

void TestAuditService::csvNeutralisesFormulas()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    const QStringList hostile = {QStringLiteral("=HYPERLINK(\"http://x\")"),
                                 QStringLiteral("+1"),
                                 QStringLiteral("-1"),
                                 QStringLiteral("@x"),
                                 QStringLiteral("\tX"),
                                 QStringLiteral("\rY")};
    for (const QString& j : hostile) {
        QVERIFY(tw.admin()->audit(record(QStringLiteral("customer.rectify"), QStringLiteral("customer"), j, j)).ok());
    }
    AuditService service(tw.admin());
    const AuditLog::Head head = *service.head();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.csv"));
    auto result = service.exportCsv({}, path);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QCOMPARE(result->head.seq, head.seq);
    QCOMPARE(result->count, head.seq);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(QStringLiteral("# chain head: ") + head.toString() + QStringLiteral("\r\n")));
    QVERIFY(csv.contains(QStringLiteral("# entries: %1\r\n").arg(head.seq)));
    QVERIFY(csv.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\",")));
    QVERIFY(csv.contains(QStringLiteral(",'+1,'+1,")));
    QVERIFY(csv.contains(QStringLiteral(",'-1,'-1,")));
    QVERIFY(csv.contains(QStringLiteral(",'@x,'@x,")));
    QVERIFY(csv.contains(QStringLiteral(",'\tX,'\tX,")));
    QVERIFY(csv.contains(QStringLiteral(",\"'\rY\",\"'\rY\",")));
    // No cell anywhere starts with a formula character.
    for (const QString& line : csv.split(QStringLiteral("\r\n"))) {
        for (const QString& cell : line.split(QLatin1Char(','))) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)), qPrintable(cell));
        }
    }
    auto exported = service.page({QString(), QStringLiteral("audit.export"), {}, {}, {}, {}}, 0, 1);
    QCOMPARE(exported->size(), 1);
    QCOMPARE(exported->first().details, QStringLiteral("format=csv; count=%1; head_seq=%1").arg(head.seq));
}

void TestAuditService::csvWriterQuotes()
{
    QCOMPARE(CsvWriter::row({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d\"e"), QString()}),
             QStringLiteral("a,\"b,c\",\"d\"\"e\",\r\n"));
    QCOMPARE(CsvWriter::neutralise(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(CsvWriter::neutralise(QStringLiteral("a=1")), QStringLiteral("a=1"));
    QCOMPARE(CsvWriter::row({QStringLiteral("x\ny")}), QStringLiteral("\"x\ny\"\r\n"));
}

void TestAuditService::jsonCarriesTheHead()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    for (int i = 0; i < 30; ++i) {
        m_clock.advanceSeconds(3600);
        QVERIFY(tw.admin()
                    ->audit(record(QStringLiteral("customer.create"),
                                   QStringLiteral("customer"),
                                   QStringLiteral("c-%1").arg(i),
                                   QStringLiteral("\"quoted\" \\ ünï")))
                    .ok());
    }
    AuditService service(tw.admin());
    const AuditLog::Head head = *service.head();
    AuditFilter period;
    period.from = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    period.to = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.json"));
    auto result = service.exportJson(period, path);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("chainHead")).toString(), head.toString());
    QCOMPARE(root.value(QStringLiteral("headSeq")).toInteger(), head.seq);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 6); // 12:00 .. 17:00
    QCOMPARE(root.value(QStringLiteral("count")).toInteger(), 6);
    QCOMPARE(result->count, 6);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("justification")).toString(),
             QStringLiteral("\"quoted\" \\ ünï"));
    QVERIFY(entries.first().toObject().value(QStringLiteral("seq")).toInteger()
            < entries.last().toObject().value(QStringLiteral("seq")).toInteger());
    QCOMPARE(entries.first().toObject().value(QStringLiteral("mac")).toString().size(), 64);

    // An empty period is still valid JSON.
    period.from = period.to;
    QVERIFY(service.exportJson(period, path).ok());
    QFile g(path);
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QJsonDocument empty = QJsonDocument::fromJson(g.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(empty.object().value(QStringLiteral("entries")).toArray().size(), 0);
}

void TestAuditService::cliVerifyIntactAndTampered()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    for (int i = 0; i < 20; ++i) {
        QVERIFY(tw.admin()
                    ->audit(record(
                        QStringLiteral("customer.create"), QStringLiteral("customer"), QStringLiteral("c-%1").arg(i)))
                    .ok());
    }
    const WorkspaceLocation loc = tw.location();
    const QString ws = workspaceArgument(loc);
    const AuditLog::Head head = *AuditService(tw.admin()).head();
    if (!loc.isPostgres()) {
        QVERIFY(tw.admin()->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    Clock::setInstance(nullptr); // the child process uses the real clock

    CliRun ok = runCli({QStringLiteral("--workspace"),
                        ws,
                        QStringLiteral("audit"),
                        QStringLiteral("verify"),
                        QStringLiteral("--user"),
                        QStringLiteral("admin")},
                       TestWorkspace::adminPassword());
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    // amanahctl's own sign-in is the entry after the head taken here.
    QVERIFY2(ok.out.startsWith(QStringLiteral("intact up to entry %1, head %1:").arg(head.seq + 1)),
             qPrintable(ok.out));

    CliRun withCheckpoint = runCli({QStringLiteral("--workspace"),
                                    ws,
                                    QStringLiteral("audit"),
                                    QStringLiteral("verify"),
                                    QStringLiteral("--checkpoint"),
                                    head.toString(),
                                    QStringLiteral("--user=admin")},
                                   TestWorkspace::adminPassword());
    QCOMPARE(withCheckpoint.exitCode, 0);

    CliRun badCheckpoint = runCli({QStringLiteral("--workspace"),
                                   ws,
                                   QStringLiteral("audit"),
                                   QStringLiteral("verify"),
                                   QStringLiteral("--checkpoint"),
                                   QStringLiteral("12:zz"),
                                   QStringLiteral("--user=admin")},
                                  TestWorkspace::adminPassword());
    QCOMPARE(badCheckpoint.exitCode, 2);

    const qint64 victim = head.seq - 5;
    QVERIFY(tamper(loc, victim));
    CliRun broken = runCli({QStringLiteral("--workspace"),
                            ws,
                            QStringLiteral("audit"),
                            QStringLiteral("verify"),
                            QStringLiteral("--user"),
                            QStringLiteral("admin")},
                           TestWorkspace::adminPassword());
    QVERIFY2(broken.exitCode == 10, qPrintable(broken.out + broken.err));
    QVERIFY2(broken.out.startsWith(QStringLiteral("broken at entry %1: ").arg(victim)), qPrintable(broken.out));
    QVERIFY(broken.out.contains(QStringLiteral("verified intact up to entry %1").arg(victim - 1)));
}

void TestAuditService::cliExport()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.admin()
                ->audit(record(QStringLiteral("customer.rectify"),
                               QStringLiteral("customer"),
                               QStringLiteral("c-1"),
                               QStringLiteral("=1+1")))
                .ok());
    const QString ws = workspaceArgument(tw.location());
    if (!tw.location().isPostgres()) {
        QVERIFY(tw.admin()->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("march.csv"));
    CliRun r = runCli({QStringLiteral("--workspace"),
                       ws,
                       QStringLiteral("audit"),
                       QStringLiteral("export"),
                       QStringLiteral("--from"),
                       QStringLiteral("2026-03-01"),
                       QStringLiteral("--to"),
                       QStringLiteral("2026-03-31"),
                       QStringLiteral("--format"),
                       QStringLiteral("csv"),
                       QStringLiteral("--out"),
                       out,
                       QStringLiteral("--user"),
                       QStringLiteral("admin")},
                      TestWorkspace::adminPassword());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("chain head ")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(QLatin1String("# chain head: ")));
    QVERIFY(csv.contains(QLatin1String(",'=1+1,")));
    CliRun bad = runCli({QStringLiteral("--workspace"),
                         ws,
                         QStringLiteral("audit"),
                         QStringLiteral("export"),
                         QStringLiteral("--format"),
                         QStringLiteral("xml"),
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--user"),
                         QStringLiteral("admin")},
                        TestWorkspace::adminPassword());
    QCOMPARE(bad.exitCode, 2);
}

void TestAuditService::cliWrongPassword()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    CliRun r = runCli({QStringLiteral("--workspace"),
                       workspaceArgument(tw.location()),
                       QStringLiteral("audit"),
                       QStringLiteral("verify"),
                       QStringLiteral("--user"),
                       QStringLiteral("admin")},
                      QStringLiteral("not-the-password-at-all"));
    QCOMPARE(r.exitCode, 7);
    QVERIFY(!r.out.contains(QLatin1String("intact")));
}

void TestAuditService::workflowLeavesNoPersonalData()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    const auto& admin = tw.admin();
    const QString staffName = QStringLiteral("Nur Aisyah binti Abdullah نور عائشة 🌙");
    const QString customerName = QStringLiteral("Siti Rahmawati سيتي رحمواتي 🌺");
    const QString newName = QStringLiteral("Siti R. Wulandari ويولانداري 🌸");
    const QString email = QStringLiteral("siti.rahmawati.4471@contoh-toko.co.id");
    const QString newEmail = QStringLiteral("wulandari.9913@surel-pribadi.id");
    const QString phone = QStringLiteral("+62 812-7755-3319");
    const QString newPhone = QStringLiteral("+6281399887766");
    const QString address = QStringLiteral("Jl. Kenanga Raya No. 88, Kelurahan Sukamaju, Depok 16417");
    const QString newAddress = QStringLiteral("Perumahan Griya Asri Blok C7, Bekasi 17121");
    const QString externalRef = QStringLiteral("TOKO-ZX-558812");
    const QString notes = QStringLiteral("Prefers calls after 5pm; allergic to peanuts");
    const QString reason = QStringLiteral("The customer reported a change by signed letter");

    // Staff: add, roles, disable and enable, reset password, settings, removal.
    StaffService staff(admin);
    auto officerId
        = staff.add(QStringLiteral("aisyah"), staffName, kOfficer | kAgent, StaffService::generateOneTimePassword());
    QVERIFY2(officerId.ok(), qPrintable(officerId.errorString()));
    auto users = staff.list();
    QVERIFY(users.ok());
    int version = 0;
    for (const User& u : *users) {
        if (u.id == *officerId) {
            version = u.version;
        }
    }
    QVERIFY(staff.setRoles(*officerId, kOfficer | kAgent | kManager, version).ok());
    QVERIFY(staff.setDisabled(*officerId, true, version + 1).ok());
    QVERIFY(staff.setDisabled(*officerId, false, version + 2).ok());
    QVERIFY(staff.resetPassword(*officerId, TestWorkspace::staffPassword()).ok());
    QVERIFY(staff.setIdleMinutes(20).ok());
    QVERIFY(staff.setRequireTwoFactor(false).ok());
    auto tempId = staff.add(
        QStringLiteral("temp"), staffName + QStringLiteral(" (temp)"), kAgent, StaffService::generateOneTimePassword());
    QVERIFY(tempId.ok());
    QVERIFY(staff.remove(*tempId).ok());

    // Sign-in: the one-time password, a failure, a change of password, two-factor.
    Authenticator auth(tw.workspace());
    QVERIFY(!auth.signIn(QStringLiteral("aisyah"), QStringLiteral("wrong password for aisyah")).ok());
    auto officer = auth.signIn(QStringLiteral("aisyah"), TestWorkspace::staffPassword());
    QVERIFY2(officer.ok(), qPrintable(officer.errorString()));
    AccountService account(*officer);
    const QString newPassword = QStringLiteral("kata sandi baru yang panjang 🌙");
    QVERIFY2(account.changePassword(TestWorkspace::staffPassword(), newPassword).ok(), "change password");
    auto enrolment = account.beginTwoFactor();
    QVERIFY(account.confirmTwoFactor(enrolment, Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch())).ok());
    m_clock.advanceSeconds(60);
    auto again = auth.signIn(
        QStringLiteral("aisyah"), newPassword, Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch()));
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QVERIFY(AccountService(*again).disableTwoFactor(newPassword).ok());

    // Customers: create, find, read, rectify every field.
    CustomerService customers(*again);
    Customer c;
    c.fullName = customerName;
    c.email = email;
    c.phone = phone;
    c.address = address;
    c.externalRef = externalRef;
    c.notes = notes;
    c.birthDate = QDate(1991, 7, 23);
    c.jurisdiction = QStringLiteral("UU_PDP");
    c.country = QStringLiteral("ID");
    auto id = customers.create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(customers.find(CustomerService::Lookup::Email, email)->value(0), *id);
    QCOMPARE(customers.find(CustomerService::Lookup::Phone, phone)->value(0), *id);
    QCOMPARE(customers.find(CustomerService::Lookup::ExternalRef, externalRef)->value(0), *id);
    QVERIFY(customers.find(CustomerService::Lookup::Email, newEmail)->isEmpty());
    int v = customers.get(*id)->version;
    const QList<QPair<CustomerService::Field, QString>> edits = {
        {CustomerService::Field::FullName, newName},
        {CustomerService::Field::Email, newEmail},
        {CustomerService::Field::Phone, newPhone},
        {CustomerService::Field::Address, newAddress},
        {CustomerService::Field::BirthDate, QStringLiteral("1991-07-24")},
        {CustomerService::Field::Notes, notes + QStringLiteral(" (updated)")},
        {CustomerService::Field::ExternalRef, externalRef + QStringLiteral("-B")},
    };
    for (const auto& [field, value] : edits) {
        auto st = customers.rectify(*id, field, value, reason, v++);
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
    }
    QCOMPARE(customers.get(*id)->fullName, newName);
    // An agent's denied attempt is audited too.
    QCOMPARE(AuditService(tw.signInNewUser(QStringLiteral("budi"), kAgent)).count({}).code(),
             ErrorCode::PermissionDenied);

    // Recovery of the administrator's password, then exports of the trail.
    auto recovered
        = auth.recover(tw.recoveryKey(), QStringLiteral("admin"), QStringLiteral("a new admin passphrase 🌺"));
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorString()));
    QTemporaryDir dir;
    AuditService audit(*again);
    QVERIFY(audit.exportCsv({}, dir.filePath(QStringLiteral("t.csv"))).ok());
    QVERIFY(audit.exportJson({}, dir.filePath(QStringLiteral("t.json"))).ok());
    QVERIFY(audit.verify()->intact);
    (*again)->signOut();

    // Every column of every entry, as text and as the UTF-16 of any blob.
    QStringList personal = {staffName,
                            customerName,
                            newName,
                            email,
                            newEmail,
                            phone,
                            newPhone,
                            CustomerService::normalisePhone(phone),
                            address,
                            newAddress,
                            externalRef,
                            notes,
                            QStringLiteral("1991-07-23"),
                            QStringLiteral("1991-07-24"),
                            newPassword};
    for (const QString& word : {QStringLiteral("Rahmawati"),
                                QStringLiteral("Wulandari"),
                                QStringLiteral("Kenanga"),
                                QStringLiteral("Aisyah binti"),
                                QStringLiteral("peanuts"),
                                QStringLiteral("7755"),
                                QStringLiteral("contoh-toko"),
                                QStringLiteral("🌺"),
                                QStringLiteral("🌙")}) {
        personal << word;
    }
    const Database& db = *tw.workspace()->database();
    auto q = db.exec(QStringLiteral("SELECT seq, occurred_at, actor_id, actor, role, action, object_type, object_id, "
                                    "justification, details, prev_mac, mac FROM audit_log ORDER BY seq"));
    QVERIFY(q.ok());
    int rows = 0;
    QStringList actions;
    while (q->next()) {
        ++rows;
        actions << q->value(5).toString();
        for (int i = 0; i < 12; ++i) {
            const QVariant value = q->value(i);
            const QString asText = value.toString();
            const QByteArray bytes = value.toByteArray();
            const QString fromUtf16
                = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData()), bytes.size() / 2);
            for (const QString& p : personal) {
                QVERIFY2(
                    !asText.contains(p, Qt::CaseInsensitive) && !fromUtf16.contains(p, Qt::CaseInsensitive)
                        && !QString::fromUtf8(bytes).contains(p, Qt::CaseInsensitive),
                    qPrintable(
                        QStringLiteral("entry %1 column %2 holds personal data").arg(q->value(0).toLongLong()).arg(i)));
            }
        }
    }
    QVERIFY(rows > 20);
    for (const char* expected : {"user.create",
                                 "customer.create",
                                 "customer.rectify",
                                 "auth.sign_in",
                                 "permission.denied",
                                 "audit.export",
                                 "auth.recovered"}) {
        QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    }
    QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE justification = ?"), {reason})->toInt()
            == 7);
}

QTEST_GUILESS_MAIN(TestAuditService)
#include "TestAuditService.moc"
