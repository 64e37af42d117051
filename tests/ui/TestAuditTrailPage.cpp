// The Audit trail page on a real workspace: filtering, the details of an entry, lazy loading,
// verification off the GUI thread (intact, then broken after tampering) and export.
#include "core/audit/AuditService.h"
#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "testsupport/TestWorkspace.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/audit/AuditTrailPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

namespace {
AuditRecord record(int i)
{
    AuditRecord r;
    r.action = i % 4 == 0 ? QStringLiteral("customer.rectify") : QStringLiteral("customer.create");
    r.objectType = QStringLiteral("customer");
    r.objectId = QStringLiteral("c-%1").arg(i);
    r.justification = i % 4 == 0 ? QStringLiteral("Corrected on request #%1").arg(i) : QString();
    r.details = QStringLiteral("fields=2");
    return r;
}

bool tamper(const QString& path, qint64 seq)
{
    const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
                && q.prepare(QStringLiteral("UPDATE audit_log SET justification = 'rewritten' WHERE seq = ?"));
            q.addBindValue(seq);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestAuditTrailPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filterAndDetails();
    void loadsLazily();
    void verifyIntactThenBroken();
    void exportsCsv();
    void agentSeesNothing();
    void switchingSessionDropsTheRunningVerification();

private:
    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
};

void TestAuditTrailPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    MessageBox::setNonInteractive(true);
}

void TestAuditTrailPage::init()
{
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    auto tx = m_tw->admin()->db().begin();
    for (int i = 0; i < 1200; ++i) {
        m_clock.advanceSeconds(60);
        QVERIFY(m_tw->admin()->audit(record(i)).ok());
    }
    QVERIFY((*tx)->commit().ok());
}

void TestAuditTrailPage::cleanup()
{
    m_tw.reset();
    Clock::setInstance(nullptr);
}

void TestAuditTrailPage::filterAndDetails()
{
    AuditTrailPage page(m_tw->admin());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* action = page.findChild<QLineEdit*>(QStringLiteral("actionEdit"));
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("applyButton"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
    auto* details = page.findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"));
    QVERIFY(action && apply && table && details);

    QTest::keyClicks(action, QStringLiteral("customer.rectify"));
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 300);
    QVERIFY(!page.model()->canFetchMore({}));
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        QCOMPARE(page.model()->index(row, AuditTableModel::Action).data().toString(),
                 QStringLiteral("customer.rectify"));
    }
    // Newest first.
    QVERIFY(page.model()->index(0, 0).data(AuditTableModel::SeqRole).toLongLong()
            > page.model()->index(1, 0).data(AuditTableModel::SeqRole).toLongLong());
    QCOMPARE(page.model()->index(0, AuditTableModel::Justification).data().toString(),
             QStringLiteral("Corrected on request #1196"));

    table->selectRow(0);
    QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Corrected on request #1196")));
    QVERIFY(details->toPlainText().contains(QLatin1String("fields=2")));
    QVERIFY(details->toPlainText().contains(QLatin1String("customer c-1196")));

    auto* objectId = page.findChild<QLineEdit*>(QStringLiteral("objectIdEdit"));
    QTest::keyClicks(objectId, QStringLiteral("c-4"));
    QTest::keyClick(objectId, Qt::Key_Return);
    QCOMPARE(page.model()->rowCount(), 1);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("clearButton")), Qt::LeftButton);
    QVERIFY(action->text().isEmpty());
    QCOMPARE(page.model()->rowCount(), AuditTableModel::kPageSize);
}

