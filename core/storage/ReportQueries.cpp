#include "core/storage/ReportQueries.h"

#include "core/domain/Request.h"
#include "core/storage/NoticeStore.h"
#include "core/storage/Sql.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <vector>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
};

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// The states that answer a request, and its effective due date once closed (no pause runs).
const char* const kAnswered = "state IN ('completed', 'rejected', 'executed')";
const char* const kOpen = "state NOT IN ('completed', 'rejected', 'withdrawn', 'executed')";
const char* const kClosedDue = "(COALESCE(extended_due_at, due_at) + paused_ms)";
// The effective due date of an open request: a running pause counts up to now (bound first).
const char* const kOpenDue
    = "(COALESCE(extended_due_at, due_at) + paused_ms + CASE WHEN paused_since IS NULL THEN 0 ELSE ? - paused_since "
      "END)";

qint64 startOfDay(const QDate& d, const QTimeZone& zone)
{
    return d.startOfDay(zone).toMSecsSinceEpoch();
}

// "CASE WHEN col < ? THEN 0 WHEN col < ? THEN 1 ... ELSE n-1 END" with the month starts bound:
// one pass over the rows buckets them by month of the workspace's calendar.
struct MonthBuckets
{
    QString sql;
    QVariantList values;

    MonthBuckets(const char* column, const QList<QDate>& months, const QTimeZone& zone)
    {
        if (months.size() < 2) {
            sql = QStringLiteral("0");
            return;
        }
        sql = QStringLiteral("CASE");
        for (int i = 1; i < months.size(); ++i) {
            sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(QString::fromLatin1(column)).arg(i - 1);
            values << startOfDay(months[i], zone);
        }
        sql += QStringLiteral(" ELSE %1 END").arg(months.size() - 1);
    }
};

ReportRequestLine readLine(const QSqlQuery& q)
{
    ReportRequestLine l;
    l.id = q.value(0).toLongLong();
    l.type = q.value(1).toString();
    l.state = q.value(2).toString();
    l.jurisdiction = q.value(3).toString();
    l.received = Sql::fromMs(q.value(4));
    l.due = Sql::fromMs(q.value(5));
    l.closed = Sql::fromMs(q.value(6));
    l.reasonCode = q.value(7).toString();
    return l;
}

double median(QList<qint64> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    const double mid = n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2.0;
    return mid / double(kDayMs);
}

} // namespace

ReportQueries::Tuning::Tuning(const Database& db)
    : m_db(db)
{
    if (db.isPostgres() || db.inTransaction()) {
        return;
    }
    for (const char* pragma : {"cache_size", "temp_store", "mmap_size"}) {
        auto v = db.scalar(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(pragma)));
        if (v && !v->isNull()) {
            m_old.append({QString::fromLatin1(pragma), v->toLongLong()});
        }
    }
    for (const char* sql :
         {"PRAGMA cache_size = -131072", "PRAGMA temp_store = MEMORY", "PRAGMA mmap_size = 1073741824"}) {
        Q_UNUSED(db.exec(QString::fromLatin1(sql)));
    }
}

ReportQueries::Tuning::~Tuning()
{
    for (const auto& [pragma, value] : std::as_const(m_old)) {
        Q_UNUSED(m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value)));
    }
    if (!m_old.isEmpty()) {
        Q_UNUSED(m_db.exec(QStringLiteral("PRAGMA shrink_memory")));
    }
}

ReportQueries::ReportQueries(
    const Database& db, ComplianceFigures* f, const QList<QDate>& months, const QTimeZone& zone, qint64 dueSoonMs)
    : m_db(db)
    , m_f(*f)
    , m_months(months)
    , m_zone(zone)
    , m_from(f->from.toMSecsSinceEpoch())
    , m_to(f->to.toMSecsSinceEpoch())
    , m_now(f->generatedAt.toMSecsSinceEpoch())
    , m_dueSoonMs(dueSoonMs)
{ }

Status ReportQueries::openRequests()
{
    const qint64 soon = m_now + m_dueSoonMs;
    auto q = m_db.exec(QStringLiteral("SELECT type, state, count(*), SUM(CASE WHEN eff < ? THEN 1 ELSE 0 END), "
                                      "SUM(CASE WHEN eff >= ? AND eff < ? THEN 1 ELSE 0 END) FROM (SELECT type, "
                                      "state, %1 AS eff FROM requests WHERE %2) r GROUP BY type, state")
                           .arg(QString::fromLatin1(kOpenDue), QString::fromLatin1(kOpen)),
                       {m_now, m_now, soon, m_now});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const qint64 n = q->value(2).toLongLong();
        m_f.openByTypeAndState[q->value(0).toString()][q->value(1).toString()] += n;
        m_f.openTotal += n;
        m_f.overdue += q->value(3).toLongLong();
        m_f.dueSoon += q->value(4).toLongLong();
    }
    return lines(QStringLiteral("SELECT id, type, state, jurisdiction, received_at, eff, NULL, '' FROM (SELECT "
                                "r.*, %1 AS eff FROM requests r WHERE %2) q WHERE eff < ? ORDER BY eff, id")
                     .arg(QString::fromLatin1(kOpenDue), QString::fromLatin1(kOpen)),
                 {m_now, m_now},
                 &m_f.overdueRequests);
}

