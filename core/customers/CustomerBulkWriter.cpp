#include "core/customers/CustomerBulkWriter.h"

#include "core/common/Clock.h"
#include "core/crypto/CustomerKey.h"
#include "core/crypto/Vault.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/domain/ConsentEvent.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <mutex>

namespace {

const QString kTable = QStringLiteral("customers");

// Rows encrypted per task, and per slice of the encrypt-while-inserting pipeline.
constexpr size_t kPiece = 64;
constexpr size_t kSlice = 512;
// Rows per multi-row INSERT on SQLite: one execution builds the in-memory table SQLite uses for
// a CHECK (x IN (...)) of three or more values once instead of once per row, and pays the
// per-statement cost (journal, cursors) once per group.
constexpr int kSqliteRows = 64;
// Rows per multi-row INSERT on PostgreSQL.
constexpr int kPgCustomers = 50;
constexpr int kPgKeys = 300;
constexpr int kPgEvents = 100;

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

QVariant blob(const QByteArray& b)
{
    return b.isEmpty() ? nullBlob() : QVariant(b);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

const char* const kCustomerInsert = "INSERT INTO customers (id, external_ref, full_name, email, phone, address, "
                                    "birth_date, notes, external_ref_bidx, email_bidx, phone_bidx, country, "
                                    "jurisdiction, source, language, status, created_at, updated_at, "
                                    "last_activity_at) VALUES ";
const char* const kCustomerTuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)";
const char* const kKeyInsert = "INSERT INTO customer_keys (customer_id, wrapped, created_at) VALUES ";
const char* const kKeyTuple = "(?, ?, ?)";
const char* const kEventInsert = "INSERT INTO consent_events (customer_id, purpose_id, granted, occurred_at, "
                                 "recorded_at, channel, notice_version_id, evidence, recorded_by) VALUES ";
const char* const kEventTuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
// SQLite: the writer gives the events their ids (so it knows them without reading back).
const char* const kEventInsertWithId = "INSERT INTO consent_events (id, customer_id, purpose_id, granted, occurred_at, "
                                       "recorded_at, channel, notice_version_id, evidence, recorded_by) VALUES ";
const char* const kEventTupleWithId = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kStateInsert = "INSERT INTO consent_state (customer_id, purpose_id, granted, event_id, occurred_at, "
                                 "notice_version_id) VALUES ";
const char* const kStateTuple = "(?, ?, ?, ?, ?, ?)";
// The next event id as AUTOINCREMENT would give it: past every id ever used, deleted ones too.
const char* const kNextEventId = "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'consent_events'), "
                                 "0), COALESCE((SELECT MAX(id) FROM consent_events), 0)) + 1";

QString statement(const char* head, const char* tuple, int rows)
{
    QString sql = QString::fromLatin1(head);
    for (int i = 0; i < rows; ++i) {
        if (i) {
            sql += QLatin1String(", ");
        }
        sql += QLatin1String(tuple);
    }
    return sql;
}

// SQLite: the same statement as INSERT OR FAIL. A multi-row INSERT whose constraints may abort
// it opens a statement journal, into which SQLite copies every page the statement changes
// that existed before it (to undo the statement's earlier rows): for customers, a 4 KiB copy
// for each randomly placed blind-index page each row touches, most of the cost of a row.
// (Tables with foreign keys keep the journal, as SQLite's immediate foreign-key checks may
// still abort; their rows append to pages the statement made.) FAIL keeps the rows a failed statement already inserted;
// write() and insert() run in a Transaction that a failure leaves uncommitted, which rolls it back (or, nested, makes
// the caller's transaction refuse to commit), so nothing of them survives.
QByteArray sqliteStatement(const char* head, const char* tuple, int rows)
{
    const QByteArray sql = statement(head, tuple, rows).toLatin1();
    Q_ASSERT(sql.startsWith("INSERT INTO "));
    return QByteArrayLiteral("INSERT OR FAIL INTO ") + sql.mid(12);
}

void bindCustomer(QSqlQuery& q, int& k, const CustomerBulkWriter::Sealed& e)
{
    q.bindValue(k++, e.id);
    for (const QByteArray& f : e.fields) {
        q.bindValue(k++, blob(f));
    }
    for (const QByteArray& b : e.bidx) {
        q.bindValue(k++, blob(b));
    }
    for (const QByteArray& t : e.texts) {
        q.bindValue(k++, t.isNull() ? QStringLiteral("") : QString::fromUtf8(t));
    }
    q.bindValue(k++, e.created);
    q.bindValue(k++, e.created);
    q.bindValue(k++, e.created);
}

void bindKey(QSqlQuery& q, int& k, const CustomerBulkWriter::Sealed& e, qint64 now)
{
    q.bindValue(k++, e.id);
    q.bindValue(k++, e.wrapped);
    q.bindValue(k++, now);
}

void bindEvent(QSqlQuery& q,
               int& k,
               const QString& customerId,
               const CustomerBulkWriter::Sealed::SealedEvent& ev,
               qint64 now,
               qint64 userId)
{
    q.bindValue(k++, customerId);
    q.bindValue(k++, ev.purposeId);
    q.bindValue(k++, ev.granted ? 1 : 0);
    q.bindValue(k++, ev.occurredMs);
    q.bindValue(k++, now);
    q.bindValue(k++, QString::fromUtf8(ev.channel));
    q.bindValue(k++, idOrNull(ev.noticeVersionId));
    q.bindValue(k++, blob(ev.evidence));
    q.bindValue(k++, idOrNull(userId));
}

} // namespace

