#include "core/services/AuditLog.h"

#include "core/Clock.h"
#include "core/crypto/Hmac.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

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

void putBytes(QByteArray& out, const QByteArray& utf8)
{
    char buf[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), buf);
    out.append(buf, 4);
    out.append(utf8);
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
    const QByteArray texts[7] = {e.actor.toUtf8(),
                                 e.role.toUtf8(),
                                 e.action.toUtf8(),
                                 e.objectType.toUtf8(),
                                 e.objectId.toUtf8(),
                                 e.justification.toUtf8(),
                                 e.details.toUtf8()};
    return canonicalBytes(e.seq, e.occurred.toMSecsSinceEpoch(), e.actorId, texts);
}

QByteArray AuditLog::canonicalBytes(qint64 seq, qint64 occurredMs, qint64 actorId, const QByteArray (&texts)[7])
{
    qsizetype size = 15 + 3 * 8 + 7 * 4;
    for (const QByteArray& t : texts) {
        size += t.size();
    }
    QByteArray out;
    out.reserve(size);
    out.append("amanah-audit/v1", 15);
    putU64(out, static_cast<quint64>(seq));
    putU64(out, static_cast<quint64>(occurredMs));
    putU64(out, static_cast<quint64>(actorId));
    for (const QByteArray& t : texts) {
        putBytes(out, t);
    }
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
                           e.actor,
                           e.role,
                           e.action,
                           e.objectType,
                           e.objectId,
                           e.justification,
                           e.details,
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

namespace {

// One row as read for verification: the canonical bytes are built by the reader, the MACs
// are checked by the hasher (a pipeline of two threads on a 2-core machine).
struct ChainRow
{
    qint64 seq = 0;
    QByteArray canonical;
    QByteArray prevMac;
    QByteArray mac;
};

// Batches handed from the reader to the hasher; bounded so memory stays flat at millions.
class BatchQueue
{
public:
    void push(std::vector<ChainRow>&& batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_space.wait(lock, [&] { return m_batches.size() < 4 || m_stop; });
        if (m_stop) {
            return;
        }
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    /// False when the reader is done (or stop() was called) and nothing is left.
    bool pop(std::vector<ChainRow>* batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_batches.empty() || m_done || m_stop; });
        if (m_stop || m_batches.empty()) {
            return false;
        }
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_ready.notify_all();
        m_space.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<ChainRow>> m_batches;
    bool m_done = false;
    bool m_stop = false;
};

// Text columns are read as their UTF-8 bytes (no round trip through UTF-16), which is
// exactly what canonical() feeds the MAC.
QString chainSql(bool postgres)
{
    if (postgres) {
        return QStringLiteral("SELECT seq, occurred_at, COALESCE(actor_id, 0), convert_to(actor, 'UTF8'), "
                              "convert_to(role, 'UTF8'), convert_to(action, 'UTF8'), convert_to(object_type, 'UTF8'), "
                              "convert_to(object_id, 'UTF8'), convert_to(justification, 'UTF8'), "
                              "convert_to(details, 'UTF8'), prev_mac, mac FROM audit_log WHERE seq > ? ORDER BY seq "
                              "LIMIT ?");
    }
    return QStringLiteral("SELECT seq, occurred_at, COALESCE(actor_id, 0), CAST(actor AS BLOB), CAST(role AS BLOB), "
                          "CAST(action AS BLOB), CAST(object_type AS BLOB), CAST(object_id AS BLOB), "
                          "CAST(justification AS BLOB), CAST(details AS BLOB), prev_mac, mac FROM audit_log "
                          "WHERE seq > ? ORDER BY seq LIMIT ?");
}

} // namespace

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

    // The hasher: checks order, links and MACs of each batch in turn; stops at the first break.
    BatchQueue queue;
    std::atomic<qint64> verified{0};
    std::atomic<bool> failed{false};
    Hmac hasherMac = m_vault.auditMac();
    std::thread hasher([&] {
        QByteArray running = kGenesis;
        qint64 expected = 1;
        std::vector<ChainRow> batch;
        auto broken = [&](qint64 seq, const QString& problem) {
            v.intact = false;
            v.firstBroken = seq;
            v.problem = problem;
            failed = true;
        };
        while (!failed && queue.pop(&batch)) {
            for (const ChainRow& row : batch) {
                if (row.seq != expected) {
                    broken(expected,
                           row.seq > expected ? tr("Entry %1 is missing: the trail jumps from %2 to %3.")
                                                    .arg(expected)
                                                    .arg(expected - 1)
                                                    .arg(row.seq)
                                              : tr("Entry %1 is out of order.").arg(row.seq));
                    break;
                }
                if (row.prevMac != running) {
                    broken(row.seq,
                           tr("Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.")
                               .arg(row.seq)
                               .arg(row.seq - 1));
                    break;
                }
                hasherMac.update(running);
                hasherMac.update(row.canonical);
                QByteArray computed = hasherMac.final();
                if (computed != row.mac) {
                    broken(row.seq, tr("Entry %1 was altered: its content does not match its MAC.").arg(row.seq));
                    break;
                }
                running = std::move(computed);
                ++expected;
            }
            if (failed) {
                queue.stop();
                break;
            }
            v.head.seq = expected - 1;
            v.head.mac = running;
            v.entries = expected - 1;
            verified = expected - 1;
        }
    });

    // The reader (this thread owns the connection): keyset batches in seq order.
    const QString sql = chainSql(m_db->isPostgres());
    const qint64 batchRows = 50000;
    const int handOff = 2048;
    qint64 after = 0;
    std::optional<Error> readError;
    bool cancelled = false;
    QByteArray texts[7];
    while (!failed) {
        auto q = m_db->exec(sql, {after, batchRows});
        if (!q) {
            readError = q.error();
            break;
        }
        qint64 rows = 0;
        std::vector<ChainRow> batch;
        batch.reserve(handOff);
        while (q->next()) {
            ++rows;
            ChainRow row;
            row.seq = q->value(0).toLongLong();
            for (int i = 0; i < 7; ++i) {
                texts[i] = q->value(3 + i).toByteArray();
            }
            row.canonical = canonicalBytes(row.seq, q->value(1).toLongLong(), q->value(2).toLongLong(), texts);
            row.prevMac = q->value(10).toByteArray();
            row.mac = q->value(11).toByteArray();
            after = row.seq;
            batch.push_back(std::move(row));
            if (static_cast<int>(batch.size()) == handOff) {
                queue.push(std::move(batch));
                batch = {};
                batch.reserve(handOff);
                if (failed) {
                    break;
                }
            }
        }
        if (!batch.empty()) {
            queue.push(std::move(batch));
        }
        if (progress && !failed && !progress(verified.load(), total->toLongLong())) {
            cancelled = true;
            break;
        }
        if (rows < batchRows) {
            break;
        }
    }
    if (readError || cancelled) {
        queue.stop();
    } else {
        queue.finish();
    }
    hasher.join();
    if (readError) {
        return *readError;
    }
    if (cancelled) {
        return Error(ErrorCode::Cancelled, tr("Verification was cancelled."));
    }
    if (failed) {
        return v;
    }
    if (progress) {
        progress(v.entries, total->toLongLong());
    }
    if (checkpoint) {
        if (checkpoint->seq > v.head.seq) {
            v.intact = false;
            v.firstBroken = v.head.seq + 1;
            v.problem = tr("The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on "
                           "were removed.")
                            .arg(v.head.seq)
                            .arg(checkpoint->seq)
                            .arg(v.head.seq + 1);
            return v;
        }
        if (checkpoint->seq > 0) {
            auto at = m_db->scalar(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {checkpoint->seq});
            if (!at) {
                return at.error();
            }
            if (at->toByteArray() != checkpoint->mac) {
                v.intact = false;
                v.firstBroken = checkpoint->seq;
                v.problem = tr("Entry %1 does not match the checkpoint: the trail was rewritten.").arg(checkpoint->seq);
                return v;
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
                     {Clock::instance().nowMs(), actor, action, details});
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
