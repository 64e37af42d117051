#include "core/audit/AuditService.h"

#include "core/common/Clock.h"
#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
};

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QStringList csvCells(const AuditEntry& e)
{
    return {QString::number(e.seq),
            isoUtc(e.occurred),
            QString::number(e.actorId),
            e.actor,
            e.role,
            e.action,
            e.objectType,
            e.objectId,
            e.justification,
            e.details,
            QString::fromLatin1(e.prevMac.toHex()),
            QString::fromLatin1(e.mac.toHex())};
}

QJsonObject jsonEntry(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("occurredAt"), isoUtc(e.occurred));
    o.insert(QStringLiteral("actorId"), e.actorId);
    o.insert(QStringLiteral("actor"), e.actor);
    o.insert(QStringLiteral("role"), e.role);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("objectType"), e.objectType);
    o.insert(QStringLiteral("objectId"), e.objectId);
    o.insert(QStringLiteral("justification"), e.justification);
    o.insert(QStringLiteral("details"), e.details);
    o.insert(QStringLiteral("prevMac"), QString::fromLatin1(e.prevMac.toHex()));
    o.insert(QStringLiteral("mac"), QString::fromLatin1(e.mac.toHex()));
    return o;
}

QString periodBound(const QDateTime& t)
{
    return t.isValid() ? isoUtc(t) : QString();
}

// A preamble of '#' lines (pandas: comment='#'), then one header row; the entries follow.
QByteArray csvPreamble(const AuditLog::Head& head, qint64 count, const AuditFilter& period)
{
    const QString from = periodBound(period.from);
    const QString to = periodBound(period.to);
    QString pre;
    pre += QStringLiteral("# Amanah audit trail export\r\n");
    pre += QStringLiteral("# chain head: %1\r\n").arg(head.toString());
    pre += QStringLiteral("# entries: %1\r\n").arg(count);
    pre += QStringLiteral("# period: %1 to %2 (UTC; the end is exclusive)\r\n")
               .arg(from.isEmpty() ? QStringLiteral("start") : from, to.isEmpty() ? QStringLiteral("now") : to);
    pre += QStringLiteral("# exported at: %1\r\n").arg(isoUtc(Clock::instance().now()));
    pre += CsvWriter::row({QStringLiteral("seq"),
                           QStringLiteral("occurred_at_utc"),
                           QStringLiteral("actor_id"),
                           QStringLiteral("actor"),
                           QStringLiteral("role"),
                           QStringLiteral("action"),
                           QStringLiteral("object_type"),
                           QStringLiteral("object_id"),
                           QStringLiteral("justification"),
                           QStringLiteral("details"),
                           QStringLiteral("prev_mac"),
                           QStringLiteral("mac")});
    return pre.toUtf8();
}

// The metadata object, opened up to take the streamed "entries" array last.
QByteArray jsonPreamble(const AuditLog::Head& head, qint64 count, const AuditFilter& period)
{
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QStringLiteral("amanah-audit-export/v1"));
    meta.insert(QStringLiteral("chainHead"), head.toString());
    meta.insert(QStringLiteral("headSeq"), head.seq);
    meta.insert(QStringLiteral("headMac"), QString::fromLatin1(head.mac.toHex()));
    meta.insert(QStringLiteral("count"), count);
    meta.insert(QStringLiteral("exportedAt"), isoUtc(Clock::instance().now()));
    meta.insert(QStringLiteral("from"), periodBound(period.from));
    meta.insert(QStringLiteral("to"), periodBound(period.to));
    QByteArray doc = QJsonDocument(meta).toJson(QJsonDocument::Indented);
    doc.chop(3); // "\n}\n"
    doc += ",\n    \"entries\": [";
    return doc;
}

} // namespace

AuditService::AuditService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
    , m_ownerThread(QThread::currentThread())
{ }

Status AuditService::requireView(AuditLog* offThreadLog)
{
    if (!offThreadLog) {
        return m_session->require(Permission::ViewAudit, QStringLiteral("audit_log"));
    }
    // Off the owner thread the session's connection may not be used: the same rule as
    // Session::require, with a denial recorded through this thread's own connection.
    if (m_session->isOpen() && m_session->can(Permission::ViewAudit) && !m_session->mustChangePassword()
        && !m_session->mustEnrolTwoFactor()) {
        return {};
    }
    if (!m_session->isOpen()) {
        return Error(ErrorCode::PermissionDenied, Tr::tr("The session has ended. Sign in again."));
    }
    AuditRecord rec;
    rec.action = QStringLiteral("permission.denied");
    rec.objectType = QStringLiteral("audit_log");
    rec.details = QStringLiteral("permission=") + Permissions::permissionCode(Permission::ViewAudit);
    if (auto e = offThreadLog->append(m_session->actor(), rec); !e) {
        return e.error();
    }
    return Error(ErrorCode::PermissionDenied, Tr::tr("Your role does not allow this."));
}

