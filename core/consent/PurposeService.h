#pragma once

#include "core/common/Result.h"
#include "core/domain/Purpose.h"
#include "core/session/Session.h"

#include <QList>

/// Purposes of processing (officers manage them): code, name, description, legal basis,
/// data categories, retention period, recipients. Staff who record consent may list them.
class PurposeService
{
public:
    explicit PurposeService(std::shared_ptr<Session> session);

    /// Creates a purpose; the code must be new (lower-case letters, digits, _ and -).
    Result<qint64> create(const Purpose& purpose);
    /// Changes a purpose (all fields but the code); Conflict when it changed since @p expectedVersion.
    Status update(const Purpose& purpose, int expectedVersion);
    /// Every purpose (inactive ones too when @p includeInactive), by code.
    Result<QList<Purpose>> list(bool includeInactive = false);
    Result<Purpose> get(qint64 id);
    Result<Purpose> byCode(const QString& code);

private:
    Status requireRead();
    Status validate(const Purpose& p) const;
    Status saveRecipients(qint64 purposeId, const QList<qint64>& recipients);
    Result<QList<Purpose>> query(const QString& where, const QVariantList& values);

    std::shared_ptr<Session> m_session;
};
