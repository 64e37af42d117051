#pragma once

#include "core/common/Clock.h"
#include "core/crypto/Kdf.h"
#include "core/session/Authenticator.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"

#include <QTemporaryDir>

#include <memory>

/// A fresh workspace on the suite's backend, set up with an administrator, for tests.
/// Argon2id runs with small parameters here (the defaults are tested on their own).
class TestWorkspace
{
public:
    static KdfParams fastKdf() { return KdfParams{8 * 1024, 1, 1}; }
    static QString adminPassword() { return QStringLiteral("test-admin-password-1"); }
    static QString staffPassword() { return QStringLiteral("test-staff-password-1"); }

    /// Creates the workspace; check ok() before use (errorString() says why not).
    TestWorkspace();
    ~TestWorkspace();

    bool ok() const { return m_admin != nullptr; }
    const QString& errorString() const { return m_error; }

    const std::shared_ptr<Workspace>& workspace() const { return m_workspace; }
    const std::shared_ptr<Session>& admin() const { return m_admin; }
    const QString& recoveryKey() const { return m_recoveryKey; }
    WorkspaceLocation location() const { return m_workspace->location(); }

    /// Adds a user with @p roles and staffPassword() (no password change pending) and signs them in.
    std::shared_ptr<Session> signInNewUser(const QString& username, int roles);

    /// Closes the database and opens it again (what a restart does).
    bool reopen();

    /// Closes the database; the file stays until the fixture is destroyed. Only reopen()
    /// may be called after it.
    void close();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    WorkspaceLocation m_location; ///< kept by close()
    std::shared_ptr<Session> m_admin;
    QString m_recoveryKey;
    QString m_error;
};