struct CustomerBulkWriter::Impl
{
    std::shared_ptr<Session> session;
    QThreadPool pool;
    // Prepared once, reused by every write(): one row each on SQLite, full multi-row
    // statements on PostgreSQL (a shorter tail is prepared per call).
    std::unique_ptr<QSqlQuery> customers;
    std::unique_ptr<QSqlQuery> keys;
    std::unique_ptr<QSqlQuery> events;
    std::unique_ptr<QSqlQuery> state;
    // SQLite: the connection's own handle and statements (see SqliteHandle.h).
    sqlite3* handle = nullptr;
    // One statement of kSqliteRows rows and one of a single row (for the rest) per table.
    struct Pair
    {
        SqliteStatement many;
        SqliteStatement one;

        bool prepare(sqlite3* handle, const char* head, const char* tuple)
        {
            return many.prepare(handle, sqliteStatement(head, tuple, kSqliteRows).constData())
                && one.prepare(handle, sqliteStatement(head, tuple, 1).constData());
        }
        void finalize()
        {
            many.finalize();
            one.finalize();
        }

        /// Inserts @p count rows, @p bind(statement, k, row) binding one row from index k on;
        /// false (message in @p error) when SQLite refuses one.
        template <typename Bind> bool insert(size_t count, const Bind& bind, QString* error)
        {
            size_t at = 0;
            for (; at + kSqliteRows <= count; at += kSqliteRows) {
                int k = 1;
                for (size_t i = at; i < at + kSqliteRows; ++i) {
                    bind(many, k, i);
                }
                if (many.run() != SQLITE_DONE) {
                    *error = many.error();
                    return false;
                }
            }
            for (; at < count; ++at) {
                int k = 1;
                bind(one, k, at);
                if (one.run() != SQLITE_DONE) {
                    *error = one.error();
                    return false;
                }
            }
            return true;
        }
    };
    Pair sCustomers;
    Pair sKeys;
    Pair sEvents;
    Pair sState;
    SqliteStatement sNextEvent;
    QVariant oldCacheSize; ///< invalid: not changed
    QVariant oldTempStore;
    QVariant oldMmapSize;
    QVariant oldAutoCheckpoint;
    bool wrote = false; ///< rows went in (committed or not): the log holds pages to copy back

