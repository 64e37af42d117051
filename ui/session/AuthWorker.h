#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"
#include "core/session/Authenticator.h"

#include <QFuture>
#include <QThreadPool>

#include <functional>
#include <memory>

class Session;
class Workspace;

/// What a background sign-in step gives back to the GUI thread.
struct AuthOutcome
{
    Error error; ///< ErrorCode::None on success
    std::shared_ptr<Session> session; ///< on the GUI thread's workspace; null while a code is needed
    bool needsCode = false; ///< the password was right; complete() with the code next
    QString recoveryKey; ///< setUp() only
    bool mustEnrolTwoFactor = false; ///< withSession(): the session's duty afterwards
    User user; ///< the account as the step left it

    bool ok() const { return error.code == ErrorCode::None; }
};

/// Runs Argon2id work (sign-in, set-up, recovery, password changes) off the GUI thread.
/// A Database belongs to the thread that opened it, so the work runs on one dedicated
/// thread with its own connection to the same workspace; sessions made there are handed
/// back re-based on the GUI thread's workspace (a Session is only keys, a user and a
/// connection). A password accepted by checkPassword() waits here for its code.
class AuthWorker
{
public:
    /// @p workspace is the GUI thread's; the worker opens its own connection to it.
    explicit AuthWorker(std::shared_ptr<Workspace> workspace);
    ~AuthWorker();
    AuthWorker(const AuthWorker&) = delete;
    AuthWorker& operator=(const AuthWorker&) = delete;

    /// Checks the password; with @p openSession and no code needed, also signs in.
    QFuture<AuthOutcome> checkPassword(const QString& username, const QString& password, bool openSession = true);
    /// Finishes the sign-in that checkPassword() left waiting for its code.
    QFuture<AuthOutcome> complete(const QString& code);
    /// Forgets a sign-in waiting for its code.
    void cancelPending();
    /// Authenticator::setUp on the worker's connection.
    QFuture<AuthOutcome> setUp(const WorkspaceSetupParams& params);
    /// Authenticator::recover on the worker's connection.
    QFuture<AuthOutcome> recover(const QString& recoveryKey, const QString& username, const QString& newPassword);

    /// Runs @p work with a copy of @p session on the worker's connection; the outcome's user
    /// is the account afterwards (apply it with adopt()).
    QFuture<AuthOutcome> withSession(const std::shared_ptr<Session>& session,
                                     std::function<Status(const std::shared_ptr<Session>&)> work);
    /// Copies the account state of @p outcome into @p session (after withSession()).
    static void adopt(const AuthOutcome& outcome, Session& session);

private:
    Status ensureOpen();
    std::shared_ptr<Session> rebase(const std::shared_ptr<Session>& session,
                                    const std::shared_ptr<Workspace>& workspace) const;
    AuthOutcome finish(Result<std::shared_ptr<Session>> session);

    std::shared_ptr<Workspace> m_guiWorkspace;
    QThreadPool m_pool;
    // Touched on the worker thread only.
    std::shared_ptr<Workspace> m_workspace;
    std::shared_ptr<PendingSignIn> m_pending;
};
