// Compliance figures on both databases over ReportFixture: every figure equals the value
// worked out by hand from the fixture's list; the worker-thread path gives the same; who
// may see reports; a manager gets figures but never a customer; exports are audited.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/reports/ReportDocument.h"
#include "core/reports/ReportService.h"
#include "testsupport/ReportFixture.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

qint64 count(const TestWorkspace& tw, const QString& sql, const QVariantList& values = {})
{
    auto v = tw.workspace()->database()->scalar(sql, values);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }

    void figuresMatchHandComputed();
    void workerThreadGivesTheSameFigures();
    void periodPresets();
    void permissions();
    void exportIsAuditedWithoutPersonalData();
    void csvCellsCannotRunAsFormulas();

private:
    MockClock m_clock;
};

void TestReportService::init()
{
    AMANAH_REQUIRE_BACKEND();
    Clock::setInstance(&m_clock);
}

// The fixture's figures for 2026-01-01..2026-03-31 (Asia/Jakarta), worked out by hand.
static void verifyFixtureFigures(const ComplianceFigures& f)
{
    QCOMPARE(f.timeZone, QStringLiteral("Asia/Jakarta"));
    QCOMPARE(f.from, QDateTime(QDate(2025, 12, 31), QTime(17, 0), Qt::UTC));
    QCOMPARE(f.to, QDateTime(QDate(2026, 3, 31), QTime(17, 0), Qt::UTC));
    // Open now: 6 requests; o1 and o4 (paused: due moves) due soon; o2 and o6 overdue.
    QCOMPARE(f.openTotal, 6);
    QCOMPARE(f.dueSoon, 2);
    QCOMPARE(f.overdue, 2);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("access")).value(QStringLiteral("received")), 1);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("access")).value(QStringLiteral("in_review")), 1);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("erasure")).value(QStringLiteral("approved")), 1);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("rectification")).value(QStringLiteral("identity_verification")),
             1);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("objection")).value(QStringLiteral("received")), 1);
    QCOMPARE(f.openByTypeAndState.value(QStringLiteral("portability")).value(QStringLiteral("in_review")), 1);
    QCOMPARE(f.openByTypeAndState.size(), 5);
    // Overdue, most overdue first: o6 (due now-5d + 1d paused = now-4d), then o2 (now-3d).
    QCOMPARE(f.overdueRequests.size(), 2);
    QCOMPARE(f.overdueRequests[0].type, QStringLiteral("portability"));
    QCOMPARE(f.overdueRequests[0].due, ReportFixture::now().addDays(-4));
    QCOMPARE(f.overdueRequests[1].type, QStringLiteral("access"));
    QCOMPARE(f.overdueRequests[1].due, ReportFixture::now().addDays(-3));

    // Answered per month: Jan 2 (1 on time), Feb 2 (2; a3 closed 1 Feb 03:00 Jakarta), Mar 2 (1).
    QCOMPARE(f.answeredByMonth.size(), 3);
    QCOMPARE(f.answeredByMonth[0].month, QDate(2026, 1, 1));
    QCOMPARE(f.answeredByMonth[0].answered, 2);
    QCOMPARE(f.answeredByMonth[0].onTime, 1);
    QCOMPARE(f.answeredByMonth[1].answered, 2);
    QCOMPARE(f.answeredByMonth[1].onTime, 2);
    QCOMPARE(f.answeredByMonth[2].answered, 2);
    QCOMPARE(f.answeredByMonth[2].onTime, 1);
    QCOMPARE(f.answered, 6);
    QCOMPARE(f.answeredOnTime, 4);
    QCOMPARE(qRound(f.onTimePercent() * 10), 667);

    // Medians: access 10, 15, 12 -> 12; rectification 28; erasure 10, 18 -> 14.
    QCOMPARE(f.medianByType.size(), 3);
    QCOMPARE(f.medianByType[0].type, QStringLiteral("access"));
    QCOMPARE(f.medianByType[0].answered, 3);
    QCOMPARE(f.medianByType[0].medianDays, 12.0);
    QCOMPARE(f.medianByType[1].type, QStringLiteral("rectification"));
    QCOMPARE(f.medianByType[1].medianDays, 28.0);
    QCOMPARE(f.medianByType[2].type, QStringLiteral("erasure"));
    QCOMPARE(f.medianByType[2].answered, 2);
    QCOMPARE(f.medianByType[2].medianDays, 14.0);

    // Consent: newsletter Jan +2, Feb -1, Mar +1; profiling Feb +1; 1 April (Jakarta) excluded.
    QCOMPARE(f.consentsGranted, 4);
    QCOMPARE(f.consentsWithdrawn, 1);
    QCOMPARE(f.consentByMonth.size(), 4);
    QCOMPARE(f.consentByMonth[0].purpose, QStringLiteral("newsletter"));
    QCOMPARE(f.consentByMonth[0].month, QDate(2026, 1, 1));
    QCOMPARE(f.consentByMonth[0].granted, 2);
    QCOMPARE(f.consentByMonth[1].month, QDate(2026, 2, 1));
    QCOMPARE(f.consentByMonth[1].withdrawn, 1);
    QCOMPARE(f.consentByMonth[1].granted, 0);
    QCOMPARE(f.consentByMonth[2].month, QDate(2026, 3, 1));
    QCOMPARE(f.consentByMonth[2].granted, 1);
    QCOMPARE(f.consentByMonth[3].purpose, QStringLiteral("profiling"));
    QCOMPARE(f.consentByMonth[3].month, QDate(2026, 2, 1));
    QCOMPARE(f.consentByMonth[3].granted, 1);
    // Stale: Budi's newsletter and Ani's profiling grants are under v1, v2 is in effect.
    QCOMPARE(f.staleConsents, 2);
    QCOMPARE(f.consentByPurpose.size(), 2);
    QCOMPARE(f.consentByPurpose[0].purpose, QStringLiteral("newsletter"));
    QCOMPARE(f.consentByPurpose[0].granted, 3);
    QCOMPARE(f.consentByPurpose[0].withdrawn, 1);
    QCOMPARE(f.consentByPurpose[0].stale, 1);
    QCOMPARE(f.consentByPurpose[1].stale, 1);

    // Erasures a3 and a6 (the third closed 1 April in Jakarta); rejections a5 then a4.
    QCOMPARE(f.erasuresDone, 2);
    QCOMPARE(f.erasures.size(), 2);
    QCOMPARE(f.rejectedRequests.size(), 2);
    QCOMPARE(f.rejectedRequests[0].reasonCode, QStringLiteral("manifestly_unfounded_or_excessive"));
    QCOMPARE(f.rejectedRequests[0].due, QDateTime(QDate(2026, 2, 23), QTime(0, 0), Qt::UTC));
    QCOMPARE(f.rejectedRequests[1].reasonCode, QStringLiteral("no_matching_customer"));
    QCOMPARE(f.rejectedRequests[1].due, QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
    QCOMPARE(f.retentionRuns, 2);
    QCOMPARE(f.recipientsNotified, 3);
}

