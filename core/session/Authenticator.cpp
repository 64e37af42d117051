#include "core/session/Authenticator.h"

#include "core/common/Clock.h"
#include "core/crypto/Totp.h"
#include "core/rules/PasswordPolicy.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
};

Error wrongCredentials()
{
    return Error(ErrorCode::Authentication, Tr::tr("The user name or password is wrong."));
}

QByteArray totpAad(qint64 userId)
{
    return QByteArrayLiteral("amanah-totp/v1|") + QByteArray::number(userId);
}

Status putSetting(const Database& db, const QString& key, const QString& value)
{
    return SettingsStore(db).put(key, value);
}

} // namespace

Authenticator::Authenticator(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{ }

QString Authenticator::slotLabel(qint64 userId)
{
    return QStringLiteral("user:") + QString::number(userId);
}

Result<QByteArray> Authenticator::workspaceId() const
{
    auto id = m_workspace->setting(WorkspaceSettings::id());
    if (!id) {
        return id.error();
    }
    if (id->isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("This workspace has not been set up yet."));
    }
    return QByteArray::fromHex(id->toLatin1());
}

Result<bool> Authenticator::isInitialised() const
{
    auto id = m_workspace->setting(WorkspaceSettings::id());
    if (!id) {
        return id.error();
    }
    return !id->isEmpty();
}

