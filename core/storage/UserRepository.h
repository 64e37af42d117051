#pragma once

#include "core/common/Result.h"
#include "core/crypto/KeySlot.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QList>

/// Staff accounts, their key slots and the recovery slot. Prepared statements only;
/// permission checks and audit entries belong to the services that call this.
class UserRepository
{
public:
    explicit UserRepository(const Database& db)
        : m_db(db)
    { }

    Result<QList<User>> list() const;
    /// NotFound when there is no such user.
    Result<User> byId(qint64 id) const;
    Result<User> byUsername(const QString& username) const;
    /// Inserts @p user (id ignored) and returns its new id.
    Result<qint64> insert(const User& user, qint64 now);
    /// Updates roles, names and flags when the stored version is still @p user.version.
    Status update(const User& user, qint64 now);
    Status remove(qint64 id);
    /// Failed attempts and lock-out (the throttle survives restarts because it lives here).
    Status setThrottle(qint64 id, int failedAttempts, qint64 lockedUntilMs);
    Status recordSignIn(qint64 id, qint64 now);
    /// The user's TOTP secret blob (empty when not enrolled) and the last step used.
    Result<QByteArray> totpSecret(qint64 id, qint64* lastStep) const;
    Status setTotp(qint64 id, const QByteArray& secretBlob, qint64 lastStep);
    Status setTotpLastStep(qint64 id, qint64 lastStep);
    Status setMustChangePassword(qint64 id, bool mustChange, qint64 now);
    /// How many enabled users hold @p roleBit.
    Result<int> countWithRole(int roleBit) const;

    /// The password slot of a user, or the recovery slot (userId 0).
    Result<KeySlot> slot(qint64 userId) const;
    /// Inserts or replaces the password slot of @p userId (0: the recovery slot).
    Status putSlot(qint64 userId, const QString& label, const KeySlot& slot, qint64 now);

private:
    const Database& m_db;
};
