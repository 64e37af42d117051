#include "core/reports/ReportService.h"

#include "core/common/Clock.h"
#include "core/consent/NoticeService.h"
#include "core/domain/Request.h"
#include "core/reports/ReportDocument.h"
#include "core/requests/RequestService.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QThread>

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

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 startOfDay(const QDate& d, const QTimeZone& zone)
{
    return d.startOfDay(zone).toMSecsSinceEpoch();
}

// The 1st of every month the period touches, in order.
QList<QDate> monthsOf(const ReportPeriod& p)
{
    QList<QDate> out;
    for (QDate m(p.first.year(), p.first.month(), 1); m <= p.last; m = m.addMonths(1)) {
        out << m;
    }
    return out;
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
    l.received = fromMs(q.value(4));
    l.due = fromMs(q.value(5));
    l.closed = fromMs(q.value(6));
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

// The aggregates scan and sort millions of consent events: on SQLite this connection gets a
// large page cache, in-memory sorting and memory-mapped reads while they run (restored
// afterwards, as CustomerBulkWriter does). Pragma names and values are fixed text.
class SqliteTuning
{
public:
    explicit SqliteTuning(const Database& db)
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
    ~SqliteTuning()
    {
        for (const auto& [pragma, value] : std::as_const(m_old)) {
            Q_UNUSED(m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(value)));
        }
        if (!m_old.isEmpty()) {
            Q_UNUSED(m_db.exec(QStringLiteral("PRAGMA shrink_memory")));
        }
    }
    SqliteTuning(const SqliteTuning&) = delete;
    SqliteTuning& operator=(const SqliteTuning&) = delete;

private:
    const Database& m_db;
    QList<QPair<QString, qint64>> m_old;
};

// One computation on one connection; each step fills part of the figures.
class Computation
{
public:
    Computation(const Database& db, ComplianceFigures* f, const QList<QDate>& months, const QTimeZone& zone)
        : m_db(db)
        , m_f(*f)
        , m_months(months)
        , m_zone(zone)
        , m_from(f->from.toMSecsSinceEpoch())
        , m_to(f->to.toMSecsSinceEpoch())
        , m_now(f->generatedAt.toMSecsSinceEpoch())
    { }