    Error sqliteError(const QString& message) const
    {
        return session->db().storageError(QSqlError(QString(), message, QSqlError::StatementError));
    }

    Status prepare(std::unique_ptr<QSqlQuery>& q, const QString& sql)
    {
        if (q) {
            return {};
        }
        const Database& db = session->db();
        q = std::make_unique<QSqlQuery>(db.connection());
        if (!q->prepare(sql)) {
            const Error e = db.storageError(q->lastError());
            q.reset();
            return e;
        }
        return {};
    }

    /// Inserts @p count rows with @p bind(query, k, row): on SQLite one row per execution of
    /// @p cached; on PostgreSQL @p per rows per execution (@p cached holds that statement).
    template <typename Bind>
    Status insertMany(std::unique_ptr<QSqlQuery>& cached,
                      const char* head,
                      const char* tuple,
                      int per,
                      size_t count,
                      const Bind& bind)
    {
        const Database& db = session->db();
        if (!db.isPostgres()) {
            per = 1;
        }
        if (auto st = prepare(cached, statement(head, tuple, per)); !st) {
            return st;
        }
        std::unique_ptr<QSqlQuery> tail;
        for (size_t at = 0; at < count; at += static_cast<size_t>(per)) {
            const size_t end = std::min(count, at + static_cast<size_t>(per));
            QSqlQuery* q = cached.get();
            if (end - at != static_cast<size_t>(per)) {
                if (auto st = prepare(tail, statement(head, tuple, static_cast<int>(end - at))); !st) {
                    return st;
                }
                q = tail.get();
            }
            int k = 0;
            for (size_t i = at; i < end; ++i) {
                bind(*q, k, i);
            }
            if (!q->exec()) {
                return db.storageError(q->lastError());
            }
        }
        return {};
    }
};

CustomerBulkWriter::CustomerBulkWriter(std::shared_ptr<Session> session)
    : d(std::make_unique<Impl>())
{
    d->session = std::move(session);
    d->pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const Database& db = d->session->db();
    if (!db.isPostgres()) {
        // Blind indexes are random keys: with SQLite's default 2 MiB page cache a large import
        // spends its time spilling and re-reading index pages. 256 MiB holds the blind indexes
        // of a million customers (a ceiling, not an allocation); restored by the destructor.
        // Temporary storage in memory keeps the statement journals of the multi-row INSERTs
        // off disk (SQLite picks their place when a transaction begins, and refuses the change
        // inside one: create the writer before the transaction). Reading the workspace's pages
        // through a memory map instead of a read() each makes inserts into the large, randomly
        // keyed indexes of a full workspace cheaper (writes still go through the WAL).
        auto cache = db.scalar(QStringLiteral("PRAGMA cache_size"));
        auto temp = db.scalar(QStringLiteral("PRAGMA temp_store"));
        auto mmap = db.scalar(QStringLiteral("PRAGMA mmap_size"));
        auto checkpoint = db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"));
        QSqlQuery q(db.connection());
        if (cache && q.exec(QStringLiteral("PRAGMA cache_size = -262144"))) {
            d->oldCacheSize = *cache;
        }
        if (mmap && q.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"))) {
            d->oldMmapSize = *mmap;
        }
        if (temp && !db.inTransaction() && q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"))) {
            d->oldTempStore = *temp;
        }
        // The commit of a bulk write would copy every page it wrote from the write-ahead log
        // into the database file, with an fsync, before returning (the automatic checkpoint):
        // a fifth of an import into an empty workspace, a third into a full one. The writer
        // turns that off while it lives and leaves the copy to a background checkpoint.
        if (checkpoint && q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"))) {
            d->oldAutoCheckpoint = *checkpoint;
        }
    }
}

