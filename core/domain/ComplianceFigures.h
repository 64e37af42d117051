#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

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