Result<qint64> AuditService::count(const AuditFilter& filter)
{
    if (auto st = requireView(nullptr); !st) {
        return st.error();
    }
    return m_session->auditLog().count(filter);
}

Result<QList<AuditEntry>> AuditService::page(const AuditFilter& filter, qint64 beforeSeq, int limit)
{
    if (auto st = requireView(nullptr); !st) {
        return st.error();
    }
    return m_session->auditLog().page(filter, beforeSeq, limit);
}

Result<AuditLog::Head> AuditService::head()
{
    if (auto st = requireView(nullptr); !st) {
        return st.error();
    }
    return m_session->auditLog().head();
}

Result<AuditLog::Verification> AuditService::verify(const std::optional<AuditLog::Head>& checkpoint,
                                                    const Progress& progress)
{
    // A QSqlDatabase connection belongs to one thread: a worker opens its own.
    std::shared_ptr<Database> db = m_session->database();
    if (QThread::currentThread() != m_ownerThread) {
        auto own = m_session->database()->reopen();
        if (!own) {
            return own.error();
        }
        db = *own;
    }
    AuditLog log(db, m_session->vault());
    const bool offThread = db != m_session->database();
    if (auto st = requireView(offThread ? &log : nullptr); !st) {
        return st.error();
    }
    auto v = log.verify(checkpoint, progress);
    AuditRecord rec;
    rec.action = QStringLiteral("audit.verify");
    rec.objectType = QStringLiteral("audit_log");
    if (!v) {
        if (v.code() != ErrorCode::Cancelled) {
            return v;
        }
        rec.details = QStringLiteral("result=cancelled");
    } else if (v->intact) {
        rec.details = QStringLiteral("result=intact; head_seq=%1; checkpoint=%2")
                          .arg(v->head.seq)
                          .arg(checkpoint ? QString::number(checkpoint->seq) : QStringLiteral("none"));
    } else {
        rec.details
            = QStringLiteral("result=broken; first_broken=%1; verified_to=%2").arg(v->firstBroken).arg(v->head.seq);
    }
    if (auto e = log.append(m_session->actor(), rec); !e) {
        return e.error();
    }
    return v;
}

Result<AuditExportResult> AuditService::exportCsv(const AuditFilter& period, const QString& path)
{
    return exportTo(period, path, Format::Csv);
}

Result<AuditExportResult> AuditService::exportJson(const AuditFilter& period, const QString& path)
{
    return exportTo(period, path, Format::Json);
}

Result<AuditExportResult> AuditService::exportTo(const AuditFilter& period, const QString& path, Format format)
{
    if (auto st = requireView(nullptr); !st) {
        return st.error();
    }
    // Entries up to the head taken now: they never change, so head, count and rows agree.
    const AuditLog& log = m_session->auditLog();
    auto head = log.head();
    if (!head) {
        return head.error();
    }
    auto total = log.count(period, head->seq);
    if (!total) {
        return total.error();
    }
    AuditExportResult result;
    result.path = path;
    result.head = *head;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The export file “%1” cannot be written: %2").arg(path, file.errorString()));
    }
    file.write(format == Format::Csv ? csvPreamble(*head, *total, period) : jsonPreamble(*head, *total, period));
    qint64 written = 0;
    QByteArray chunk;
    auto st = log.forEach(period, head->seq, [&](const AuditEntry& e) {
        if (format == Format::Csv) {
            chunk += CsvWriter::row(csvCells(e)).toUtf8();
        } else {
            chunk += written == 0 ? "\n        " : ",\n        ";
            chunk += QJsonDocument(jsonEntry(e)).toJson(QJsonDocument::Compact);
        }
        ++written;
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
        return true;
    });
    if (!st) {
        return st.error();
    }
    file.write(chunk);
    if (format == Format::Json) {
        file.write(written > 0 ? "\n    ]\n}\n" : "]\n}\n");
    }
    if (!file.commit()) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The export file “%1” cannot be written: %2").arg(path, file.errorString()));
    }
    result.count = written;
    AuditRecord rec;
    rec.action = QStringLiteral("audit.export");
    rec.objectType = QStringLiteral("audit_log");
    rec.details = QStringLiteral("format=%1; count=%2; head_seq=%3")
                      .arg(format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json"))
                      .arg(written)
                      .arg(head->seq);
    if (auto a = m_session->audit(rec); !a) {
        return a.error();
    }
    return result;
}
