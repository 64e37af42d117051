#include "UiTestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/session/Session.h"
#include "ui/firstrun/AdministratorPage.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/firstrun/RecoveryKeyPage.h"
#include "ui/firstrun/WorkspaceNamePage.h"
#include "ui/session/NewPasswordFields.h"
#include "ui/session/RecoveryDialog.h"
#include "ui/session/SignInWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Printing.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using PageId = MainWindow::PageId;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wizardCreatesWorkspace();
    void recoveryKeyResetsAdminPassword();

private:
    QTemporaryDir m_dir;
    QString m_recoveryKey;
    QString m_path;
};

void TestFirstRun::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("shop.amanah"));
}

void TestFirstRun::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestFirstRun::wizardCreatesWorkspace()
{
    MainWindow window;
    window.setKdfParams(TestWorkspace::fastKdf());
    window.show();
    QAction* newAction = nullptr;
    for (QAction* action : window.fileMenu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::New)) {
            newAction = action;
        }
    }
    QVERIFY(newAction);
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("shop"))); // the suffix is added
    newAction->trigger();
    QCOMPARE(MessageBox::count(), 0);
    QCOMPARE(window.workspace()->location().path, WorkspaceLocation::sqliteFile(m_path).path);

    FirstRunWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<FirstRunWizard*>()) && wizard->isVisible());
    QVERIFY(!window.session());
    QVERIFY(!window.pageStack()->isVisible());

    // Page 1: name and jurisdiction.
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::WorkspacePageId));
    WorkspaceNamePage* first = wizard->workspacePage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(first->nameEdit(), QStringLiteral("Toko Sejahtera"));
    QCOMPARE(first->jurisdictionCombo()->count(), 4);
    QCOMPARE(first->jurisdictionCombo()->itemData(0).toString(), QStringLiteral("UU_PDP"));
    first->jurisdictionCombo()->setCurrentIndex(first->jurisdictionCombo()->findData(QStringLiteral("GDPR")));
    QCOMPARE(first->jurisdiction(), QStringLiteral("GDPR"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    // Page 2: a weak password keeps the button off but never stops the typing.
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
    AdministratorPage* admin = wizard->administratorPage();
    QAbstractButton* create = wizard->button(QWizard::CommitButton);
    QTest::keyClicks(admin->usernameEdit(), QStringLiteral("owner"));
    QTest::keyClicks(admin->displayNameEdit(), QStringLiteral("Shop Owner"));
    QTest::keyClicks(admin->passwordFields()->passwordEdit(), QStringLiteral("password"));
    QTest::keyClicks(admin->passwordFields()->repeatEdit(), QStringLiteral("password"));
    QCOMPARE(admin->passwordFields()->passwordEdit()->text(), QStringLiteral("password"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!admin->passwordFields()->feedbackLabel()->text().isEmpty());
    const QString strong = QStringLiteral("a long and private sentence");
    admin->passwordFields()->passwordEdit()->clear();
    admin->passwordFields()->repeatEdit()->clear();
    QTest::keyClicks(admin->passwordFields()->passwordEdit(), strong);
    QVERIFY(!create->isEnabled()); // not repeated yet
    QTest::keyClicks(admin->passwordFields()->repeatEdit(), strong);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::RecoveryKeyPageId), 15000);

    // Page 3: the key once, in 13 groups; Finish waits for the confirmation.
    RecoveryKeyPage* last = wizard->recoveryKeyPage();
    const QStringList groups
        = last->keyLabel()->text().split(QRegularExpression(QStringLiteral("[-\\s]+")), Qt::SkipEmptyParts);
    QCOMPARE(groups.size(), 13);
    m_recoveryKey = groups.join(QLatin1Char('-'));
    QVERIFY(last->keyLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    UiTestSupport::snapshot(wizard, QStringLiteral("first-run-recovery-key"));
    wizard->reject(); // no way out but confirming
    QVERIFY(wizard->isVisible());

    const QString pdf = m_dir.filePath(QStringLiteral("recovery.pdf"));
    Printing::setNextOutputFile(pdf);
    QTest::mouseClick(last->printButton(), Qt::LeftButton);
    QVERIFY(QFileInfo(pdf).size() > 0);

    last->storedCheck()->setChecked(true);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // The administrator is signed in and sees administrators' pages only.
    QTRY_VERIFY(window.session());
    QCOMPARE(window.session()->user().username, QStringLiteral("owner"));
    QVERIFY(window.pageStack()->isVisible());
    QVERIFY(window.isPageAvailable(PageId::Users));
    QVERIFY(!window.isPageAvailable(PageId::Customers));
    QVERIFY(window.windowTitle().contains(QStringLiteral("owner")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Toko Sejahtera")));
    QVERIFY(window.showPage(PageId::Users));
}

void TestFirstRun::recoveryKeyResetsAdminPassword()
{
    QVERIFY(!m_recoveryKey.isEmpty());
    auto window = UiTestSupport::openWindow(WorkspaceLocation::sqliteFile(m_path));
    QVERIFY(window);
    SignInWidget* signIn = window->signInWidget();
    QCOMPARE(signIn->mode(), SignInWidget::Mode::SignIn);
    QVERIFY(!window->findChild<FirstRunWizard*>());
    QCOMPARE(signIn->workspaceName(), QStringLiteral("Toko Sejahtera"));
    auto* link = signIn->findChild<QLabel*>(QStringLiteral("forgotLink"));
    QVERIFY(link && link->isVisible());
    emit link->linkActivated(QStringLiteral("#recover"));
    RecoveryDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<RecoveryDialog*>()) && dialog->isVisible());
    QPointer<RecoveryDialog> guard(dialog);

    const QString fresh = QStringLiteral("another long private sentence");
    dialog->recoveryKeyEdit()->setText(QStringLiteral("AAAA-BBBB"));
    dialog->usernameEdit()->setText(QStringLiteral("owner"));
    dialog->passwordFields()->passwordEdit()->setText(fresh);
    dialog->passwordFields()->repeatEdit()->setText(fresh);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorMessage()->isVisible(), 15000);
    QVERIFY(dialog->isVisible());

    dialog->recoveryKeyEdit()->setText(m_recoveryKey.toLower());
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 15000);
    QTRY_VERIFY(window->session());
    QCOMPARE(window->session()->user().username, QStringLiteral("owner"));
    QVERIFY(Authenticator(window->workspace()).signIn(QStringLiteral("owner"), fresh).ok());
}

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
