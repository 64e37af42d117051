#include "UiTestSupport.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/session/Session.h"
#include "ui/session/SignInWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using PageId = MainWindow::PageId;

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void locksAfterIdleTime();
    void inputKeepsItOpen();
    void lockNowAndSignInAsSomeoneElse();

private:
    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestIdleLock::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(&m_clock);
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
}

void TestIdleLock::cleanupTestCase()
{
    m_ws.reset();
    Clock::setInstance(nullptr);
}

void TestIdleLock::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestIdleLock::locksAfterIdleTime()
{
    auto window = UiTestSupport::signedInWindow(m_ws->location());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->idleMinutes(), 10);
    QVERIFY(window->showPage(PageId::Settings));
    Page* before = window->currentPage();
    const auto session = window->session();
    QSignalSpy locked(window.get(), &MainWindow::lockedChanged);

    m_clock.advanceSeconds(9 * 60);
    QVERIFY(!window->checkIdle());
    QVERIFY(!window->isLocked());
    QVERIFY(window->pageStack()->isVisible());

    m_clock.advanceSeconds(60);
    QVERIFY(window->checkIdle());
    QVERIFY(window->isLocked());
    QCOMPARE(locked.count(), 1);
    QVERIFY(!window->pageStack()->isVisible());
    SignInWidget* signIn = window->signInWidget();
    QVERIFY(signIn->isVisible());
    QCOMPARE(signIn->mode(), SignInWidget::Mode::Locked);
    QCOMPARE(signIn->usernameEdit()->text(), QStringLiteral("admin"));
    QVERIFY(signIn->usernameEdit()->isReadOnly());
    QVERIFY(!window->lockAction()->isEnabled());
    QVERIFY(!window->windowTitle().contains(QStringLiteral("admin")));
    UiTestSupport::snapshot(window.get(), QStringLiteral("lock-screen"));

    // A wrong password keeps it locked.
    UiTestSupport::typeSignIn(signIn, QStringLiteral("admin"), QStringLiteral("wrong password here"));
    QTRY_VERIFY_WITH_TIMEOUT(signIn->errorMessage()->isVisible(), 15000);
    QVERIFY(window->isLocked());
    QVERIFY(!window->pageStack()->isVisible());

    // The right one: the same session, the same page.
    UiTestSupport::typeSignIn(signIn, QStringLiteral("admin"), TestWorkspace::adminPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLocked(), 15000);
    QVERIFY(window->pageStack()->isVisible());
    QCOMPARE(window->currentPage(), before);
    QCOMPARE(window->session(), session);
    QVERIFY(window->session()->isOpen());
    QCOMPARE(locked.count(), 2);
}

void TestIdleLock::inputKeepsItOpen()
{
    auto window = UiTestSupport::signedInWindow(m_ws->location());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    for (int i = 0; i < 3; ++i) {
        m_clock.advanceSeconds(9 * 60);
        QTest::keyClick(window->navigationList(), Qt::Key_Down);
        QVERIFY(!window->checkIdle());
    }
    m_clock.advanceSeconds(10 * 60);
    QVERIFY(window->checkIdle());
}

void TestIdleLock::lockNowAndSignInAsSomeoneElse()
{
    auto window = UiTestSupport::signedInWindow(m_ws->location());
    QVERIFY(window);
    window->lockAction()->trigger();
    QVERIFY(window->isLocked());
    QVERIFY(!window->pageStack()->isVisible());
    auto* other = window->signInWidget()->findChild<QPushButton*>(QStringLiteral("otherUserButton"));
    QVERIFY(other && other->isVisible());
    QTest::mouseClick(other, Qt::LeftButton);
    QVERIFY(!window->session());
    QVERIFY(!window->isLocked());
    QCOMPARE(window->signInWidget()->mode(), SignInWidget::Mode::SignIn);
    QVERIFY(!window->signInWidget()->usernameEdit()->isReadOnly());
    QVERIFY(window->signInWidget()->usernameEdit()->text().isEmpty());
}

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
