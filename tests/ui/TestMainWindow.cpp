#include "UiTestSupport.h"

#include "core/common/Translations.h"
#include "core/crypto/Crypto.h"
#include "core/session/Workspace.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/session/ConnectDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/LanguageSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/Page.h"
#include "ui/shell/SettingsPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using PageId = MainWindow::PageId;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void opensOnWorkspace();
    void everyPageCanBeShown();
    void pageOrderFollowsTheDesign();
    void rolesHidePages_data();
    void rolesHidePages();
    void everyPageIsARealForm();
    void switchingLanguageRetranslates();
    void refusesBadWorkspaces_data();
    void refusesBadWorkspaces();
    void openFileThroughMenu();
    void openDemoWorkspace();
    void connectDialogValidates();
    void connectDialogBuildsLocationFromFields();
    void connectFailureReopensDialog();
    void aboutShowsVersions();

private:
    QString workspacePath(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<MainWindow> openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_workspacePath;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    // Settings, recent files and the demo workspace go to a throwaway test location.
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A workspace with keys and an administrator: pages show only after sign-in.
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
    m_workspacePath = m_ws->location().path;
}

void TestMainWindow::init()
{
    // A message box nobody answered must never block a test.
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestMainWindow::cleanup()
{
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TestMainWindow::cleanupTestCase()
{
    // Leave nothing behind in the test-mode folders.
    QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).clear();
    const QString demo = Workspace::defaultDemoPath();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(demo + suffix);
    }
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    // Signed in as the administrator, then every page offered so each can be checked.
    auto window = UiTestSupport::signedInWindow(m_ws->location());
    if (window) {
        window->setVisibleRoles(Permissions::kAllRoles);
    }
    return window;
}

void TestMainWindow::opensOnWorkspace()
{
    auto window = openWindow();
    QVERIFY2(window, qPrintable(MessageBox::lastText()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->workspace());
    QCOMPARE(MessageBox::count(), 0);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Test shop")));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("admin — ")));
    auto* status = window->findChild<QLabel*>(QStringLiteral("workspaceStatus"));
    QVERIFY(status);
    QVERIFY(status->text().contains(QStringLiteral("SQLite")));
    QVERIFY(status->text().contains(QString::number(window->workspace()->database()->schemaVersion())));
    QCOMPARE(window->navigationList()->accessibleName(), QStringLiteral("Sections"));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("workspaceLocation"))
                ->text()
                .contains(QFileInfo(m_workspacePath).fileName()));
}

void TestMainWindow::everyPageCanBeShown()
{
    auto window = openWindow();
    QVERIFY(window);
    QListWidget* nav = window->navigationList();
    QCOMPARE(nav->count(), window->pageIds().size());
    for (int row = 0; row < nav->count(); ++row) {
        QListWidgetItem* item = nav->item(row);
        // Select the way a user does: click the entry.
        nav->scrollToItem(item);
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
        QCOMPARE(nav->currentRow(), row);
        const auto id = item->data(Qt::UserRole).value<PageId>();
        Page* page = window->page(id);
        QVERIFY(page);
        QCOMPARE(window->pageStack()->currentWidget(), page);
        QCOMPARE(window->currentPage(), page);
        QVERIFY(page->isVisible());
        QVERIFY(!page->titleLabel()->text().isEmpty());
        QCOMPARE(page->titleLabel()->text(), item->text());
    }
    // And through the API, by keyboard too.
    QVERIFY(window->showPage(PageId::Dashboard));
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    QCOMPARE(window->currentPage(), window->page(PageId::Customers));
}

void TestMainWindow::pageOrderFollowsTheDesign()
{
    auto window = openWindow();
    QVERIFY(window);
    const QStringList expected = {QStringLiteral("Dashboard"),
                                  QStringLiteral("Customers"),
                                  QStringLiteral("Requests"),
                                  QStringLiteral("Consent"),
                                  QStringLiteral("Third parties"),
                                  QStringLiteral("Retention"),
                                  QStringLiteral("Audit trail"),
                                  QStringLiteral("Reports"),
                                  QStringLiteral("Users"),
                                  QStringLiteral("Settings")};
    QStringList shown;
    for (int row = 0; row < window->navigationList()->count(); ++row) {
        shown << window->navigationList()->item(row)->text();
        QVERIFY(!window->navigationList()->item(row)->icon().isNull());
    }
    QCOMPARE(shown, expected);
    QVERIFY(!window->requiredPermission(PageId::Settings).has_value());
    QVERIFY(window->requiredPermission(PageId::Users) == Permission::ManageUsers);
    QVERIFY(window->requiredPermission(PageId::Dashboard) == Permission::ViewReports);
}

