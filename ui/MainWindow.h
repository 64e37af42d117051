#pragma once

#include "core/rules/Permissions.h"
#include "core/storage/Database.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <vector>

class AboutDialog;
class Page;
class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;
class Workspace;
struct WorkspaceLocation;

/// The main window: a navigation list of pages on the left (ARCHITECTURE.md §8), the
/// current page on the right, the File and Help menus, and the open workspace.
/// Each page is registered with the permission it needs; setVisibleRoles() shows only
/// the pages the signed-in user's roles may use (the services enforce the same rules).
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

public slots:
    /// File > Open Workspace File: asks for a file (FileDialog) and opens it.
    void openWorkspaceFile();
    /// File > Connect to PostgreSQL: asks for a connection (ConnectDialog) and opens it.
    void connectToPostgres();
    /// File > Open Demo Workspace: the per-user demo file, created on first use.
    bool openDemoWorkspace();
    /// Help > About Amanah (window-modal, not blocking).
    void showAbout();

signals:
    /// The open workspace changed; workspace() is the new one.
    void workspaceChanged();

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
    void createMenus();
    void createPages();
    void registerPage(PageId id, Page* page, const QIcon& icon, std::optional<Permission> permission);
    const Entry* entry(PageId id) const;
    void pageSelected(int row);
    void retranslateUi();
    void updateWorkspaceDisplay();
    void updateRecentMenu();
    void fitNavigationWidth();

    std::shared_ptr<Workspace> m_workspace;
    int m_roles = Permissions::kAllRoles;
    std::vector<Entry> m_entries;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
