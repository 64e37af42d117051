#pragma once

#include "core/crypto/Kdf.h"
#include "core/rules/Permissions.h"
#include "core/storage/Database.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class AboutDialog;
class AuthWorker;
class IdleWatcher;
class Page;
class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;
class Session;
class SignInWidget;
class Workspace;
struct WorkspaceLocation;

/// The main window: a navigation list of pages on the left (ARCHITECTURE.md §8), the
/// current page on the right, the File, Account and Help menus, and the open workspace.
/// Each page is registered with the permission it needs; setVisibleRoles() shows only
/// the pages the signed-in user's roles may use (the services enforce the same rules).
/// While nobody is signed in, or the window is locked after a time without input, the
/// central area shows the SignInWidget instead of the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The pages in navigation order.
    enum class PageId {
        Dashboard,
        Customers,
        Requests,
        Consent,
        ThirdParties,
        Retention,
        AuditTrail,
        Reports,
        Users,
        Settings,
    };
    Q_ENUM(PageId)

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p location and makes it the current workspace. On failure shows the error
    /// (MessageBox::critical), keeps the workspace open before, and returns false.
    bool openWorkspace(const WorkspaceLocation& location, Database::OpenMode mode = Database::OpenMode::MustExist);
    /// The open workspace, null when none is.
    const std::shared_ptr<Workspace>& workspace() const { return m_workspace; }

    /// The signed-in user's session; null while signed out.
    const std::shared_ptr<Session>& session() const { return m_session; }
    /// Makes @p session the signed-in one: first its duties (a one-time password to change,
    /// two-factor to set up; cancelling signs out), then the pages its roles may use.
    void startSession(const std::shared_ptr<Session>& session);
    /// True while the window is locked (the pages hidden until the user signs in again).
    bool isLocked() const { return m_locked; }
    /// Locks now if the idle time has passed; returns whether it locked (the timer calls it).
    bool checkIdle();
    /// Argon2id settings for workspaces made here (the first-run wizard, the demo workspace).
    void setKdfParams(const KdfParams& kdf) { m_kdf = kdf; }
    /// The minutes of idle time before locking that the window applies.
    int idleMinutes() const;

    /// Shows only the pages that a user holding @p roles (a Role bit set) may use.
    void setVisibleRoles(int roles);
    int visibleRoles() const { return m_roles; }

    /// All pages, in navigation order.
    QList<PageId> pageIds() const;
    Page* page(PageId id) const;
    /// The permission a page needs; none for pages everyone may use.
    std::optional<Permission> requiredPermission(PageId id) const;
    /// Whether the navigation list offers the page to the current roles.
    bool isPageAvailable(PageId id) const;
    /// Selects the page in the navigation list; false when it is not available.
    bool showPage(PageId id);
    Page* currentPage() const;

    QListWidget* navigationList() const { return m_navigation; }
    QStackedWidget* pageStack() const { return m_stack; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QMenu* accountMenu() const { return m_accountMenu; }
    SignInWidget* signInWidget() const { return m_signIn; }
    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* backupAction() const { return m_backupAction; }
    QAction* restoreAction() const { return m_restoreAction; }
    QAction* changePasswordAction() const { return m_changePasswordAction; }
    QAction* twoFactorAction() const { return m_twoFactorAction; }

public slots:
    /// File > Open Workspace File: asks for a file (FileDialog) and opens it.
    void openWorkspaceFile();
    /// File > Connect to PostgreSQL: asks for a connection (ConnectDialog) and opens it.
    void connectToPostgres();
    /// File > Open Demo Workspace: the per-user demo file, created on first use.
    bool openDemoWorkspace();
    /// File > New Workspace…: asks for a new file, creates it and runs the first-run wizard.
    void newWorkspace();
    /// The first-run wizard for the open workspace (window-modal).
    void startFirstRun();
    /// Help > About Amanah (window-modal, not blocking).
    void showAbout();
    /// File › Back Up…: the backup dialog (administrators).
    void showBackup();
    /// File › Restore…: the restore dialog; the restored workspace may be opened from it.
    void showRestore();
    /// Account > Lock Now: hides the pages until the same user signs in again.
    void lock();
    /// Account > Sign Out.
    void signOut();
    /// Account > Change Password… (forced after a one-time password).
    void changePassword();
    /// Account > Two-Factor Sign-In… (forced when the workspace requires it).
    void setUpTwoFactor();

signals:
    /// The open workspace changed; workspace() is the new one.
    void workspaceChanged();
    /// Someone signed in (after their duties) or signed out; session() tells who.
    void sessionChanged();
    /// The window locked or unlocked.
    void lockedChanged(bool locked);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Entry
    {
        PageId id;
        Page* page = nullptr;
        QListWidgetItem* item = nullptr;
        std::optional<Permission> permission;
    };

    void createActions();
    void createAccountActions();
    void createMenus();
    void createPages();
    void registerPage(PageId id, Page* page, const QIcon& icon, std::optional<Permission> permission);
    const Entry* entry(PageId id) const;
    void pageSelected(int row);
    void retranslateUi();
    void updateWorkspaceDisplay();
    void updateRecentMenu();
    void fitNavigationWidth();
    void retranslateAccountMenu();
    void runDuties();
    void finishSignIn();
    void unlock();
    void endSession();
    void closeDialogs();
    void updateAccountActions();
    bool createDemoWorkspace(const QString& path);

    std::shared_ptr<Workspace> m_workspace;
    std::shared_ptr<Session> m_session;
    std::unique_ptr<AuthWorker> m_authWorker;
    KdfParams m_kdf;
    bool m_locked = false;
    IdleWatcher* m_idle = nullptr;
    int m_roles = Permissions::kAllRoles;
    std::vector<Entry> m_entries;

    QStackedWidget* m_central = nullptr;
    QWidget* m_workspaceView = nullptr;
    SignInWidget* m_signIn = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_accountMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_twoFactorAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
};
