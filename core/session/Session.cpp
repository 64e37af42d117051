#include "core/session/Session.h"

#include <QCoreApplication>

Session::Session(std::shared_ptr<Workspace> workspace, Vault vault, User user, QByteArray workspaceId)
    : m_workspace(std::move(workspace))
    , m_vault(vault)
    , m_user(std::move(user))
    , m_workspaceId(std::move(workspaceId))
    , m_audit(m_workspace->database(), std::move(vault))
{ }

AuditActor Session::actor() const
{
    return {m_user.id, m_user.username, Permissions::roleCodes(m_user.roles)};
}

bool Session::can(Permission permission) const
{
    return isOpen() && Permissions::allows(m_user.roles, permission);
}

Status Session::require(Permission permission, const QString& objectType, const QString& objectId)
{
    if (!isOpen()) {
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Session", "The session has ended. Sign in again."));
    }
    QString reason;
    if (!Permissions::allows(m_user.roles, permission)) {
        reason = QCoreApplication::translate("Session", "Your role does not allow this.");
    } else if (m_user.mustChangePassword) {
        reason = QCoreApplication::translate("Session", "Change your one-time password first.");
    } else if (m_mustEnrolTwoFactor) {
        reason = QCoreApplication::translate("Session", "Set up two-factor sign-in first.");
    } else {
        return {};
    }
    AuditRecord rec;
    rec.action = QStringLiteral("permission.denied");
    rec.objectType = objectType;
    rec.objectId = objectId;
    rec.details = QStringLiteral("permission=") + Permissions::permissionCode(permission);
    // The denial is recorded even though the change it guarded does not happen: inside a
    // caller's transaction (which the refusal will roll back) it is written once that ends.
    const Database& db = *m_workspace->database();
    if (db.inTransaction()) {
        db.afterTransaction([log = m_audit, who = actor(), rec]() mutable { (void)log.append(who, rec); });
    } else if (auto e = m_audit.append(actor(), rec); !e) {
        return e.error();
    }
    return Error(ErrorCode::PermissionDenied, reason);
}

Status Session::audit(const AuditRecord& record)
{
    auto e = m_audit.append(actor(), record);
    if (!e) {
        return e.error();
    }
    return {};
}

Status Session::finishChange(Transaction& tx, const AuditRecord& record)
{
    if (!record.action.isEmpty()) {
        if (auto st = audit(record); !st) {
            return st;
        }
    }
    return tx.commit();
}

void Session::signOut()
{
    if (!isOpen()) {
        return;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("auth.sign_out");
    rec.objectType = QStringLiteral("user");
    rec.objectId = QString::number(m_user.id);
    (void)audit(rec);
    m_vault = Vault();
    m_audit = AuditLog(m_workspace->database(), Vault());
}
