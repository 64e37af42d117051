// amanahctl report as a scheduled job runs it: the PDF (its pages and text, extracted with
// poppler's pdftotext) and the CSV bundle carry the fixture's hand-computed figures in
// English and Bahasa Indonesia; refusals have their exit statuses; the export is audited.
#include "core/crypto/Crypto.h"
#include "testsupport/ReportFixture.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& args, const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AMANAH_PASSWORD"));
    e.remove(QStringLiteral("AMANAH_WORKSPACE"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM")); // amanahctl picks offscreen itself
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString workspaceArg(const WorkspaceLocation& loc)
{
    if (!loc.isPostgres()) {
        return loc.path;
    }
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(loc.user, loc.password, loc.host, QString::number(loc.port), loc.database);
}

// The text of pages @p first..@p last (0: to the end), laid out as printed.
QString pdfText(const QString& path, int first = 1, int last = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(first)};
    if (last > 0) {
        args << QStringLiteral("-l") << QString::number(last);
    }
    args << path << QStringLiteral("-");
    // NFKC: the PDF's fonts set "fi" as a ligature.
    return runProgram(QStringLiteral("pdftotext"), args).out.normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(runProgram(QStringLiteral("pdfinfo"), {path}).out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool hasRow(const QString& text, const QString& label, const QString& value)
{
    return QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s+")
                              + QRegularExpression::escape(value) + QStringLiteral("(?![\\d.,])"))
        .match(text)
        .hasMatch();
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void pdfInBothLanguages();
    void csvBundle();
    void refusals();

private:
    Run report(const QStringList& extra, const QString& user = QStringLiteral("manager"));
    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    /// The head the last report verified (amanahctl's own sign-in comes before it): the
    /// entry the latest "audit.verify" names. Sets m_headSeq and m_headMac.
    void readVerifiedHead();
    QString m_headMac;
    qint64 m_headSeq = 0;
};

void TestReportCli::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

void TestReportCli::init()
{
    AMANAH_REQUIRE_BACKEND();
    Clock::setInstance(&m_clock);
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    QString error;
    QVERIFY2(!ReportFixture::build(*m_tw, m_clock, &error).isEmpty(), qPrintable(error));
    QVERIFY(m_tw->signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager)));
    QVERIFY(m_tw->signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent)));
    // amanahctl reads the system clock: the period's figures do not depend on it.
    Clock::setInstance(nullptr);
}

void TestReportCli::readVerifiedHead()
{
    const Database& db = *m_tw->workspace()->database();
    auto details
        = db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'audit.verify' ORDER BY seq DESC"));
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("head_seq=(\\d+)")).match(details ? details->toString() : QString());
    m_headSeq = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    auto mac = db.scalar(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {m_headSeq});
    m_headMac = mac ? QString::fromLatin1(mac->toByteArray().toHex()) : QString();
}

Run TestReportCli::report(const QStringList& extra, const QString& user)
{
    return runProgram(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"),
                      QStringList{QStringLiteral("--workspace"),
                                  workspaceArg(m_tw->location()),
                                  QStringLiteral("report"),
                                  QStringLiteral("--user"),
                                  user}
                          + extra,
                      {{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}});
}

