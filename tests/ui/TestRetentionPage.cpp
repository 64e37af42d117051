// The Retention page as an officer uses it: a rule added (a bad one refused inside the
// dialog), edited; a preview off the GUI thread listing per rule how many customers are due
// and a sample of ids; Apply… refusing a trivial justification, then running with progress;
// a run cancelled from the page leaves what it did not reach untouched.
#include "UiTestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/RetentionRuleDialog.h"
#include "ui/retention/RetentionRulesModel.h"
#include "ui/widgets/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using PageId = MainWindow::PageId;

namespace {
const QString kWhy = QStringLiteral("Quarterly purge under retention schedule v3");

qint64 count(const TestWorkspace& tw, const QString& sql)
{
    auto v = tw.workspace()->database()->scalar(sql);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestRetentionPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(Crypto::init().ok());
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        MessageBox::setNonInteractive(true);
        MessageBox::clearLast();
    }
    void officerEditsRulesPreviewsAndApplies();
    void cancelLeavesTheRestUntouched();

private:
    static QStringList addCustomers(TestWorkspace& tw, int n, int dueCount);
    static RetentionPage* openPage(MainWindow* window);
    static void addRule(RetentionPage* page, int days);
    static void answerJustification(RetentionPage* page, const QString& text);
};

QStringList TestRetentionPage::addCustomers(TestWorkspace& tw, int n, int dueCount)
{
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    QStringList ids;
    for (int i = 0; i < n && agent; ++i) {
        Customer c;
        c.fullName = QStringLiteral("Pelanggan %1").arg(i);
        c.jurisdiction = QStringLiteral("UU_PDP");
        auto id = CustomerService(agent).create(c);
        if (id) {
            ids << *id;
        }
    }
    // The first dueCount were last active 400 days ago (the page runs on the wall clock).
    const qint64 longAgo = QDateTime::currentDateTimeUtc().addDays(-400).toMSecsSinceEpoch();
    for (int i = 0; i < dueCount && i < ids.size(); ++i) {
        auto q = tw.workspace()->database()->exec(
            QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id = ?"), {longAgo, ids.at(i)});
        Q_UNUSED(q)
    }
    return ids;
}

RetentionPage* TestRetentionPage::openPage(MainWindow* window)
{
    if (!window->showPage(PageId::Retention)) {
        return nullptr;
    }
    return qobject_cast<RetentionPage*>(window->currentPage());
}

void TestRetentionPage::addRule(RetentionPage* page, int days)
{
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    RetentionRuleDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<RetentionRuleDialog*>()) && dialog->isVisible());
    QPointer<RetentionRuleDialog> guard(dialog);
    dialog->categoryEdit()->setText(QStringLiteral("customer_record"));
    dialog->periodSpin()->setValue(days);
    dialog->triggerCombo()->setCurrentIndex(0); // last activity
    dialog->actionCombo()->setCurrentIndex(1); // delete
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
}

