// `amanahctl ropa export` as scripts see it: a CSV with every Art. 30 element per purpose, a
// PDF, the exit statuses for a refused role and bad options, and the audit entry.
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/thirdparties/RecipientService.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPolicyCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Crypto::init().ok());
        QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
    }
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void ropaExport();
};

void TestPolicyCli::ropaExport()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    QVERIFY(officer && agent);
    Recipient mail;
    mail.name = QStringLiteral("MailCo");
    mail.country = QStringLiteral("SG");
    mail.safeguard = QStringLiteral("Standard contractual clauses");
    auto rid = RecipientService(officer).create(mail);
    QVERIFY(rid.ok());
    Purpose news;
    news.code = QStringLiteral("newsletter");
    news.name = QStringLiteral("Email newsletter");
    news.dataCategories = {QStringLiteral("email")};
    news.retentionDays = 730;
    news.recipientIds = {*rid};
    QVERIFY(PurposeService(officer).create(news).ok());

    QTemporaryDir dir;
    const QString ws = CliRunner::workspaceArg(tw.location());
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}};
    auto args = [&](const char* user, const char* format, const QString& out) {
        return QStringList{QStringLiteral("--workspace"),
                           ws,
                           QStringLiteral("ropa"),
                           QStringLiteral("export"),
                           QStringLiteral("--user"),
                           QString::fromLatin1(user),
                           QStringLiteral("--format"),
                           QString::fromLatin1(format),
                           QStringLiteral("--out"),
                           out};
    };
    const QString csvPath = dir.filePath(QStringLiteral("ropa.csv"));
    CliRunner::Run csv = CliRunner::amanahctl(args("officer", "csv", csvPath), pw);
    QVERIFY2(csv.status == 0, qPrintable(csv.err));
    QFile csvFile(csvPath);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    for (const char* s :
         {"(a)", "(g)", "newsletter", "MailCo", "SG: Standard contractual clauses", "730 days", "AES-256-GCM"}) {
        QVERIFY2(text.contains(QLatin1String(s)), s);
    }
    const QString pdfPath = dir.filePath(QStringLiteral("ropa.pdf"));
    CliRunner::Run pdf = CliRunner::amanahctl(args("officer", "pdf", pdfPath), pw);
    QVERIFY2(pdf.status == 0, qPrintable(pdf.err));
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");

    QCOMPARE(CliRunner::amanahctl(args("agent", "csv", dir.filePath(QStringLiteral("no.csv"))), pw).status, 8);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no.csv"))));
    QCOMPARE(CliRunner::amanahctl(args("officer", "xlsx", dir.filePath(QStringLiteral("x"))), pw).status, 2);
    auto entries = tw.workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ropa.export'"));
    QVERIFY(entries.ok());
    QCOMPARE(entries->toInt(), 2);
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "TestPolicyCli.moc"