void TestMainWindow::rolesHidePages_data()
{
    QTest::addColumn<int>("roles");
    QTest::addColumn<QList<PageId>>("visible");
    const auto all = QList<PageId>{PageId::Dashboard,
                                   PageId::Customers,
                                   PageId::Requests,
                                   PageId::Consent,
                                   PageId::ThirdParties,
                                   PageId::Retention,
                                   PageId::AuditTrail,
                                   PageId::Reports,
                                   PageId::Users,
                                   PageId::Settings};
    QTest::newRow("agent") << static_cast<int>(Role::Agent)
                           << QList<PageId>{PageId::Customers, PageId::Requests, PageId::Settings};
    QTest::newRow("officer") << static_cast<int>(Role::Officer)
                             << QList<PageId>{PageId::Dashboard,
                                              PageId::Customers,
                                              PageId::Requests,
                                              PageId::Consent,
                                              PageId::ThirdParties,
                                              PageId::Retention,
                                              PageId::AuditTrail,
                                              PageId::Reports,
                                              PageId::Settings};
    QTest::newRow("manager") << static_cast<int>(Role::Manager)
                             << QList<PageId>{PageId::Dashboard, PageId::AuditTrail, PageId::Reports, PageId::Settings};
    QTest::newRow("admin") << static_cast<int>(Role::Admin)
                           << QList<PageId>{PageId::AuditTrail, PageId::Users, PageId::Settings};
    QTest::newRow("agent+admin")
        << (static_cast<int>(Role::Agent) | static_cast<int>(Role::Admin))
        << QList<PageId>{PageId::Customers, PageId::Requests, PageId::AuditTrail, PageId::Users, PageId::Settings};
    QTest::newRow("none") << 0 << QList<PageId>{PageId::Settings};
    QTest::newRow("all") << Permissions::kAllRoles << all;
}

void TestMainWindow::rolesHidePages()
{
    QFETCH(int, roles);
    QFETCH(QList<PageId>, visible);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Users));
    window->setVisibleRoles(roles);
    QCOMPARE(window->visibleRoles(), roles);
    QList<PageId> shown;
    for (int row = 0; row < window->navigationList()->count(); ++row) {
        QListWidgetItem* item = window->navigationList()->item(row);
        const auto id = item->data(Qt::UserRole).value<PageId>();
        QCOMPARE(window->isPageAvailable(id), !item->isHidden());
        if (!item->isHidden()) {
            shown << id;
        }
    }
    QCOMPARE(shown, visible);
    // The page on screen is always one the roles may use.
    const auto current = window->navigationList()->currentItem()->data(Qt::UserRole).value<PageId>();
    QVERIFY(visible.contains(current));
    QCOMPARE(window->currentPage(), window->page(current));
    for (PageId id : window->pageIds()) {
        QCOMPARE(window->showPage(id), visible.contains(id));
    }
}

void TestMainWindow::everyPageIsARealForm()
{
    // No page is a "coming later" placeholder any more: each one holds working controls.
    auto window = openWindow();
    QVERIFY(window);
    for (PageId id : window->pageIds()) {
        QWidget* page = window->page(id);
        QVERIFY(page);
        const auto buttons = page->findChildren<QAbstractButton*>();
        const auto views = page->findChildren<QAbstractItemView*>();
        const auto edits = page->findChildren<QLineEdit*>();
        QVERIFY2(!buttons.isEmpty() || !views.isEmpty() || !edits.isEmpty(),
                 qPrintable(QStringLiteral("page %1 has no controls").arg(int(id))));
    }
}

