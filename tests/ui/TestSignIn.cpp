#include "UiTestSupport.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Totp.h"
#include "core/demo/DemoWorkspace.h"
#include "core/session/AccountService.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "ui/session/SignInWidget.h"
#include "ui/session/TwoFactorDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using PageId = MainWindow::PageId;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void demoAccountsFillTheFields();
    void agentSignsIn();
    void wrongPasswordShowsInlineError();
    void twoFactorAsksForCode();
    void nonDemoShowsNoCredentials();
    void enrolThroughAccountMenu();

private:
    std::unique_ptr<MainWindow> demoWindow();

    QTemporaryDir m_dir;
    WorkspaceLocation m_demo;
    MockClock m_clock;
};

void TestSignIn::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    Clock::setInstance(&m_clock);
    m_demo = WorkspaceLocation::sqliteFile(m_dir.filePath(QStringLiteral("demo.amanah")));
    auto created = DemoWorkspace::create(m_demo, KdfParams{8 * 1024, 1, 1});
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
}

void TestSignIn::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestSignIn::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

std::unique_ptr<MainWindow> TestSignIn::demoWindow()
{
    auto window = UiTestSupport::openWindow(m_demo);
    if (window) {
        (void)QTest::qWaitForWindowExposed(window.get());
    }
    return window;
}

void TestSignIn::demoAccountsFillTheFields()
{
    auto window = demoWindow();
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    QVERIFY(signIn->isVisible());
    QVERIFY(!window->pageStack()->isVisible());
    QCOMPARE(signIn->mode(), SignInWidget::Mode::SignIn);
    QVERIFY(signIn->demoBox()->isVisible());
    for (const DemoWorkspace::Account& account : DemoWorkspace::accounts()) {
        auto* use = signIn->demoBox()->findChild<QPushButton*>(QStringLiteral("demo_") + account.username);
        QVERIFY2(use, qPrintable(account.username));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(signIn->usernameEdit()->text(), account.username);
        QCOMPARE(signIn->passwordEdit()->text(), account.password);
    }
    UiTestSupport::snapshot(window.get(), QStringLiteral("sign-in-demo"));
}

void TestSignIn::agentSignsIn()
{
    auto window = demoWindow();
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    QTest::mouseClick(signIn->demoBox()->findChild<QPushButton*>(QStringLiteral("demo_agent")), Qt::LeftButton);
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    // Argon2id runs on the worker: the button is off meanwhile, a second click does nothing.
    QVERIFY(signIn->isBusy());
    QVERIFY(!signIn->signInButton()->isEnabled());
    signIn->submit();
    QTRY_VERIFY_WITH_TIMEOUT(window->session(), 15000);
    QCOMPARE(window->session()->user().username, QStringLiteral("agent"));
    QVERIFY(window->pageStack()->isVisible());
    QVERIFY(!signIn->isVisible());
    QVERIFY(window->isPageAvailable(PageId::Customers));
    QVERIFY(!window->isPageAvailable(PageId::Users));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("agent — ")));
    QVERIFY(window->page(PageId::Customers)->session() == window->session());
    QVERIFY(window->session()->workspace() == window->workspace());

    window->signOutAction()->trigger();
    QVERIFY(!window->session());
    QVERIFY(signIn->isVisible());
    QVERIFY(signIn->passwordEdit()->text().isEmpty());
    QVERIFY(!window->page(PageId::Customers)->session());
}

void TestSignIn::wrongPasswordShowsInlineError()
{
    auto window = demoWindow();
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    UiTestSupport::typeSignIn(signIn, QStringLiteral("agent"), QStringLiteral("not the password"));
    QTRY_VERIFY_WITH_TIMEOUT(signIn->errorMessage()->isVisible(), 15000);
    QVERIFY(!signIn->errorMessage()->text().isEmpty());
    QCOMPARE(signIn->errorMessage()->accessibleName(), signIn->errorMessage()->text());
    QVERIFY(!window->session());
    QVERIFY(!window->pageStack()->isVisible());
    QVERIFY(!signIn->codeEdit()->isVisible());

    // The right password clears the error.
    UiTestSupport::typeSignIn(signIn, QStringLiteral("agent"), QStringLiteral("amanah-demo-agent"));
    QTRY_VERIFY_WITH_TIMEOUT(window->session(), 15000);
    QVERIFY(!signIn->errorMessage()->isVisible());
}

