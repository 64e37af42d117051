#include "core/session/StaffService.h"

#include "core/common/Clock.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Random.h"
#include "core/rules/PasswordPolicy.h"
#include "core/session/Authenticator.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)
};

constexpr int kAdmin = static_cast<int>(Role::Admin);

AuditRecord userRecord(const QString& action, qint64 userId, const QString& details = {})
{
    AuditRecord r;
    r.action = action;
    r.objectType = QStringLiteral("user");
    r.objectId = QString::number(userId);
    r.details = details;
    return r;
}
} // namespace

StaffService::StaffService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<QList<User>> StaffService::list()
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user")); !st) {
        return st.error();
    }
    return UserRepository(m_session->db()).list();
}

QString StaffService::generateOneTimePassword()
{
    // 20 base32 characters = 100 bits, in groups of five so it can be read out.
    const QString raw = Base32::encode(Random::bytes(13)).left(20);
    QStringList groups;
    for (int i = 0; i < raw.size(); i += 5) {
        groups << raw.mid(i, 5);
    }
    return groups.join(QLatin1Char('-'));
}

Result<qint64>
StaffService::add(const QString& username, const QString& displayName, int roles, const QString& oneTimePassword)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user")); !st) {
        return st.error();
    }
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    const QString name = username.trimmed().toLower();
    if (!validName.match(name).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A user name has 2 to 32 characters: letters a-z, digits, dot, dash or underscore."));
    }
    if (roles <= 0 || roles > Permissions::kAllRoles) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose at least one role."));
    }
    if (auto st = PasswordPolicy::check(oneTimePassword, false, name); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    UserRepository users(db);
    KdfParams params;
    if (auto own = users.slot(m_session->user().id)) {
        params = own->params; // the workspace's cost settings, as chosen at set-up
    }
    const qint64 now = Clock::instance().nowMs();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    User u;
    u.username = name;
    u.displayName = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    u.roles = roles;
    u.mustChangePassword = true;
    auto id = users.insert(u, now);
    if (!id) {
        return id.error();
    }
    auto slot = m_session->vault().makePasswordSlot(
        oneTimePassword, m_session->workspaceId(), Authenticator::slotLabel(*id), params);
    if (!slot) {
        return slot.error();
    }
    if (auto st = users.putSlot(*id, Authenticator::slotLabel(*id), *slot, now); !st) {
        return st.error();
    }
    if (auto st = m_session->audit(
            userRecord(QStringLiteral("user.create"), *id, QStringLiteral("roles=") + Permissions::roleCodes(roles)));
        !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return *id;
}

Status StaffService::guardLastAdmin(const User& before, int rolesAfter, bool disabledAfter)
{
    const bool wasActiveAdmin = (before.roles & kAdmin) && !before.disabled;
    const bool staysActiveAdmin = (rolesAfter & kAdmin) && !disabledAfter;
    if (!wasActiveAdmin || staysActiveAdmin) {
        return {};
    }
    auto admins = UserRepository(m_session->db()).countWithRole(kAdmin);
    if (!admins) {
        return admins.error();
    }
    if (*admins <= 1) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The workspace needs at least one active administrator. Make someone else an "
                            "administrator first."));
    }
    return {};
}

Status StaffService::setRoles(qint64 userId, int roles, int version)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user"), QString::number(userId)); !st) {
        return st;
    }
    if (roles <= 0 || roles > Permissions::kAllRoles) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose at least one role."));
    }
    UserRepository users(m_session->db());
    auto user = users.byId(userId);
    if (!user) {
        return user.error();
    }
    if (auto st = guardLastAdmin(*user, roles, user->disabled); !st) {
        return st;
    }
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    const int before = user->roles;
    user->roles = roles;
    user->version = version;
    if (auto st = users.update(*user, Clock::instance().nowMs()); !st) {
        return st;
    }
    if (auto st = m_session->audit(userRecord(
            QStringLiteral("user.roles"),
            userId,
            QStringLiteral("from=%1; to=%2").arg(Permissions::roleCodes(before), Permissions::roleCodes(roles))));
        !st) {
        return st;
    }
    return (*tx)->commit();
}

