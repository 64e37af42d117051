// amanahctl's request commands as scripts see them: `deadline` (no workspace) with its output
// lines and exit statuses, `requests list` (tab-separated, no personal data, --overdue) and
// `requests package` (files and their SHA-256 in sha256sum's format).
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestService.h"
#include "core/rules/Deadlines.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRunner::amanahctl;
using CliRunner::Run;
using CliRunner::workspaceArg;

QString sha256Of(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
        : QString();
}

} // namespace

class TestRequestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deadline_data();
    void deadline();
    void deadlineRefusals_data();
    void deadlineRefusals();
    void listAndPackage();
};

void TestRequestCli::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

void TestRequestCli::deadline_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("acknowledge");
    QTest::addColumn<QString>("source");
    // GDPR: one month, 31 January -> 28 February (a Saturday) -> Monday 2 March, end of day (UTC).
    QTest::newRow("gdpr month end rolls")
        << QStringList{QStringLiteral("--jurisdiction"),
                       QStringLiteral("gdpr"),
                       QStringLiteral("--type"),
                       QStringLiteral("access"),
                       QStringLiteral("--received"),
                       QStringLiteral("2026-01-31T10:00:00Z")}
        << QStringLiteral("2026-03-02T23:59:59Z") << QString() << QStringLiteral("GDPR Art. 12(3)");
    // UU PDP access: 3 x 24 hours from receipt.
    QTest::newRow("uupdp 72 hours") << QStringList{QStringLiteral("--jurisdiction"),
                                                   QStringLiteral("uupdp"),
                                                   QStringLiteral("--type"),
                                                   QStringLiteral("access"),
                                                   QStringLiteral("--received"),
                                                   QStringLiteral("2026-01-05T10:00:00+07:00")}
                                    << QStringLiteral("2026-01-08T03:00:00Z") << QString()
                                    << QStringLiteral("UU 27/2022 Ps 32(2)");
    // CCPA delete: acknowledge within 10 business days, respond within 45 days.
    QTest::newRow("ccpa acknowledge") << QStringList{QStringLiteral("--jurisdiction"),
                                                     QStringLiteral("CCPA"),
                                                     QStringLiteral("--type"),
                                                     QStringLiteral("erasure"),
                                                     QStringLiteral("--received"),
                                                     QStringLiteral("2026-01-05T10:00:00Z")}
                                      << QStringLiteral("2026-02-19T23:59:59Z")
                                      << QStringLiteral("2026-01-19T23:59:59Z") << QStringLiteral("11 CCR §7021");
    // LGPD access: 15 days.
    QTest::newRow("lgpd 15 days") << QStringList{QStringLiteral("--jurisdiction"),
                                                 QStringLiteral("lgpd"),
                                                 QStringLiteral("--type"),
                                                 QStringLiteral("access"),
                                                 QStringLiteral("--received"),
                                                 QStringLiteral("2026-01-05T10:00:00Z")}
                                  << QStringLiteral("2026-01-20T23:59:59Z") << QString()
                                  << QStringLiteral("LGPD Art. 19(II)");
    // UU PDP erasure: the policy period, here 14 days in Jakarta.
    QTest::newRow("uupdp policy days") << QStringList{QStringLiteral("--jurisdiction"),
                                                      QStringLiteral("uupdp"),
                                                      QStringLiteral("--type"),
                                                      QStringLiteral("erasure"),
                                                      QStringLiteral("--received"),
                                                      QStringLiteral("2026-01-05T10:00:00Z"),
                                                      QStringLiteral("--policy-days"),
                                                      QStringLiteral("14")}
                                       << QStringLiteral("2026-01-19T16:59:59Z") << QString()
                                       << QStringLiteral("workspace policy");
}

void TestRequestCli::deadline()
{
    QFETCH(QStringList, args);
    QFETCH(QString, due);
    QFETCH(QString, acknowledge);
    QFETCH(QString, source);
    Run r = amanahctl(QStringList{QStringLiteral("deadline")} + args);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("due: ") + due);
    if (acknowledge.isEmpty()) {
        QVERIFY(!r.out.contains(QLatin1String("acknowledge by:")));
    } else {
        QVERIFY(lines.contains(QStringLiteral("acknowledge by: ") + acknowledge));
    }
    bool sourceSeen = false;
    for (const QString& l : lines) {
        sourceSeen = sourceSeen || (l.startsWith(QLatin1String("source: ")) && l.contains(source));
    }
    QVERIFY2(sourceSeen, qPrintable(r.out));
}

void TestRequestCli::deadlineRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    const QString j = QStringLiteral("--jurisdiction");
    const QString t = QStringLiteral("--type");
    const QString rcv = QStringLiteral("--received");
    QTest::newRow("unknown jurisdiction") << QStringList{j,
                                                         QStringLiteral("mars"),
                                                         t,
                                                         QStringLiteral("access"),
                                                         rcv,
                                                         QStringLiteral("2026-01-05T10:00:00Z")}
                                          << 9;
    QTest::newRow("unknown type") << QStringList{j,
                                                 QStringLiteral("gdpr"),
                                                 t,
                                                 QStringLiteral("gossip"),
                                                 rcv,
                                                 QStringLiteral("2026-01-05T10:00:00Z")}
                                  << 9;
    QTest::newRow("bad date")
        << QStringList{j, QStringLiteral("gdpr"), t, QStringLiteral("access"), rcv, QStringLiteral("5 January")} << 9;
    QTest::newRow("bad time zone") << QStringList{j,
                                                  QStringLiteral("gdpr"),
                                                  t,
                                                  QStringLiteral("access"),
                                                  rcv,
                                                  QStringLiteral("2026-01-05T10:00:00Z"),
                                                  QStringLiteral("--time-zone"),
                                                  QStringLiteral("Mars/Olympus")}
                                   << 9;
    QTest::newRow("missing received") << QStringList{j, QStringLiteral("gdpr"), t, QStringLiteral("access")} << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("1")} << 2;
}

