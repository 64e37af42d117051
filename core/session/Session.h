#pragma once

#include "core/common/Result.h"
#include "core/crypto/Vault.h"
#include "core/domain/User.h"
#include "core/rules/Permissions.h"
#include "core/session/Workspace.h"
#include "core/storage/AuditLog.h"

#include <memory>

/// A signed-in member of staff on an unlocked workspace: the vault's keys, the user and
/// their roles. Every service acts through a Session: it checks permissions here (and
/// audits denials) and appends its audit entry here, in the same transaction as its change.
class Session
{
public:
    Session(std::shared_ptr<Workspace> workspace, Vault vault, User user, QByteArray workspaceId);

    const std::shared_ptr<Workspace>& workspace() const { return m_workspace; }
    const Database& db() const { return *m_workspace->database(); }
    const std::shared_ptr<Database>& database() const { return m_workspace->database(); }
    const Vault& vault() const { return m_vault; }
    const User& user() const { return m_user; }
    int roles() const { return m_user.roles; }
    const QByteArray& workspaceId() const { return m_workspaceId; }
    AuditLog& auditLog() { return m_audit; }
    AuditActor actor() const;

    /// Whether the user may do @p permission (no audit; for showing or hiding UI).
    bool can(Permission permission) const;

    /// Ok when the user holds @p permission and has no pending duty (password change,
    /// two-factor enrolment); otherwise PermissionDenied, and the attempt is audited.
    Status require(Permission permission, const QString& objectType = {}, const QString& objectId = {});

    /// Appends an audit entry in the current transaction (every state change calls this).
    Status audit(const AuditRecord& record);

    /// The shape of a state change, in one place: @p permission is required (a refusal is
    /// audited, outside any transaction), a transaction begins (or joins the caller's), @p body
    /// makes the change and fills in @p record's action and details, the entry is appended and
    /// the transaction commits. A failing body rolls everything back; nothing is audited then.
    /// @p record comes with its object type and id; a body that leaves the action empty made
    /// no change worth an entry (e.g. a setting saved with the value it had).
    template <typename T, typename Body> Result<T> change(Permission permission, AuditRecord record, Body&& body);
    template <typename Body> Status change(Permission permission, AuditRecord record, Body&& body);

    /// Duties that block everything else until done (enforced by require()).
    bool mustChangePassword() const { return m_user.mustChangePassword; }
    bool mustEnrolTwoFactor() const { return m_mustEnrolTwoFactor; }
    void setMustEnrolTwoFactor(bool v) { m_mustEnrolTwoFactor = v; }

    /// Updates the cached user after a change to their own account.
    void refreshUser(const User& user) { m_user = user; }

    /// Ends the session: records the sign-out and forgets the keys.
    void signOut();
    bool isOpen() const { return m_vault.isValid(); }

private:
    /// The begin / audit / commit half of change(), once the body ran.
    Status finishChange(Transaction& tx, const AuditRecord& record);
    std::shared_ptr<Workspace> m_workspace;
    Vault m_vault;
    User m_user;
    QByteArray m_workspaceId;
    AuditLog m_audit;
    bool m_mustEnrolTwoFactor = false;
};

template <typename T, typename Body> Result<T> Session::change(Permission permission, AuditRecord record, Body&& body)
{
    if (auto st = require(permission, record.objectType, record.objectId); !st) {
        return st.error();
    }
    auto tx = db().begin();
    if (!tx) {
        return tx.error();
    }
    Result<T> out = body(record);
    if (!out) {
        return out;
    }
    if (auto st = finishChange(**tx, record); !st) {
        return st.error();
    }
    return out;
}

template <typename Body> Status Session::change(Permission permission, AuditRecord record, Body&& body)
{
    if (auto st = require(permission, record.objectType, record.objectId); !st) {
        return st;
    }
    auto tx = db().begin();
    if (!tx) {
        return tx.error();
    }
    if (Status st = body(record); !st) {
        return st;
    }
    return finishChange(**tx, record);
}