Status StaffService::setDisabled(qint64 userId, bool disabled, int version)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user"), QString::number(userId)); !st) {
        return st;
    }
    if (disabled && userId == m_session->user().id) {
        return Error(ErrorCode::InvalidInput, Tr::tr("You cannot disable your own account."));
    }
    UserRepository users(m_session->db());
    auto user = users.byId(userId);
    if (!user) {
        return user.error();
    }
    if (auto st = guardLastAdmin(*user, user->roles, disabled); !st) {
        return st;
    }
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    user->disabled = disabled;
    user->version = version;
    if (auto st = users.update(*user, Clock::instance().nowMs()); !st) {
        return st;
    }
    if (auto st = m_session->audit(
            userRecord(disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), userId));
        !st) {
        return st;
    }
    return (*tx)->commit();
}

Status StaffService::remove(qint64 userId)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user"), QString::number(userId)); !st) {
        return st;
    }
    if (userId == m_session->user().id) {
        return Error(ErrorCode::InvalidInput, Tr::tr("You cannot remove your own account."));
    }
    UserRepository users(m_session->db());
    auto user = users.byId(userId);
    if (!user) {
        return user.error();
    }
    if (auto st = guardLastAdmin(*user, 0, true); !st) {
        return st;
    }
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = users.remove(userId); !st) { // the key slot goes with it (ON DELETE CASCADE)
        return st;
    }
    if (auto st = m_session->audit(userRecord(QStringLiteral("user.remove"), userId)); !st) {
        return st;
    }
    return (*tx)->commit();
}

Status StaffService::resetPassword(qint64 userId, const QString& oneTimePassword)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user"), QString::number(userId)); !st) {
        return st;
    }
    UserRepository users(m_session->db());
    auto user = users.byId(userId);
    if (!user) {
        return user.error();
    }
    if (auto st = PasswordPolicy::check(oneTimePassword, false, user->username); !st) {
        return st;
    }
    KdfParams params;
    if (auto existing = users.slot(userId)) {
        params = existing->params;
    }
    auto slot = m_session->vault().makePasswordSlot(
        oneTimePassword, m_session->workspaceId(), Authenticator::slotLabel(userId), params);
    if (!slot) {
        return slot.error();
    }
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    if (auto st = users.putSlot(userId, Authenticator::slotLabel(userId), *slot, now); !st) {
        return st;
    }
    if (auto st = users.setMustChangePassword(userId, true, now); !st) {
        return st;
    }
    if (auto st = users.setThrottle(userId, 0, 0); !st) {
        return st;
    }
    if (auto st = m_session->audit(userRecord(QStringLiteral("user.password_reset"), userId)); !st) {
        return st;
    }
    return (*tx)->commit();
}

Status StaffService::resetTwoFactor(qint64 userId)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("user"), QString::number(userId)); !st) {
        return st;
    }
    UserRepository users(m_session->db());
    auto tx = m_session->db().begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = users.setTotp(userId, {}, -1); !st) {
        return st;
    }
    if (auto st = m_session->audit(userRecord(QStringLiteral("user.two_factor_reset"), userId)); !st) {
        return st;
    }
    return (*tx)->commit();
}

Status StaffService::putSetting(const QString& key, const QString& value, const QString& action)
{
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = SettingsStore(db).put(key, value); !st) {
        return st;
    }
    AuditRecord rec;
    rec.action = action;
    rec.objectType = QStringLiteral("setting");
    rec.objectId = key;
    rec.details = QStringLiteral("value=") + value;
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}

Result<bool> StaffService::requireTwoFactor()
{
    auto v = m_session->workspace()->setting(WorkspaceSettings::requireTwoFactor(), QStringLiteral("0"));
    if (!v) {
        return v.error();
    }
    return *v == QLatin1String("1");
}

Status StaffService::setRequireTwoFactor(bool required)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("setting")); !st) {
        return st;
    }
    return putSetting(WorkspaceSettings::requireTwoFactor(),
                      required ? QStringLiteral("1") : QStringLiteral("0"),
                      QStringLiteral("settings.change"));
}

Result<int> StaffService::idleMinutes()
{
    auto v = m_session->workspace()->setting(WorkspaceSettings::idleMinutes(),
                                             QString::number(WorkspaceSettings::kDefaultIdleMinutes));
    if (!v) {
        return v.error();
    }
    bool ok = false;
    const int minutes = v->toInt(&ok);
    return ok && minutes > 0 ? minutes : WorkspaceSettings::kDefaultIdleMinutes;
}

Status StaffService::setIdleMinutes(int minutes)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("setting")); !st) {
        return st;
    }
    if (minutes < 1 || minutes > 240) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The idle time before locking must be 1 to 240 minutes."));
    }
    return putSetting(WorkspaceSettings::idleMinutes(), QString::number(minutes), QStringLiteral("settings.change"));
}
