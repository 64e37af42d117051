#include "core/session/AccountService.h"

#include "core/common/Clock.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Totp.h"
#include "core/rules/PasswordPolicy.h"
#include "core/session/Authenticator.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

QByteArray totpAad(qint64 userId)
{
    return QByteArrayLiteral("amanah-totp/v1|") + QByteArray::number(userId);
}

AuditRecord ownRecord(const QString& action, qint64 userId)
{
    AuditRecord r;
    r.action = action;
    r.objectType = QStringLiteral("user");
    r.objectId = QString::number(userId);
    return r;
}
} // namespace

AccountService::AccountService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Status AccountService::checkCurrentPassword(const QString& password) const
{
    UserRepository users(m_session->db());
    auto slot = users.slot(m_session->user().id);
    if (!slot) {
        return slot.error();
    }
    auto vault
        = Vault::unlock(password, *slot, m_session->workspaceId(), Authenticator::slotLabel(m_session->user().id));
    if (!vault) {
        return Error(ErrorCode::Authentication, Tr::tr("Your current password is wrong."));
    }
    return {};
}

Status AccountService::changePassword(const QString& currentPassword, const QString& newPassword)
{
    if (!m_session->isOpen()) {
        return Error(ErrorCode::PermissionDenied, Tr::tr("The session has ended. Sign in again."));
    }
    const User& me = m_session->user();
    if (auto st = PasswordPolicy::check(newPassword, me.totpEnrolled, me.username); !st) {
        return st;
    }
    if (newPassword == currentPassword) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The new password must differ from the current one."));
    }
    if (auto st = checkCurrentPassword(currentPassword); !st) {
        return st;
    }
    UserRepository users(m_session->db());
    KdfParams params;
    if (auto existing = users.slot(me.id)) {
        params = existing->params;
    }
    auto slot = m_session->vault().makePasswordSlot(
        newPassword, m_session->workspaceId(), Authenticator::slotLabel(me.id), params);
    if (!slot) {
        return slot.error();
    }
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    if (auto st = users.putSlot(me.id, Authenticator::slotLabel(me.id), *slot, now); !st) {
        return st;
    }
    if (auto st = users.setMustChangePassword(me.id, false, now); !st) {
        return st;
    }
    if (auto st = m_session->audit(ownRecord(QStringLiteral("user.password_change"), me.id)); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    if (auto fresh = users.byId(me.id)) {
        m_session->refreshUser(*fresh);
    }
    return {};
}

AccountService::TotpEnrolment AccountService::beginTwoFactor() const
{
    TotpEnrolment e;
    e.secret = Totp::generateSecret();
    e.secretText = Base32::encode(e.secret);
    auto name = m_session->workspace()->setting(WorkspaceSettings::name(), QStringLiteral("Amanah"));
    const QString issuer = QStringLiteral("Amanah");
    const QString account = m_session->user().username + QLatin1Char('@') + (name ? *name : QString());
    e.provisioningUri = Totp::provisioningUri(e.secret, issuer, account);
    return e;
}

Status AccountService::confirmTwoFactor(const TotpEnrolment& enrolment, const QString& code)
{
    if (!m_session->isOpen()) {
        return Error(ErrorCode::PermissionDenied, Tr::tr("The session has ended. Sign in again."));
    }
    qint64 step = -1;
    if (!Totp::verify(enrolment.secret, code, Clock::instance().now(), 1, &step)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The code does not match. Check the time on your phone and enter the current code."));
    }
    const qint64 id = m_session->user().id;
    auto blob = m_session->vault().encryptSecret(enrolment.secret, totpAad(id));
    if (!blob) {
        return blob.error();
    }
    UserRepository users(m_session->db());
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = users.setTotp(id, *blob, step); !st) {
        return st;
    }
    if (auto st = m_session->audit(ownRecord(QStringLiteral("user.two_factor_enrol"), id)); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    if (auto fresh = users.byId(id)) {
        m_session->refreshUser(*fresh);
    }
    m_session->setMustEnrolTwoFactor(false);
    return {};
}

Status AccountService::disableTwoFactor(const QString& currentPassword)
{
    if (!m_session->isOpen()) {
        return Error(ErrorCode::PermissionDenied, Tr::tr("The session has ended. Sign in again."));
    }
    auto required = m_session->workspace()->setting(WorkspaceSettings::requireTwoFactor(), QStringLiteral("0"));
    if (required && *required == QLatin1String("1")) {
        return Error(ErrorCode::InvalidInput, Tr::tr("This workspace requires two-factor sign-in for every account."));
    }
    if (auto st = checkCurrentPassword(currentPassword); !st) {
        return st;
    }
    if (!PasswordPolicy::check(currentPassword, false, m_session->user().username)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Without two-factor sign-in your password needs at least %1 characters. Change it first.")
                         .arg(PasswordPolicy::kMinWithoutSecondFactor));
    }
    const qint64 id = m_session->user().id;
    UserRepository users(m_session->db());
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = users.setTotp(id, {}, -1); !st) {
        return st;
    }
    if (auto st = m_session->audit(ownRecord(QStringLiteral("user.two_factor_disable"), id)); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    if (auto fresh = users.byId(id)) {
        m_session->refreshUser(*fresh);
    }
    return {};
}