void TestReportService::figuresMatchHandComputed()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QString error;
    QVERIFY2(!ReportFixture::build(tw, m_clock, &error).isEmpty(), qPrintable(error));
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(manager);
    const qint64 headSeq = count(tw, QStringLiteral("SELECT MAX(seq) FROM audit_log"));
    auto mac = tw.workspace()->database()->scalar(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {headSeq});
    QVERIFY(mac.ok());

    ReportService svc(manager);
    auto f = svc.figures(ReportFixture::period());
    QVERIFY2(f.ok(), qPrintable(f.errorString()));
    verifyFixtureFigures(*f);
    QCOMPARE(f->generatedBy, QStringLiteral("manager"));
    QCOMPARE(f->generatedAt, ReportFixture::now());
    // The chain: verified up to the head that stood before (the verification appends itself).
    QVERIFY(f->chain.verified);
    QVERIFY(f->chain.intact);
    QCOMPARE(f->chain.headSeq, headSeq);
    QCOMPARE(f->chain.entries, headSeq);
    QCOMPARE(f->chain.headMacHex, QString::fromLatin1(mac->toByteArray().toHex()));

    // Without verification the chain is reported as not checked.
    auto quick = svc.figures(ReportFixture::period(), false);
    QVERIFY(quick.ok());
    QVERIFY(!quick->chain.verified);
    QCOMPARE(quick->answered, 6);

    // A period of one day, and a bad period.
    auto day = svc.figures({QDate(2026, 3, 1), QDate(2026, 3, 1)}, false);
    QVERIFY(day.ok());
    QCOMPARE(day->answered, 1); // a4, 1 March 07:00 in Jakarta
    QCOMPARE(day->answeredByMonth.size(), 1);
    auto bad = svc.figures({QDate(2026, 3, 2), QDate(2026, 3, 1)}, false);
    QCOMPARE(bad.code(), ErrorCode::InvalidInput);
}

void TestReportService::workerThreadGivesTheSameFigures()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QString error;
    QVERIFY2(!ReportFixture::build(tw, m_clock, &error).isEmpty(), qPrintable(error));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(officer);
    ReportService svc(officer);
    std::optional<Result<ComplianceFigures>> result;
    int steps = 0;
    QThread* worker = QThread::create([&] {
        result = svc.figures(ReportFixture::period(), true, [&](int done, int total) {
            steps = std::max(steps, total);
            return done <= total;
        });
    });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    verifyFixtureFigures(**result);
    QVERIFY((*result)->chain.intact);
    QCOMPARE(steps, 7);

    // A cancelled computation says so.
    auto cancelled = svc.figures(ReportFixture::period(), false, [](int, int) { return false; });
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
}

void TestReportService::periodPresets()
{
    const QDate today(2026, 5, 17);
    QCOMPARE(ReportPeriod::thisMonth(today).first, QDate(2026, 5, 1));
    QCOMPARE(ReportPeriod::thisMonth(today).last, today);
    QCOMPARE(ReportPeriod::lastMonths(today, 3).first, QDate(2026, 3, 1));
    QCOMPARE(ReportPeriod::thisYear(today).first, QDate(2026, 1, 1));
    QVERIFY(!(ReportPeriod{today, today.addDays(-1)}.isValid()));
}