void TestReportCli::pdfInBothLanguages()
{
    QTemporaryDir dir;
    const QString en = dir.filePath(QStringLiteral("report-en.pdf"));
    Run r = report({QStringLiteral("--from"),
                    QStringLiteral("2026-01-01"),
                    QStringLiteral("--to"),
                    QStringLiteral("2026-03-31"),
                    QStringLiteral("--format"),
                    QStringLiteral("pdf"),
                    QStringLiteral("--lang"),
                    QStringLiteral("en"),
                    QStringLiteral("--out"),
                    en});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(en));
    // Cover, summary with the chain, charts, tables: at least four pages.
    readVerifiedHead();
    QVERIFY(m_headSeq > 0);
    QVERIFY(pdfPages(en) >= 4);
    const QString cover = pdfText(en, 1, 1);
    QVERIFY(cover.contains(QStringLiteral("Compliance report")));
    QVERIFY(cover.contains(QStringLiteral("2026-01-01 – 2026-03-31")));
    QVERIFY(hasRow(cover, QStringLiteral("Generated by:"), QStringLiteral("manager")));
    QVERIFY(cover.contains(QStringLiteral("Asia/Jakarta")));
    QVERIFY(!cover.contains(QStringLiteral("Summary")));
    const QString summary = pdfText(en, 2, 2);
    QVERIFY(summary.contains(QStringLiteral("Summary")));
    QVERIFY(hasRow(summary, QStringLiteral("Requests answered in the period"), QStringLiteral("6")));
    QVERIFY(hasRow(summary, QStringLiteral("Answered within the deadline"), QStringLiteral("4")));
    QVERIFY(hasRow(summary, QStringLiteral("Share answered within the deadline"), QStringLiteral("66.7 %")));
    QVERIFY(hasRow(summary, QStringLiteral("Consents given"), QStringLiteral("4")));
    QVERIFY(hasRow(summary, QStringLiteral("Consents withdrawn"), QStringLiteral("1")));
    QVERIFY(hasRow(summary, QStringLiteral("Stale consents (older notice)"), QStringLiteral("2")));
    QVERIFY(hasRow(summary, QStringLiteral("Erasures done"), QStringLiteral("2")));
    QVERIFY(hasRow(summary, QStringLiteral("Retention runs"), QStringLiteral("2")));
    QVERIFY(hasRow(summary, QStringLiteral("Recipients notified"), QStringLiteral("3")));
    QVERIFY(hasRow(summary, QStringLiteral("Open requests"), QStringLiteral("6")));
    QVERIFY(hasRow(summary, QStringLiteral("Verification"), QStringLiteral("intact")));
    QVERIFY(hasRow(summary, QStringLiteral("Checkpoint: head sequence"), QString::number(m_headSeq)));
    QVERIFY2(summary.contains(m_headMac), qPrintable(summary));
    const QString all = pdfText(en).simplified();
    QVERIFY(all.contains(QStringLiteral("Answered within the deadline per month")));
    QVERIFY(all.contains(QStringLiteral("Median days to answer per type")));
    QVERIFY(all.contains(QStringLiteral("12.0 days")));
    QVERIFY(all.contains(QStringLiteral("Rejected requests (2)")));
    QVERIFY(all.contains(QStringLiteral("Manifestly unfounded or excessive")));
    QVERIFY(all.contains(QStringLiteral("No matching customer")));
    QVERIFY(all.contains(QStringLiteral("Erasures (2)")));
    QVERIFY(!all.contains(QStringLiteral("Ani Lestari"))); // no personal data

    const QString id = dir.filePath(QStringLiteral("laporan.pdf"));
    r = report({QStringLiteral("--from"),
                QStringLiteral("2026-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-03-31"),
                QStringLiteral("--format"),
                QStringLiteral("pdf"),
                QStringLiteral("--lang"),
                QStringLiteral("id"),
                QStringLiteral("--out"),
                id});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(pdfPages(id) >= 4);
    QVERIFY(pdfText(id, 1, 1).contains(QStringLiteral("Laporan kepatuhan")));
    const QString ringkasan = pdfText(id, 2, 2);
    QVERIFY(ringkasan.contains(QStringLiteral("Ringkasan")));
    QVERIFY(hasRow(ringkasan, QStringLiteral("Permintaan dijawab dalam periode"), QStringLiteral("6")));
    QVERIFY(hasRow(ringkasan, QStringLiteral("Persentase dijawab tepat waktu"), QStringLiteral("66,7 %")));
    QVERIFY(hasRow(ringkasan, QStringLiteral("Penghapusan dilakukan"), QStringLiteral("2")));
    QVERIFY(hasRow(ringkasan, QStringLiteral("Verifikasi"), QStringLiteral("utuh")));
    QVERIFY(pdfText(id).simplified().contains(QStringLiteral("Jelas tidak berdasar atau berlebihan")));

    // Both exports are in the trail with the period and format only.
    auto n = m_tw->workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.generate' AND details LIKE "
                       "'from=2026-01-01;to=2026-03-31;format=pdf;%'"));
    QCOMPARE(n->toLongLong(), 2);
}

