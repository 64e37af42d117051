// `amanahctl retention run` as a nightly job sees it: --dry-run lists per rule what is due and
// changes nothing; --apply with a justification deletes it and is audited once; the refusals
// (no mode, both modes, no or a trivial justification, an agent) exit with their statuses.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/retention/RetentionService.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QTest>

using CliRunner::amanahctl;

class TestRetentionCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Crypto::init().ok());
        QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
    }
    void dryRunThenApply();
};

void TestRetentionCli::dryRunThenApply()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    QVERIFY(officer && agent);
    const Database& db = *tw.workspace()->database();
    QVERIFY(db.exec(QStringLiteral("UPDATE legal_holds SET active = 0")).ok());
    QStringList ids;
    for (const char* name : {"Old One", "Old Two", "Fresh Three"}) {
        Customer c;
        c.fullName = QString::fromLatin1(name);
        c.jurisdiction = QStringLiteral("GDPR");
        auto id = CustomerService(agent).create(c);
        QVERIFY(id.ok());
        ids << *id;
    }
    // The CLI runs on the wall clock: two customers were last active 400 days ago.
    const qint64 longAgo = QDateTime::currentDateTimeUtc().addDays(-400).toMSecsSinceEpoch();
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id IN (?, ?)"),
                    {longAgo, ids[0], ids[1]})
                .ok());
    RetentionRule rule;
    rule.dataCategory = QStringLiteral("customer_record");
    rule.periodDays = 365;
    rule.trigger = RetentionRule::Trigger::LastActivity;
    rule.action = RetentionRule::Action::Delete;
    auto ruleId = RetentionService(officer).create(rule);
    QVERIFY(ruleId.ok());

    const QStringList base{QStringLiteral("--workspace"),
                           CliRunner::workspaceArg(tw.location()),
                           QStringLiteral("retention"),
                           QStringLiteral("run"),
                           QStringLiteral("--user"),
                           QStringLiteral("officer")};
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}};

    auto dry = amanahctl(base + QStringList{QStringLiteral("--dry-run")}, pw);
    QCOMPARE(dry.status, 0);
    const QStringList lines = dry.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0],
             QStringLiteral("%1\tcategory:customer_record\tlast_activity\t365\tdelete\t2\t0\t0\t0").arg(*ruleId));
    QCOMPARE(lines[1], QStringLiteral("customers to delete: 2"));
    QCOMPARE(lines[2], QStringLiteral("customers to anonymise: 0"));
    QCOMPARE(lines[3], QStringLiteral("held records to destroy: 0"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 3);

    // Refusals change nothing.
    QCOMPARE(amanahctl(base, pw).status, 2); // neither mode
    QCOMPARE(amanahctl(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--apply")}, pw).status, 2);
    QCOMPARE(amanahctl(base + QStringList{QStringLiteral("--apply")}, pw).status, 2);
    QCOMPARE(
        amanahctl(
            base + QStringList{QStringLiteral("--apply"), QStringLiteral("--justification"), QStringLiteral("purge")},
            pw)
            .status,
        9);
    QStringList asAgent = base;
    asAgent.last() = QStringLiteral("agent");
    QCOMPARE(amanahctl(asAgent + QStringList{QStringLiteral("--dry-run")}, pw).status, 8);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run'"))->toInt(), 0);

    const QString why = QStringLiteral("Nightly retention job, schedule v3");
    auto applied = amanahctl(base
                                 + QStringList{QStringLiteral("--apply"),
                                               QStringLiteral("--justification"),
                                               why,
                                               QStringLiteral("--batch"),
                                               QStringLiteral("1")},
                             pw);
    QCOMPARE(applied.status, 0);
    QVERIFY2(applied.out.contains(QStringLiteral("deleted: 2\n")), qPrintable(applied.out));
    QVERIFY(applied.out.contains(QStringLiteral("batches: 2/2\n")));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {ids[2]})->toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND "
                                      "justification = ?"),
                       {why})
                 ->toInt(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.batch'"))->toInt(), 2);
}

QTEST_GUILESS_MAIN(TestRetentionCli)
#include "TestRetentionCli.moc"
