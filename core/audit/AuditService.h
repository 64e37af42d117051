#pragma once

#include "core/common/Result.h"
#include "core/domain/AuditEntry.h"
#include "core/session/Session.h"
#include "core/storage/AuditLog.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QThread;

#include <functional>
#include <memory>
#include <optional>

/// A finished export: where, how many entries, and the chain head it was taken against.
struct AuditExportResult
{
    QString path;
    qint64 count = 0;
    AuditLog::Head head;
};

/// Reading, verifying and exporting the audit trail (Permission::ViewAudit: officers, managers,
/// administrators). Queries are prepared statements assembled from fixed clauses only.
class AuditService
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The service belongs to the thread that creates it (the one owning the session's
    /// connection); only verify() may be called from another thread.
    explicit AuditService(std::shared_ptr<Session> session);

    /// How many entries match @p filter.
    Result<qint64> count(const AuditFilter& filter);
    /// Up to @p limit matching entries with seq below @p beforeSeq (0: from the newest), newest first.
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 beforeSeq, int limit);
    /// The chain's current head, for checkpoints.
    Result<AuditLog::Head> head();

    /// Recomputes the whole chain (and, with @p checkpoint, proves the tail is still there).
    /// May run on a worker thread: it then opens its own connection. @p progress may cancel.
    /// A finished verification is audited ("audit.verify").
    Result<AuditLog::Verification> verify(const std::optional<AuditLog::Head>& checkpoint = std::nullopt,
                                          const Progress& progress = {});

    /// Writes the entries of @p period (oldest first) to @p path as CSV with the chain head
    /// and the count in the preamble; formulas are neutralised. Audited ("audit.export").
    Result<AuditExportResult> exportCsv(const AuditFilter& period, const QString& path);
    /// The same as JSON: {"chainHead": "SEQ:MAC", "count": N, "entries": [...]}.
    Result<AuditExportResult> exportJson(const AuditFilter& period, const QString& path);

private:
    enum class Format { Csv, Json };
    Result<AuditExportResult> exportTo(const AuditFilter& period, const QString& path, Format format);
    Status requireView(AuditLog* offThreadLog);

    std::shared_ptr<Session> m_session;
    QThread* m_ownerThread = nullptr;
};