Status ReportQueries::answeredByMonth()
{
    const MonthBuckets b("updated_at", m_months, m_zone);
    QVariantList values = b.values;
    values << m_from << m_to;
    auto q = m_db.exec(QStringLiteral("SELECT %1 AS m, count(*), SUM(CASE WHEN updated_at <= %2 THEN 1 ELSE 0 "
                                      "END) FROM requests WHERE %3 AND updated_at >= ? AND updated_at < ? "
                                      "GROUP BY m")
                           .arg(b.sql, QString::fromLatin1(kClosedDue), QString::fromLatin1(kAnswered)),
                       values);
    if (!q) {
        return q.error();
    }
    for (const QDate& m : m_months) {
        m_f.answeredByMonth << ComplianceFigures::MonthShare{m, 0, 0};
    }
    while (q->next()) {
        const int i = q->value(0).toInt();
        if (i >= 0 && i < m_f.answeredByMonth.size()) {
            m_f.answeredByMonth[i].answered = q->value(1).toLongLong();
            m_f.answeredByMonth[i].onTime = q->value(2).toLongLong();
            m_f.answered += m_f.answeredByMonth[i].answered;
            m_f.answeredOnTime += m_f.answeredByMonth[i].onTime;
        }
    }
    return {};
}

Status ReportQueries::medians()
{
    auto q = m_db.exec(QStringLiteral("SELECT type, updated_at - received_at FROM requests WHERE %1 AND "
                                      "updated_at >= ? AND updated_at < ?")
                           .arg(QString::fromLatin1(kAnswered)),
                       {m_from, m_to});
    if (!q) {
        return q.error();
    }
    QHash<QString, QList<qint64>> byType;
    while (q->next()) {
        byType[q->value(0).toString()] << q->value(1).toLongLong();
    }
    for (int t = 0; t <= static_cast<int>(Request::Type::ConsentWithdrawal); ++t) {
        const QString code = Request::typeCode(static_cast<Request::Type>(t));
        const auto it = byType.constFind(code);
        if (it != byType.constEnd()) {
            m_f.medianByType << ComplianceFigures::TypeMedian{code, qint64(it->size()), median(*it)};
        }
    }
    return {};
}

Status ReportQueries::consent()
{
    auto codes = purposeCodes();
    if (!codes) {
        return codes.error();
    }
    auto rows = consentCounts();
    if (!rows) {
        return rows.error();
    }
    QMap<QString, ComplianceFigures::PurposeConsent> byPurpose;
    for (const ConsentCount& row : *rows) {
        const QString code = codes->value(row.purposeId);
        const int i = std::clamp(row.month, 0, int(m_months.size()) - 1);
        ComplianceFigures::ConsentMonth cell{code, m_months[i], row.granted, row.withdrawn};
        m_f.consentByMonth << cell;
        auto& p = byPurpose[code];
        p.purpose = code;
        p.granted += cell.granted;
        p.withdrawn += cell.withdrawn;
        m_f.consentsGranted += cell.granted;
        m_f.consentsWithdrawn += cell.withdrawn;
    }
    // Stale: FairUse::isStale (a grant under a notice older than the newest material one in
    // effect), over the consent_state projection as NoticeService::staleGrantCount counts it.
    auto latest = NoticeStore::latestMaterialInEffect(m_db, m_now);
    if (!latest) {
        return latest.error();
    }
    auto s = m_db.exec(QStringLiteral("SELECT purpose_id, count(*) FROM consent_state WHERE granted = 1 AND "
                                      "notice_version_id < ? GROUP BY purpose_id"),
                       {*latest});
    if (!s) {
        return s.error();
    }
    while (s->next()) {
        const QString code = codes->value(s->value(0).toLongLong());
        auto& p = byPurpose[code];
        p.purpose = code;
        p.stale = s->value(1).toLongLong();
        m_f.staleConsents += p.stale;
    }
    m_f.consentByPurpose = byPurpose.values();
    return {};
}

