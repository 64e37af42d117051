// The Dashboard and Reports pages for a manager on ReportFixture: the refresh runs off the
// GUI thread and fills the tiles and charts with the fixture's hand-computed figures; the
// Reports page writes the PDF (checked with pdftotext) and the CSV bundle.
#include "UiTestSupport.h"
#include "core/crypto/Crypto.h"
#include "testsupport/ReportFixture.h"
#include "testsupport/TestWorkspace.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/PeriodSelector.h"
#include "ui/reports/ReportsPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>

namespace {

QList<double> values(const QBarSet* set)
{
    QList<double> out;
    for (int i = 0; i < set->count(); ++i) {
        out << set->at(i);
    }
    return out;
}

QList<QBarSet*> sets(QChart* chart)
{
    const auto series = chart->series();
    if (series.isEmpty()) {
        return {};
    }
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    return bars ? bars->barSets() : QList<QBarSet*>{};
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestReportPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup();
    void dashboardShowsTheFixture();
    void reportsPageExports();

private:
    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    std::shared_ptr<Session> m_manager;
};

void TestReportPages::init()
{
    Clock::setInstance(&m_clock);
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    QString error;
    QVERIFY2(!ReportFixture::build(*m_tw, m_clock, &error).isEmpty(), qPrintable(error));
    m_manager = m_tw->signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    QVERIFY(m_manager);
}

void TestReportPages::cleanup()
{
    m_manager.reset();
    m_tw.reset();
    Clock::setInstance(nullptr);
}

void TestReportPages::dashboardShowsTheFixture()
{
    DashboardPage page(m_manager);
    page.resize(1100, 900);
    // The presets end today on the workspace's calendar (Jakarta).
    page.periodSelector()->setPreset(PeriodSelector::Preset::ThisYear);
    QCOMPARE(page.periodSelector()->period().first, QDate(2026, 1, 1));
    QCOMPARE(page.periodSelector()->period().last, QDate(2026, 4, 10));
    page.periodSelector()->setPeriod(ReportFixture::period());
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.show();
    // Showing the page starts the refresh on a worker; the window stays responsive.
    QVERIFY(page.isRefreshing());
    QVERIFY(!page.refreshButton()->isEnabled());
    QVERIFY(refreshed.wait(60000));
    QVERIFY2(page.figures().has_value(), qPrintable(page.statusText()));
    QVERIFY(page.refreshButton()->isEnabled());

    QCOMPARE(page.tileText(QStringLiteral("openTotal")), QStringLiteral("6"));
    QCOMPARE(page.tileText(QStringLiteral("dueSoon")), QStringLiteral("2"));
    QCOMPARE(page.tileText(QStringLiteral("overdue")), QStringLiteral("2"));
    QCOMPARE(page.tileText(QStringLiteral("onTime")), QStringLiteral("66.7 %"));
    QCOMPARE(page.tileText(QStringLiteral("stale")), QStringLiteral("2"));
    QCOMPARE(page.tileText(QStringLiteral("erasures")), QStringLiteral("2"));
    QCOMPARE(page.tileText(QStringLiteral("retention")), QStringLiteral("2"));
    QCOMPARE(page.tileText(QStringLiteral("notified")), QStringLiteral("3"));
    QCOMPARE(page.tileText(QStringLiteral("chain")), QStringLiteral("Intact"));

    // Open requests: stacked per type, 6 in all.
    double open = 0;
    for (QBarSet* s : sets(page.openChart())) {
        for (double v : values(s)) {
            open += v;
        }
    }
    QCOMPARE(open, 6.0);
    QCOMPARE(sets(page.onTimeChart()).size(), 1);
    QCOMPARE(values(sets(page.onTimeChart()).first()), (QList<double>{50.0, 100.0, 50.0}));
    QCOMPARE(values(sets(page.medianChart()).first()), (QList<double>{12.0, 28.0, 14.0}));
    const auto consent = sets(page.consentChart());
    QCOMPARE(consent.size(), 4); // newsletter and profiling, given and withdrawn
    QCOMPARE(consent[0]->label(), QStringLiteral("newsletter given"));
    QCOMPARE(values(consent[0]), (QList<double>{2, 0, 1}));
    QCOMPARE(values(consent[1]), (QList<double>{0, 1, 0}));
    QCOMPARE(values(consent[2]), (QList<double>{0, 1, 0}));
    UiTestSupport::snapshot(&page, QStringLiteral("dashboard"));

    // A new period refreshes by itself: January only.
    page.periodSelector()->setPeriod({QDate(2026, 1, 1), QDate(2026, 1, 31)});
    QVERIFY(refreshed.wait(60000));
    QCOMPARE(values(sets(page.onTimeChart()).first()), (QList<double>{50.0}));
    QCOMPARE(page.tileText(QStringLiteral("onTime")), QStringLiteral("50.0 %"));

    // An agent gets no figures.
    auto agent = m_tw->signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    page.setSession(agent);
    QVERIFY(!page.isRefreshing());
    QVERIFY(!page.refreshButton()->isEnabled());
    QCOMPARE(page.tileText(QStringLiteral("openTotal")), QStringLiteral("–"));
}

void TestReportPages::reportsPageExports()
{
    ReportsPage page(m_manager);
    page.resize(800, 500);
    page.show();
    page.periodSelector()->setPeriod(ReportFixture::period());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QTest::keyClicks(page.pathEdit(), pdf);
    QSignalSpy exported(&page, &ReportsPage::exported);
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QVERIFY(page.isExporting());
    QVERIFY(exported.wait(60000));
    QVERIFY2(!exported.first().first().toStringList().isEmpty(), qPrintable(page.statusText()));
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Compliance report")));
    QVERIFY(text.contains(QStringLiteral("Generated by: manager")));
    QVERIFY(QRegularExpression(QStringLiteral("Requests answered in the period\\s+6\\n")).match(text).hasMatch());
    QVERIFY(page.statusText().contains(QStringLiteral("report.pdf")));
    UiTestSupport::snapshot(&page, QStringLiteral("reports"));

    // Bahasa Indonesia, CSV folder.
    page.languageCombo()->setCurrentIndex(1);
    page.formatCombo()->setCurrentIndex(1);
    page.pathEdit()->setText(dir.filePath(QStringLiteral("csv")));
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.last().first().toStringList().size(), 6);
    QFile figures(QDir(dir.filePath(QStringLiteral("csv"))).filePath(QStringLiteral("figures.csv")));
    QVERIFY(figures.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(figures.readAll()).contains(QStringLiteral("erasuresDone,Penghapusan dilakukan,2")));

    // No path: a clear message, nothing runs.
    page.pathEdit()->clear();
    QTest::mouseClick(page.exportButton(), Qt::LeftButton);
    QVERIFY(!page.isExporting());
    QCOMPARE(page.statusText(), QStringLiteral("Choose where to save the report."));
}

QTEST_MAIN(TestReportPages)
#include "TestReportPages.moc"