void TestMainWindow::switchingLanguageRetranslates()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Settings));
    auto* settings = qobject_cast<SettingsPage*>(window->currentPage());
    QVERIFY(settings);
    QComboBox* combo = settings->languageCombo();
    QCOMPARE(combo->count(), 3);
    // Retranslating rewrites the navigation entries; their model must stay consistent.
    QAbstractItemModelTester navigationModel(window->navigationList()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTRY_COMPARE(Translations::current(), QStringLiteral("en"));
    QCoreApplication::processEvents();
    const QString fileBefore = window->fileMenu()->title();
    const QString settingsBefore = window->navigationList()->item(9)->text();
    QCOMPARE(fileBefore, QStringLiteral("&File"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("id")));
    QCOMPARE(Translations::current(), QStringLiteral("id"));
    QCOMPARE(LanguageSettings::saved(), QStringLiteral("id"));
    const QString fileExpected = QCoreApplication::translate("MainWindow", "&File");
    const QString settingsExpected = QCoreApplication::translate("SettingsPage", "Settings", "page title");
    QTRY_COMPARE(window->fileMenu()->title(), fileExpected);
    QTRY_COMPARE(window->navigationList()->item(9)->text(), settingsExpected);
    QCOMPARE(settings->titleLabel()->text(), settingsExpected);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("id"));

    QTranslator indonesian;
    if (indonesian.load(QStringLiteral(":/i18n/amanah_id.qm")) && !indonesian.isEmpty()) {
        QVERIFY(window->fileMenu()->title() != fileBefore);
        QVERIFY(window->navigationList()->item(9)->text() != settingsBefore);
    }

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTRY_COMPARE(window->fileMenu()->title(), fileBefore);
    QCOMPARE(LanguageSettings::saved(), QStringLiteral("en"));
}

void TestMainWindow::refusesBadWorkspaces_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("not a database") << QStringLiteral("FILE:garbage.amanah");
    QTest::newRow("directory") << QStringLiteral("DIR");
    QTest::newRow("missing file") << QStringLiteral("FILE-MISSING");
    QTest::newRow("unreachable PostgreSQL") << QStringLiteral("postgresql://nobody@127.0.0.1:1/x");
}

void TestMainWindow::refusesBadWorkspaces()
{
    QFETCH(QString, location);
    if (location.startsWith(QLatin1String("FILE:"))) {
        const QString path = workspacePath(location.mid(5));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray junk(8192, 'x');
        junk.prepend("This is not an SQLite database at all.\n");
        file.write(junk);
        file.close();
        location = path;
    } else if (location == QLatin1String("DIR")) {
        location = m_dir->path();
    } else if (location == QLatin1String("FILE-MISSING")) {
        location = workspacePath(QStringLiteral("missing.amanah"));
    }
    auto window = openWindow();
    QVERIFY(window);
    const auto before = window->workspace();
    const QString titleBefore = window->windowTitle();
    QSignalSpy changed(window.get(), &MainWindow::workspaceChanged);

    auto parsed = WorkspaceLocation::parse(location);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window->openWorkspace(*parsed, Database::OpenMode::MustExist));

    QCOMPARE(MessageBox::count(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY(!MessageBox::lastTitle().isEmpty());
    QVERIFY(MessageBox::lastText().contains(parsed->displayName()));
    // The core's reason follows the workspace's name.
    QVERIFY(MessageBox::lastText().section(QStringLiteral("\n\n"), 1).trimmed().size() > 10);
    QCOMPARE(window->workspace(), before);
    QCOMPARE(window->windowTitle(), titleBefore);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFileInfo::exists(workspacePath(QStringLiteral("missing.amanah"))));
}

void TestMainWindow::openFileThroughMenu()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString other = workspacePath(QStringLiteral("other.amanah"));
    QVERIFY(Workspace::open(WorkspaceLocation::sqliteFile(other), Database::OpenMode::CreateIfMissing).ok());
    QSignalSpy changed(window.get(), &MainWindow::workspaceChanged);

    QAction* open = nullptr;
    for (QAction* action : window->fileMenu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Open)) {
            open = action;
        }
    }
    QVERIFY(open);
    FileDialog::setNextFileName(QString()); // Cancel: nothing changes.
    open->trigger();
    QCOMPARE(changed.count(), 0);

    FileDialog::setNextFileName(other);
    open->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(MessageBox::count(), 0);
    QCOMPARE(window->workspace()->location().path, WorkspaceLocation::sqliteFile(other).path);
    QVERIFY(window->windowTitle().contains(QStringLiteral("other.amanah")));
}

