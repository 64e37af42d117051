#include "UiTestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/rules/Permissions.h"
#include "core/session/Session.h"
#include "ui/session/ChangePasswordDialog.h"
#include "ui/session/NewPasswordFields.h"
#include "ui/session/SignInWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/AddUserDialog.h"
#include "ui/users/RoleChooser.h"
#include "ui/users/RolesDialog.h"
#include "ui/users/UsersPage.h"
#include "ui/users/UsersTableModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using PageId = MainWindow::PageId;

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void adminManagesUsers();

private:
    static QString cell(UsersPage* page, const QString& username, int column);
    static void selectUser(UsersPage* page, const QString& username);
    static int roleBit(Role role) { return static_cast<int>(role); }
};

void TestUsersPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsersPage::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

QString TestUsersPage::cell(UsersPage* page, const QString& username, int column)
{
    UsersTableModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, UsersTableModel::UsernameColumn).data().toString() == username) {
            return model->index(row, column).data().toString();
        }
    }
    return {};
}

void TestUsersPage::selectUser(UsersPage* page, const QString& username)
{
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        if (page->model()->userAt(row)->username == username) {
            page->table()->selectRow(row);
        }
    }
}

void TestUsersPage::adminManagesUsers()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto window = UiTestSupport::signedInWindow(ws.location());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Users));
    auto* page = qobject_cast<UsersPage*>(window->currentPage());
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(cell(page, QStringLiteral("admin"), UsersTableModel::StatusColumn), QStringLiteral("Active"));
    QCOMPARE(cell(page, QStringLiteral("admin"), UsersTableModel::TwoFactorColumn), QStringLiteral("No"));
    QVERIFY(page->requireTwoFactorCheck()->isVisible());
    QCOMPARE(page->idleMinutesSpin()->value(), 10);

    // Add a user with two roles; a bad user name is refused inside the dialog first.
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    AddUserDialog* add = nullptr;
    QTRY_VERIFY((add = page->findChild<AddUserDialog*>()) && add->isVisible());
    QPointer<AddUserDialog> addGuard(add);
    const QString oneTime = add->passwordEdit()->text();
    QVERIFY(oneTime.size() >= 15);
    QPushButton* ok = add->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(add->usernameEdit(), QStringLiteral("Nina Putri!"));
    QTest::keyClicks(add->displayNameEdit(), QStringLiteral("Nina Putri"));
    QVERIFY(!ok->isEnabled()); // no role yet
    add->roleChooser()->checkBox(roleBit(Role::Agent))->setChecked(true);
    add->roleChooser()->checkBox(roleBit(Role::Officer))->setChecked(true);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(add->errorMessage()->isVisible(), 15000);
    QVERIFY(add->isVisible());
    add->usernameEdit()->setText(QStringLiteral("nina"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(addGuard.isNull(), 15000);
    QCOMPARE(page->model()->rowCount(), 2);
    const QString roles = cell(page, QStringLiteral("nina"), UsersTableModel::RolesColumn);
    QVERIFY2(roles.contains(Permissions::roleName(Role::Agent)), qPrintable(roles));
    QVERIFY2(roles.contains(Permissions::roleName(Role::Officer)), qPrintable(roles));
    QCOMPARE(cell(page, QStringLiteral("nina"), UsersTableModel::NameColumn), QStringLiteral("Nina Putri"));
    QCOMPARE(cell(page, QStringLiteral("nina"), UsersTableModel::StatusColumn), QStringLiteral("Must change password"));
    QCOMPARE(cell(page, QStringLiteral("nina"), UsersTableModel::LastSignInColumn), QStringLiteral("Never"));
    UiTestSupport::snapshot(window.get(), QStringLiteral("users-page"));

    // Change roles: officer out, manager in.
    selectUser(page, QStringLiteral("nina"));
    QVERIFY(page->rolesButton()->isEnabled());
    QTest::mouseClick(page->rolesButton(), Qt::LeftButton);
    RolesDialog* rolesDialog = nullptr;
    QTRY_VERIFY((rolesDialog = page->findChild<RolesDialog*>()) && rolesDialog->isVisible());
    rolesDialog->roleChooser()->checkBox(roleBit(Role::Officer))->setChecked(false);
    rolesDialog->roleChooser()->checkBox(roleBit(Role::Manager))->setChecked(true);
    QTest::mouseClick(rolesDialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<RolesDialog*>());
    const QString changed = cell(page, QStringLiteral("nina"), UsersTableModel::RolesColumn);
    QVERIFY2(changed.contains(Permissions::roleName(Role::Manager)), qPrintable(changed));
    QVERIFY2(!changed.contains(Permissions::roleName(Role::Officer)), qPrintable(changed));

    // Disable, then enable again.
    selectUser(page, QStringLiteral("nina"));
    QTest::mouseClick(page->disableButton(), Qt::LeftButton);
    QCOMPARE(cell(page, QStringLiteral("nina"), UsersTableModel::StatusColumn), QStringLiteral("Disabled"));
    QVERIFY(!page->errorMessage()->isVisible());
    QCOMPARE(page->disableButton()->text(), QStringLiteral("&Enable"));
    QTest::mouseClick(page->disableButton(), Qt::LeftButton);
    QCOMPARE(cell(page, QStringLiteral("nina"), UsersTableModel::StatusColumn), QStringLiteral("Must change password"));

    // The last administrator cannot be disabled: the service says why, on the page.
    selectUser(page, QStringLiteral("admin"));
    QTest::mouseClick(page->disableButton(), Qt::LeftButton);
    QVERIFY(page->errorMessage()->isVisible());
    QCOMPARE(cell(page, QStringLiteral("admin"), UsersTableModel::StatusColumn), QStringLiteral("Active"));

    // Workspace security: the idle time reaches the window's lock.
    page->idleMinutesSpin()->setValue(15);
    QCOMPARE(window->idleMinutes(), 15);
    QVERIFY(!page->errorMessage()->isVisible());

    // The new user must change the one-time password before any page shows.
    window->signOut();
    SignInWidget* signIn = window->signInWidget();
    UiTestSupport::typeSignIn(signIn, QStringLiteral("nina"), oneTime);
    ChangePasswordDialog* change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((change = window->findChild<ChangePasswordDialog*>()) && change->isVisible(), 15000);
    QPointer<ChangePasswordDialog> changeGuard(change);
    QVERIFY(!window->pageStack()->isVisible());
    QVERIFY(!window->page(PageId::Customers)->session());
    QTest::keyClicks(change->currentEdit(), oneTime);
    const QString own = QStringLiteral("nina's own long password");
    QTest::keyClicks(change->passwordFields()->passwordEdit(), own);
    QTest::keyClicks(change->passwordFields()->repeatEdit(), own);
    QTest::mouseClick(change->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(changeGuard.isNull(), 15000);
    QTRY_VERIFY(window->pageStack()->isVisible());
    QCOMPARE(window->session()->user().username, QStringLiteral("nina"));
    QVERIFY(!window->session()->mustChangePassword());
    QVERIFY(window->isPageAvailable(PageId::Customers));
    QVERIFY(window->isPageAvailable(PageId::Reports));
    QVERIFY(!window->isPageAvailable(PageId::Users));

    // Back as the administrator: remove the account after confirming.
    QVERIFY(UiTestSupport::signIn(*window, QStringLiteral("admin"), TestWorkspace::adminPassword()));
    QVERIFY(window->showPage(PageId::Users));
    selectUser(page, QStringLiteral("nina"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Question);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(cell(page, QStringLiteral("nina"), UsersTableModel::UsernameColumn).isEmpty());
}

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
