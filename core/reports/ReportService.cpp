#include "core/reports/ReportService.h"

#include "core/common/Clock.h"
#include "core/domain/Request.h"
#include "core/reports/ReportDocument.h"
#include "core/requests/RequestService.h"
#include "core/storage/ReportQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QThread>

#include <algorithm>
#include <map>
#include <vector>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
};

// The 1st of every month the period touches, in order.
QList<QDate> monthsOf(const ReportPeriod& p)
{
    QList<QDate> out;
    for (QDate m(p.first.year(), p.first.month(), 1); m <= p.last; m = m.addMonths(1)) {
        out << m;
    }
    return out;
}

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
    const ReportQueries::Tuning tuning(*db);
    ReportQueries c(*db, &f, months, m_zone, qint64(RequestService::kDueSoonHours) * 3600 * 1000);
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