void TestSignIn::twoFactorAsksForCode()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto tina = ws.signInNewUser(QStringLiteral("tina"), static_cast<int>(Role::Agent));
    QVERIFY2(tina, qPrintable(ws.errorString()));
    AccountService account(tina);
    const auto enrolment = account.beginTwoFactor();
    QVERIFY(account.confirmTwoFactor(enrolment, Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch())).ok());
    m_clock.advanceSeconds(90); // a later step: the enrolment's code may not be replayed

    auto window = UiTestSupport::openWindow(ws.location());
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    QVERIFY(!signIn->codeEdit()->isVisible());
    UiTestSupport::typeSignIn(signIn, QStringLiteral("tina"), TestWorkspace::staffPassword());
    QTRY_VERIFY_WITH_TIMEOUT(signIn->codeEdit()->isVisible(), 15000);
    QVERIFY(!window->session());
    QVERIFY(signIn->passwordEdit()->isReadOnly()); // the password is not asked again

    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString right = Totp::code(enrolment.secret, now);
    QString wrong = QStringLiteral("000000");
    const QStringList valid = {Totp::code(enrolment.secret, now - 30), right, Totp::code(enrolment.secret, now + 30)};
    while (valid.contains(wrong)) {
        wrong = QString::number(wrong.toInt() + 111111).rightJustified(6, QLatin1Char('0'));
    }
    QTest::keyClicks(signIn->codeEdit(), wrong);
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->errorMessage()->isVisible(), 15000);
    QVERIFY(!window->session());
    QVERIFY(signIn->codeEdit()->isVisible());

    QTest::keyClicks(signIn->codeEdit(), right);
    QTest::keyClick(signIn->codeEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->session(), 15000);
    QCOMPARE(window->session()->user().username, QStringLiteral("tina"));
    QVERIFY(window->pageStack()->isVisible());
}

void TestSignIn::nonDemoShowsNoCredentials()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto window = UiTestSupport::openWindow(ws.location());
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    QCOMPARE(signIn->mode(), SignInWidget::Mode::SignIn);
    QVERIFY(!signIn->demoBox()->isVisible());
    QVERIFY(signIn->demoBox()->findChildren<QPushButton*>().isEmpty());
    for (const QLabel* label : signIn->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("amanah-demo")), qPrintable(label->text()));
    }
}

void TestSignIn::enrolThroughAccountMenu()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto window = UiTestSupport::signedInWindow(ws.location());
    QVERIFY(window);
    window->twoFactorAction()->trigger();
    TwoFactorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<TwoFactorDialog*>()) && dialog->isVisible());
    QPointer<TwoFactorDialog> guard(dialog);
    QVERIFY(!dialog->isEnrolled());
    QVERIFY(!dialog->qrLabel()->pixmap().isNull());
    QVERIFY(dialog->qrLabel()->pixmap().width() >= 150);
    QCOMPARE(dialog->secretLabel()->text().remove(QLatin1Char(' ')), dialog->enrolment().secretText);
    QCOMPARE(dialog->secretLabel()->text().section(QLatin1Char(' '), 0, 0).size(), 4);
    UiTestSupport::snapshot(dialog, QStringLiteral("two-factor-dialog"));

    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString right = Totp::code(dialog->enrolment().secret, now);
    QTest::keyClicks(dialog->codeEdit(),
                     right == QLatin1String("111111") ? QStringLiteral("222222") : QStringLiteral("111111"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->errorMessage()->isVisible());
    QVERIFY(!window->session()->user().totpEnrolled);
    dialog->codeEdit()->setText(right);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QVERIFY(window->session()->user().totpEnrolled);
}

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
