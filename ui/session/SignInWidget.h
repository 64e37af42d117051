#pragma once

#include "core/domain/User.h"

#include <QWidget>

#include <memory>

class AuthWorker;
class InlineMessage;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class Session;
class Workspace;

/// What the central area shows while nobody is signed in, or while the window is locked:
/// the workspace's name, user name, password, then a six-digit code where the account has
/// two-factor sign-in. Errors appear inline. Argon2id runs on the AuthWorker, so the window
/// stays responsive; a second click while it runs does nothing. Only a demo workspace lists
/// its demo accounts.
class SignInWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode {
        NoWorkspace, ///< nothing to sign in to
        NotSetUp, ///< the workspace needs the first-run wizard
        SignIn, ///< anyone may sign in
        Locked, ///< only the signed-in user may continue
    };

    explicit SignInWidget(QWidget* parent = nullptr);
    ~SignInWidget() override;

    /// The workspace to sign in to and the worker that checks passwords on it (may be null).
    void setWorkspace(const std::shared_ptr<Workspace>& workspace, AuthWorker* worker);
    /// Shows the sign-in form (clearing what was typed).
    void showSignIn();
    /// Shows the lock screen for @p user: only their password (and code) unlocks.
    void showLocked(const User& user);
    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* signInButton() const { return m_signInButton; }
    QGroupBox* demoBox() const { return m_demoBox; }
    InlineMessage* errorMessage() const { return m_error; }
    QString workspaceName() const;

public slots:
    /// Checks what was typed (the password first, then the code when asked for).
    void submit();

signals:
    /// A new session (sign-in or recovery).
    void signedIn(const std::shared_ptr<Session>& session);
    /// The locked user proved who they are; their session continues.
    void unlocked();
    /// "Sign in as someone else" on the lock screen.
    void signOutRequested();
    /// "Set up this workspace…" for a workspace without keys.
    void setUpRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildDemoBox();
    void startPassword();
    void startCode();
    void setBusy(bool busy);
    void showCodeField(bool show);
    void openRecovery();
    void updateMode();
    void retranslateUi();

    std::shared_ptr<Workspace> m_workspace;
    AuthWorker* m_worker = nullptr;
    Mode m_mode = Mode::NoWorkspace;
    bool m_busy = false;
    bool m_awaitingCode = false;
    User m_lockedUser;

    QLabel* m_heading = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    InlineMessage* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_otherUserButton = nullptr;
    QPushButton* m_setUpButton = nullptr;
    QLabel* m_forgotLink = nullptr;
    QGroupBox* m_demoBox = nullptr;
    QVBoxLayout* m_demoLayout = nullptr;
    QLabel* m_demoIntro = nullptr;
};