void TestReportCli::csvBundle()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bundle"));
    Run r = report({QStringLiteral("--from=2026-01-01"),
                    QStringLiteral("--to=2026-03-31"),
                    QStringLiteral("--format=csv"),
                    QStringLiteral("--lang=en"),
                    QStringLiteral("--out"),
                    out});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
    readVerifiedHead();
    for (const char* name :
         {"figures.csv", "overdue.csv", "rejected.csv", "consent.csv", "erasures.csv", "audit.csv"}) {
        QVERIFY2(QFile::exists(QDir(out).filePath(QString::fromLatin1(name))), name);
    }
    const QString figures = readAll(QDir(out).filePath(QStringLiteral("figures.csv")));
    QVERIFY(figures.contains(QStringLiteral("answered,Requests answered in the period,6\r\n")));
    QVERIFY(figures.contains(QStringLiteral("answeredOnTime,Answered within the deadline,4\r\n")));
    QVERIFY(figures.contains(QStringLiteral("erasuresDone,Erasures done,2\r\n")));
    QVERIFY(figures.contains(QStringLiteral("staleConsents,Stale consents (older notice),2\r\n")));
    QVERIFY(figures.contains(QStringLiteral("on_time_2026-02,Answered within the deadline 2026-02,2\r\n")));
    QVERIFY(figures.contains(QStringLiteral("median_days_access,Median days to answer per type: Access,12.00\r\n")));
    const QString consent = readAll(QDir(out).filePath(QStringLiteral("consent.csv")));
    QVERIFY(consent.contains(QStringLiteral("newsletter,2026-01,2,0\r\n")));
    QVERIFY(consent.contains(QStringLiteral("newsletter,2026-02,0,1\r\n")));
    QVERIFY(consent.contains(QStringLiteral("profiling,2026-02,1,0\r\n")));
    const QString rejected = readAll(QDir(out).filePath(QStringLiteral("rejected.csv")));
    QCOMPARE(rejected.count(QStringLiteral("\r\n")), 3); // header + 2
    QVERIFY(rejected.contains(QStringLiteral("No matching customer")));
    const QString audit = readAll(QDir(out).filePath(QStringLiteral("audit.csv")));
    QVERIFY(audit.contains(QStringLiteral("head_mac,Checkpoint: head MAC,%1\r\n").arg(m_headMac)));
    QVERIFY(audit.contains(QStringLiteral("retention_runs,Retention runs,2\r\n")));

    // Bahasa Indonesia headers.
    const QString idOut = dir.filePath(QStringLiteral("id"));
    r = report({QStringLiteral("--from=2026-01-01"),
                QStringLiteral("--to=2026-03-31"),
                QStringLiteral("--format=csv"),
                QStringLiteral("--lang=id"),
                QStringLiteral("--out"),
                idOut});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(readAll(QDir(idOut).filePath(QStringLiteral("figures.csv")))
                .contains(QStringLiteral("erasuresDone,Penghapusan dilakukan,2\r\n")));
}

void TestReportCli::refusals()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    const QStringList good{QStringLiteral("--from=2026-01-01"),
                           QStringLiteral("--to=2026-03-31"),
                           QStringLiteral("--format=pdf"),
                           QStringLiteral("--out"),
                           out};
    QCOMPARE(report(good, QStringLiteral("agent")).status, 8); // agents see no reports
    QCOMPARE(report({QStringLiteral("--from=2026-01-01"), QStringLiteral("--format=pdf")}).status, 2);
    QCOMPARE(report({QStringLiteral("--from=2026-02-30"),
                     QStringLiteral("--to=2026-03-31"),
                     QStringLiteral("--format=pdf"),
                     QStringLiteral("--out"),
                     out})
                 .status,
             9);
    QCOMPARE(report({QStringLiteral("--from=2026-04-01"),
                     QStringLiteral("--to=2026-03-31"),
                     QStringLiteral("--format=pdf"),
                     QStringLiteral("--out"),
                     out})
                 .status,
             9);
    QCOMPARE(report(QStringList(good) << QStringLiteral("--lang=fr")).status, 9);
    QCOMPARE(report({QStringLiteral("--from=2026-01-01"),
                     QStringLiteral("--to=2026-03-31"),
                     QStringLiteral("--format=xlsx"),
                     QStringLiteral("--out"),
                     out})
                 .status,
             9);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "TestReportCli.moc"
