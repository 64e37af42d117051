#include "core/audit/AuditService.h"

#include "core/common/Clock.h"
#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QThread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
};

const char* const kColumns = "SELECT seq, occurred_at, actor_id, actor, role, action, object_type, object_id, "
                             "justification, details, prev_mac, mac FROM audit_log";

// A WHERE clause from fixed clause strings; what the user typed only ever travels as a bound value.
struct Where
{
    QStringList clauses;
    QVariantList values;

    void add(const char* clause, const QVariant& value)
    {
        clauses << QString::fromLatin1(clause);
        values << value;
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
    }
};

Where whereFor(const AuditFilter& f)
{
    Where w;
    if (!f.actor.trimmed().isEmpty()) {
        w.add("actor = ?", f.actor.trimmed());
    }
    if (!f.action.trimmed().isEmpty()) {
        // A case-sensitive prefix match that means the same on SQLite and PostgreSQL (unlike LIKE).
        const QString prefix = f.action.trimmed();
        w.clauses << QStringLiteral("substr(action, 1, ?) = ?");
        w.values << static_cast<int>(prefix.size()) << prefix;
    }
    if (!f.objectType.trimmed().isEmpty()) {
        w.add("object_type = ?", f.objectType.trimmed());
    }
    if (!f.objectId.trimmed().isEmpty()) {
        w.add("object_id = ?", f.objectId.trimmed());
    }
    if (f.from.isValid()) {
        w.add("occurred_at >= ?", f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        w.add("occurred_at < ?", f.to.toMSecsSinceEpoch());
    }
    return w;
}

AuditEntry readEntry(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.occurred = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actorId = q.value(2).toLongLong();
    e.actor = q.value(3).toString();
    e.role = q.value(4).toString();
    e.action = q.value(5).toString();
    e.objectType = q.value(6).toString();
    e.objectId = q.value(7).toString();
    e.justification = q.value(8).toString();
    e.details = q.value(9).toString();
    e.prevMac = q.value(10).toByteArray();
    e.mac = q.value(11).toByteArray();
    return e;
}

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
    const Where w = whereFor(filter);
    auto n = m_session->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log") + w.sql(), w.values);
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

Result<QList<AuditEntry>> AuditService::page(const AuditFilter& filter, qint64 beforeSeq, int limit)
{
    if (auto st = requireView(nullptr); !st) {
        return st.error();
    }
    Where w = whereFor(filter);
    if (beforeSeq > 0) {
        w.add("seq < ?", beforeSeq);
    }
    w.values << qBound(1, limit, 10000);
    auto q = m_session->db().exec(
        QString::fromLatin1(kColumns) + w.sql() + QStringLiteral(" ORDER BY seq DESC LIMIT ?"), w.values);
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> out;
    while (q->next()) {
        out << readEntry(*q);
    }
    return out;
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
    const Database& db = m_session->db();
    // Entries up to the head taken now: they never change, so head, count and rows agree.
    auto head = m_session->auditLog().head();
    if (!head) {
        return head.error();
    }
    Where w = whereFor(period);
    w.add("seq <= ?", head->seq);
    auto total = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log") + w.sql(), w.values);
    if (!total) {
        return total.error();
    }
    AuditExportResult result;
    result.path = path;
    result.head = *head;
    result.count = total->toLongLong();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The export file “%1” cannot be written: %2").arg(path, file.errorString()));
    }
    const QString exportedAt = isoUtc(Clock::instance().now());
    const QString from = period.from.isValid() ? isoUtc(period.from) : QString();
    const QString to = period.to.isValid() ? isoUtc(period.to) : QString();
    if (format == Format::Csv) {
        // A preamble of '#' lines (pandas: comment='#'), then one header row and the entries.
        QString pre;
        pre += QStringLiteral("# Amanah audit trail export\r\n");
        pre += QStringLiteral("# chain head: %1\r\n").arg(head->toString());
        pre += QStringLiteral("# entries: %1\r\n").arg(result.count);
        pre += QStringLiteral("# period: %1 to %2 (UTC; the end is exclusive)\r\n")
                   .arg(from.isEmpty() ? QStringLiteral("start") : from, to.isEmpty() ? QStringLiteral("now") : to);
        pre += QStringLiteral("# exported at: %1\r\n").arg(exportedAt);
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
        file.write(pre.toUtf8());
    } else {
        QJsonObject meta;
        meta.insert(QStringLiteral("format"), QStringLiteral("amanah-audit-export/v1"));
        meta.insert(QStringLiteral("chainHead"), head->toString());
        meta.insert(QStringLiteral("headSeq"), head->seq);
        meta.insert(QStringLiteral("headMac"), QString::fromLatin1(head->mac.toHex()));
        meta.insert(QStringLiteral("count"), result.count);
        meta.insert(QStringLiteral("exportedAt"), exportedAt);
        meta.insert(QStringLiteral("from"), from);
        meta.insert(QStringLiteral("to"), to);
        // The metadata object, opened up to take the streamed "entries" array last.
        QByteArray doc = QJsonDocument(meta).toJson(QJsonDocument::Indented);
        doc.chop(3); // "\n}\n"
        doc += ",\n    \"entries\": [";
        file.write(doc);
    }
    qint64 after = 0;
    qint64 written = 0;
    const int batch = 5000;
    for (;;) {
        Where b = w;
        b.add("seq > ?", after);
        b.values << batch;
        auto q = db.exec(QString::fromLatin1(kColumns) + b.sql() + QStringLiteral(" ORDER BY seq LIMIT ?"), b.values);
        if (!q) {
            return q.error();
        }
        int rows = 0;
        QByteArray chunk;
        while (q->next()) {
            const AuditEntry e = readEntry(*q);
            after = e.seq;
            if (format == Format::Csv) {
                chunk += CsvWriter::row(csvCells(e)).toUtf8();
            } else {
                chunk += written + rows == 0 ? "\n        " : ",\n        ";
                chunk += QJsonDocument(jsonEntry(e)).toJson(QJsonDocument::Compact);
            }
            ++rows;
        }
        written += rows;
        file.write(chunk);
        if (rows < batch) {
            break;
        }
    }
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
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    return result;
}