CustomerBulkWriter::~CustomerBulkWriter()
{
    d->sCustomers.finalize(); // before the pragmas
    d->sKeys.finalize();
    d->sEvents.finalize();
    d->sState.finalize();
    d->sNextEvent.finalize();
    d->customers.reset();
    d->keys.reset();
    d->events.reset();
    d->state.reset();
    // Fixed integers read back from SQLite, not user input.
    QSqlQuery q(d->session->db().connection());
    if (d->oldCacheSize.isValid()) {
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(d->oldCacheSize.toLongLong()));
        q.exec(QStringLiteral("PRAGMA shrink_memory"));
    }
    if (d->oldMmapSize.isValid()) {
        q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(d->oldMmapSize.toLongLong()));
    }
    if (d->oldTempStore.isValid() && !d->session->db().inTransaction()) {
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(d->oldTempStore.toLongLong()));
    }
    if (d->oldAutoCheckpoint.isValid()) {
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(d->oldAutoCheckpoint.toLongLong()));
        if (d->wrote) {
            d->session->db().checkpointInBackground();
        }
    }
}

QString CustomerBulkWriter::newId()
{
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    qint64 ms = 0;
    quint32 sequence = 0;
    {
        std::lock_guard lock(mutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now > lastMs) {
            lastMs = now;
            counter = QRandomGenerator::global()->bounded(1024u); // room for 3,000 more this millisecond
        } else if (++counter > 0xFFF) {
            ++lastMs; // borrow the next millisecond: ids stay increasing
            counter = 0;
        }
        ms = lastMs;
        sequence = counter;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    char b[16];
    for (int i = 0; i < 6; ++i) {
        b[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xFF);
    }
    b[6] = static_cast<char>(0x70 | ((sequence >> 8) & 0x0F)); // version 7
    b[7] = static_cast<char>(sequence & 0xFF);
    b[8] = static_cast<char>(0x80 | ((random >> 56) & 0x3F)); // RFC 4122 variant
    for (int i = 9; i < 16; ++i) {
        b[i] = static_cast<char>((random >> (8 * (15 - i))) & 0xFF);
    }
    return QUuid::fromRfc4122(QByteArrayView(b, 16)).toString(QUuid::WithoutBraces);
}

namespace {

const QString kEventsTable = QStringLiteral("consent_events");
const QString kEvidenceColumn = QStringLiteral("evidence");

// A consent event to insert, or a customer's latest event per purpose (SQLite path).
struct EventRow
{
    const CustomerBulkWriter::Sealed* customer;
    const CustomerBulkWriter::Sealed::SealedEvent* event;
    qint64 id;
};

Error conflictOr(const Error& e)
{
    if (e.message.contains(QLatin1String("external_ref"))) {
        return Error(
            ErrorCode::Conflict,
            QCoreApplication::translate("CustomerService", "Another customer already has this customer reference."));
    }
    return e;
}

} // namespace

/// What one write() or insert() carries from slice to slice.
struct CustomerBulkWriter::Run
{
    qint64 now = 0;
    qint64 userId = 0;
    bool anyEvents = false;
    qint64 nextEventId = 0; ///< SQLite: read once the transaction holds the write lock
    qint64 pgBefore = 0; ///< PostgreSQL: the largest event id before this run
    std::vector<EventRow> events;
    std::vector<EventRow> states;
    QElapsedTimer trace;
    qint64 tWait = 0;
    qint64 tCustomers = 0;
    qint64 tKeys = 0;
    qint64 tEvents = 0;
    qint64 tState = 0;

    void lap(qint64* into)
    {
        *into += trace.nsecsElapsed();
        trace.restart();
    }
};

Status CustomerBulkWriter::checkPermissions(bool anyEvents) const
{
    if (auto st = d->session->require(Permission::EditCustomers, kTable); !st) {
        return st;
    }
    if (anyEvents) {
        return d->session->require(Permission::RecordConsent, kTable);
    }
    return {};
}

Status CustomerBulkWriter::beginRun(Run& run)
{
    const Database& db = d->session->db();
    run.now = Clock::instance().nowMs();
    run.userId = d->session->user().id;
    run.trace.start();
    if (!db.isPostgres() && !d->handle) {
        d->handle = sqliteHandle(db);
    }
    if (!d->handle) {
        if (run.anyEvents) {
            auto max = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM consent_events"));
            if (!max) {
                return max.error();
            }
            run.pgBefore = max->toLongLong();
        }
        return {};
    }
    if (!d->sNextEvent.isPrepared()) {
        if (!d->sCustomers.prepare(d->handle, kCustomerInsert, kCustomerTuple)
            || !d->sKeys.prepare(d->handle, kKeyInsert, kKeyTuple)
            || !d->sEvents.prepare(d->handle, kEventInsertWithId, kEventTupleWithId)
            || !d->sState.prepare(d->handle, kStateInsert, kStateTuple)
            || !d->sNextEvent.prepare(d->handle, kNextEventId)) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(d->handle));
            for (Impl::Pair* pair : {&d->sCustomers, &d->sKeys, &d->sEvents, &d->sState}) {
                pair->finalize();
            }
            d->sNextEvent.finalize();
            return d->sqliteError(message);
        }
    }
    return {};
}

