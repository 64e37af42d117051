#include "UiTestSupport.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestService.h"
#include "ui/requests/RequestDialog.h"
#include "ui/requests/RequestIntakeDialog.h"
#include "ui/requests/RequestsPage.h"
#include "ui/requests/RequestsTableModel.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using PageId = MainWindow::PageId;

/// The Requests page: an agent logs a request through the intake dialog and sees it in the
/// queue with its due date, a second one of the same type for the same customer is flagged
/// as a duplicate, the agent verifies identity, an officer approves; steps the workflow does
/// not allow are not offered.
class TestRequestsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void intakeVerifyApprove();
    void dueSoonAndOverdueStandOut();
    void cleanupTestCase();

private:
    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        RequestsPage* page = nullptr;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Opened open(const QString& username);
    static qint64 logRequest(RequestsPage* page, const QString& customer, Request::Type type);
    static RequestDialog* openRequest(RequestsPage* page, qint64 id);

    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_customerId;
};

void TestRequestsPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC)); // a Monday
    Clock::setInstance(&m_clock);
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
    auto agent = m_ws->signInNewUser(QStringLiteral("agnes"), static_cast<int>(Role::Agent));
    QVERIFY(agent);
    QVERIFY(m_ws->signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer)));
    Customer c;
    c.fullName = QStringLiteral("Rina Wijaya");
    c.email = QStringLiteral("rina@example.com");
    c.externalRef = QStringLiteral("C-1001");
    c.country = QStringLiteral("DE");
    c.jurisdiction = QStringLiteral("GDPR");
    c.language = QStringLiteral("en");
    c.source = QStringLiteral("staff");
    auto id = CustomerService(agent).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    m_customerId = *id;
}

void TestRequestsPage::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestRequestsPage::cleanupTestCase()
{
    m_ws.reset();
    Clock::setInstance(nullptr);
}

TestRequestsPage::Opened TestRequestsPage::open(const QString& username)
{
    Opened o;
    o.window = UiTestSupport::signedInWindow(m_ws->location(), username, TestWorkspace::staffPassword());
    if (!o.window || !o.window->showPage(PageId::Requests)) {
        return o;
    }
    o.page = qobject_cast<RequestsPage*>(o.window->currentPage());
    if (o.page) {
        o.tester = std::make_unique<QAbstractItemModelTester>(o.page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    return o;
}

qint64 TestRequestsPage::logRequest(RequestsPage* page, const QString& customer, Request::Type type)
{
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->intakeDialog() != nullptr; }, 5000)) {
        return 0;
    }
    RequestIntakeDialog* d = page->intakeDialog();
    d->typeCombo()->setCurrentIndex(d->typeCombo()->findData(static_cast<int>(type)));
    d->channelCombo()->setCurrentIndex(d->channelCombo()->findData(QStringLiteral("email")));
    QTest::keyClicks(d->customerEdit(), customer);
    QTest::keyClicks(d->requesterNameEdit(), QStringLiteral("Rina Wijaya"));
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->intakeDialog() == nullptr; }, 5000)) {
        qWarning("intake refused: %s", qPrintable(d->errorMessage()->text()));
        return 0;
    }
    return page->currentId();
}

RequestDialog* TestRequestsPage::openRequest(RequestsPage* page, qint64 id)
{
    if (!page->selectRequest(id)) {
        return nullptr;
    }
    QTest::mouseClick(page->openButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->requestDialog() != nullptr; }, 5000)) {
        return nullptr;
    }
    return page->requestDialog();
}

