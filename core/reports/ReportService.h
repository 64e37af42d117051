#pragma once

#include "core/audit/AuditService.h"
#include "core/common/Result.h"
#include "core/domain/ComplianceFigures.h"
#include "core/session/Session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

/// Dashboards and compliance reports (Permission::ViewReports: officers and managers).
/// Aggregates only: GROUP BY over requests, consent events and state and the audit trail's
/// actions; no customer row is read, so a manager sees figures, never a person.
class ReportService
{
public:
    /// Called between steps; false cancels.
    using Progress = std::function<bool(int done, int total)>;
    /// The PDF writer (DocumentRenderer::htmlToPdf; core does not link Qt Gui).
    using PdfRenderer = std::function<Status(const QString& html, const QString& path, const QString& title)>;
    enum class Format { Pdf, Csv };

    /// Create it on the thread owning the session's connection; figures() may then run on
    /// another thread, where it opens its own connection.
    explicit ReportService(std::shared_ptr<Session> session);

    /// The figures of @p period as of now (the project Clock). @p verifyChain recomputes the
    /// audit chain too (seconds on a large trail; audited as "audit.verify").
    Result<ComplianceFigures>
    figures(const ReportPeriod& period, bool verifyChain = true, const Progress& progress = {});

    /// Writes @p figures as a PDF file (@p path) or a folder of CSV files (@p path, created)
    /// in @p language ("en" or "id"), and records "report.generate" with the period and the
    /// format. Returns the files written. Call it on the owner thread.
    Result<QStringList> exportReport(const ComplianceFigures& figures,
                                     Format format,
                                     const QString& language,
                                     const QString& path,
                                     const PdfRenderer& pdf = {});

    /// The zone whose calendar days and months the report counts (the workspace's).
    QTimeZone timeZone() const { return m_zone; }
    /// "pdf" / "csv".
    static QString formatCode(Format f);

private:
    Status requireReports(AuditLog* offThreadLog);

    std::shared_ptr<Session> m_session;
    AuditService m_audit;
    QThread* m_ownerThread = nullptr;
    QTimeZone m_zone;
};