Result<WorkspaceSetupResult> Authenticator::setUp(const WorkspaceSetupParams& p)
{
    auto init = isInitialised();
    if (!init) {
        return init.error();
    }
    if (*init) {
        return Error(ErrorCode::Conflict, Tr::tr("This workspace is already set up."));
    }
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    const QString username = p.adminUsername.trimmed().toLower();
    if (!validName.match(username).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore."));
    }
    if (p.name.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the workspace a name."));
    }
    if (auto st = PasswordPolicy::check(p.adminPassword, false, username); !st) {
        return st.error();
    }
    const Database& db = *m_workspace->database();
    const qint64 now = Clock::instance().nowMs();
    const QByteArray wsId = Vault::newWorkspaceId();
    const Vault vault = Vault::create();

    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    for (const auto& [key, value] :
         {std::pair{WorkspaceSettings::id(), QString::fromLatin1(wsId.toHex())},
          std::pair{WorkspaceSettings::name(), p.name.trimmed()},
          std::pair{WorkspaceSettings::jurisdiction(), p.jurisdiction},
          std::pair{WorkspaceSettings::demo(), p.demo ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair{WorkspaceSettings::requireTwoFactor(), QStringLiteral("0")},
          std::pair{WorkspaceSettings::idleMinutes(), QString::number(WorkspaceSettings::kDefaultIdleMinutes)}}) {
        if (auto st = putSetting(db, key, value); !st) {
            return st.error();
        }
    }
    UserRepository users(db);
    User admin;
    admin.username = username;
    admin.displayName = p.adminDisplayName.trimmed().isEmpty() ? username : p.adminDisplayName.trimmed();
    admin.roles = static_cast<int>(Role::Admin);
    auto id = users.insert(admin, now);
    if (!id) {
        return id.error();
    }
    admin.id = *id;
    admin.version = 1;
    auto slot = vault.makePasswordSlot(p.adminPassword, wsId, slotLabel(admin.id), p.kdf);
    if (!slot) {
        return slot.error();
    }
    if (auto st = users.putSlot(admin.id, slotLabel(admin.id), *slot, now); !st) {
        return st.error();
    }
    const SecureBytes recoveryKey = Vault::generateRecoveryKey();
    auto recovery = vault.makeRecoverySlot(recoveryKey, wsId);
    if (!recovery) {
        return recovery.error();
    }
    if (auto st = users.putSlot(0, QStringLiteral("recovery"), *recovery, now); !st) {
        return st.error();
    }
    auto session = std::make_shared<Session>(m_workspace, vault, admin, wsId);
    AuditRecord created;
    created.action = QStringLiteral("workspace.create");
    created.objectType = QStringLiteral("workspace");
    created.objectId = QString::fromLatin1(wsId.toHex());
    created.details = QStringLiteral("schema=%1; demo=%2").arg(db.schemaVersion()).arg(p.demo ? 1 : 0);
    if (auto st = session->audit(created); !st) {
        return st.error();
    }
    AuditRecord userCreated;
    userCreated.action = QStringLiteral("user.create");
    userCreated.objectType = QStringLiteral("user");
    userCreated.objectId = QString::number(admin.id);
    userCreated.details = QStringLiteral("roles=admin");
    if (auto st = session->audit(userCreated); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return WorkspaceSetupResult{session, Vault::formatRecoveryKey(recoveryKey)};
}

Status Authenticator::recordFailure(const User& user, const QString& action)
{
    const Database& db = *m_workspace->database();
    const int failures = user.failedAttempts + 1;
    qint64 lockedUntil = 0;
    if (failures >= kFreeAttempts) {
        const int doublings = qMin(failures - kFreeAttempts, 10);
        const qint64 delay = qMin<qint64>(qint64(kFirstDelaySeconds) << doublings, kMaxDelaySeconds);
        lockedUntil = Clock::instance().nowMs() + delay * 1000;
    }
    if (auto st = UserRepository(db).setThrottle(user.id, failures, lockedUntil); !st) {
        return st;
    }
    return AuditLog::recordPending(
        db, user.username, action, QStringLiteral("user_id=%1; failures=%2").arg(user.id).arg(failures));
}

Result<std::shared_ptr<PendingSignIn>> Authenticator::checkPassword(const QString& username, const QString& password)
{
    const Database& db = *m_workspace->database();
    auto wsId = workspaceId();
    if (!wsId) {
        return wsId.error();
    }
    UserRepository users(db);
    auto user = users.byUsername(username);
    if (!user) {
        if (user.code() != ErrorCode::NotFound) {
            return user.error();
        }
        // Same work and the same answer as for a wrong password: no user enumeration.
        auto anySlot = users.slot(0);
        if (anySlot) {
            KeySlot dummy = *anySlot;
            auto first = users.list();
            if (first && !first->isEmpty()) {
                if (auto s = users.slot(first->first().id)) {
                    dummy = *s;
                }
            }
            (void)Vault::unlock(password, dummy, *wsId, QStringLiteral("nobody"));
        }
        (void)AuditLog::recordPending(db,
                                      QStringLiteral("unknown"),
                                      QStringLiteral("auth.sign_in_failed"),
                                      QStringLiteral("reason=unknown_user"));
        return wrongCredentials();
    }
    const QDateTime now = Clock::instance().now();
    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        const qint64 seconds = (now.msecsTo(user->lockedUntil) + 999) / 1000;
        (void)AuditLog::recordPending(
            db, user->username, QStringLiteral("auth.sign_in_throttled"), QStringLiteral("user_id=%1").arg(user->id));
        return Error(
            ErrorCode::Authentication,
            QCoreApplication::translate(
                "Authenticator", "Too many failed attempts. Try again in %n second(s).", nullptr, int(seconds)));
    }
    if (user->disabled) {
        (void)AuditLog::recordPending(
            db, user->username, QStringLiteral("auth.sign_in_disabled"), QStringLiteral("user_id=%1").arg(user->id));
        return Error(ErrorCode::Authentication, Tr::tr("This account is disabled. Ask an administrator."));
    }
    auto slot = users.slot(user->id);
    if (!slot) {
        return slot.error();
    }
    auto vault = Vault::unlock(password, *slot, *wsId, slotLabel(user->id));
    if (!vault) {
        if (vault.code() != ErrorCode::Authentication) {
            return vault.error();
        }
        if (auto st = recordFailure(*user, QStringLiteral("auth.sign_in_failed")); !st) {
            return st.error();
        }
        return wrongCredentials();
    }
    return std::make_shared<PendingSignIn>(m_workspace, *vault, *user, user->totpEnrolled);
}

Result<std::shared_ptr<Session>>
Authenticator::signIn(const QString& username, const QString& password, const QString& code)
{
    auto pending = checkPassword(username, password);
    if (!pending) {
        return pending.error();
    }
    return (*pending)->complete(code);
}

Result<std::shared_ptr<Session>> Authenticator::openSession(const Vault& vault, const User& user)
{
    const Database& db = *m_workspace->database();
    auto wsId = workspaceId();
    if (!wsId) {
        return wsId.error();
    }
    User signedIn = user;
    signedIn.failedAttempts = 0;
    signedIn.lockedUntil = QDateTime();
    signedIn.lastSignIn = Clock::instance().now();
    auto session = std::make_shared<Session>(m_workspace, vault, signedIn, *wsId);
    auto required = m_workspace->setting(WorkspaceSettings::requireTwoFactor(), QStringLiteral("0"));
    if (!required) {
        return required.error();
    }
    session->setMustEnrolTwoFactor(*required == QLatin1String("1") && !user.totpEnrolled);
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = session->auditLog().chainPending(); !st) {
        return st.error();
    }
    if (auto st = UserRepository(db).recordSignIn(user.id, Clock::instance().nowMs()); !st) {
        return st.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("auth.sign_in");
    rec.objectType = QStringLiteral("user");
    rec.objectId = QString::number(user.id);
    rec.details = user.totpEnrolled ? QStringLiteral("factors=2") : QStringLiteral("factors=1");
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return session;
}

Result<std::shared_ptr<Session>>
Authenticator::recover(const QString& recoveryKey, const QString& username, const QString& newPassword)
{
    const Database& db = *m_workspace->database();
    auto wsId = workspaceId();
    if (!wsId) {
        return wsId.error();
    }
    auto key = Vault::parseRecoveryKey(recoveryKey);
    if (!key) {
        return key.error();
    }
    UserRepository users(db);
    auto slot = users.slot(0);
    if (!slot) {
        return slot.error();
    }
    auto vault = Vault::unlockWithRecoveryKey(*key, *slot, *wsId);
    if (!vault) {
        (void)AuditLog::recordPending(db, QStringLiteral("unknown"), QStringLiteral("auth.recovery_failed"), {});
        return vault.error();
    }
    auto user = users.byUsername(username);
    if (!user) {
        return user.error();
    }
    if (!(user->roles & static_cast<int>(Role::Admin))) {
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("The recovery key resets administrators' passwords only. Ask an administrator to reset "
                            "other accounts."));
    }
    if (auto st = PasswordPolicy::check(newPassword, user->totpEnrolled, user->username); !st) {
        return st.error();
    }
    KdfParams params; // keep the account's own cost settings where it had a slot
    if (auto existing = users.slot(user->id)) {
        params = existing->params;
    }
    auto newSlot = vault->makePasswordSlot(newPassword, *wsId, slotLabel(user->id), params);
    if (!newSlot) {
        return newSlot.error();
    }
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    if (auto st = users.putSlot(user->id, slotLabel(user->id), *newSlot, now); !st) {
        return st.error();
    }
    if (auto st = users.setThrottle(user->id, 0, 0); !st) {
        return st.error();
    }
    if (auto st = users.setMustChangePassword(user->id, false, now); !st) {
        return st.error();
    }
    auto refreshed = users.byId(user->id);
    if (!refreshed) {
        return refreshed.error();
    }
    auto session = std::make_shared<Session>(m_workspace, *vault, *refreshed, *wsId);
    if (auto st = session->auditLog().chainPending(); !st) {
        return st.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("auth.recovered");
    rec.objectType = QStringLiteral("user");
    rec.objectId = QString::number(user->id);
    rec.details = QStringLiteral("slot=password; method=recovery_key");
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return session;
}

PendingSignIn::PendingSignIn(std::shared_ptr<Workspace> workspace, Vault vault, User user, bool needsCode)
    : m_workspace(std::move(workspace))
    , m_vault(std::move(vault))
    , m_user(std::move(user))
    , m_needsCode(needsCode)
{ }

Result<std::shared_ptr<Session>> PendingSignIn::complete(const QString& code)
{
    Authenticator auth(m_workspace);
    if (!m_needsCode) {
        return auth.openSession(m_vault, m_user);
    }
    if (code.trimmed().isEmpty()) {
        return Error(ErrorCode::Authentication, Tr::tr("Enter the six-digit code from your authenticator app."));
    }
    const Database& db = *m_workspace->database();
    UserRepository users(db);
    qint64 lastStep = -1;
    auto blob = users.totpSecret(m_user.id, &lastStep);
    if (!blob) {
        return blob.error();
    }
    auto secret = m_vault.decryptSecret(*blob, totpAad(m_user.id));
    if (!secret) {
        return secret.error();
    }
    qint64 step = -1;
    const bool valid = Totp::verify(*secret, code, Clock::instance().now(), 1, &step);
    if (!valid || step <= lastStep) {
        auto fresh = users.byId(m_user.id);
        if (auto st = auth.recordFailure(fresh ? *fresh : m_user, QStringLiteral("auth.code_failed")); !st) {
            return st.error();
        }
        return Error(ErrorCode::Authentication,
                     valid ? Tr::tr("This code was already used. Wait for the next one.")
                           : Tr::tr("The code is wrong or has expired."));
    }
    if (auto st = users.setTotpLastStep(m_user.id, step); !st) {
        return st.error();
    }
    return auth.openSession(m_vault, m_user);
}