void TestMainWindow::openDemoWorkspace()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY2(window->openDemoWorkspace(), qPrintable(MessageBox::lastText()));
    QCOMPARE(window->workspace()->location().path, WorkspaceLocation::sqliteFile(Workspace::defaultDemoPath()).path);
    QVERIFY(QFileInfo::exists(Workspace::defaultDemoPath()));
}

void TestMainWindow::connectDialogValidates()
{
    ConnectDialog dialog;
    dialog.setMode(ConnectDialog::Mode::ConnectionString);
    dialog.show();
    QVERIFY(dialog.passwordEdit()->echoMode() == QLineEdit::Password);

    dialog.connectionStringEdit()->setText(QStringLiteral("postgresql://user@host:5432/"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("database")));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.connectionStringEdit()->setText(QStringLiteral("mysql://somewhere/db"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());

    dialog.connectionStringEdit()->setText(workspacePath(QStringLiteral("file.amanah")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("PostgreSQL")));

    dialog.connectionStringEdit()->setText(QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/shop"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(dialog.location().host, QStringLiteral("db.example.com"));
    QCOMPARE(dialog.location().port, 6543);
    QCOMPARE(dialog.location().database, QStringLiteral("shop"));
    QCOMPARE(dialog.location().password, QStringLiteral("s3cret"));
}

void TestMainWindow::connectDialogBuildsLocationFromFields()
{
    ConnectDialog dialog;
    dialog.setMode(ConnectDialog::Mode::Fields);
    dialog.show();
    dialog.accept(); // no database yet
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("database")));

    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("amanah"));
    dialog.hostEdit()->setText(QStringLiteral("db.local"));
    dialog.portSpin()->setValue(5433);
    dialog.userEdit()->setText(QStringLiteral("o'brien"));
    dialog.passwordEdit()->setText(QStringLiteral("pa ss\\'word"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.location().backend, WorkspaceLocation::Backend::Postgres);
    QCOMPARE(dialog.location().host, QStringLiteral("db.local"));
    QCOMPARE(dialog.location().port, 5433);
    QCOMPARE(dialog.location().database, QStringLiteral("amanah"));
    QCOMPARE(dialog.location().user, QStringLiteral("o'brien"));
    QCOMPARE(dialog.location().password, QStringLiteral("pa ss\\'word"));
}

void TestMainWindow::connectFailureReopensDialog()
{
    auto window = openWindow();
    QVERIFY(window);
    const auto before = window->workspace();
    window->connectToPostgres();
    ConnectDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ConnectDialog*>()) && dialog->isVisible());
    dialog->setMode(ConnectDialog::Mode::ConnectionString);
    dialog->connectionStringEdit()->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->accept();
    QTRY_COMPARE(MessageBox::count(), 1);
    QCOMPARE(window->workspace(), before);
    // Back on screen with what was typed.
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->connectionStringEdit()->text(), QStringLiteral("postgresql://nobody@127.0.0.1:1/x"));
    dialog->reject();
    QTRY_VERIFY(!window->findChild<ConnectDialog*>());
}

void TestMainWindow::aboutShowsVersions()
{
    auto window = openWindow();
    QVERIFY(window);
    window->showAbout();
    AboutDialog* about = nullptr;
    QTRY_VERIFY((about = window->findChild<AboutDialog*>()) && about->isVisible());
    auto text = [about](const char* name) {
        auto* label = about->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QString();
    };
    QVERIFY(text("qtVersion").contains(QString::fromLatin1(qVersion())));
    QVERIFY(text("qtVersion").contains(QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(text("botanVersion"), Crypto::botanVersion());
    QVERIFY(!Crypto::botanVersion().isEmpty());
    QVERIFY(text("amanahVersion").contains(QLatin1Char('.')));
    QVERIFY(text("databaseVersion").startsWith(QStringLiteral("SQLite 3.")));
    QVERIFY(text("aboutDescription").size() > 100);
    about->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(!window->findChild<AboutDialog*>());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
