#pragma once

// Helpers shared by the GUI suites (header-only): a window on a workspace, signed in
// quickly, and pictures of what the tests see when AMANAH_SCREENSHOT_DIR is set.

#include "core/session/Authenticator.h"
#include "core/session/Session.h"
#include "core/storage/WorkspaceLocation.h"
#include "testsupport/TestWorkspace.h"
#include "ui/session/SignInWidget.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace UiTestSupport {

/// A shown window on @p location (nullptr when it cannot open it), with fast Argon2id for
/// anything it creates.
inline std::unique_ptr<MainWindow> openWindow(const WorkspaceLocation& location,
                                              Database::OpenMode mode = Database::OpenMode::MustExist)
{
    auto window = std::make_unique<MainWindow>();
    window->setKdfParams(TestWorkspace::fastKdf());
    if (!window->openWorkspace(location, mode)) {
        return nullptr;
    }
    window->show();
    return window;
}

/// Signs @p username in on the window's own connection, without the sign-in screen.
inline bool signIn(MainWindow& window, const QString& username, const QString& password)
{
    auto session = Authenticator(window.workspace()).signIn(username, password);
    if (!session) {
        qWarning("sign-in failed: %s", qPrintable(session.errorString()));
        return false;
    }
    window.startSession(*session);
    return window.session() == *session;
}

/// A shown window on @p location with @p username signed in.
inline std::unique_ptr<MainWindow> signedInWindow(const WorkspaceLocation& location,
                                                  const QString& username = QStringLiteral("admin"),
                                                  const QString& password = TestWorkspace::adminPassword())
{
    auto window = openWindow(location);
    if (!window || !signIn(*window, username, password)) {
        return nullptr;
    }
    return window;
}

/// Types into the sign-in screen and clicks Sign In (the check runs on the worker thread).
inline void typeSignIn(SignInWidget* widget, const QString& username, const QString& password)
{
    if (!widget->usernameEdit()->isReadOnly()) {
        widget->usernameEdit()->clear();
        QTest::keyClicks(widget->usernameEdit(), username);
    }
    widget->passwordEdit()->clear();
    QTest::keyClicks(widget->passwordEdit(), password);
    QTest::mouseClick(widget->signInButton(), Qt::LeftButton);
}

/// Saves a picture of @p widget as @p name.png in $AMANAH_SCREENSHOT_DIR (if set).
inline void snapshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AMANAH_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget) {
        return;
    }
    QDir().mkpath(dir);
    QTest::qWait(200); // let the style finish painting
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace UiTestSupport
