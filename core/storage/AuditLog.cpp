#include "core/storage/AuditLog.h"

#include "core/common/Clock.h"
#include "core/crypto/Hmac.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

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
    if (!ok || h.seq < 0 || h.mac.size() != Hmac::Size || parts.at(1).size() != 2 * Hmac::Size) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A checkpoint is a sequence number and a 64-digit MAC, like 1024:3fa2…"));
    }
    return h;
}

AuditLog::AuditLog(std::shared_ptr<Database> db, Vault vault)
    : m_db(std::move(db))
    , m_vault(std::move(vault))
{ }

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
    if (!m_statements) {
        m_statements = std::make_shared<Statements>();
    }
    // Prepared once per AuditLog: every state change runs this, so parsing it each time shows.
    QSqlQuery& q = m_statements->head;
    if (!m_statements->headPrepared) {
        q = QSqlQuery(m_db->connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
            return m_db->storageError(q.lastError());
        }
        m_statements->headPrepared = true;
    }
    if (!q.exec()) {
        return m_db->storageError(q.lastError());
    }
    Head h;
    h.mac = kGenesis;
    if (q.next()) {
        h.seq = q.value(0).toLongLong();
        h.mac = q.value(1).toByteArray();
    }
    q.finish();
    return h;
}

Result<AuditEntry> AuditLog::append(const AuditActor& actor, const AuditRecord& record)
{
    if (!m_vault.isValid()) {
        return Error(ErrorCode::Crypto, Tr::tr("The audit trail cannot be written while the workspace is locked."));
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
    QSqlQuery& ins = m_statements->insert;
    if (!m_statements->insertPrepared) {
        ins = QSqlQuery(m_db->connection());
        if (!ins.prepare(QStringLiteral("INSERT INTO audit_log (seq, occurred_at, actor_id, actor, role, action, "
                                        "object_type, object_id, justification, details, prev_mac, mac) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            return m_db->storageError(ins.lastError());
        }
        m_statements->insertPrepared = true;
    }
    // Text columns are NOT NULL: a null QString would bind as SQL NULL.
    auto text = [](const QString& t) {
        return t.isNull() ? QStringLiteral("") : t;
    };
    const QVariant values[] = {e.seq,
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
                               e.mac};
    for (int i = 0; i < 12; ++i) {
        ins.bindValue(i, values[i]);
    }
    if (!ins.exec()) {
        return m_db->storageError(ins.lastError());
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

using RowSink = std::function<bool(ChainRow&&)>;

// Verification reads through the connection's own handle (SqliteHandle.h): skipping a QVariant
// per column makes verifying a million entries several times faster.
QByteArray columnBytes(sqlite3_stmt* stmt, int column)
{
    const void* data = sqlite3_column_blob(stmt, column);
    const int size = sqlite3_column_bytes(stmt, column);
    return data ? QByteArray(static_cast<const char*>(data), size) : QByteArray();
}

// One statement over the whole table: a consistent snapshot of the trail in seq order.
std::optional<Error> readSqlite(sqlite3* handle, const RowSink& sink)
{
    // Pages straight from the mapped file instead of a read() and a copy each (per connection).
    sqlite3_exec(handle, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "SELECT seq, occurred_at, COALESCE(actor_id, 0), actor, role, action, object_type, object_id, "
                      "justification, details, prev_mac, mac FROM audit_log ORDER BY seq";
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        return Error(ErrorCode::Storage,
                     Tr::tr("The audit trail could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    std::optional<Error> error;
    QByteArray texts[7];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ChainRow row;
        row.seq = sqlite3_column_int64(stmt, 0);
        for (int i = 0; i < 7; ++i) {
            const unsigned char* text = sqlite3_column_text(stmt, 3 + i);
            texts[i] = QByteArray::fromRawData(reinterpret_cast<const char*>(text),
                                               text ? sqlite3_column_bytes(stmt, 3 + i) : 0);
        }
        row.canonical
            = AuditLog::canonicalBytes(row.seq, sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2), texts);
        row.prevMac = columnBytes(stmt, 10);
        row.mac = columnBytes(stmt, 11);
        if (!sink(std::move(row))) {
            break;
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        error = Error(ErrorCode::Storage,
                      Tr::tr("The audit trail could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    sqlite3_finalize(stmt);
    return error;
}

// Any other driver: keyset batches through QSqlQuery, text columns as UTF-8 bytes.
std::optional<Error> readWithQt(const Database& db, const RowSink& sink)
{
    const QString sql = chainSql(db.isPostgres());
    const qint64 batchRows = 50000;
    qint64 after = 0;
    QByteArray texts[7];
    for (;;) {
        auto q = db.exec(sql, {after, batchRows});
        if (!q) {
            return q.error();
        }
        qint64 rows = 0;
        while (q->next()) {
            ++rows;
            ChainRow row;
            row.seq = q->value(0).toLongLong();
            for (int i = 0; i < 7; ++i) {
                texts[i] = q->value(3 + i).toByteArray();
            }
            row.canonical
                = AuditLog::canonicalBytes(row.seq, q->value(1).toLongLong(), q->value(2).toLongLong(), texts);
            row.prevMac = q->value(10).toByteArray();
            row.mac = q->value(11).toByteArray();
            after = row.seq;
            if (!sink(std::move(row))) {
                return std::nullopt;
            }
        }
        if (rows < batchRows) {
            return std::nullopt;
        }
    }
}

} // namespace

Result<AuditLog::Verification> AuditLog::verify(const std::optional<Head>& checkpoint,
                                                const std::function<bool(qint64, qint64)>& progress) const
{
    if (!m_vault.isValid()) {
        return Error(ErrorCode::Crypto, Tr::tr("The audit trail cannot be verified while the workspace is locked."));
    }
    // The last seq is the expected count (an index lookup; count(*) would read the whole table).
    auto total = m_db->scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log"));
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
        // The last verified entry, also when the chain breaks in the middle of a batch.
        auto settle = [&] {
            v.head.seq = expected - 1;
            v.head.mac = running;
            v.entries = expected - 1;
            verified = expected - 1;
        };
        while (!failed && queue.pop(&batch)) {
            for (const ChainRow& row : batch) {
                if (row.seq != expected) {
                    broken(expected,
                           row.seq > expected ? Tr::tr("Entry %1 is missing: the trail jumps from %2 to %3.")
                                                    .arg(expected)
                                                    .arg(expected - 1)
                                                    .arg(row.seq)
                                              : Tr::tr("Entry %1 is out of order.").arg(row.seq));
                    break;
                }
                if (row.prevMac != running) {
                    broken(row.seq,
                           Tr::tr("Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.")
                               .arg(row.seq)
                               .arg(row.seq - 1));
                    break;
                }
                hasherMac.update(running);
                hasherMac.update(row.canonical);
                QByteArray computed = hasherMac.final();
                if (computed != row.mac) {
                    broken(row.seq, Tr::tr("Entry %1 was altered: its content does not match its MAC.").arg(row.seq));
                    break;
                }
                running = std::move(computed);
                ++expected;
            }
            settle();
            if (failed) {
                queue.stop();
                break;
            }
        }
    });

    // The reader (this thread owns the connection) hands rows over in small batches.
    const int handOff = 2048;
    std::vector<ChainRow> batch;
    batch.reserve(handOff);
    qint64 read = 0;
    bool cancelled = false;
    auto emitRow = [&](ChainRow&& row) {
        batch.push_back(std::move(row));
        if (static_cast<int>(batch.size()) == handOff) {
            queue.push(std::move(batch));
            batch = {};
            batch.reserve(handOff);
        }
        if (++read % 8192 == 0 && progress && !failed && !progress(verified.load(), total->toLongLong())) {
            cancelled = true;
        }
        return !failed && !cancelled;
    };
    std::optional<Error> readError;
    if (sqlite3* handle = sqliteHandle(*m_db)) {
        readError = readSqlite(handle, emitRow);
    } else {
        readError = readWithQt(*m_db, emitRow);
    }
    if (!batch.empty() && !readError && !cancelled) {
        queue.push(std::move(batch));
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
        return Error(ErrorCode::Cancelled, Tr::tr("Verification was cancelled."));
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
            v.problem = Tr::tr("The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on "
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
                v.problem
                    = Tr::tr("Entry %1 does not match the checkpoint: the trail was rewritten.").arg(checkpoint->seq);
                return v;
            }
        }
    }
    v.intact = true;
    return v;
}

Status AuditLog::recordPending(const Database& db, const QString& actor, const QString& action, const QString& details)
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
    auto q
        = m_db->exec(QStringLiteral("SELECT id, occurred_at, actor, action, details FROM pending_audit ORDER BY id"));
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