void TestAuditTrailPage::loadsLazily()
{
    auto service = std::make_shared<AuditService>(m_tw->admin());
    AuditTableModel model;
    model.setService(service);
    const qint64 total = *service->count({});
    QVERIFY(total > 1200);
    QCOMPARE(model.rowCount(), AuditTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * AuditTableModel::kPageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.entry(static_cast<int>(total) - 1).seq, 1);
    QCOMPARE(model.headerData(AuditTableModel::Justification, Qt::Horizontal).toString(),
             QStringLiteral("Justification"));
    // The model's contract (the tester itself fetches more as a view would).
    AuditTableModel checked;
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    checked.setService(service);
    AuditFilter rectified;
    rectified.action = QStringLiteral("customer.rectify");
    checked.setFilter(rectified);
    QCOMPARE(checked.rowCount(), 300);
    checked.setService(nullptr);
    QCOMPARE(checked.rowCount(), 0);
}

void TestAuditTrailPage::verifyIntactThenBroken()
{
    AuditTrailPage page(m_tw->admin());
    page.show();
    auto* verify = page.findChild<QPushButton*>(QStringLiteral("verifyButton"));
    auto* result = page.findChild<QLabel*>(QStringLiteral("verifyResult"));
    auto* icon = page.findChild<QLabel*>(QStringLiteral("verifyResultIcon"));
    QVERIFY(verify && result && icon);
    const AuditLog::Head head = *AuditService(m_tw->admin()).head();

    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying() && !page.verificationText().isEmpty(), 30000);
    QCOMPARE(result->text(),
             QStringLiteral("The audit trail is intact up to entry %1. Head: %2").arg(head.seq).arg(head.toString()));
    QVERIFY(!icon->pixmap().isNull()); // not colour alone
    QVERIFY(verify->isEnabled());
    // The verification is itself on the trail, newest first.
    QCOMPARE(page.model()->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("audit.verify"));

    QVERIFY(m_tw->admin()->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    QVERIFY(tamper(m_tw->location().path, 600));
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isVerifying() && page.verificationText().contains(QLatin1String("broken")), 30000);
    QVERIFY2(result->text().startsWith(QStringLiteral("The audit trail is broken at entry 600: ")),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("altered")));
}

void TestAuditTrailPage::exportsCsv()
{
    AuditTrailPage page(m_tw->admin());
    auto* action = page.findChild<QLineEdit*>(QStringLiteral("actionEdit"));
    action->setText(QStringLiteral("customer.rectify"));
    page.applyFilter();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rectifications.csv"));
    FileDialog::setNextFileName(path);
    MessageBox::clearLast();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("300 entries were written")),
             qPrintable(MessageBox::lastText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY(csv.contains(QLatin1String("# chain head: ")));
    QCOMPARE(csv.count(QLatin1String(",customer.rectify,")), 300);

    FileDialog::setNextFileName(QString()); // cancelled: nothing happens
    MessageBox::clearLast();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    QCOMPARE(MessageBox::count(), 0);
}

void TestAuditTrailPage::agentSeesNothing()
{
    auto agent = m_tw->signInNewUser(QStringLiteral("budi"), static_cast<int>(Role::Agent));
    QVERIFY(agent);
    AuditTrailPage page(agent);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("verifyButton"))->isEnabled());
    page.setSession(m_tw->admin());
    QCOMPARE(page.model()->rowCount(), AuditTableModel::kPageSize);
    page.setSession(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
}

QTEST_MAIN(TestAuditTrailPage)

// Signing out (or in as someone else) while the trail is verified: the page waits for the
// worker, and the outcome that arrives afterwards belongs to the previous session: not shown.
void TestAuditTrailPage::switchingSessionDropsTheRunningVerification()
{
    auto agent = m_tw->signInNewUser(QStringLiteral("budi"), static_cast<int>(Role::Agent));
    QVERIFY(agent);
    AuditTrailPage page(m_tw->admin());
    page.show();
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    QVERIFY(page.isVerifying());
    page.setSession(agent);
    QVERIFY(!page.isVerifying());
    QTest::qWait(300); // the worker's finished signal is delivered now
    QVERIFY(!page.isVerifying());
    QCOMPARE(page.verificationText(), QString());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("verifyButton"))->isEnabled());
}

#include "TestAuditTrailPage.moc"