// Grants and withdrawals per purpose and month of the period, ordered by purpose, month.
// SQLite would sort every event of the period for the GROUP BY (5,000,000 at scale: most
// of a report's time); there the events are read once through the connection's own handle
// and counted into the few purpose x month cells here. PostgreSQL hashes the groups itself.
Result<QList<ReportQueries::ConsentCount>> ReportQueries::consentCounts()
{
    if (sqlite3* handle = sqliteHandle(m_db)) {
        return consentCountsSqlite(handle);
    }
    const MonthBuckets b("occurred_at", m_months, m_zone);
    QVariantList values = b.values;
    values << m_from << m_to;
    auto q = m_db.exec(QStringLiteral("SELECT purpose_id, %1 AS m, SUM(granted), SUM(1 - granted) FROM "
                                      "consent_events WHERE occurred_at >= ? AND occurred_at < ? GROUP BY "
                                      "purpose_id, m ORDER BY purpose_id, m")
                           .arg(b.sql),
                       values);
    if (!q) {
        return q.error();
    }
    QList<ConsentCount> out;
    while (q->next()) {
        out << ConsentCount{
            q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toLongLong(), q->value(3).toLongLong()};
    }
    return out;
}

Result<QList<ReportQueries::ConsentCount>> ReportQueries::consentCountsSqlite(sqlite3* handle)
{
    std::vector<qint64> starts; // the start of every month after the first
    for (int i = 1; i < m_months.size(); ++i) {
        starts.push_back(startOfDay(m_months[i], m_zone));
    }
    SqliteStatement st;
    if (!st.prepare(handle,
                    "SELECT purpose_id, occurred_at, granted FROM consent_events WHERE occurred_at >= ?1 AND "
                    "occurred_at < ?2")) {
        return Error(ErrorCode::Storage,
                     Tr::tr("The consent events could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    sqlite3_bind_int64(st.get(), 1, m_from);
    sqlite3_bind_int64(st.get(), 2, m_to);
    std::map<std::pair<qint64, int>, std::pair<qint64, qint64>> cells;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        const qint64 at = sqlite3_column_int64(st.get(), 1);
        const int month = int(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin());
        auto& cell = cells[{sqlite3_column_int64(st.get(), 0), month}];
        (sqlite3_column_int64(st.get(), 2) ? cell.first : cell.second) += 1;
    }
    if (rc != SQLITE_DONE) {
        return Error(ErrorCode::Storage,
                     Tr::tr("The consent events could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    QList<ConsentCount> out;
    for (const auto& [key, counts] : cells) {
        out << ConsentCount{key.first, key.second, counts.first, counts.second};
    }
    return out;
}

Status ReportQueries::requestsClosed()
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM requests WHERE type = 'erasure' AND state = "
                                        "'executed' AND updated_at >= ? AND updated_at < ?"),
                         {m_from, m_to});
    if (!n) {
        return n.error();
    }
    m_f.erasuresDone = n->toLongLong();
    const QString select = QStringLiteral("SELECT id, type, state, jurisdiction, received_at, %1, updated_at, "
                                          "COALESCE(reason_code, '') FROM requests WHERE %2 AND updated_at >= ? "
                                          "AND updated_at < ? ORDER BY updated_at, id")
                               .arg(QString::fromLatin1(kClosedDue));
    if (auto st = lines(select.arg(QStringLiteral("state = 'rejected'")), {m_from, m_to}, &m_f.rejectedRequests); !st) {
        return st;
    }
    return lines(select.arg(QStringLiteral("type = 'erasure' AND state = 'executed'")), {m_from, m_to}, &m_f.erasures);
}

Status ReportQueries::auditActions()
{
    // Counted by name: retention runs and recipient notifications are recorded by their
    // own services under these actions.
    auto q = m_db.exec(QStringLiteral("SELECT action, count(*) FROM audit_log WHERE action IN ('retention.run', "
                                      "'recipient.notified') AND occurred_at >= ? AND occurred_at < ? "
                                      "GROUP BY action"),
                       {m_from, m_to});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const QString action = q->value(0).toString();
        (action == QLatin1String("retention.run") ? m_f.retentionRuns : m_f.recipientsNotified)
            = q->value(1).toLongLong();
    }
    return {};
}

Result<QHash<qint64, QString>> ReportQueries::purposeCodes()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code FROM purposes"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, QString> codes;
    while (q->next()) {
        codes.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return codes;
}

Status ReportQueries::lines(const QString& sql, const QVariantList& values, QList<ReportRequestLine>* out)
{
    auto q = m_db.exec(sql, values);
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        *out << readLine(*q);
    }
    return {};
}
