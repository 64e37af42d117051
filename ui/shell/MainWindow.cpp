#include "ui/shell/MainWindow.h"

#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/audit/AuditTrailPage.h"
#include "ui/consent/ConsentPage.h"
#include "ui/customers/CustomersPage.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/reports/DashboardPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/requests/RequestsPage.h"
#include "ui/retention/RetentionPage.h"
#include "ui/session/AuthWorker.h"
#include "ui/session/ConnectDialog.h"
#include "ui/session/IdleWatcher.h"
#include "ui/session/SignInWidget.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/RecentWorkspaces.h"
#include "ui/shell/SettingsPage.h"
#include "ui/thirdparties/ThirdPartiesPage.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace {
const QString kGeometryKey = QStringLiteral("ui/mainWindowGeometry");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_idle(new IdleWatcher(this))
    , m_central(new QStackedWidget(this))
    , m_workspaceView(new QWidget(this))
    , m_signIn(new SignInWidget(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(1);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_statusLabel->setObjectName(QStringLiteral("workspaceStatus"));

    auto* layout = new QHBoxLayout(m_workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    // The pages and the sign-in (or lock) screen share the central area: never both.
    m_central->addWidget(m_workspaceView);
    m_central->addWidget(m_signIn);
    m_central->setCurrentWidget(m_signIn);
    setCentralWidget(m_central);
    statusBar()->addPermanentWidget(m_statusLabel, 1);

    createActions();
    createAccountActions();
    createMenus();
    createPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageSelected);
    connect(m_signIn, &SignInWidget::signedIn, this, &MainWindow::startSession);
    connect(m_signIn, &SignInWidget::unlocked, this, &MainWindow::unlock);
    connect(m_signIn, &SignInWidget::signOutRequested, this, &MainWindow::signOut);
    connect(m_signIn, &SignInWidget::setUpRequested, this, &MainWindow::startFirstRun);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    retranslateUi();
    setVisibleRoles(Permissions::kAllRoles);
    updateWorkspaceDisplay();
    updateAccountActions();

    if (!restoreGeometry(
            QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).value(kGeometryKey).toByteArray())) {
        resize(1024, 680);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceFile);

    m_connectAction = new QAction(this);
    m_connectAction->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToPostgres);

    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [] { RecentWorkspaces::clear(); });

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setEnabled(false);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::showBackup);

    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::showRestore);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_demoAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_changePasswordAction);
    m_accountMenu->addAction(m_twoFactorAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_lockAction);
    m_accountMenu->addAction(m_signOutAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createPages()
{
    const Permission reports = Permission::ViewReports;
    const Permission policy = Permission::ManagePolicy;
    registerPage(PageId::Dashboard,
                 new DashboardPage,
                 Icons::page(QStringLiteral("dashboard"), QStyle::SP_ComputerIcon),
                 reports);
    auto* customers = new CustomersPage;
    auto* consent = new ConsentPage;
    connect(consent, &ConsentPage::policiesChanged, customers, &CustomersPage::reloadPurposes);
    registerPage(PageId::Customers,
                 customers,
                 Icons::page(QStringLiteral("customers"), QStyle::SP_DirHomeIcon),
                 Permission::ViewCustomers);
    registerPage(PageId::Requests,
                 new RequestsPage,
                 Icons::page(QStringLiteral("requests"), QStyle::SP_FileDialogContentsView),
                 Permission::HandleRequests);
    registerPage(
        PageId::Consent, consent, Icons::page(QStringLiteral("consent"), QStyle::SP_DialogApplyButton), policy);
    auto* thirdParties = new ThirdPartiesPage;
    connect(thirdParties, &ThirdPartiesPage::policiesChanged, consent, &ConsentPage::reload);
    connect(thirdParties, &ThirdPartiesPage::policiesChanged, customers, &CustomersPage::reloadPurposes);
    registerPage(PageId::ThirdParties,
                 thirdParties,
                 Icons::page(QStringLiteral("third-parties"), QStyle::SP_DriveNetIcon),
                 policy);
    auto* retention = new RetentionPage;
    connect(retention, &RetentionPage::customersRemoved, customers, &CustomersPage::applyFilters);
    registerPage(
        PageId::Retention, retention, Icons::page(QStringLiteral("retention"), QStyle::SP_BrowserReload), policy);
    registerPage(PageId::AuditTrail,
                 new AuditTrailPage,
                 Icons::page(QStringLiteral("audit-trail"), QStyle::SP_FileDialogDetailedView),
                 Permission::ViewAudit);
    registerPage(
        PageId::Reports, new ReportsPage, Icons::page(QStringLiteral("reports"), QStyle::SP_FileIcon), reports);
    auto* users = new UsersPage;
    connect(users, &UsersPage::idleMinutesChanged, m_idle, &IdleWatcher::setTimeoutMinutes);
    registerPage(
        PageId::Users, users, Icons::page(QStringLiteral("users"), QStyle::SP_DirIcon), Permission::ManageUsers);
    registerPage(PageId::Settings,
                 new SettingsPage,
                 Icons::page(QStringLiteral("settings"), QStyle::SP_FileDialogListView),
                 std::nullopt);
}

void MainWindow::registerPage(PageId id, Page* page, const QIcon& icon, std::optional<Permission> permission)
{
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(icon, page->title(), m_navigation);
    item->setData(Qt::UserRole, QVariant::fromValue(id));
    m_entries.push_back(Entry{id, page, item, permission});
}

const MainWindow::Entry* MainWindow::entry(PageId id) const
{
    for (const Entry& e : m_entries) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

QList<MainWindow::PageId> MainWindow::pageIds() const
{
    QList<PageId> ids;
    for (const Entry& e : m_entries) {
        ids << e.id;
    }
    return ids;
}

Page* MainWindow::page(PageId id) const
{
    const Entry* e = entry(id);
    return e ? e->page : nullptr;
}

std::optional<Permission> MainWindow::requiredPermission(PageId id) const
{
    const Entry* e = entry(id);
    return e ? e->permission : std::nullopt;
}

bool MainWindow::isPageAvailable(PageId id) const
{
    const Entry* e = entry(id);
    return e && !e->item->isHidden();
}

bool MainWindow::showPage(PageId id)
{
    if (!isPageAvailable(id)) {
        return false;
    }
    m_navigation->setCurrentItem(entry(id)->item);
    return true;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::setVisibleRoles(int roles)
{
    m_roles = roles;
    for (const Entry& e : m_entries) {
        e.item->setHidden(e.permission && !Permissions::allows(roles, *e.permission));
    }
    // Never leave a page on screen that the roles may not use.
    QListWidgetItem* current = m_navigation->currentItem();
    if (!current || current->isHidden()) {
        for (const Entry& e : m_entries) {
            if (!e.item->isHidden()) {
                m_navigation->setCurrentItem(e.item);
                break;
            }
        }
    }
}

void MainWindow::pageSelected(int row)
{
    if (row >= 0 && row < static_cast<int>(m_entries.size())) {
        m_stack->setCurrentWidget(m_entries[static_cast<size_t>(row)].page);
    }
}

bool MainWindow::openWorkspace(const WorkspaceLocation& location, Database::OpenMode mode)
{
    // The database connection belongs to the GUI thread (see Database), so opening
    // happens here; the wait cursor covers a slow server.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Workspace::open(location, mode);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        MessageBox::critical(
            this,
            tr("Cannot Open Workspace"),
            tr("Amanah could not open the workspace %1.\n\n%2").arg(location.displayName(), opened.errorString()));
        return false;
    }
    // A different workspace: whoever was signed in to the last one is signed out.
    endSession();
    m_authWorker.reset();
    m_workspace = std::move(opened).value();
    m_authWorker = std::make_unique<AuthWorker>(m_workspace);
    m_signIn->setWorkspace(m_workspace, m_authWorker.get());
    if (!location.isPostgres()) {
        RecentWorkspaces::add(location.path);
        updateRecentMenu();
    }
    for (const Entry& e : m_entries) {
        e.page->setWorkspace(m_workspace);
    }
    updateWorkspaceDisplay();
    updateAccountActions();
    emit workspaceChanged();
    if (m_signIn->mode() == SignInWidget::Mode::NotSetUp) {
        startFirstRun();
    }
    return true;
}

void MainWindow::openWorkspaceFile()
{
    const QString dir = m_workspace && !m_workspace->location().isPostgres()
        ? QFileInfo(m_workspace->location().path).absolutePath()
        : QDir::homePath();
    const QString fileName = FileDialog::getOpenFileName(
        this, tr("Open Workspace File"), dir, tr("Amanah workspaces (*.amanah *.sqlite *.db);;All files (*)"));
    if (!fileName.isEmpty()) {
        openWorkspace(WorkspaceLocation::sqliteFile(fileName), Database::OpenMode::MustExist);
    }
}

void MainWindow::connectToPostgres()
{
    // Window-modal without a nested event loop; when the connection fails the dialog
    // comes back with what was typed, so a mistyped host costs no retyping.
    auto* dialog = new ConnectDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (openWorkspace(dialog->location(), Database::OpenMode::MustExist)) {
            dialog->deleteLater();
        } else {
            dialog->open();
        }
    });
    connect(dialog, &QDialog::rejected, dialog, &QObject::deleteLater);
    dialog->open();
}