Status CustomerBulkWriter::insertRange(const std::vector<const Sealed*>& rows, size_t first, size_t count, Run& run)
{
    for (size_t i = first; i < first + count; ++i) {
        if (!rows[i]->error.isEmpty()) {
            return Error(ErrorCode::Crypto, rows[i]->error);
        }
    }
    const qint64 now = run.now;
    const qint64 userId = run.userId;
    if (d->handle) {
        // SQLite: multi-row statements prepared once; values bound in place.
        d->wrote = d->wrote || count > 0;
        QString error;
        if (!d->sCustomers.insert(
                count,
                [&](SqliteStatement& q, int& k, size_t row) {
                    const Sealed& e = *rows[first + row];
                    q.text(k++, e.idUtf8);
                    for (const QByteArray& f : e.fields) {
                        q.blob(k++, f);
                    }
                    for (const QByteArray& b : e.bidx) {
                        q.blob(k++, b);
                    }
                    for (const QByteArray& t : e.texts) {
                        q.text(k++, t);
                    }
                    q.integer(k++, e.created);
                    q.integer(k++, e.created);
                    q.integer(k++, e.created);
                },
                &error)) {
            return conflictOr(d->sqliteError(error));
        }
        run.lap(&run.tCustomers);
        if (!d->sKeys.insert(
                count,
                [&](SqliteStatement& q, int& k, size_t row) {
                    q.text(k++, rows[first + row]->idUtf8);
                    q.blob(k++, rows[first + row]->wrapped);
                    q.integer(k++, now);
                },
                &error)) {
            return d->sqliteError(error);
        }
        run.lap(&run.tKeys);
        // The events get their ids here, so the current state of each new customer (the
        // latest event per purpose; a tie goes to the later event) is derived, not read back.
        run.events.clear();
        run.states.clear();
        for (size_t i = first; i < first + count; ++i) {
            const size_t firstState = run.states.size();
            for (const Sealed::SealedEvent& ev : rows[i]->events) {
                if (run.nextEventId == 0) {
                    sqlite3_stmt* q = d->sNextEvent.get();
                    run.nextEventId = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
                    sqlite3_reset(q);
                    if (run.nextEventId <= 0) {
                        return d->sqliteError(QString::fromUtf8(sqlite3_errmsg(d->handle)));
                    }
                }
                const EventRow r{rows[i], &ev, run.nextEventId++};
                run.events.push_back(r);
                auto it = std::find_if(run.states.begin() + static_cast<std::ptrdiff_t>(firstState),
                                       run.states.end(),
                                       [&](const EventRow& x) { return x.event->purposeId == ev.purposeId; });
                if (it == run.states.end()) {
                    run.states.push_back(r);
                } else if (ev.occurredMs >= it->event->occurredMs) {
                    *it = r;
                }
            }
        }
        if (!d->sEvents.insert(
                run.events.size(),
                [&](SqliteStatement& q, int& k, size_t row) {
                    const EventRow& r = run.events[row];
                    q.integer(k++, r.id);
                    q.text(k++, r.customer->idUtf8);
                    q.integer(k++, r.event->purposeId);
                    q.integer(k++, r.event->granted ? 1 : 0);
                    q.integer(k++, r.event->occurredMs);
                    q.integer(k++, now);
                    q.text(k++, r.event->channel);
                    q.idOrNull(k++, r.event->noticeVersionId);
                    q.blob(k++, r.event->evidence);
                    q.idOrNull(k++, userId);
                },
                &error)) {
            return d->sqliteError(error);
        }
        run.lap(&run.tEvents);
        if (!d->sState.insert(
                run.states.size(),
                [&](SqliteStatement& q, int& k, size_t row) {
                    const EventRow& r = run.states[row];
                    q.text(k++, r.customer->idUtf8);
                    q.integer(k++, r.event->purposeId);
                    q.integer(k++, r.event->granted ? 1 : 0);
                    q.integer(k++, r.id);
                    q.integer(k++, r.event->occurredMs);
                    q.integer(k++, r.event->noticeVersionId);
                },
                &error)) {
            return d->sqliteError(error);
        }
        run.lap(&run.tState);
        return {};
    }
    if (auto st = d->insertMany(d->customers,
                                kCustomerInsert,
                                kCustomerTuple,
                                kPgCustomers,
                                count,
                                [&](QSqlQuery& q, int& k, size_t i) { bindCustomer(q, k, *rows[first + i]); });
        !st) {
        return conflictOr(st.error());
    }
    run.lap(&run.tCustomers);
    if (auto st = d->insertMany(d->keys,
                                kKeyInsert,
                                kKeyTuple,
                                kPgKeys,
                                count,
                                [&](QSqlQuery& q, int& k, size_t i) { bindKey(q, k, *rows[first + i], now); });
        !st) {
        return st.error();
    }
    run.lap(&run.tKeys);
    std::vector<std::pair<const QString*, const Sealed::SealedEvent*>> events;
    for (size_t i = first; i < first + count; ++i) {
        for (const Sealed::SealedEvent& ev : rows[i]->events) {
            events.emplace_back(&rows[i]->id, &ev);
        }
    }
    if (auto st = d->insertMany(
            d->events,
            kEventInsert,
            kEventTuple,
            kPgEvents,
            events.size(),
            [&](QSqlQuery& q, int& k, size_t i) { bindEvent(q, k, *events[i].first, *events[i].second, now, userId); });
        !st) {
        return st.error();
    }
    run.lap(&run.tEvents);
    return {};
}

