#pragma once

#include "core/common/Result.h"
#include "core/domain/NoticeVersion.h"
#include "core/session/Session.h"

#include <QList>

/// Privacy notice versions. Publishing a MATERIAL version makes every grant given under an
/// older version stale once the new one is in effect (see FairUse.h for the precise rule);
/// the Customers table's "needs re-consent" filter lists those customers.
class NoticeService
{
public:
    explicit NoticeService(std::shared_ptr<Session> session);

    /// Publishes a version (officer). Versions are immutable once published; their order of
    /// publication is their id. Audited with the number of grants that become stale.
    Result<qint64> publish(const NoticeVersion& notice);
    /// Every version, newest first.
    Result<QList<NoticeVersion>> list();
    /// One version.
    Result<NoticeVersion> get(qint64 id);
    /// The version in effect at @p at (the newest published with effective <= at), or 0.
    Result<qint64> inEffect(const QDateTime& at);
    /// Grants that need re-consent now (all purposes).
    Result<qint64> staleGrantCount();

    /// The newest MATERIAL version in effect at @p atMs (0: none). No permission needed:
    /// services call it inside their own checked operations.
    static Result<qint64> latestMaterialInEffect(const Database& db, qint64 atMs);

private:
    Status requireRead();
    std::shared_ptr<Session> m_session;
};