void TestRequestCli::deadlineRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    Run r = amanahctl(QStringList{QStringLiteral("deadline")} + args);
    QCOMPARE(r.status, status);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("amanahctl: ")), qPrintable(r.err));
}

void TestRequestCli::listAndPackage()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    auto manager = tw.signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    QVERIFY(officer && manager);
    Customer c;
    c.fullName = QStringLiteral("Clara Overdue-Person");
    c.email = QStringLiteral("clara@example.org");
    c.jurisdiction = QStringLiteral("GDPR");
    c.language = QStringLiteral("en");
    auto customer = CustomerService(officer).create(c);
    QVERIFY(customer.ok());
    RequestService svc(officer);
    RequestInput old;
    old.type = Request::Type::Access;
    old.channel = QStringLiteral("post");
    old.customerId = *customer;
    old.received = QDateTime::currentDateTimeUtc().addDays(-60);
    old.requester.name = QStringLiteral("Clara Overdue-Person");
    auto overdue = svc.intake(old);
    RequestInput fresh = old;
    fresh.type = Request::Type::Erasure;
    fresh.received = QDateTime();
    auto current = svc.intake(fresh);
    QVERIFY(overdue.ok() && current.ok());

    const QString ws = workspaceArg(tw.location());
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}};
    Run all = amanahctl({QStringLiteral("--workspace"),
                         ws,
                         QStringLiteral("requests"),
                         QStringLiteral("list"),
                         QStringLiteral("--user"),
                         QStringLiteral("officer")},
                        pw);
    QCOMPARE(all.status, 0);
    const QStringList rows = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    const QStringList first = rows[0].split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 5);
    QCOMPARE(first[0], QString::number(overdue->id));
    QCOMPARE(first[1], QStringLiteral("access"));
    QCOMPARE(first[2], QStringLiteral("received"));
    QCOMPARE(QDateTime::fromString(first[3], Qt::ISODate), overdue->due.addMSecs(-overdue->due.time().msec()));
    QCOMPARE(first[4], QStringLiteral("1"));
    QCOMPARE(rows[1].split(QLatin1Char('\t')).value(4), QStringLiteral("0"));
    QVERIFY(!all.out.contains(QLatin1String("Clara")));

    Run late = amanahctl({QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("requests"),
                          QStringLiteral("list"),
                          QStringLiteral("--overdue"),
                          QStringLiteral("--user"),
                          QStringLiteral("officer")},
                         pw);
    QCOMPARE(late.status, 0);
    QCOMPARE(late.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    QVERIFY(late.out.startsWith(QString::number(overdue->id) + QLatin1Char('\t')));
    Run byState = amanahctl({QStringLiteral("--workspace"),
                             ws,
                             QStringLiteral("requests"),
                             QStringLiteral("list"),
                             QStringLiteral("--state"),
                             QStringLiteral("approved"),
                             QStringLiteral("--user"),
                             QStringLiteral("officer")},
                            pw);
    QCOMPARE(byState.status, 0);
    QVERIFY(byState.out.isEmpty());
    Run badState = amanahctl({QStringLiteral("--workspace"),
                              ws,
                              QStringLiteral("requests"),
                              QStringLiteral("list"),
                              QStringLiteral("--state"),
                              QStringLiteral("sleeping"),
                              QStringLiteral("--user"),
                              QStringLiteral("officer")},
                             pw);
    QCOMPARE(badState.status, 9);
    Run denied = amanahctl({QStringLiteral("--workspace"),
                            ws,
                            QStringLiteral("requests"),
                            QStringLiteral("list"),
                            QStringLiteral("--user"),
                            QStringLiteral("manager")},
                           pw);
    QCOMPARE(denied.status, 8);

    // The package: refused before approval, then JSON and PDF with their hashes.
    QTemporaryDir out;
    const QStringList package{QStringLiteral("--workspace"),
                              ws,
                              QStringLiteral("requests"),
                              QStringLiteral("package"),
                              QStringLiteral("--request"),
                              QString::number(overdue->id),
                              QStringLiteral("--out"),
                              out.path(),
                              QStringLiteral("--user"),
                              QStringLiteral("officer")};
    Run early = amanahctl(package, pw);
    QCOMPARE(early.status, 9);
    QVERIFY(svc.recordVerification(overdue->id, RequestService::VerificationMethod::SignedInAccount, 1).ok());
    QVERIFY(svc.approve(overdue->id, QStringLiteral("Verified in the customer account"), 2).ok());
    Run released = amanahctl(package, pw);
    QVERIFY2(released.status == 0, qPrintable(released.err));
    const QStringList lines = released.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString& line : lines) {
        const QString sha = line.section(QStringLiteral("  "), 0, 0);
        const QString path = line.section(QStringLiteral("  "), 1);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(sha, sha256Of(path));
    }
    QVERIFY(lines[0].endsWith(QLatin1String(".json")));
    QVERIFY(lines[1].endsWith(QLatin1String(".pdf")));
    QCOMPARE(svc.get(overdue->id)->request.state, Request::State::Completed);
    Run usage = amanahctl({QStringLiteral("--workspace"),
                           ws,
                           QStringLiteral("requests"),
                           QStringLiteral("package"),
                           QStringLiteral("--user"),
                           QStringLiteral("officer")},
                          pw);
    QCOMPARE(usage.status, 2);
}

QTEST_GUILESS_MAIN(TestRequestCli)
#include "TestRequestCli.moc"