Status CustomerBulkWriter::finishRun(Run& run, size_t rows)
{
    const Database& db = d->session->db();
    if (!d->handle && run.anyEvents) {
        // PostgreSQL: derive the current state of the new events, the latest per customer and
        // purpose, in one statement.
        auto st = db.exec(
            QStringLiteral("INSERT INTO consent_state (customer_id, purpose_id, granted, event_id, occurred_at, "
                           "notice_version_id) SELECT e.customer_id, e.purpose_id, e.granted, e.id, e.occurred_at, "
                           "COALESCE(e.notice_version_id, 0) FROM consent_events e WHERE e.id > ? AND NOT EXISTS "
                           "(SELECT 1 FROM consent_events e2 WHERE e2.customer_id = e.customer_id AND "
                           "e2.purpose_id = e.purpose_id AND e2.id > ? AND (e2.occurred_at > e.occurred_at OR "
                           "(e2.occurred_at = e.occurred_at AND e2.id > e.id))) ON CONFLICT (customer_id, purpose_id) "
                           "DO UPDATE SET granted = excluded.granted, event_id = excluded.event_id, occurred_at = "
                           "excluded.occurred_at, notice_version_id = excluded.notice_version_id WHERE "
                           "excluded.occurred_at > consent_state.occurred_at OR (excluded.occurred_at = "
                           "consent_state.occurred_at AND excluded.event_id > consent_state.event_id)"),
            {run.pgBefore, run.pgBefore});
        if (!st) {
            return st.error();
        }
        run.lap(&run.tState);
    }
    for (auto* q : {d->customers.get(), d->keys.get(), d->events.get(), d->state.get()}) {
        if (q) {
            q->finish();
        }
    }
    if (qEnvironmentVariableIsSet("AMANAH_BULK_TRACE")) {
        const auto ms = [](qint64 ns) {
            return static_cast<long long>(ns / 1000000);
        };
        qInfo("bulk %zu: waiting for encryption %lld customers %lld keys %lld events %lld state %lld ms",
              rows,
              ms(run.tWait),
              ms(run.tCustomers),
              ms(run.tKeys),
              ms(run.tEvents),
              ms(run.tState));
    }
    return {};
}

