#pragma once

#include "core/common/Result.h"
#include "core/crypto/Kdf.h"
#include "core/session/Session.h"

#include <QList>

/// Administrators manage staff accounts and workspace settings (Permission::ManageUsers).
/// Every change is audited; a user's key slot is made or removed with the account.
class StaffService
{
public:
    explicit StaffService(std::shared_ptr<Session> session);

    /// All accounts (no secrets).
    Result<QList<User>> list();
    /// Adds an account that must change @p oneTimePassword at first sign-in. Returns its id.
    Result<qint64> add(const QString& username, const QString& displayName, int roles, const QString& oneTimePassword);
    /// Changes the roles of an account (the stored version must still be @p version).
    Status setRoles(qint64 userId, int roles, int version);
    /// Disables or re-enables an account.
    Status setDisabled(qint64 userId, bool disabled, int version);
    /// Removes an account and its key slot.
    Status remove(qint64 userId);
    /// Gives an account a new one-time password (it must change it at next sign-in) and
    /// clears its lock-out.
    Status resetPassword(qint64 userId, const QString& oneTimePassword);
    /// Turns off an account's two-factor sign-in (a lost phone).
    Status resetTwoFactor(qint64 userId);

    /// Workspace settings an administrator may change.
    Result<bool> requireTwoFactor();
    Status setRequireTwoFactor(bool required);
    Result<int> idleMinutes();
    Status setIdleMinutes(int minutes);

    /// A random one-time password that passes the policy, for the Add user form.
    static QString generateOneTimePassword();

private:
    Status guardLastAdmin(const User& before, int rolesAfter, bool disabledAfter);
    Status putSetting(const QString& key, const QString& value, const QString& action);
    std::shared_ptr<Session> m_session;
};
