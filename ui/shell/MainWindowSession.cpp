// MainWindow, part two: who is signed in. Sign-in and its duties, the Account menu, the
// idle lock, signing out, and the demo workspace's accounts. (Part one, MainWindow.cpp,
// holds the pages and opening workspaces.)

#include "ui/shell/MainWindow.h"

#include "core/demo/DemoWorkspace.h"
#include "core/session/Session.h"
#include "core/session/StaffService.h"
#include "core/session/Workspace.h"
#include "core/session/WorkspaceSettings.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/session/AuthWorker.h"
#include "ui/session/ChangePasswordDialog.h"
#include "ui/session/IdleWatcher.h"
#include "ui/session/SignInWidget.h"
#include "ui/session/TwoFactorDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Page.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QFutureWatcher>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

void MainWindow::createAccountActions()
{
    m_changePasswordAction = new QAction(this);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    m_twoFactorAction = new QAction(this);
    connect(m_twoFactorAction, &QAction::triggered, this, &MainWindow::setUpTwoFactor);
    m_lockAction = new QAction(this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_signOutAction = new QAction(this);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
}

void MainWindow::retranslateAccountMenu()
{
    m_accountMenu->setTitle(tr("&Account"));
    m_changePasswordAction->setText(tr("Change &Password…"));
    m_twoFactorAction->setText(tr("&Two-Factor Sign-In…"));
    m_lockAction->setText(tr("&Lock Now"));
    m_signOutAction->setText(tr("&Sign Out"));
}

void MainWindow::updateAccountActions()
{
    const bool active = m_session && !m_locked;
    for (QAction* action : {m_changePasswordAction, m_twoFactorAction, m_lockAction, m_signOutAction}) {
        action->setEnabled(active);
    }
    m_backupAction->setEnabled(active && m_session->can(Permission::ManageUsers));
    m_backupAction->setVisible(!m_session || m_session->can(Permission::ManageUsers));
    m_restoreAction->setEnabled(!m_locked);
}

void MainWindow::showBackup()
{
    if (!m_session || m_locked || findChild<BackupDialog*>()) {
        return;
    }
    auto* dialog = new BackupDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showRestore()
{
    if (m_locked || findChild<RestoreDialog*>()) {
        return;
    }
    auto* dialog = new RestoreDialog(m_session ? m_session->user().username : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::openRequested, this, [this](const QString& path) {
        openWorkspace(WorkspaceLocation::sqliteFile(path));
    });
    dialog->open();
}

int MainWindow::idleMinutes() const
{
    return m_idle->timeoutMinutes();
}

void MainWindow::startFirstRun()
{
    if (!m_authWorker || findChild<FirstRunWizard*>()) {
        return;
    }
    auto* wizard = new FirstRunWizard(m_authWorker.get(), m_kdf, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FirstRunWizard::workspaceCreated, this, [this](const std::shared_ptr<Session>& session) {
        m_signIn->showSignIn(); // the workspace has keys now
        startSession(session);
    });
    wizard->open();
}

void MainWindow::startSession(const std::shared_ptr<Session>& session)
{
    if (!session) {
        return;
    }
    endSession();
    m_session = session;
    runDuties();
}

void MainWindow::runDuties()
{
    // Duties come before any page sees the session: the services would refuse everything else.
    if (!m_session) {
        return;
    }
    if (m_session->mustChangePassword()) {
        auto* dialog = new ChangePasswordDialog(m_session, m_authWorker.get(), true, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &MainWindow::runDuties);
        connect(dialog, &QDialog::rejected, this, &MainWindow::signOut);
        dialog->open();
        return;
    }
    if (m_session->mustEnrolTwoFactor()) {
        auto* dialog = new TwoFactorDialog(m_session, m_authWorker.get(), true, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &MainWindow::runDuties);
        connect(dialog, &QDialog::rejected, this, &MainWindow::signOut);
        dialog->open();
        return;
    }
    finishSignIn();
}

void MainWindow::finishSignIn()
{
    for (const Entry& e : m_entries) {
        e.page->setSession(m_session);
    }
    setVisibleRoles(m_session->roles());
    m_locked = false;
    m_central->setCurrentWidget(m_workspaceView);
    const auto minutes = StaffService(m_session).idleMinutes();
    m_idle->start(minutes ? *minutes : WorkspaceSettings::kDefaultIdleMinutes);
    updateWorkspaceDisplay();
    updateAccountActions();
    emit sessionChanged();
}

bool MainWindow::checkIdle()
{
    return m_idle->check();
}

void MainWindow::lock()
{
    if (!m_session || m_locked || m_central->currentWidget() != m_workspaceView) {
        return;
    }
    m_idle->stop();
    m_locked = true;
    closeDialogs();
    for (const Entry& e : m_entries) {
        e.page->clearSensitive();
    }
    // The page stack stays as it was, hidden behind the lock screen.
    m_signIn->showLocked(m_session->user());
    m_central->setCurrentWidget(m_signIn);
    updateWorkspaceDisplay();
    updateAccountActions();
    emit lockedChanged(true);
}

void MainWindow::unlock()
{
    if (!m_session || !m_locked) {
        return;
    }
    m_locked = false;
    m_central->setCurrentWidget(m_workspaceView);
    m_idle->start(m_idle->timeoutMinutes());
    updateWorkspaceDisplay();
    updateAccountActions();
    emit lockedChanged(false);
}

void MainWindow::signOut()
{
    const bool wasLocked = m_locked;
    endSession();
    m_signIn->showSignIn();
    if (wasLocked) {
        emit lockedChanged(false);
    }
}

void MainWindow::endSession()
{
    m_idle->stop();
    if (!m_session) {
        return;
    }
    closeDialogs();
    for (const Entry& e : m_entries) {
        e.page->clearSensitive();
        e.page->setSession(nullptr);
    }
    auto session = std::move(m_session);
    m_session.reset();
    session->signOut();
    m_locked = false;
    m_central->setCurrentWidget(m_signIn);
    updateWorkspaceDisplay();
    updateAccountActions();
    emit sessionChanged();
}

void MainWindow::closeDialogs()
{
    // Dialogs may show personal data; the wizard is not one of them (nobody is signed in).
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible() && !qobject_cast<FirstRunWizard*>(dialog)) {
            dialog->disconnect(this);
            dialog->reject();
        }
    }
}

void MainWindow::changePassword()
{
    if (!m_session || m_locked) {
        return;
    }
    auto* dialog = new ChangePasswordDialog(m_session, m_authWorker.get(), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setUpTwoFactor()
{
    if (!m_session || m_locked) {
        return;
    }
    auto* dialog = new TwoFactorDialog(m_session, m_authWorker.get(), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::createDemoWorkspace(const QString& path)
{
    // Argon2id for each demo account and the invented customers take a few seconds: off the
    // GUI thread, with a small progress dialog. The worker's connection closes there too.
    const KdfParams kdf = m_kdf;
    QFuture<QString> future = QtConcurrent::run([path, kdf] {
        auto created = DemoWorkspace::create(WorkspaceLocation::sqliteFile(path), kdf);
        if (!created) {
            return created.errorString();
        }
        created->session->signOut();
        return QString();
    });
    QProgressDialog progress(tr("Preparing the demo workspace…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Amanah"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::cancel);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        progress.exec();
    }
    future.waitForFinished();
    const QString error = future.result();
    if (!error.isEmpty()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
        MessageBox::critical(
            this, tr("Cannot Open Workspace"), tr("Amanah could not create the demo workspace.\n\n%1").arg(error));
        return false;
    }
    return true;
}