bool MainWindow::openDemoWorkspace()
{
    const QString path = Workspace::defaultDemoPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        MessageBox::critical(this,
                             tr("Cannot Open Workspace"),
                             tr("Amanah could not create the folder %1 for the demo workspace.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return false;
    }
    if (!QFileInfo::exists(path) && !createDemoWorkspace(path)) {
        return false;
    }
    return openWorkspace(WorkspaceLocation::sqliteFile(path), Database::OpenMode::MustExist);
}

void MainWindow::newWorkspace()
{
    const QString dir = m_workspace && !m_workspace->location().isPostgres()
        ? QFileInfo(m_workspace->location().path).absolutePath()
        : QDir::homePath();
    QString fileName = FileDialog::getSaveFileName(
        this, tr("New Workspace"), dir, tr("Amanah workspaces (*.amanah);;All files (*)"));
    if (fileName.isEmpty()) {
        return;
    }
    if (QFileInfo(fileName).suffix().isEmpty()) {
        fileName += QStringLiteral(".amanah");
    }
    if (QFileInfo::exists(fileName)) {
        // Never replace a file: it may be a workspace full of customers.
        MessageBox::critical(this,
                             tr("Cannot Create Workspace"),
                             tr("The file %1 already exists. Choose a new name, or open it with Open Workspace File.")
                                 .arg(QDir::toNativeSeparators(fileName)));
        return;
    }
    openWorkspace(WorkspaceLocation::sqliteFile(fileName), Database::OpenMode::CreateIfMissing);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    endSession();
    QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace File…"));
    m_connectAction->setText(tr("&Connect to PostgreSQL…"));
    m_demoAction->setText(tr("Open &Demo Workspace"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_backupAction->setText(tr("&Back Up…"));
    m_restoreAction->setText(tr("&Restore…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Amanah"));
    m_aboutQtAction->setText(tr("About &Qt"));
    retranslateAccountMenu();

    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setAccessibleDescription(tr("Choose the page to show"));
    for (const Entry& e : m_entries) {
        e.item->setText(e.page->title());
    }
    fitNavigationWidth();
    updateWorkspaceDisplay();
    updateRecentMenu();
}

void MainWindow::fitNavigationWidth()
{
    // Wide enough for the longest entry in the current language, never cramped.
    const int content = m_navigation->sizeHintForColumn(0);
    const int frame = 2 * m_navigation->frameWidth() + 2 * m_navigation->spacing();
    m_navigation->setFixedWidth(qMax(170, content + frame + 24));
}

void MainWindow::updateWorkspaceDisplay()
{
    if (!m_workspace) {
        setWindowTitle(tr("Amanah"));
        m_statusLabel->setText(tr("No workspace is open."));
        return;
    }
    const auto& db = m_workspace->database();
    const QString name = m_signIn->workspaceName();
    if (m_session && !m_locked) {
        setWindowTitle(
            tr("%1 — %2 — Amanah", "window title: user, workspace name").arg(m_session->user().username, name));
    } else {
        setWindowTitle(tr("%1 — Amanah", "window title: workspace name").arg(name));
    }
    const QString backend = db->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    m_statusLabel->setText(tr("%1 — %2 workspace, schema version %3", "status bar: location, backend, schema")
                               .arg(m_workspace->location().displayName(), backend)
                               .arg(db->schemaVersion()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentWorkspaces::files();
    for (const QString& file : files) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file] {
            openWorkspace(WorkspaceLocation::sqliteFile(file), Database::OpenMode::MustExist);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}