void TestRequestsPage::intakeVerifyApprove()
{
    qint64 first = 0;
    {
        Opened agent = open(QStringLiteral("agnes"));
        QVERIFY(agent.page);
        RequestsPage* page = agent.page;
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->newButton()->isEnabled());

        // The intake dialog does not accept a receipt in the future.
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->intakeDialog(), 5000);
        QVERIFY(page->intakeDialog()->receivedEdit()->maximumDateTime() <= m_clock.now());
        page->intakeDialog()->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!page->intakeDialog(), 5000);

        first = logRequest(page, QStringLiteral("C-1001"), Request::Type::Access);
        QVERIFY(first != 0);
        QCOMPARE(page->model()->rowCount(), 1);
        const RequestQueueRow row = page->model()->rowAt(0);
        QCOMPARE(row.id, first);
        QCOMPARE(row.customerId, m_customerId);
        QCOMPARE(row.jurisdiction, QStringLiteral("GDPR")); // the customer's
        // GDPR: one month from receipt (2 March -> 2 April 2026, a Thursday).
        QCOMPARE(row.due.toUTC().date().month(), 4);
        const QString dueText = DomainText::dateTime(row.due);
        QCOMPARE(page->model()->index(0, RequestsTableModel::Due).data().toString(), dueText);
        QCOMPARE(page->model()->index(0, RequestsTableModel::State).data().toString(),
                 DomainText::requestState(Request::State::Received));
        QVERIFY(page->intakeMessage()->text().contains(dueText));
        QVERIFY(!page->intakeMessage()->text().contains(QStringLiteral("duplicate")));
        QVERIFY(page->countsLabel()->text().contains(DomainText::requestState(Request::State::Received)));

        // The same type for the same customer again: a clear duplicate warning.
        const qint64 second = logRequest(page, QStringLiteral("rina@example.com"), Request::Type::Access);
        QVERIFY(second != 0 && second != first);
        QVERIFY2(page->intakeMessage()->text().contains(QStringLiteral("duplicate")),
                 qPrintable(page->intakeMessage()->text()));
        QVERIFY(page->intakeMessage()->text().contains(QString::number(first)));
        QCOMPARE(page->model()->rowCount(), 2);

        // Assign to me.
        QVERIFY(page->selectRequest(first));
        QVERIFY(page->assignButton()->isEnabled());
        QTest::mouseClick(page->assignButton(), Qt::LeftButton);
        const int r = page->model()->rowOf(first);
        QVERIFY(r >= 0);
        QCOMPARE(page->model()->index(r, RequestsTableModel::Assignee).data().toString().isEmpty(), false);
        QVERIFY(page->model()->rowAt(r).assignee != 0);

        // The agent verifies identity; deciding is not offered to an agent, nor completing
        // before approval.
        RequestDialog* d = openRequest(page, first);
        QVERIFY(d);
        QVERIFY(d->recordVerificationButton()->isEnabled());
        QVERIFY(!d->approveButton()->isEnabled());
        QVERIFY(!d->rejectButton()->isEnabled());
        QVERIFY(!d->extendButton()->isEnabled());
        QVERIFY(!d->completeButton()->isEnabled());
        d->methodCombo()->setCurrentIndex(
            d->methodCombo()->findData(RequestService::methodCode(RequestService::VerificationMethod::EmailCode)));
        QTest::mouseClick(d->recordVerificationButton(), Qt::LeftButton);
        QVERIFY2(d->errorMessage()->text().isEmpty(), qPrintable(d->errorMessage()->text()));
        QCOMPARE(d->details().request.state, Request::State::InReview);
        QVERIFY(!d->recordVerificationButton()->isEnabled());
        QVERIFY(!d->completeButton()->isEnabled());
        QVERIFY(d->historyTable()->rowCount() >= 2);
        d->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!page->requestDialog(), 5000);
        QCOMPARE(page->model()->rowAt(page->model()->rowOf(first)).state, Request::State::InReview);
    }

    // The officer approves.
    Opened officer = open(QStringLiteral("oscar"));
    QVERIFY(officer.page);
    RequestsPage* page = officer.page;
    QCOMPARE(page->model()->rowCount(), 2);
    RequestDialog* d = openRequest(page, first);
    QVERIFY(d);
    QVERIFY(d->approveButton()->isEnabled());
    QVERIFY(d->rejectButton()->isEnabled());
    QVERIFY(!d->completeButton()->isEnabled()); // not before approval
    QVERIFY(!d->startVerificationButton()->isEnabled());
    QTest::keyClicks(d->noteEdit(), QStringLiteral("Identity verified by email code; nothing withheld."));
    QTest::mouseClick(d->approveButton(), Qt::LeftButton);
    QVERIFY2(d->errorMessage()->text().isEmpty(), qPrintable(d->errorMessage()->text()));
    QCOMPARE(d->details().request.state, Request::State::Approved);
    QVERIFY(!d->approveButton()->isEnabled());
    QVERIFY(!d->recordVerificationButton()->isEnabled());
    // The history names who moved it and how: InReview -> Approved by oscar.
    bool found = false;
    for (int i = 0; i < d->historyTable()->rowCount(); ++i) {
        found = found
            || (d->historyTable()->item(i, 1)->text() == QStringLiteral("oscar")
                && d->historyTable()->item(i, 2)->text().contains(DomainText::requestState(Request::State::Approved)));
    }
    QVERIFY(found);
    d->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!page->requestDialog(), 5000);
    QCOMPARE(page->model()->rowAt(page->model()->rowOf(first)).state, Request::State::Approved);

    // A rejection needs the justification: the service's refusal shows inline.
    const qint64 second = page->model()->rowAt(page->model()->rowOf(first) == 0 ? 1 : 0).id;
    d = openRequest(page, second);
    QVERIFY(d);
    QVERIFY(d->rejectButton()->isEnabled());
    QTest::mouseClick(d->rejectButton(), Qt::LeftButton);
    QVERIFY(!d->errorMessage()->text().isEmpty());
    QCOMPARE(d->details().request.state, Request::State::Received);
    QTest::keyClicks(d->noteEdit(), QStringLiteral("Duplicate of an earlier request that is being answered."));
    QTest::mouseClick(d->rejectButton(), Qt::LeftButton);
    QVERIFY2(d->errorMessage()->text().isEmpty(), qPrintable(d->errorMessage()->text()));
    QCOMPARE(d->details().request.state, Request::State::Rejected);
    QVERIFY(!d->withdrawButton()->isEnabled());
    d->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!page->requestDialog(), 5000);
    // The default filter shows open requests only.
    QCOMPARE(page->model()->rowCount(), 1);
}

void TestRequestsPage::dueSoonAndOverdueStandOut()
{
    // The approved request of intakeVerifyApprove() is due on 2 April 2026.
    m_clock.set(QDateTime(QDate(2026, 4, 1), QTime(3, 0), Qt::UTC));
    {
        Opened o = open(QStringLiteral("agnes"));
        QVERIFY(o.page);
        QCOMPARE(o.page->model()->rowCount(), 1);
        const QModelIndex status = o.page->model()->index(0, RequestsTableModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Due within 2 days"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull()); // icon and text
        o.page->overdueCheck()->setChecked(true);
        QCOMPARE(o.page->model()->rowCount(), 0);
    }
    m_clock.set(QDateTime(QDate(2026, 4, 20), QTime(3, 0), Qt::UTC));
    Opened o = open(QStringLiteral("agnes"));
    QVERIFY(o.page);
    QCOMPARE(o.page->model()->rowCount(), 1);
    const QModelIndex status = o.page->model()->index(0, RequestsTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Overdue"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    o.page->overdueCheck()->setChecked(true);
    QCOMPARE(o.page->model()->rowCount(), 1);
    // Only the requests of the chosen type.
    o.page->typeCombo()->setCurrentIndex(o.page->typeCombo()->findData(static_cast<int>(Request::Type::Erasure)));
    QCOMPARE(o.page->model()->rowCount(), 0);
}

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
