#pragma once

#include "core/common/Result.h"
#include "core/crypto/Kdf.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"

#include <memory>

class PendingSignIn;

/// What a new workspace needs: the first-run wizard and `amanahctl init` fill this in.
struct WorkspaceSetupParams
{
    QString name;
    QString jurisdiction = QStringLiteral("UU_PDP");
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    bool demo = false;
    KdfParams kdf; ///< Argon2id parameters for every slot this workspace makes
};

/// A new workspace: the administrator's session and the recovery key, shown once.
struct WorkspaceSetupResult
{
    std::shared_ptr<Session> session;
    QString recoveryKey; ///< base32 in groups, e.g. "ABCD-EFGH-..."
};

/// Creating a workspace's keys, signing in (password, then TOTP where enrolled), the
/// per-account throttle, and recovery of an administrator's password with the recovery key.
class Authenticator
{
public:
    /// Failures allowed before delays start; the delay then doubles up to kMaxDelaySeconds.
    static constexpr int kFreeAttempts = 3;
    static constexpr int kFirstDelaySeconds = 30;
    static constexpr int kMaxDelaySeconds = 15 * 60;

    explicit Authenticator(std::shared_ptr<Workspace> workspace);

    /// True when the workspace has keys and an administrator.
    Result<bool> isInitialised() const;

    /// Creates the workspace's master key, the first administrator and the recovery slot.
    Result<WorkspaceSetupResult> setUp(const WorkspaceSetupParams& params);

    /// First step: the password. A wrong password or unknown user gives one message
    /// (no user enumeration), counts against the account and is audited.
    Result<std::shared_ptr<PendingSignIn>> checkPassword(const QString& username, const QString& password);

    /// Both steps at once (the CLI, tests): @p code is needed when the user has two-factor on.
    Result<std::shared_ptr<Session>> signIn(const QString& username, const QString& password, const QString& code = {});

    /// Opens the workspace with the recovery key and gives the administrator @p username a
    /// new password. Audited.
    Result<std::shared_ptr<Session>>
    recover(const QString& recoveryKey, const QString& username, const QString& newPassword);

    /// The key-slot label of a user: binds the slot to its owner.
    static QString slotLabel(qint64 userId);

private:
    friend class PendingSignIn;
    Status recordFailure(const User& user, const QString& action);
    Result<std::shared_ptr<Session>> openSession(const Vault& vault, const User& user);
    Result<QByteArray> workspaceId() const;

    std::shared_ptr<Workspace> m_workspace;
};

/// A sign-in whose password was right; complete() checks the second factor if needed.
class PendingSignIn
{
public:
    PendingSignIn(std::shared_ptr<Workspace> workspace, Vault vault, User user, bool needsCode);
    bool needsCode() const { return m_needsCode; }
    const User& user() const { return m_user; }
    /// Finishes the sign-in; a wrong or replayed code counts as a failed attempt.
    Result<std::shared_ptr<Session>> complete(const QString& code = {});

private:
    std::shared_ptr<Workspace> m_workspace;
    Vault m_vault;
    User m_user;
    bool m_needsCode;
};
