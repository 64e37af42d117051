#include "core/services/AuditLog.h"

#include "core/Clock.h"
#include "core/crypto/Hmac.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtEndian>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

const QByteArray kGenesis(Hmac::Size, '\0');

void putU64(QByteArray& out, quint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void putText(QByteArray& out, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    char buf[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), buf);
    out.append(buf, 4);
    out.append(utf8);
}

// Fixed column order for reading entries back; the canonical form does not depend on it.
const char* const kSelectChain = "SELECT seq, occurred_at, actor_id, actor, role, action, object_type, object_id, "
                                 "justification, details, prev_mac, mac FROM audit_log WHERE seq > ? ORDER BY seq "
                                 "LIMIT ?";

// Text columns are NOT NULL: a null QString binds as SQL NULL, an empty one as ''.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
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

} // namespace

QString AuditLog::Head::toString() const
{
    return QString::number(seq) + QLatin1Char(':') + QString::fromLatin1(mac.toHex());
}

Result<AuditLog::Head> AuditLog::Head::parse(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    bool ok = false;
    Head h;
    if (parts.size() == 2) {
        h.seq = parts.at(0).toLongLong(&ok);
        h.mac = QByteArray::fromHex(parts.at(1).toLatin1());
    }
    if (!ok || h.seq < 0 || h.mac.size() != Hmac::Size
        || parts.at(1).size() != 2 * Hmac::Size) {
        return Error(ErrorCode::InvalidInput,
                     tr("A checkpoint is a sequence number and a 64-digit MAC, like 1024:3fa2…"));
    }
    return h;
}

AuditLog::AuditLog(std::shared_ptr<Database> db, Vault vault)
    : m_db(std::move(db))
    , m_vault(std::move(vault))
{
}

QByteArray AuditLog::canonical(const AuditEntry& e)
{
    QByteArray out;
    out.reserve(128);
    out.append("amanah-audit/v1", 15);
    putU64(out, static_cast<quint64>(e.seq));
    putU64(out, static_cast<quint64>(e.occurred.toMSecsSinceEpoch()));
    putU64(out, static_cast<quint64>(e.actorId));
    putText(out, e.actor);
    putText(out, e.role);
    putText(out, e.action);
    putText(out, e.objectType);
    putText(out, e.objectId);
    putText(out, e.justification);
    putText(out, e.details);
    return out;
}

Result<AuditLog::Head> AuditLog::head() const
{
    auto q = m_db->exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    Head h;
    h.mac = kGenesis;
    if (q->next()) {
        h.seq = q->value(0).toLongLong();
        h.mac = q->value(1).toByteArray();
    }
    return h;
}

