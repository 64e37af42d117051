#pragma once

#include <QDateTime>
#include <QString>

/// A member of staff who signs in to the workspace.
struct User
{
    qint64 id = 0;
    QString username; ///< stored lower-case; unique
    QString displayName;
    int roles = 0; ///< a bit set of Role (core/rules/Roles.h)
    bool mustChangePassword = false;
    bool disabled = false;
    bool totpEnrolled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime lastSignIn;
    QDateTime created;
    QDateTime updated;
    int version = 0;
};