void TestReportService::permissions()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QString error;
    const QString customerId = ReportFixture::build(tw, m_clock, &error);
    QVERIFY2(!customerId.isEmpty(), qPrintable(error));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(agent && manager);

    // An agent and an administrator may not see reports; the refusal is audited.
    const qint64 denials
        = count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"));
    QCOMPARE(ReportService(agent).figures(ReportFixture::period(), false).code(), ErrorCode::PermissionDenied);
    QCOMPARE(ReportService(tw.admin()).figures(ReportFixture::period(), false).code(), ErrorCode::PermissionDenied);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'")),
             denials + 2);
    // Off the owner thread too (the denial goes through the worker's own connection).
    ReportService agentReports(agent);
    std::optional<Result<ComplianceFigures>> offThread;
    QThread* worker = QThread::create([&] { offThread = agentReports.figures(ReportFixture::period(), false); });
    worker->start();
    QVERIFY(worker->wait(60000));
    delete worker;
    QCOMPARE(offThread->code(), ErrorCode::PermissionDenied);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'")),
             denials + 3);

    // A manager gets the figures and can export, but cannot open any customer record.
    ReportService reports(manager);
    auto f = reports.figures(ReportFixture::period(), false);
    QVERIFY2(f.ok(), qPrintable(f.errorString()));
    QTemporaryDir dir;
    auto files = reports.exportReport(
        *f, ReportService::Format::Csv, QStringLiteral("en"), dir.filePath(QStringLiteral("csv")));
    QVERIFY2(files.ok(), qPrintable(files.errorString()));
    QCOMPARE(CustomerService(manager).get(customerId).code(), ErrorCode::PermissionDenied);
    QCOMPARE(CustomerService(manager).search({}).code(), ErrorCode::PermissionDenied);
}

void TestReportService::exportIsAuditedWithoutPersonalData()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QString error;
    QVERIFY2(!ReportFixture::build(tw, m_clock, &error).isEmpty(), qPrintable(error));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    ReportService reports(officer);
    auto f = reports.figures(ReportFixture::period(), false);
    QVERIFY(f.ok());
    QTemporaryDir dir;
    QString renderedHtml;
    auto pdf = reports.exportReport(*f,
                                    ReportService::Format::Pdf,
                                    QStringLiteral("id"),
                                    dir.filePath(QStringLiteral("r.pdf")),
                                    [&](const QString& html, const QString&, const QString& title) -> Status {
                                        renderedHtml = html;
                                        if (title != QLatin1String("Laporan kepatuhan")) {
                                            return Error(ErrorCode::InvalidInput, title);
                                        }
                                        return {};
                                    });
    QVERIFY2(pdf.ok(), qPrintable(pdf.errorString()));
    QVERIFY(renderedHtml.contains(QStringLiteral("Permintaan ditolak")));
    QVERIFY(!renderedHtml.contains(QStringLiteral("Ani Lestari")));
    auto details = tw.workspace()->database()->scalar(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'report.generate' ORDER BY seq DESC"));
    QVERIFY(details.ok());
    QCOMPARE(details->toString(), QStringLiteral("from=2026-01-01;to=2026-03-31;format=pdf;language=id"));
    // A bad language or path changes nothing.
    const qint64 before = count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.generate'"));
    QCOMPARE(
        reports.exportReport(*f, ReportService::Format::Csv, QStringLiteral("fr"), dir.filePath(QStringLiteral("x")))
            .code(),
        ErrorCode::InvalidInput);
    QCOMPARE(reports.exportReport(*f, ReportService::Format::Csv, QStringLiteral("en"), QString()).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.generate'")), before);
}

void TestReportService::csvCellsCannotRunAsFormulas()
{
    ComplianceFigures f;
    f.period = {QDate(2026, 1, 1), QDate(2026, 1, 31)};
    f.generatedBy = QStringLiteral("=HYPERLINK(\"http://x\")");
    f.consentByMonth << ComplianceFigures::ConsentMonth{QStringLiteral("+cmd"), QDate(2026, 1, 1), 1, 0};
    QTemporaryDir dir;
    auto files = ReportDocument(f, QStringLiteral("en")).writeCsvBundle(dir.path());
    QVERIFY2(files.ok(), qPrintable(files.errorString()));
    QCOMPARE(files->size(), 6);
    auto read = [&](const char* name) {
        QFile file(QDir(dir.path()).filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    QVERIFY(
        read("figures.csv").contains(QStringLiteral("generated_by,Generated by,\"'=HYPERLINK(\"\"http://x\"\")\"")));
    QVERIFY(read("consent.csv").contains(QStringLiteral("'+cmd,2026-01,1,0\r\n")));
}

QTEST_GUILESS_MAIN(TestReportService)
#include "TestReportService.moc"