CustomerBulkWriter::Sealed
CustomerBulkWriter::seal(const Vault& vault, const BlindIndex& blind, const Item& item, qint64 now)
{
    static const std::array<QString, 7> columns = {QStringLiteral("external_ref"),
                                                   QStringLiteral("full_name"),
                                                   QStringLiteral("email"),
                                                   QStringLiteral("phone"),
                                                   QStringLiteral("address"),
                                                   QStringLiteral("birth_date"),
                                                   QStringLiteral("notes")};
    static const std::array<QString, 3> kinds
        = {QStringLiteral("external_ref"), QStringLiteral("email"), QStringLiteral("phone")};
    const Customer& c = item.customer;
    Sealed e;
    e.id = newId();
    e.idUtf8 = e.id.toUtf8();
    auto key = vault.newCustomerKey(e.id, &e.wrapped);
    if (!key) {
        e.error = key.errorString();
        return e;
    }
    const QString email = CustomerService::normaliseEmail(c.email);
    const QString ref = c.externalRef.trimmed();
    const std::array<QString, 7> plain = {ref,
                                          c.fullName.trimmed(),
                                          email,
                                          c.phone,
                                          c.address.trimmed(),
                                          c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString(),
                                          c.notes};
    for (size_t f = 0; f < plain.size(); ++f) {
        if (plain[f].isEmpty()) {
            continue;
        }
        auto b = key->encryptField(plain[f], kTable, columns[f], e.id);
        if (!b) {
            e.error = b.errorString();
            return e;
        }
        e.fields[f] = *b;
    }
    const std::array<const QString*, 3> indexed = {&ref, &email, &c.phone};
    const std::array<const QByteArray*, 3> given = {&item.externalRefBidx, &item.emailBidx, nullptr};
    for (size_t k = 0; k < indexed.size(); ++k) {
        if (!indexed[k]->isEmpty()) {
            e.bidx[k] = given[k] && !given[k]->isEmpty() ? *given[k] : blind.compute(kinds[k], *indexed[k]);
        }
    }
    e.texts = {c.country.trimmed().toUpper().toUtf8(),
               c.jurisdiction.trimmed().toUtf8(),
               c.source.trimmed().toUtf8(),
               c.language.trimmed().toLower().toUtf8()};
    e.created = c.created.isValid() ? c.created.toMSecsSinceEpoch() : now;
    e.events.reserve(item.events.size());
    for (const Event& ev : item.events) {
        Sealed::SealedEvent x;
        x.purposeId = ev.purposeId;
        x.granted = ev.granted;
        x.occurredMs = ev.occurredMs;
        x.channel = ConsentEvent::channelCode(ev.channel).toUtf8();
        x.noticeVersionId = ev.noticeVersionId;
        if (!ev.evidence.isEmpty()) {
            auto b = key->encryptField(ev.evidence,
                                       kEventsTable,
                                       kEvidenceColumn,
                                       ConsentEvent::evidenceRowId(e.id, ev.purposeId, ev.occurredMs, ev.granted));
            if (!b) {
                e.error = b.errorString();
                return e;
            }
            x.evidence = *b;
        }
        e.events.push_back(std::move(x));
    }
    return e;
}

