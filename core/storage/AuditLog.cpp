#include "core/storage/AuditLog.h"

#include "core/common/Clock.h"
#include "core/crypto/Hmac.h"
#include "core/storage/Sql.h"
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

// The trail's columns, in the order of AuditEntry and of canonical(): positions 3 to 9 are the
// seven texts the MAC covers.
const Sql::Table kAuditLog("audit_log",
                           {"seq",
                            "occurred_at",
                            "actor_id",
                            "actor",
                            "role",
                            "action",
                            "object_type",
                            "object_id",
                            "justification",
                            "details",
                            "prev_mac",
                            "mac"});
constexpr int kFirstText = 3;
constexpr int kTexts = 7;

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
        return clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QLatin1String(" AND "));
    }
};

Where whereFor(const AuditFilter& f, qint64 upToSeq)
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
    if (upToSeq > 0) {
        w.add("seq <= ?", upToSeq);
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
        if (!ins.prepare(kAuditLog.insert())) {
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
QString chainSql(bool postgres, const QString& rest)
{
    QStringList columns = kAuditLog.columns();
    columns[2] = QStringLiteral("COALESCE(actor_id, 0)");
    for (int i = kFirstText; i < kFirstText + kTexts; ++i) {
        columns[i] = postgres ? QStringLiteral("convert_to(%1, 'UTF8')").arg(columns.at(i))
                              : QStringLiteral("CAST(%1 AS BLOB)").arg(columns.at(i));
    }
    return QStringLiteral("SELECT %1 FROM audit_log %2").arg(columns.join(QLatin1String(", ")), rest);
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
    // Text columns as stored (sqlite3_column_text gives their UTF-8 bytes); a NULL actor_id reads as 0.
    const QByteArray sql = kAuditLog.select(QStringLiteral("ORDER BY seq")).toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        return Error(ErrorCode::Storage,
                     Tr::tr("The audit trail could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    }
    std::optional<Error> error;
    QByteArray texts[kTexts];
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ChainRow row;
        row.seq = sqlite3_column_int64(stmt, 0);
        for (int i = 0; i < kTexts; ++i) {
            const unsigned char* text = sqlite3_column_text(stmt, kFirstText + i);
            texts[i] = QByteArray::fromRawData(reinterpret_cast<const char*>(text),
                                               text ? sqlite3_column_bytes(stmt, kFirstText + i) : 0);
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
    const QString sql = chainSql(db.isPostgres(), QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"));
    const qint64 batchRows = 50000;
    qint64 after = 0;
    QByteArray texts[kTexts];
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
            for (int i = 0; i < kTexts; ++i) {
                texts[i] = q->value(kFirstText + i).toByteArray();
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

// Checks order, links and MACs of the rows handed to it, batch after batch; records the last
// verified entry (also when the chain breaks in the middle of a batch) and the first break.
class ChainChecker
{
public:
    ChainChecker(Hmac mac, AuditLog::Verification* v)
        : m_mac(std::move(mac))
        , m_v(v)
    { }

    /// False at the first break (m_v says where and why).
    bool check(const std::vector<ChainRow>& batch)
    {
        bool ok = true;
        for (const ChainRow& row : batch) {
            if (!(ok = checkRow(row))) {
                break;
            }
        }
        m_v->head.seq = m_expected - 1;
        m_v->head.mac = m_running;
        m_v->entries = m_expected - 1;
        return ok;
    }

private:
    bool checkRow(const ChainRow& row)
    {
        if (row.seq != m_expected) {
            return broken(m_expected,
                          row.seq > m_expected ? Tr::tr("Entry %1 is missing: the trail jumps from %2 to %3.")
                                                     .arg(m_expected)
                                                     .arg(m_expected - 1)
                                                     .arg(row.seq)
                                               : Tr::tr("Entry %1 is out of order.").arg(row.seq));
        }
        if (row.prevMac != m_running) {
            return broken(row.seq,
                          Tr::tr("Entry %1 does not follow entry %2: an entry was removed, reordered or inserted.")
                              .arg(row.seq)
                              .arg(row.seq - 1));
        }
        m_mac.update(m_running);
        m_mac.update(row.canonical);
        QByteArray computed = m_mac.final();
        if (computed != row.mac) {
            return broken(row.seq, Tr::tr("Entry %1 was altered: its content does not match its MAC.").arg(row.seq));
        }
        m_running = std::move(computed);
        ++m_expected;
        return true;
    }
    bool broken(qint64 seq, const QString& problem)
    {
        m_v->intact = false;
        m_v->firstBroken = seq;
        m_v->problem = problem;
        return false;
    }

    Hmac m_mac;
    AuditLog::Verification* m_v;
    QByteArray m_running = kGenesis;
    qint64 m_expected = 1;
};

// Reads the chain on the connection's thread and hands rows to the hasher in small batches,
// reporting progress and stopping when the hasher found a break or the caller cancelled.
class ChainReader
{
public:
    ChainReader(BatchQueue& queue,
                const std::atomic<bool>& failed,
                const std::atomic<qint64>& verified,
                qint64 total,
                const std::function<bool(qint64, qint64)>& progress)
        : m_queue(queue)
        , m_failed(failed)
        , m_verified(verified)
        , m_total(total)
        , m_progress(progress)
    {
        m_batch.reserve(kHandOff);
    }

    /// Reads every row (or until stopped); the queue is finished or stopped on return.
    std::optional<Error> read(const Database& db)
    {
        const RowSink sink = [this](ChainRow&& row) {
            return take(std::move(row));
        };
        sqlite3* handle = sqliteHandle(db);
        const std::optional<Error> error = handle ? readSqlite(handle, sink) : readWithQt(db, sink);
        if (!m_batch.empty() && !error && !m_cancelled) {
            m_queue.push(std::move(m_batch));
        }
        if (error || m_cancelled) {
            m_queue.stop();
        } else {
            m_queue.finish();
        }
        return error;
    }
    bool cancelled() const { return m_cancelled; }

private:
    static constexpr int kHandOff = 2048;

    bool take(ChainRow&& row)
    {
        m_batch.push_back(std::move(row));
        if (static_cast<int>(m_batch.size()) == kHandOff) {
            m_queue.push(std::move(m_batch));
            m_batch = {};
            m_batch.reserve(kHandOff);
        }
        if (++m_read % 8192 == 0 && m_progress && !m_failed && !m_progress(m_verified.load(), m_total)) {
            m_cancelled = true;
        }
        return !m_failed && !m_cancelled;
    }

    BatchQueue& m_queue;
    const std::atomic<bool>& m_failed;
    const std::atomic<qint64>& m_verified;
    qint64 m_total;
    const std::function<bool(qint64, qint64)>& m_progress;
    std::vector<ChainRow> m_batch;
    qint64 m_read = 0;
    bool m_cancelled = false;
};

} // namespace

Result<qint64> AuditLog::count(const AuditFilter& filter, qint64 upToSeq) const
{
    const Where w = whereFor(filter, upToSeq);
    auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log ") + w.sql(), w.values);
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

Result<QList<AuditEntry>> AuditLog::page(const AuditFilter& filter, qint64 beforeSeq, int limit) const
{
    Where w = whereFor(filter, 0);
    if (beforeSeq > 0) {
        w.add("seq < ?", beforeSeq);
    }
    w.values << qBound(1, limit, 10000);
    auto q = m_db->exec(kAuditLog.select(w.sql() + QStringLiteral(" ORDER BY seq DESC LIMIT ?")), w.values);
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> out;
    while (q->next()) {
        out << readEntry(*q);
    }
    return out;
}

Status
AuditLog::forEach(const AuditFilter& filter, qint64 upToSeq, const std::function<bool(const AuditEntry&)>& visit) const
{
    const Where w = whereFor(filter, upToSeq);
    const int batch = 5000;
    qint64 after = 0;
    for (;;) {
        Where b = w;
        b.add("seq > ?", after);
        b.values << batch;
        auto q = m_db->exec(kAuditLog.select(b.sql() + QStringLiteral(" ORDER BY seq LIMIT ?")), b.values);
        if (!q) {
            return q.error();
        }
        int rows = 0;
        while (q->next()) {
            const AuditEntry e = readEntry(*q);
            after = e.seq;
            ++rows;
            if (!visit(e)) {
                return {};
            }
        }
        if (rows < batch) {
            return {};
        }
    }
}

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

    // The hasher checks each batch in turn on a thread of its own and stops at the first break;
    // this thread, which owns the connection, reads.
    BatchQueue queue;
    std::atomic<qint64> verified{0};
    std::atomic<bool> failed{false};
    ChainChecker checker(m_vault.auditMac(), &v);
    std::thread hasher([&] {
        std::vector<ChainRow> batch;
        while (!failed && queue.pop(&batch)) {
            const bool ok = checker.check(batch);
            verified = v.entries;
            if (!ok) {
                failed = true;
                queue.stop();
            }
        }
    });
    ChainReader reader(queue, failed, verified, total->toLongLong(), progress);
    const std::optional<Error> readError = reader.read(*m_db);
    hasher.join();
    if (readError) {
        return *readError;
    }
    if (reader.cancelled()) {
        return Error(ErrorCode::Cancelled, Tr::tr("Verification was cancelled."));
    }
    if (failed) {
        return v;
    }
    if (progress) {
        progress(v.entries, total->toLongLong());
    }
    if (auto st = checkCheckpoint(checkpoint, &v); !st) {
        return st.error();
    }
    return v;
}

// The chain still reaches @p checkpoint with the same MAC (a removed or rewritten tail is caught).
Status AuditLog::checkCheckpoint(const std::optional<Head>& checkpoint, Verification* v) const
{
    v->intact = true;
    if (!checkpoint) {
        return {};
    }
    if (checkpoint->seq > v->head.seq) {
        v->intact = false;
        v->firstBroken = v->head.seq + 1;
        v->problem = Tr::tr("The trail ends at entry %1, but the checkpoint names entry %2: entries from %3 on "
                            "were removed.")
                         .arg(v->head.seq)
                         .arg(checkpoint->seq)
                         .arg(v->head.seq + 1);
        return {};
    }
    if (checkpoint->seq > 0) {
        auto at = m_db->scalar(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"), {checkpoint->seq});
        if (!at) {
            return at.error();
        }
        if (at->toByteArray() != checkpoint->mac) {
            v->intact = false;
            v->firstBroken = checkpoint->seq;
            v->problem
                = Tr::tr("Entry %1 does not match the checkpoint: the trail was rewritten.").arg(checkpoint->seq);
        }
    }
    return {};
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
