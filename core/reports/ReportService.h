#pragma once

#include "core/audit/AuditService.h"
#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

/// The calendar days a report covers, both included, in the workspace's time zone.
struct ReportPeriod
{
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    /// The 1st of @p today's month to @p today.
    static ReportPeriod thisMonth(const QDate& today);
    /// The 1st of the month @p months - 1 before @p today's to @p today.
    static ReportPeriod lastMonths(const QDate& today, int months);
    /// 1 January of @p today's year to @p today.
    static ReportPeriod thisYear(const QDate& today);
};

/// One request in the report's tables: codes and dates only, never requester details.
struct ReportRequestLine
{
    qint64 id = 0;
    QString type; ///< Request::typeCode
    QString state; ///< Request::stateCode
    QString jurisdiction;
    QDateTime received;
    QDateTime due; ///< effective: extension and pauses included
    QDateTime closed; ///< answered / rejected / executed at (invalid: open)
    QString reasonCode; ///< rejections: RequestService::reasonCode
};

/// Everything a compliance report and the dashboard show: aggregates computed in SQL over
/// codes, dates and counts. Nothing personal is read or decrypted.
struct ComplianceFigures
{
    struct MonthShare
    {
        QDate month; ///< the 1st of the month
        qint64 answered = 0; ///< completed, rejected or executed in that month
        qint64 onTime = 0; ///< of those, by their effective due date
        /// onTime / answered in percent (0 when nothing was answered).
        double percent() const { return answered ? 100.0 * double(onTime) / double(answered) : 0.0; }
    };
    struct TypeMedian
    {
        QString type;
        qint64 answered = 0;
        double medianDays = 0; ///< from receipt to answer
    };
    struct ConsentMonth
    {
        QString purpose; ///< purpose code
        QDate month;
        qint64 granted = 0;
        qint64 withdrawn = 0;
    };
    struct PurposeConsent
    {
        QString purpose;
        qint64 granted = 0; ///< grants in the period
        qint64 withdrawn = 0; ///< withdrawals in the period
        qint64 stale = 0; ///< current grants under an older material notice (now)
    };
    struct Chain
    {
        bool verified = false; ///< false: not checked (the caller asked not to)
        bool intact = false;
        qint64 entries = 0;
        qint64 firstBroken = 0;
        QString problem;
        qint64 headSeq = 0;
        QString headMacHex;
    };

    ReportPeriod period;
    QDateTime from; ///< UTC, inclusive
    QDateTime to; ///< UTC, exclusive
    QString timeZone; ///< IANA id the months and days are counted in
    QDateTime generatedAt; ///< the clock's now
    QString generatedBy; ///< staff username

    // A snapshot at generatedAt: requests still open.
    QMap<QString, QMap<QString, qint64>> openByTypeAndState; ///< type code -> state code -> count
    qint64 openTotal = 0;
    qint64 dueSoon = 0; ///< open, not overdue, due within RequestService::kDueSoonHours
    qint64 overdue = 0; ///< open and past the effective due date

    // The period.
    QList<MonthShare> answeredByMonth; ///< one per month of the period, in order
    qint64 answered = 0;
    qint64 answeredOnTime = 0;
    QList<TypeMedian> medianByType; ///< types answered in the period, in Request::Type order
    QList<ConsentMonth> consentByMonth; ///< purpose x month cells with any event
    QList<PurposeConsent> consentByPurpose; ///< every purpose with an event or a stale grant
    qint64 consentsGranted = 0;
    qint64 consentsWithdrawn = 0;
    qint64 staleConsents = 0; ///< now (FairUse::isStale over consent_state)
    qint64 erasuresDone = 0;
    qint64 retentionRuns = 0;
    qint64 recipientsNotified = 0;
    QList<ReportRequestLine> overdueRequests; ///< open and overdue now, most overdue first
    QList<ReportRequestLine> rejectedRequests; ///< rejected in the period
    QList<ReportRequestLine> erasures; ///< executed in the period
    Chain chain;

    /// answeredOnTime / answered in percent (0 when nothing was answered).
    double onTimePercent() const { return answered ? 100.0 * double(answeredOnTime) / double(answered) : 0.0; }
};

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