Result<QStringList> CustomerBulkWriter::write(const std::vector<Item>& items)
{
    Run run;
    for (const Item& it : items) {
        run.anyEvents = run.anyEvents || !it.events.empty();
    }
    if (auto st = checkPermissions(run.anyEvents); !st) {
        return st.error();
    }
    const std::shared_ptr<Session>& session = d->session;
    const Vault vault = session->vault();
    const qint64 now = Clock::instance().nowMs();
    std::vector<Sealed> out(items.size());
    std::vector<const Sealed*> pointers;
    pointers.reserve(out.size());
    for (const Sealed& e : out) {
        pointers.push_back(&e);
    }
    auto encryptPiece = [&](size_t first) {
        const BlindIndex blind = vault.blindIndex(); // not thread-safe: one per piece
        for (size_t i = first; i < std::min(items.size(), first + kPiece); ++i) {
            out[i] = seal(vault, blind, items[i], now);
        }
    };
    // Slices of pieces: slice s + 1 is encrypted on the pool while this thread inserts slice s.
    std::vector<std::vector<size_t>> slices;
    for (size_t at = 0; at < items.size(); at += kSlice) {
        std::vector<size_t> pieces;
        for (size_t p = at; p < std::min(items.size(), at + kSlice); p += kPiece) {
            pieces.push_back(p);
        }
        slices.push_back(std::move(pieces));
    }

    const Database& db = session->db();
    const bool outermost = !db.inTransaction(); // inside a caller's transaction, the caller updates the index
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = beginRun(run); !st) {
        return st.error();
    }
    QFuture<void> pending;
    struct WaitOnExit
    {
        QFuture<void>* future;
        ~WaitOnExit() { future->waitForFinished(); } // the tasks use this frame's locals
    } waitOnExit{&pending};
    if (!slices.empty()) {
        pending = QtConcurrent::map(&d->pool, slices[0], encryptPiece);
    }
    for (size_t s = 0; s < slices.size(); ++s) {
        pending.waitForFinished();
        if (s + 1 < slices.size()) {
            pending = QtConcurrent::map(&d->pool, slices[s + 1], encryptPiece);
        }
        run.lap(&run.tWait);
        const size_t first = s * kSlice;
        if (auto st = insertRange(pointers, first, std::min(items.size(), first + kSlice) - first, run); !st) {
            return st.error();
        }
    }
    if (auto st = finishRun(run, items.size()); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(out.size()));
    for (const Sealed& e : out) {
        ids << e.id;
    }
    if (auto index = outermost ? NameIndex::existing(session->workspace().get()) : nullptr) {
        for (size_t i = 0; i < items.size(); ++i) {
            index->upsert(ids.at(static_cast<qsizetype>(i)), items[i].customer.fullName.trimmed());
        }
    }
    return ids;
}

Result<QStringList> CustomerBulkWriter::insert(const std::vector<const Sealed*>& rows)
{
    Run run;
    for (const Sealed* e : rows) {
        run.anyEvents = run.anyEvents || !e->events.empty();
    }
    if (auto st = checkPermissions(run.anyEvents); !st) {
        return st.error();
    }
    auto tx = d->session->db().begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = beginRun(run); !st) {
        return st.error();
    }
    if (auto st = insertRange(rows, 0, rows.size(), run); !st) {
        return st.error();
    }
    if (auto st = finishRun(run, rows.size()); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(rows.size()));
    for (const Sealed* e : rows) {
        ids << e->id;
    }
    return ids;
}
