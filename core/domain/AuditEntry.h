#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// One link of the tamper-evident audit chain (ARCHITECTURE.md §7). Details hold ids
/// and counts only, never personal data.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime occurred; ///< UTC, millisecond precision
    qint64 actorId = 0; ///< 0: the system or an unknown user
    QString actor; ///< staff username, "system" for automatic work
    QString role;
    QString action; ///< e.g. "customer.create", "auth.sign_in_failed"
    QString objectType;
    QString objectId;
    QString justification;
    QString details;
    QByteArray prevMac;
    QByteArray mac;
};

/// What the audit trail page, its exports and amanahctl filter on. Empty fields match all.
struct AuditFilter
{
    QString actor; ///< staff username, exact
    QString action; ///< action code or its prefix ("customer." matches every customer action)
    QString objectType; ///< exact
    QString objectId; ///< exact
    QDateTime from; ///< inclusive; invalid: no lower bound
    QDateTime to; ///< exclusive; invalid: no upper bound
};
