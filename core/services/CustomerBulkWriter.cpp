#include "core/services/CustomerBulkWriter.h"

#include "core/Clock.h"
#include "core/crypto/CustomerKey.h"
#include "core/services/ConsentService.h"
#include "core/services/CustomerService.h"
#include "core/services/NameIndex.h"
#include "core/services/SqliteHandle.h"

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

struct EncryptedEvent
{
    qint64 purposeId = 0;
    bool granted = true;
    qint64 occurredMs = 0;
    QByteArray channel; ///< UTF-8
    qint64 noticeVersionId = 0;
    QByteArray evidence;
};

struct Encrypted
{
    QString id;
    QByteArray idUtf8;
    QByteArray wrapped;
    std::array<QByteArray, 7> fields; ///< external_ref, full_name, email, phone, address, birth_date, notes
    std::array<QByteArray, 3> bidx; ///< external_ref, email, phone
    std::array<QByteArray, 4> texts; ///< UTF-8 country, jurisdiction, source, language
    qint64 created = 0;
    std::vector<EncryptedEvent> events;
    QString error;
};

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
const char* const kStateInsert = "INSERT INTO consent_state (customer_id, purpose_id, granted, event_id, occurred_at, "
                                 "notice_version_id) VALUES (?, ?, ?, ?, ?, ?)";

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

void bindCustomer(QSqlQuery& q, int& k, const Encrypted& e)
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

void bindKey(QSqlQuery& q, int& k, const Encrypted& e, qint64 now)
{
    q.bindValue(k++, e.id);
    q.bindValue(k++, e.wrapped);
    q.bindValue(k++, now);
}

void bindEvent(QSqlQuery& q, int& k, const QString& customerId, const EncryptedEvent& ev, qint64 now, qint64 userId)
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
    SqliteStatement sCustomers;
    SqliteStatement sKeys;
    SqliteStatement sEvents;
    SqliteStatement sState;
    QVariant oldCacheSize;
    QVariant oldTempStore;
    bool tuned = false;

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
        auto cache = db.scalar(QStringLiteral("PRAGMA cache_size"));
        auto temp = db.scalar(QStringLiteral("PRAGMA temp_store"));
        if (cache && temp) {
            d->oldCacheSize = *cache;
            d->oldTempStore = *temp;
            QSqlQuery q(db.connection());
            d->tuned = q.exec(QStringLiteral("PRAGMA cache_size = -262144"))
                && q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
    }
}

CustomerBulkWriter::~CustomerBulkWriter()
{
    d->sCustomers.finalize(); // before the pragmas
    d->sKeys.finalize();
    d->sEvents.finalize();
    d->sState.finalize();
    d->customers.reset();
    d->keys.reset();
    d->events.reset();
    d->state.reset();
    if (d->tuned) {
        // Fixed integers read back from SQLite, not user input.
        QSqlQuery q(d->session->db().connection());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(d->oldCacheSize.toLongLong()));
        q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(d->oldTempStore.toLongLong()));
        q.exec(QStringLiteral("PRAGMA shrink_memory"));
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

