#pragma once

#include "core/common/Result.h"
#include "core/domain/ComplianceFigures.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QVariantList>

class Database;
struct sqlite3;

/// The aggregates of a compliance report: GROUP BY over requests, consent events and state,
/// purposes and the audit trail's action names. Codes, dates and counts only: no customer
/// row is read. ReportService checks the permission and orders the steps; each step here
/// fills its part of the figures.
class ReportQueries
{
public:
    /// The aggregates scan and sort millions of consent events: on SQLite the connection gets a
    /// large page cache, in-memory sorting and memory-mapped reads while one lives (restored
    /// afterwards, as the bulk customer writer does). Pragma names and values are fixed text.
    class Tuning
    {
    public:
        explicit Tuning(const Database& db);
        ~Tuning();
        Tuning(const Tuning&) = delete;
        Tuning& operator=(const Tuning&) = delete;

    private:
        const Database& m_db;
        QList<QPair<QString, qint64>> m_old;
    };

    /// @p months: the 1st of every month of the period; @p zone: the calendar they follow;
    /// @p dueSoonMs: how close to its due date an open request counts as due soon.
    ReportQueries(
        const Database& db, ComplianceFigures* f, const QList<QDate>& months, const QTimeZone& zone, qint64 dueSoonMs);

    /// Requests open now by type and state, overdue and due soon, and the overdue ones.
    Status openRequests();
    /// Requests answered in each month of the period, and on time.
    Status answeredByMonth();
    /// The median days from receipt to answer, per type.
    Status medians();
    /// Grants and withdrawals per purpose and month; stale grants now.
    Status consent();
    /// Rejections and executed erasures of the period.
    Status requestsClosed();
    /// Retention runs and recipient notifications of the period (by their audit action).
    Status auditActions();

private:
    struct ConsentCount
    {
        qint64 purposeId = 0;
        int month = 0;
        qint64 granted = 0;
        qint64 withdrawn = 0;
    };
    Result<QList<ConsentCount>> consentCounts();
    Result<QList<ConsentCount>> consentCountsSqlite(sqlite3* handle);
    Result<QHash<qint64, QString>> purposeCodes();
    Status lines(const QString& sql, const QVariantList& values, QList<ReportRequestLine>* out);

    const Database& m_db;
    ComplianceFigures& m_f;
    const QList<QDate>& m_months;
    QTimeZone m_zone;
    qint64 m_from;
    qint64 m_to;
    qint64 m_now;
    qint64 m_dueSoonMs;
};
