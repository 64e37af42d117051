#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

const char* const kUserColumns = "SELECT id, username, display_name, roles, must_change_password, disabled, "
                                 "totp_secret IS NOT NULL, failed_attempts, locked_until, last_sign_in_at, "
                                 "created_at, updated_at, version FROM users ";

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.roles = q.value(3).toInt();
    u.mustChangePassword = q.value(4).toInt() != 0;
    u.disabled = q.value(5).toInt() != 0;
    u.totpEnrolled = q.value(6).toBool();
    u.failedAttempts = q.value(7).toInt();
    u.lockedUntil = fromMs(q.value(8));
    u.lastSignIn = fromMs(q.value(9));
    u.created = fromMs(q.value(10));
    u.updated = fromMs(q.value(11));
    u.version = q.value(12).toInt();
    return u;
}

Status done(const Result<QSqlQuery>& r)
{
    if (!r) {
        return r.error();
    }
    return {};
}

} // namespace

Result<QList<User>> UserRepository::list() const
{
    auto q = m_db.exec(QString::fromLatin1(kUserColumns) + QStringLiteral("ORDER BY username"));
    if (!q) {
        return q.error();
    }
    QList<User> users;
    while (q->next()) {
        users.append(readUser(*q));
    }
    return users;
}

Result<User> UserRepository::byId(qint64 id) const
{
    auto q = m_db.exec(QString::fromLatin1(kUserColumns) + QStringLiteral("WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such user."));
    }
    return readUser(*q);
}

Result<User> UserRepository::byUsername(const QString& username) const
{
    auto q = m_db.exec(QString::fromLatin1(kUserColumns) + QStringLiteral("WHERE username = ?"),
                       {username.trimmed().toLower()});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such user."));
    }
    return readUser(*q);
}

Result<qint64> UserRepository::insert(const User& user, qint64 now)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO users (username, display_name, roles, must_change_password, "
                                      "disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {user.username.trimmed().toLower(),
                        user.displayName,
                        user.roles,
                        user.mustChangePassword ? 1 : 0,
                        user.disabled ? 1 : 0,
                        now,
                        now});
    if (!q) {
        if (q.code() == ErrorCode::Duplicate) {
            return Error(ErrorCode::Conflict, Tr::tr("A user with this name already exists."));
        }
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::Storage, Tr::tr("The new user was not stored."));
    }
    return q->value(0).toLongLong();
}

Status UserRepository::update(const User& user, qint64 now)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET display_name = ?, roles = ?, must_change_password = ?, "
                                      "disabled = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {user.displayName,
                        user.roles,
                        user.mustChangePassword ? 1 : 0,
                        user.disabled ? 1 : 0,
                        now,
                        user.id,
                        user.version});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict,
                     Tr::tr("Someone else changed this user since you opened it. Reload and try again."));
    }
    return {};
}

Status UserRepository::remove(qint64 id)
{
    return done(m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {id}));
}

Status UserRepository::setThrottle(qint64 id, int failedAttempts, qint64 lockedUntilMs)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                          {failedAttempts, lockedUntilMs > 0 ? QVariant(lockedUntilMs) : QVariant(), id}));
}

Status UserRepository::recordSignIn(qint64 id, qint64 now)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, "
                                         "last_sign_in_at = ? WHERE id = ?"),
                          {now, id}));
}

Result<QByteArray> UserRepository::totpSecret(qint64 id, qint64* lastStep) const
{
    auto q = m_db.exec(QStringLiteral("SELECT totp_secret, totp_last_step FROM users WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such user."));
    }
    if (lastStep) {
        *lastStep = q->value(1).isNull() ? -1 : q->value(1).toLongLong();
    }
    return q->value(0).isNull() ? QByteArray() : q->value(0).toByteArray();
}

Status UserRepository::setTotp(qint64 id, const QByteArray& secretBlob, qint64 lastStep)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          {secretBlob.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(secretBlob),
                           lastStep >= 0 ? QVariant(lastStep) : QVariant(),
                           id}));
}

Status UserRepository::setTotpLastStep(qint64 id, qint64 lastStep)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ?"), {lastStep, id}));
}

Status UserRepository::setMustChangePassword(qint64 id, bool mustChange, qint64 now)
{
    return done(m_db.exec(QStringLiteral("UPDATE users SET must_change_password = ?, updated_at = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          {mustChange ? 1 : 0, now, id}));
}

Result<int> UserRepository::countWithRole(int roleBit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT roles FROM users WHERE disabled = 0"));
    if (!q) {
        return q.error();
    }
    int n = 0;
    while (q->next()) {
        if (q->value(0).toInt() & roleBit) {
            ++n;
        }
    }
    return n;
}

Result<KeySlot> UserRepository::slot(qint64 userId) const
{
    auto q = userId > 0 ? m_db.exec(QStringLiteral("SELECT kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, "
                                                   "wrapped FROM key_slots WHERE user_id = ?"),
                                    {userId})
                        : m_db.exec(QStringLiteral("SELECT kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, "
                                                   "wrapped FROM key_slots WHERE kind = 'recovery'"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("No key slot opens this workspace for that account."));
    }
    KeySlot s;
    s.params.memoryKiB = q->value(0).toUInt();
    s.params.iterations = q->value(1).toUInt();
    s.params.parallelism = q->value(2).toUInt();
    s.salt = q->value(3).toByteArray();
    s.wrapped = q->value(4).toByteArray();
    return s;
}

Status UserRepository::putSlot(qint64 userId, const QString& label, const KeySlot& slot, qint64 now)
{
    auto del = userId > 0 ? m_db.exec(QStringLiteral("DELETE FROM key_slots WHERE user_id = ?"), {userId})
                          : m_db.exec(QStringLiteral("DELETE FROM key_slots WHERE kind = 'recovery'"));
    if (!del) {
        return del.error();
    }
    return done(m_db.exec(QStringLiteral("INSERT INTO key_slots (kind, user_id, label, kdf_memory_kib, kdf_iterations, "
                                         "kdf_parallelism, salt, wrapped, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {userId > 0 ? QStringLiteral("password") : QStringLiteral("recovery"),
                           userId > 0 ? QVariant(userId) : QVariant(),
                           label,
                           slot.params.memoryKiB,
                           slot.params.iterations,
                           slot.params.parallelism,
                           slot.salt,
                           slot.wrapped,
                           now,
                           now}));
}
