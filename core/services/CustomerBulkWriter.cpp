#include "core/services/CustomerBulkWriter.h"

#include "core/Clock.h"
#include "core/crypto/CustomerKey.h"
#include "core/services/ConsentService.h"
#include "core/services/CustomerService.h"
#include "core/services/NameIndex.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

#include <atomic>

namespace {

const QString kTable = QStringLiteral("customers");

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

struct Encrypted
{
    QString id;
    QVariantList customerRow; ///< in kCustomerColumns order
    QByteArray wrapped;
    std::vector<QVariantList> events;
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

// Multi-row INSERTs on PostgreSQL (fewer round trips). On SQLite one row per execution of a
// reused prepared statement: Qt's driver looks up each parameter's name in O(n), so big
// statements cost more than many small ones (measured). Fixed fragments only.
Status insertRows(const Database& db,
                  const char* head,
                  const char* tuple,
                  const std::vector<const QVariantList*>& rows,
                  int perStatement)
{
    const int columns = rows.empty() ? 1 : std::max(1, static_cast<int>(rows.front()->size()));
    const int per = db.isPostgres() ? perStatement : std::max(1, 20 / columns);
    QSqlQuery q(db.connection());
    int prepared = 0;
    for (size_t at = 0; at < rows.size(); at += static_cast<size_t>(per)) {
        const size_t end = std::min(rows.size(), at + static_cast<size_t>(per));
        const int n = static_cast<int>(end - at);
        if (n != prepared) {
            QString sql = QString::fromLatin1(head);
            for (int i = 0; i < n; ++i) {
                sql += (i ? QStringLiteral(", ") : QString()) + QString::fromLatin1(tuple);
            }
            if (!q.prepare(sql)) {
                return db.storageError(q.lastError());
            }
            prepared = n;
        }
        int k = 0;
        for (size_t i = at; i < end; ++i) {
            for (const QVariant& v : *rows[i]) {
                // As Database::exec: a null QString is empty text, QVariant() is SQL NULL.
                const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
                q.bindValue(k++, nullText ? QVariant(QStringLiteral("")) : v);
            }
        }
        if (!q.exec()) {
            return db.storageError(q.lastError());
        }
    }
    return {};
}

} // namespace

CustomerBulkWriter::CustomerBulkWriter(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<QStringList> CustomerBulkWriter::write(const std::vector<Item>& items)
{
    if (auto st = m_session->require(Permission::EditCustomers, kTable); !st) {
        return st.error();
    }
    bool anyEvents = false;
    for (const Item& it : items) {
        anyEvents = anyEvents || !it.events.empty();
    }
    if (anyEvents) {
        if (auto st = m_session->require(Permission::RecordConsent, kTable); !st) {
            return st.error();
        }
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 userId = m_session->user().id;
    const Vault vault = m_session->vault();
    std::vector<Encrypted> out(items.size());
    std::vector<size_t> chunks;
    for (size_t i = 0; i < items.size(); i += 64) {
        chunks.push_back(i);
    }
    QElapsedTimer trace;
    trace.start();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    QtConcurrent::blockingMap(&pool, chunks, [&](size_t first) {
        BlindIndex blind = vault.blindIndex(); // not thread-safe: one per chunk
        const size_t last = std::min(items.size(), first + 64);
        for (size_t i = first; i < last; ++i) {
            const Customer& c = items[i].customer;
            Encrypted& e = out[i];
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            auto key = vault.newCustomerKey(e.id, &e.wrapped);
            if (!key) {
                e.error = key.errorString();
                continue;
            }
            const QString email = CustomerService::normaliseEmail(c.email);
            const QString ref = c.externalRef.trimmed();
            const QString birth = c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString();
            e.customerRow << e.id;
            for (const auto& [value, column] : {std::pair{ref, "external_ref"},
                                                std::pair{c.fullName.trimmed(), "full_name"},
                                                std::pair{email, "email"},
                                                std::pair{c.phone, "phone"},
                                                std::pair{c.address.trimmed(), "address"},
                                                std::pair{birth, "birth_date"},
                                                std::pair{c.notes, "notes"}}) {
                if (value.isEmpty()) {
                    e.customerRow << nullBlob();
                    continue;
                }
                auto blob = key->encryptField(value, kTable, QString::fromLatin1(column), e.id);
                if (!blob) {
                    e.error = blob.errorString();
                    break;
                }
                e.customerRow << *blob;
            }
            auto bidx = [&](const QString& v, const char* kind) {
                return v.isEmpty() ? nullBlob() : QVariant(blind.compute(QString::fromLatin1(kind), v));
            };
            const qint64 created = c.created.isValid() ? c.created.toMSecsSinceEpoch() : now;
            e.customerRow << bidx(ref, "external_ref") << bidx(email, "email") << bidx(c.phone, "phone")
                          << c.country.trimmed().toUpper() << c.jurisdiction.trimmed() << c.source.trimmed()
                          << c.language.trimmed().toLower() << created << created << created;
            for (const Event& ev : items[i].events) {
                QVariant evidence = nullBlob();
                if (!ev.evidence.isEmpty()) {
                    auto blob = key->encryptField(
                        ev.evidence,
                        QStringLiteral("consent_events"),
                        QStringLiteral("evidence"),
                        ConsentService::evidenceRowId(e.id, ev.purposeId, ev.occurredMs, ev.granted));
                    if (!blob) {
                        e.error = blob.errorString();
                        break;
                    }
                    evidence = *blob;
                }
                e.events.push_back({e.id,
                                    ev.purposeId,
                                    ev.granted ? 1 : 0,
                                    ev.occurredMs,
                                    now,
                                    ConsentEvent::channelCode(ev.channel),
                                    ev.noticeVersionId ? QVariant(ev.noticeVersionId) : QVariant(),
                                    evidence,
                                    userId ? QVariant(userId) : QVariant()});
            }
        }
    });
    const qint64 tEncrypt = trace.elapsed();
    std::vector<const QVariantList*> customerRows;
    std::vector<QVariantList> keyRows;
    std::vector<const QVariantList*> eventRows;
    customerRows.reserve(out.size());
    keyRows.reserve(out.size());
    QStringList ids;
    for (const Encrypted& e : out) {
        if (!e.error.isEmpty()) {
            return Error(ErrorCode::Crypto, e.error);
        }
        customerRows.push_back(&e.customerRow);
        keyRows.push_back({e.id, e.wrapped, now});
        for (const QVariantList& ev : e.events) {
            eventRows.push_back(&ev);
        }
        ids << e.id;
    }
    std::vector<const QVariantList*> keyPtrs;
    for (const QVariantList& k : keyRows) {
        keyPtrs.push_back(&k);
    }
    const Database& db = m_session->db();
    if (!db.isPostgres()) {
        // Random keys (UUIDs, blind indexes) land all over six indexes: with SQLite's default
        // 2 MiB page cache a large import spends its time spilling and re-reading pages.
        // 256 MiB keeps the indexes of a million customers in memory (a ceiling, not an allocation).
        QSqlQuery pragma(db.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    const bool outermost = !db.inTransaction(); // inside a caller's transaction, the caller updates the index
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto before = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM consent_events"));
    if (!before) {
        return before.error();
    }
    if (auto st = insertRows(db, kCustomerInsert, kCustomerTuple, customerRows, 50); !st) {
        if (st.errorString().contains(QLatin1String("external_ref"))) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("CustomerService",
                                                     "Another customer already has this customer "
                                                     "reference."));
        }
        return st.error();
    }
    const qint64 tCustomers = trace.elapsed();
    if (auto st = insertRows(db, kKeyInsert, kKeyTuple, keyPtrs, 300); !st) {
        return st.error();
    }
    const qint64 tKeys = trace.elapsed();
    qint64 tEvents = tKeys;
    if (!eventRows.empty()) {
        if (auto st = insertRows(db, kEventInsert, kEventTuple, eventRows, 100); !st) {
            return st.error();
        }
        tEvents = trace.elapsed();
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
            {before->toLongLong(), before->toLongLong()});
        if (!st) {
            return st.error();
        }
    }
    if (qEnvironmentVariableIsSet("AMANAH_BULK_TRACE")) {
        qInfo("bulk %zu: encrypt %lld customers %lld keys %lld events %lld state %lld ms",
              items.size(),
              tEncrypt,
              tCustomers - tEncrypt,
              tKeys - tCustomers,
              tEvents - tKeys,
              trace.elapsed() - tEvents);
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    if (auto index = outermost ? NameIndex::existing(m_session->workspace().get()) : nullptr) {
        for (size_t i = 0; i < items.size(); ++i) {
            index->upsert(ids.at(static_cast<qsizetype>(i)), items[i].customer.fullName.trimmed());
        }
    }
    return ids;
}