void TestRetentionPage::answerJustification(RetentionPage* page, const QString& text)
{
    QVERIFY(page->applyButton()->isEnabled());
    QTest::mouseClick(page->applyButton(), Qt::LeftButton);
    ReasonDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<ReasonDialog*>()) && dialog->isVisible());
    dialog->reasonEdit()->setText(text);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestRetentionPage::officerEditsRulesPreviewsAndApplies()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer)));
    const QStringList ids = addCustomers(tw, 3, 2);
    QCOMPARE(ids.size(), 3);
    // Agents do not see the page at all.
    {
        auto agentWindow
            = UiTestSupport::signedInWindow(tw.location(), QStringLiteral("agent"), TestWorkspace::staffPassword());
        QVERIFY(agentWindow);
        QVERIFY(!agentWindow->isPageAvailable(PageId::Retention));
    }
    auto window
        = UiTestSupport::signedInWindow(tw.location(), QStringLiteral("officer"), TestWorkspace::staffPassword());
    QVERIFY(window);
    RetentionPage* page = openPage(window.get());
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->applyButton()->isEnabled()); // nothing previewed yet

    // A rule without a category is refused inside the dialog.
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    RetentionRuleDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<RetentionRuleDialog*>()) && dialog->isVisible());
    dialog->categoryEdit()->clear();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->errorMessage()->isVisible());
    QVERIFY(!dialog->errorMessage()->text().isEmpty());
    QVERIFY(dialog->isVisible());
    UiTestSupport::snapshot(dialog, QStringLiteral("retention-rule-dialog-error"));
    dialog->reject();
    QTRY_VERIFY(!page->findChild<RetentionRuleDialog*>());
    QCOMPARE(page->model()->rowCount(), 0);

    addRule(page, 300);
    QCOMPARE(page->model()->rowCount(), 1);
    auto cell = [page](int column) {
        return page->model()->index(0, column).data().toString();
    };
    QCOMPARE(cell(RetentionRulesModel::ScopeColumn), QStringLiteral("Category: customer_record"));
    QCOMPARE(cell(RetentionRulesModel::PeriodColumn), RetentionRulesModel::tr("%n day(s)", nullptr, 300));
    QCOMPARE(cell(RetentionRulesModel::TriggerColumn), QStringLiteral("Last activity"));
    QCOMPARE(cell(RetentionRulesModel::ActionColumn), QStringLiteral("Delete"));
    QCOMPARE(cell(RetentionRulesModel::ActiveColumn), QStringLiteral("Active"));

    // Edit: 365 days.
    page->rulesTable()->selectRow(0);
    QVERIFY(page->editButton()->isEnabled());
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    QTRY_VERIFY((dialog = page->findChild<RetentionRuleDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->periodSpin()->value(), 300);
    dialog->periodSpin()->setValue(365);
    dialog->basisEdit()->setText(QStringLiteral("Shop policy 4.2"));
    UiTestSupport::snapshot(dialog, QStringLiteral("retention-rule-dialog"));
    QPointer<RetentionRuleDialog> guard(dialog);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(cell(RetentionRulesModel::PeriodColumn), RetentionRulesModel::tr("%n day(s)", nullptr, 365));
    QCOMPARE(cell(RetentionRulesModel::BasisColumn), QStringLiteral("Shop policy 4.2"));
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention_rule.update'")), 1);

    // Preview on the worker.
    QTest::mouseClick(page->previewButton(), Qt::LeftButton);
    QVERIFY(page->isWorking());
    QVERIFY(page->progressBar()->isVisible());
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(!page->previewButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWorking(), 30000);
    QVERIFY(!page->errorMessage()->isVisible());
    QVERIFY(!page->progressBar()->isVisible());
    QCOMPARE(page->findingsTable()->rowCount(), 1);
    QCOMPARE(page->findingsTable()->item(0, 2)->text(), QStringLiteral("2"));
    QVERIFY(!page->findingsTable()->item(0, 1)->text().isEmpty()); // why
    QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("2 customer(s) to delete")),
             qPrintable(page->summaryLabel()->text()));
    QVERIFY(page->sampleLabel()->text().contains(ids.at(0)));
    QVERIFY(page->sampleLabel()->text().contains(ids.at(1)));
    QVERIFY(!page->sampleLabel()->text().contains(ids.at(2)));
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM customers")), 3); // a preview changes nothing
    UiTestSupport::snapshot(window.get(), QStringLiteral("retention-preview"));

    // Apply: a trivial justification is refused in the dialog; a real one runs.
    answerJustification(page, QStringLiteral("ok"));
    auto* reason = page->findChild<ReasonDialog*>();
    QVERIFY(reason && reason->isVisible());
    QVERIFY(reason->errorMessage()->isVisible());
    QVERIFY(!page->isWorking());
    UiTestSupport::snapshot(reason, QStringLiteral("retention-justification"));
    reason->reject();
    QTRY_VERIFY(!page->findChild<ReasonDialog*>());
    answerJustification(page, kWhy);
    QVERIFY(page->isWorking());
    QVERIFY(page->progressBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWorking(), 60000);
    QVERIFY2(page->summaryLabel()->text().startsWith(QStringLiteral("Done: 2 customer(s) deleted")),
             qPrintable(page->summaryLabel()->text()));
    QVERIFY(!page->applyButton()->isEnabled()); // preview again before another apply
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM customers")), 1);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run'")), 1);
    UiTestSupport::snapshot(window.get(), QStringLiteral("retention-applied"));

    // Deactivate.
    page->rulesTable()->selectRow(0);
    QTest::mouseClick(page->deactivateButton(), Qt::LeftButton);
    QCOMPARE(cell(RetentionRulesModel::ActiveColumn), QStringLiteral("Inactive"));
}

void TestRetentionPage::cancelLeavesTheRestUntouched()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer)));
    const int due = 20;
    QCOMPARE(addCustomers(tw, due, due).size(), due);
    auto window
        = UiTestSupport::signedInWindow(tw.location(), QStringLiteral("officer"), TestWorkspace::staffPassword());
    QVERIFY(window);
    RetentionPage* page = openPage(window.get());
    QVERIFY(page);
    addRule(page, 365);
    page->setBatchSize(1);
    QTest::mouseClick(page->previewButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWorking(), 30000);
    answerJustification(page, kWhy);
    QVERIFY(page->isWorking());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWorking(), 60000);
    QVERIFY2(page->summaryLabel()->text().startsWith(QStringLiteral("Cancelled:")),
             qPrintable(page->summaryLabel()->text()));
    // One customer per batch: every finished batch deleted exactly one, the rest is intact.
    const qint64 left = count(tw, QStringLiteral("SELECT count(*) FROM customers"));
    QVERIFY(left > 0);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM customer_keys")), left);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.batch'")), due - left);
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND details "
                                  "LIKE '%cancelled=1%'")),
             1);
}

QTEST_MAIN(TestRetentionPage)
#include "TestRetentionPage.moc"