Result<AuditEntry> AuditLog::append(const AuditActor& actor, const AuditRecord& record)
{
    if (!m_vault.isValid()) {
        return Error(ErrorCode::Crypto, tr("The audit trail cannot be written while the workspace is locked."));
    }
    auto tx = m_db->begin();
    if (!tx) {
        return tx.error();
    }
    if (m_db->isPostgres()) {
        // Desktops sharing a workspace append one at a time; the key is Amanah's own.
        if (auto r = m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(7218150302)")); !r) {
            return r.error();
        }
    }
    auto h = head();
    if (!h) {
        return h.error();
    }
    AuditEntry e;
    e.seq = h->seq + 1;
    e.occurred = Clock::instance().now();
    e.actorId = actor.id;
    e.actor = actor.username;
    e.role = actor.roles;
    e.action = record.action;
    e.objectType = record.objectType;
    e.objectId = record.objectId;
    e.justification = record.justification;
    e.details = record.details;
    e.prevMac = h->mac;
    Hmac mac = m_vault.auditMac();
    mac.update(e.prevMac);
    mac.update(canonical(e));
    e.mac = mac.final();
    auto ins = m_db->exec(QStringLiteral("INSERT INTO audit_log (seq, occurred_at, actor_id, actor, role, action, "
                                         "object_type, object_id, justification, details, prev_mac, mac) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {e.seq,
                           e.occurred.toMSecsSinceEpoch(),
                           e.actorId,
                           text(e.actor),
                           text(e.role),
                           text(e.action),
                           text(e.objectType),
                           text(e.objectId),
                           text(e.justification),
                           text(e.details),
                           e.prevMac,
                           e.mac});
    if (!ins) {
        return ins.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return e;
}

Result<AuditLog::Verification> AuditLog::verify(const std::optional<Head>& checkpoint,
                                                const std::function<bool(qint64, qint64)>& progress) const
{
    if (!m_vault.isValid()) {
        return Error(ErrorCode::Crypto, tr("The audit trail cannot be verified while the workspace is locked."));
    }
    auto total = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!total) {
        return total.error();
    }
    Verification v;
    v.head.mac = kGenesis;
    Hmac mac = m_vault.auditMac();
    QByteArray running = kGenesis;
    qint64 expected = 1;
    const qint64 batch = 20000;
    auto broken = [&](qint64 seq, const QString& problem) {
        v.intact = false;
        v.firstBroken = seq;
        v.problem = problem;
        return v;
    };
    for (;;) {
        auto q = m_db->exec(QString::fromLatin1(kSelectChain), {expected - 1, batch});
        if (!q) {
            return q.error();
        }
        qint64 rows = 0;
        while (q->next()) {
            ++rows;
            const AuditEntry e = readEntry(*q);
            if (e.seq != expected) {
                return broken(expected,
                              e.seq > expected ? tr("Entry %1 is missing: the trail jumps from %2 to %3.")
                                                     .arg(expected)
                                                     .arg(expected - 1)
                                                     .arg(e.seq)
                                               : tr("Entry %1 is out of order.").arg(e.seq));
            }
            if (e.prevMac != running) {
                return broken(e.seq,
                              tr("Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.")
                                  .arg(e.seq)
                                  .arg(e.seq - 1));
            }
            mac.update(running);
            mac.update(canonical(e));
            const QByteArray computed = mac.final();
            if (computed != e.mac) {
                return broken(e.seq, tr("Entry %1 was altered: its content does not match its MAC.").arg(e.seq));
            }
            running = computed;
            v.head.seq = e.seq;
            v.head.mac = computed;
            ++v.entries;
            ++expected;
        }
        if (progress && !progress(v.entries, total->toLongLong())) {
            return Error(ErrorCode::Cancelled, tr("Verification was cancelled."));
        }
        if (rows < batch) {
            break;
        }
    }
    if (checkpoint) {
        if (checkpoint->seq > v.head.seq) {
            return broken(v.head.seq + 1,
                          tr("The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on "
                             "were removed.")
                              .arg(v.head.seq)
                              .arg(checkpoint->seq)
                              .arg(v.head.seq + 1));
        }
        if (checkpoint->seq > 0) {
            auto at = m_db->scalar(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {checkpoint->seq});
            if (!at) {
                return at.error();
            }
            if (at->toByteArray() != checkpoint->mac) {
                return broken(checkpoint->seq,
                              tr("Entry %1 does not match the checkpoint: the trail was rewritten.")
                                  .arg(checkpoint->seq));
            }
        }
    }
    v.intact = true;
    return v;
}

Status AuditLog::recordPending(const Database& db, const QString& actor, const QString& action,
                               const QString& details)
{
    auto r = db.exec(QStringLiteral("INSERT INTO pending_audit (occurred_at, actor, action, details) "
                                    "VALUES (?, ?, ?, ?)"),
                     {Clock::instance().nowMs(), text(actor), text(action), text(details)});
    if (!r) {
        return r.error();
    }
    return {};
}

Status AuditLog::chainPending()
{
    auto tx = m_db->begin();
    if (!tx) {
        return tx.error();
    }
    auto q = m_db->exec(
        QStringLiteral("SELECT id, occurred_at, actor, action, details FROM pending_audit ORDER BY id"));
    if (!q) {
        return q.error();
    }
    struct Pending
    {
        qint64 id;
        qint64 at;
        QString actor, action, details;
    };
    QList<Pending> pending;
    while (q->next()) {
        pending.append({q->value(0).toLongLong(),
                        q->value(1).toLongLong(),
                        q->value(2).toString(),
                        q->value(3).toString(),
                        q->value(4).toString()});
    }
    for (const Pending& p : pending) {
        AuditRecord rec;
        rec.action = p.action;
        rec.objectType = QStringLiteral("user");
        rec.objectId = p.actor;
        rec.details = p.details + (p.details.isEmpty() ? QString() : QStringLiteral("; "))
                      + QStringLiteral("recorded_at=")
                      + QDateTime::fromMSecsSinceEpoch(p.at, Qt::UTC).toString(Qt::ISODateWithMs);
        AuditActor actor;
        actor.username = QStringLiteral("system");
        if (auto r = append(actor, rec); !r) {
            return r.error();
        }
        if (auto d = m_db->exec(QStringLiteral("DELETE FROM pending_audit WHERE id = ?"), {p.id}); !d) {
            return d.error();
        }
    }
    return (*tx)->commit();
}