    Status openRequests()
    {
        const qint64 soon = m_now + qint64(RequestService::kDueSoonHours) * 3600 * 1000;
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

    Status answeredByMonth()
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

    Status medians()
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

    Status consent()
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
        auto latest = NoticeService::latestMaterialInEffect(m_db, m_now);
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

    struct ConsentCount
    {
        qint64 purposeId = 0;
        int month = 0;
        qint64 granted = 0;
        qint64 withdrawn = 0;
    };

    // Grants and withdrawals per purpose and month of the period, ordered by purpose, month.
    // SQLite would sort every event of the period for the GROUP BY (5,000,000 at scale: most
    // of a report's time); there the events are read once through the connection's own handle
    // and counted into the few purpose x month cells here. PostgreSQL hashes the groups itself.
    Result<QList<ConsentCount>> consentCounts()
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

    Result<QList<ConsentCount>> consentCountsSqlite(sqlite3* handle)
    {
        std::vector<qint64> starts; // the start of every month after the first
        for (int i = 1; i < m_months.size(); ++i) {
            starts.push_back(startOfDay(m_months[i], m_zone));
        }
        SqliteStatement st;
        if (!st.prepare(handle,
                        "SELECT purpose_id, occurred_at, granted FROM consent_events WHERE occurred_at >= ?1 AND "
                        "occurred_at < ?2")) {
            return Error(
                ErrorCode::Storage,
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
            return Error(
                ErrorCode::Storage,
                Tr::tr("The consent events could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        QList<ConsentCount> out;
        for (const auto& [key, counts] : cells) {
            out << ConsentCount{key.first, key.second, counts.first, counts.second};
        }
        return out;
    }

    Status requestsClosed()
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
        if (auto st = lines(select.arg(QStringLiteral("state = 'rejected'")), {m_from, m_to}, &m_f.rejectedRequests);
            !st) {
            return st;
        }
        return lines(
            select.arg(QStringLiteral("type = 'erasure' AND state = 'executed'")), {m_from, m_to}, &m_f.erasures);
    }

    Status auditActions()
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

private:
    Result<QHash<qint64, QString>> purposeCodes()
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

    Status lines(const QString& sql, const QVariantList& values, QList<ReportRequestLine>* out)
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

    const Database& m_db;
    ComplianceFigures& m_f;
    const QList<QDate>& m_months;
    QTimeZone m_zone;
    qint64 m_from;
    qint64 m_to;
    qint64 m_now;
};

} // namespace

ReportPeriod ReportPeriod::thisMonth(const QDate& today)
{
    return {QDate(today.year(), today.month(), 1), today};
}

ReportPeriod ReportPeriod::lastMonths(const QDate& today, int months)
{
    return {QDate(today.year(), today.month(), 1).addMonths(-(std::max(months, 1) - 1)), today};
}

ReportPeriod ReportPeriod::thisYear(const QDate& today)
{
    return {QDate(today.year(), 1, 1), today};
}

ReportService::ReportService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
    , m_audit(m_session)
    , m_ownerThread(QThread::currentThread())
    , m_zone(QTimeZone::utc())
{
    // Months and days follow the workspace's calendar, as deadlines do.
    auto policy = RequestService(m_session).deadlinePolicy();
    if (policy) {
        m_zone = policy->timeZone;
    }
}

QString ReportService::formatCode(Format f)
{
    return f == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
}

Status ReportService::requireReports(AuditLog* offThreadLog)
{
    if (!offThreadLog) {
        return m_session->require(Permission::ViewReports, QStringLiteral("report"));
    }
    // Off the owner thread the session's connection may not be used: Session::require's rule,
    // with a denial recorded through this thread's own connection.
    if (!m_session->isOpen()) {
        return Error(ErrorCode::PermissionDenied, Tr::tr("The session has ended. Sign in again."));
    }
    if (m_session->can(Permission::ViewReports) && !m_session->mustChangePassword()
        && !m_session->mustEnrolTwoFactor()) {
        return {};
    }
    AuditRecord rec;
    rec.action = QStringLiteral("permission.denied");
    rec.objectType = QStringLiteral("report");
    rec.details = QStringLiteral("permission=") + Permissions::permissionCode(Permission::ViewReports);
    if (auto e = offThreadLog->append(m_session->actor(), rec); !e) {
        return e.error();
    }
    return Error(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow this."));
}

Result<ComplianceFigures> ReportService::figures(const ReportPeriod& period, bool verifyChain, const Progress& progress)
{
    std::shared_ptr<Database> db = m_session->database();
    const bool offThread = QThread::currentThread() != m_ownerThread;
    if (offThread) {
        auto own = db->reopen();
        if (!own) {
            return own.error();
        }
        db = *own;
    }
    AuditLog offLog(db, m_session->vault());
    if (auto st = requireReports(offThread ? &offLog : nullptr); !st) {
        return st.error();
    }
    if (!period.isValid()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose a period whose first day is not after its last day."));
    }
    ComplianceFigures f;
    f.period = period;
    f.from = period.first.startOfDay(m_zone).toUTC();
    f.to = period.last.addDays(1).startOfDay(m_zone).toUTC();
    f.timeZone = QString::fromUtf8(m_zone.id());
    f.generatedAt = Clock::instance().now().toUTC();
    f.generatedBy = m_session->user().username;
    const QList<QDate> months = monthsOf(period);
    const SqliteTuning tuning(*db);
    Computation c(*db, &f, months, m_zone);
    const QList<std::function<Status()>> steps{[&] { return c.openRequests(); },
                                               [&] { return c.answeredByMonth(); },
                                               [&] { return c.medians(); },
                                               [&] { return c.consent(); },
                                               [&] { return c.requestsClosed(); },
                                               [&] {
                                                   return c.auditActions();
                                               }};
    const int total = int(steps.size()) + (verifyChain ? 1 : 0);
    for (int i = 0; i < steps.size(); ++i) {
        if (progress && !progress(i, total)) {
            return Error(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        }
        if (auto st = steps[i](); !st) {
            return st.error();
        }
    }
    if (verifyChain) {
        if (progress && !progress(int(steps.size()), total)) {
            return Error(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        }
        auto v = m_audit.verify(std::nullopt, [&](qint64, qint64) { return !progress || progress(total - 1, total); });
        if (!v) {
            return v.error();
        }
        f.chain.verified = true;
        f.chain.intact = v->intact;
        f.chain.entries = v->entries;
        f.chain.firstBroken = v->firstBroken;
        f.chain.problem = v->problem;
        f.chain.headSeq = v->head.seq;
        f.chain.headMacHex = QString::fromLatin1(v->head.mac.toHex());
    }
    if (progress) {
        progress(total, total);
    }
    return f;
}

Result<QStringList> ReportService::exportReport(const ComplianceFigures& figures,
                                                Format format,
                                                const QString& language,
                                                const QString& path,
                                                const PdfRenderer& pdf)
{
    if (auto st = requireReports(nullptr); !st) {
        return st.error();
    }
    if (language != QLatin1String("en") && language != QLatin1String("id")) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose English (en) or Bahasa Indonesia (id)."));
    }
    if (path.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose where to save the report."));
    }
    QStringList files;
    if (format == Format::Pdf) {
        if (!pdf) {
            return Error(ErrorCode::InvalidInput, Tr::tr("No PDF renderer was given."));
        }
        const ReportDocument doc(figures, language);
        if (auto st = pdf(doc.html(), path, doc.title()); !st) {
            return st.error();
        }
        files << path;
    } else {
        auto written = ReportDocument(figures, language).writeCsvBundle(path);
        if (!written) {
            return written.error();
        }
        files = *written;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("report.generate");
    rec.objectType = QStringLiteral("report");
    rec.details = QStringLiteral("from=%1;to=%2;format=%3;language=%4")
                      .arg(figures.period.first.toString(Qt::ISODate),
                           figures.period.last.toString(Qt::ISODate),
                           formatCode(format),
                           language);
    if (auto e = m_session->audit(rec); !e) {
        return e.error();
    }
    return files;
}
