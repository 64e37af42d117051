// amanah: the desktop application. Everything but start-up lives in ui/ and core/.

#include "core/Version.h"
#include "core/common/PrivateFiles.h"
#include "core/crypto/Crypto.h"
#include "core/demo/DemoWorkspace.h"
#include "core/session/Authenticator.h"
#include "core/storage/WorkspaceLocation.h"
#include "ui/shell/LanguageSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RecentWorkspaces.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

enum ExitStatus { Ok = 0, CryptoFailed = 1, WorkspaceFailed = 2, NoDisplay = 3, ScreenshotFailed = 4 };

// Without a display QGuiApplication aborts with a message about platform plugins that
// says little to a user; say what to do instead.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true; // Windows and macOS always have their window system.
#endif
}

// Gives start-up's messages a translation context lupdate understands.
struct Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

// The workspace of --workspace, else the last one used, else the demo workspace (created
// on first run).
bool openStartWorkspace(MainWindow& window, const std::optional<QString>& requested)
{
    if (!requested) {
        const QStringList recent = RecentWorkspaces::files();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first())
            && window.openWorkspace(WorkspaceLocation::sqliteFile(recent.first()), Database::OpenMode::MustExist)) {
            return true;
        }
        return window.openDemoWorkspace();
    }
    const auto location = WorkspaceLocation::parse(*requested);
    if (!location) {
        MessageBox::critical(nullptr, Startup::tr("Cannot Open Workspace"), location.errorString());
        return false;
    }
    // MustExist: a mistyped path must not quietly become a new, empty workspace.
    return window.openWorkspace(*location, Database::OpenMode::MustExist);
}

// Screenshots of a signed-in window: only a demo workspace's public accounts may be used.
bool signInDemoAccount(MainWindow& window, const QString& username)
{
    if (!window.workspace() || !DemoWorkspace::isDemo(*window.workspace())) {
        std::fputs("--screenshot-signin-as works on the demo workspace only\n", stderr);
        return false;
    }
    for (const DemoWorkspace::Account& account : DemoWorkspace::accounts()) {
        if (account.username == username) {
            auto session = Authenticator(window.workspace()).signIn(account.username, account.password);
            if (!session) {
                std::fprintf(stderr, "%s\n", qPrintable(session.errorString()));
                return false;
            }
            window.startSession(*session);
            return true;
        }
    }
    std::fprintf(stderr, "No demo account is called %s\n", qPrintable(username));
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    PrivateFiles::restrictProcess();
    if (!hasDisplay()) {
        std::fputs("Amanah needs a display. Run it on a desktop, or use: scripts/run.sh --xvfb\n", stderr);
        return NoDisplay;
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Amanah"));
    QCoreApplication::setApplicationName(QStringLiteral("Amanah"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMANAH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("amanah"));

    const Status crypto = Crypto::init();
    LanguageSettings::applySaved();
    if (!crypto) {
        MessageBox::critical(nullptr,
                             Startup::tr("Amanah Cannot Start"),
                             Startup::tr("The encryption self-test failed, so Amanah will not touch any data.\n\n%1")
                                 .arg(crypto.errorString()));
        return CryptoFailed;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Startup::tr("Ethical management of customers' personal data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        Startup::tr("Open the workspace at <location>: a workspace file, a postgresql:// URL or a libpq "
                    "connection string. Without it, Amanah opens the demo workspace, creating it on first run."),
        Startup::tr("location"));
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to <png> after one second, then quit (for documentation)."),
        QStringLiteral("png"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption signInOption(QStringLiteral("screenshot-signin-as"),
                                    QStringLiteral("Sign in as the demo account <user> (demo workspace only)."),
                                    QStringLiteral("user"));
    signInOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(workspaceOption);
    parser.addOption(screenshotOption);
    parser.addOption(signInOption);
    parser.process(app);

    // A screenshot run is unattended: no box may wait for a click.
    MessageBox::setNonInteractive(parser.isSet(screenshotOption));
    MainWindow window;
    const auto requested
        = parser.isSet(workspaceOption) ? std::optional<QString>(parser.value(workspaceOption)) : std::nullopt;
    if (!openStartWorkspace(window, requested)) {
        // The box said it; scripts and terminals get it too.
        std::fprintf(stderr, "%s\n", qPrintable(MessageBox::lastText()));
        return WorkspaceFailed;
    }
    window.show();
    if (parser.isSet(signInOption) && !signInDemoAccount(window, parser.value(signInOption))) {
        return WorkspaceFailed;
    }

    if (parser.isSet(screenshotOption)) {
        const QString png = parser.value(screenshotOption);
        QTimer::singleShot(1000, &window, [&window, png] {
            const bool saved = window.grab().save(png, "PNG");
            if (!saved) {
                std::fprintf(stderr, "Could not save the screenshot to %s\n", qPrintable(png));
            }
            QCoreApplication::exit(saved ? Ok : ScreenshotFailed);
        });
    }
    return app.exec();
}