Result<QStringList> CustomerBulkWriter::write(const std::vector<Item>& items)
{
    const std::shared_ptr<Session>& session = d->session;
    if (auto st = session->require(Permission::EditCustomers, kTable); !st) {
        return st.error();
    }
    bool anyEvents = false;
    for (const Item& it : items) {
        anyEvents = anyEvents || !it.events.empty();
    }
    if (anyEvents) {
        if (auto st = session->require(Permission::RecordConsent, kTable); !st) {
            return st.error();
        }
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 userId = session->user().id;
    const Vault vault = session->vault();
    std::vector<Encrypted> out(items.size());
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(items.size()));
    for (Encrypted& e : out) {
        e.id = newId();
        ids << e.id;
    }
    const QString eventsTable = QStringLiteral("consent_events");
    const QString evidenceColumn = QStringLiteral("evidence");
    static const std::array<QString, 7> columns = {QStringLiteral("external_ref"),
                                                   QStringLiteral("full_name"),
                                                   QStringLiteral("email"),
                                                   QStringLiteral("phone"),
                                                   QStringLiteral("address"),
                                                   QStringLiteral("birth_date"),
                                                   QStringLiteral("notes")};
    static const std::array<QString, 3> kinds
        = {QStringLiteral("external_ref"), QStringLiteral("email"), QStringLiteral("phone")};
    auto encryptPiece = [&](size_t first) {
        BlindIndex blind = vault.blindIndex(); // not thread-safe: one per piece
        const size_t last = std::min(items.size(), first + kPiece);
        for (size_t i = first; i < last; ++i) {
            const Customer& c = items[i].customer;
            Encrypted& e = out[i];
            auto key = vault.newCustomerKey(e.id, &e.wrapped);
            if (!key) {
                e.error = key.errorString();
                continue;
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
            for (size_t f = 0; f < plain.size() && e.error.isEmpty(); ++f) {
                if (plain[f].isEmpty()) {
                    continue;
                }
                auto b = key->encryptField(plain[f], kTable, columns[f], e.id);
                if (!b) {
                    e.error = b.errorString();
                } else {
                    e.fields[f] = *b;
                }
            }
            const std::array<const QString*, 3> indexed = {&ref, &email, &c.phone};
            const std::array<const QByteArray*, 3> given = {&items[i].externalRefBidx, &items[i].emailBidx, nullptr};
            for (size_t k = 0; k < indexed.size(); ++k) {
                if (!indexed[k]->isEmpty()) {
                    e.bidx[k] = given[k] && !given[k]->isEmpty() ? *given[k] : blind.compute(kinds[k], *indexed[k]);
                }
            }
            e.idUtf8 = e.id.toUtf8();
            e.texts = {c.country.trimmed().toUpper().toUtf8(),
                       c.jurisdiction.trimmed().toUtf8(),
                       c.source.trimmed().toUtf8(),
                       c.language.trimmed().toLower().toUtf8()};
            e.created = c.created.isValid() ? c.created.toMSecsSinceEpoch() : now;
            e.events.reserve(items[i].events.size());
            for (const Event& ev : items[i].events) {
                EncryptedEvent x;
                x.purposeId = ev.purposeId;
                x.granted = ev.granted;
                x.occurredMs = ev.occurredMs;
                x.channel = ConsentEvent::channelCode(ev.channel).toUtf8();
                x.noticeVersionId = ev.noticeVersionId;
                if (!ev.evidence.isEmpty()) {
                    auto b = key->encryptField(
                        ev.evidence,
                        eventsTable,
                        evidenceColumn,
                        ConsentService::evidenceRowId(e.id, ev.purposeId, ev.occurredMs, ev.granted));
                    if (!b) {
                        e.error = b.errorString();
                        break;
                    }
                    x.evidence = *b;
                }
                e.events.push_back(std::move(x));
            }
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
    if (!db.isPostgres() && !d->handle) {
        d->handle = sqliteHandle(db);
    }
    const bool direct = d->handle != nullptr;
    qint64 before = 0;
    if (!direct && anyEvents) {
        auto max = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM consent_events"));
        if (!max) {
            return max.error();
        }
        before = max->toLongLong();
    }
    auto sqliteError = [&](const QString& message) {
        return db.storageError(QSqlError(QString(), message, QSqlError::StatementError));
    };
    if (direct && !d->sCustomers.isPrepared()) {
        const QByteArray customers = statement(kCustomerInsert, kCustomerTuple, 1).toLatin1();
        const QByteArray keys = statement(kKeyInsert, kKeyTuple, 1).toLatin1();
        const QByteArray events = statement(kEventInsert, kEventTuple, 1).toLatin1();
        if (!d->sCustomers.prepare(d->handle, customers.constData()) || !d->sKeys.prepare(d->handle, keys.constData())
            || !d->sEvents.prepare(d->handle, events.constData()) || !d->sState.prepare(d->handle, kStateInsert)) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(d->handle));
            d->sCustomers.finalize();
            return sqliteError(message);
        }
    }
    QElapsedTimer trace;
    trace.start();
    qint64 tWait = 0;
    qint64 tCustomers = 0;
    qint64 tKeys = 0;
    qint64 tEvents = 0;
    qint64 tState = 0;
    auto lap = [&trace](qint64* into) {
        *into += trace.nsecsElapsed();
        trace.restart();
    };
    QFuture<void> pending;
    struct WaitOnExit
    {
        QFuture<void>* future;
        ~WaitOnExit() { future->waitForFinished(); } // the tasks use this frame's locals
    } waitOnExit{&pending};
    if (!slices.empty()) {
        pending = QtConcurrent::map(&d->pool, slices[0], encryptPiece);
    }
    auto conflictOr = [](const Error& e) {
        if (e.message.contains(QLatin1String("external_ref"))) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("CustomerService",
                                                     "Another customer already has this customer "
                                                     "reference."));
        }
        return e;
    };
    struct Latest
    {
        qint64 purposeId;
        qint64 occurredMs;
        qint64 eventId;
        bool granted;
        qint64 noticeVersionId;
    };
    std::vector<Latest> latest;
    for (size_t s = 0; s < slices.size(); ++s) {
        pending.waitForFinished();
        if (s + 1 < slices.size()) {
            pending = QtConcurrent::map(&d->pool, slices[s + 1], encryptPiece);
        }
        lap(&tWait);
        const size_t first = s * kSlice;
        const size_t count = std::min(items.size(), first + kSlice) - first;
        for (size_t i = first; i < first + count; ++i) {
            if (!out[i].error.isEmpty()) {
                return Error(ErrorCode::Crypto, out[i].error);
            }
        }
        if (direct) {
            // SQLite: one row per step of statements prepared once; values bound in place.
            SqliteStatement& cq = d->sCustomers;
            SqliteStatement& kq = d->sKeys;
            SqliteStatement& eq = d->sEvents;
            SqliteStatement& sq = d->sState;
            for (size_t i = first; i < first + count; ++i) {
                const Encrypted& e = out[i];
                int k = 1;
                cq.text(k++, e.idUtf8);
                for (const QByteArray& f : e.fields) {
                    cq.blob(k++, f);
                }
                for (const QByteArray& b : e.bidx) {
                    cq.blob(k++, b);
                }
                for (const QByteArray& t : e.texts) {
                    cq.text(k++, t);
                }
                cq.integer(k++, e.created);
                cq.integer(k++, e.created);
                cq.integer(k++, e.created);
                if (cq.run() != SQLITE_DONE) {
                    return conflictOr(sqliteError(cq.error()));
                }
            }
            lap(&tCustomers);
            for (size_t i = first; i < first + count; ++i) {
                kq.text(1, out[i].idUtf8);
                kq.blob(2, out[i].wrapped);
                kq.integer(3, now);
                if (kq.run() != SQLITE_DONE) {
                    return sqliteError(kq.error());
                }
            }
            lap(&tKeys);
            // Each event's id is known as it is inserted, so the current state of each new
            // customer (the latest event per purpose) is derived here, not queried back.
            for (size_t i = first; i < first + count; ++i) {
                const Encrypted& e = out[i];
                latest.clear();
                for (const EncryptedEvent& ev : e.events) {
                    eq.text(1, e.idUtf8);
                    eq.integer(2, ev.purposeId);
                    eq.integer(3, ev.granted ? 1 : 0);
                    eq.integer(4, ev.occurredMs);
                    eq.integer(5, now);
                    eq.text(6, ev.channel);
                    eq.idOrNull(7, ev.noticeVersionId);
                    eq.blob(8, ev.evidence);
                    eq.idOrNull(9, userId);
                    if (eq.run() != SQLITE_DONE) {
                        return sqliteError(eq.error());
                    }
                    const Latest l{ev.purposeId,
                                   ev.occurredMs,
                                   sqlite3_last_insert_rowid(d->handle),
                                   ev.granted,
                                   ev.noticeVersionId};
                    auto it = std::find_if(
                        latest.begin(), latest.end(), [&](const Latest& x) { return x.purposeId == ev.purposeId; });
                    if (it == latest.end()) {
                        latest.push_back(l);
                    } else if (ev.occurredMs >= it->occurredMs) { // ids increase: a tie goes to the later event
                        *it = l;
                    }
                }
                for (const Latest& l : latest) {
                    sq.text(1, e.idUtf8);
                    sq.integer(2, l.purposeId);
                    sq.integer(3, l.granted ? 1 : 0);
                    sq.integer(4, l.eventId);
                    sq.integer(5, l.occurredMs);
                    sq.integer(6, l.noticeVersionId);
                    if (sq.run() != SQLITE_DONE) {
                        return sqliteError(sq.error());
                    }
                }
            }
            lap(&tEvents);
            continue;
        }
        if (auto st = d->insertMany(d->customers,
                                    kCustomerInsert,
                                    kCustomerTuple,
                                    kPgCustomers,
                                    count,
                                    [&](QSqlQuery& q, int& k, size_t i) { bindCustomer(q, k, out[first + i]); });
            !st) {
            return conflictOr(st.error());
        }
        lap(&tCustomers);
        if (auto st = d->insertMany(d->keys,
                                    kKeyInsert,
                                    kKeyTuple,
                                    kPgKeys,
                                    count,
                                    [&](QSqlQuery& q, int& k, size_t i) { bindKey(q, k, out[first + i], now); });
            !st) {
            return st.error();
        }
        lap(&tKeys);
        std::vector<std::pair<const QString*, const EncryptedEvent*>> rows;
        for (size_t i = first; i < first + count; ++i) {
            for (const EncryptedEvent& ev : out[i].events) {
                rows.emplace_back(&out[i].id, &ev);
            }
        }
        if (auto st = d->insertMany(
                d->events,
                kEventInsert,
                kEventTuple,
                kPgEvents,
                rows.size(),
                [&](QSqlQuery& q, int& k, size_t i) { bindEvent(q, k, *rows[i].first, *rows[i].second, now, userId); });
            !st) {
            return st.error();
        }
        lap(&tEvents);
    }
    if (!direct && anyEvents) {
        // Derive the current state of the new events: the latest per customer and purpose.
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
            {before, before});
        if (!st) {
            return st.error();
        }
        lap(&tState);
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
              items.size(),
              ms(tWait),
              ms(tCustomers),
              ms(tKeys),
              ms(tEvents),
              ms(tState));
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    if (auto index = outermost ? NameIndex::existing(session->workspace().get()) : nullptr) {
        for (size_t i = 0; i < items.size(); ++i) {
            index->upsert(ids.at(static_cast<qsizetype>(i)), items[i].customer.fullName.trimmed());
        }
    }
    return ids;
}
