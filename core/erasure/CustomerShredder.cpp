#include "core/erasure/CustomerShredder.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/erasure/ErasureLedger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerShredder)
};

const QString kCustomers = QStringLiteral("customers");
const QString kHeld = QStringLiteral("held_records");

// The key id (AAD of the wrapped key) of one held record: never a customer id (UUIDs).
QString heldKeyId(const QString& pseudonym, const QString& category)
{
    return QStringLiteral("held:%1:%2").arg(pseudonym, category);
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Result<qint64> countOf(const Database& db, const QString& sql, const QString& customerId)
{
    auto v = db.scalar(sql, {customerId});
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

} // namespace

CustomerShredder::CustomerShredder(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

std::function<Status(const QString&)>& CustomerShredder::faultInjector()
{
    static std::function<Status(const QString&)> injector;
    return injector;
}

Status CustomerShredder::fault(const QString& step)
{
    const auto& f = faultInjector();
    return f ? f(step) : Status();
}

QString CustomerShredder::pseudonym(const Session& session, const QString& customerId)
{
    return pseudonym(session.vault().blindIndex(), customerId);
}

QString CustomerShredder::pseudonym(const BlindIndex& blindIndex, const QString& customerId)
{
    return blindIndex.customerPseudonym(customerId);
}

QStringList CustomerShredder::holdableFields()
{
    return {QStringLiteral("full_name"),
            QStringLiteral("address"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("external_ref"),
            QStringLiteral("birth_date")};
}

QString CustomerShredder::fieldName(const QString& code)
{
    return CustomerService::fieldName(code);
}

QString CustomerShredder::categoryName(const QString& code)
{
    if (code == QLatin1String("customer_fields")) {
        return Tr::tr("Customer record and personal fields");
    }
    if (code == QLatin1String("data_key")) {
        return Tr::tr("Customer data key");
    }
    if (code == QLatin1String("consent_history")) {
        return Tr::tr("Consent history");
    }
    if (code == QLatin1String("disclosures")) {
        return Tr::tr("Disclosure records");
    }
    if (code == QLatin1String("request_details")) {
        return Tr::tr("Requester details");
    }
    return code;
}

Result<QList<ApplicableHold>> CustomerShredder::holdsFor(const QString& customerId, const QDateTime& now)
{
    const Database& db = m_session->db();
    auto activity = db.exec(QStringLiteral("SELECT last_activity_at FROM customers WHERE id = ?"), {customerId});
    if (!activity) {
        return activity.error();
    }
    if (!activity->next()) {
        return QList<ApplicableHold>();
    }
    const QDateTime lastActivity = fromMs(activity->value(0));
    auto q = db.exec(QStringLiteral("SELECT id, category, basis, years, fields, trigger_event FROM legal_holds WHERE "
                                    "active = 1 ORDER BY category"));
    if (!q) {
        return q.error();
    }
    QList<ApplicableHold> holds;
    while (q->next()) {
        const bool fromActivity = q->value(5).toString() == QLatin1String("last_activity");
        if (fromActivity && !lastActivity.isValid()) {
            continue; // no transaction on record: nothing for this hold to keep
        }
        ApplicableHold h;
        h.ruleId = q->value(0).toLongLong();
        h.category = q->value(1).toString();
        h.basis = q->value(2).toString();
        h.heldUntil = (fromActivity ? lastActivity : now).addYears(q->value(3).toInt());
        for (const QString& f : q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (holdableFields().contains(f.trimmed())) {
                h.fields << f.trimmed();
            }
        }
        if (h.heldUntil > now) {
            holds << h;
        }
    }
    return holds;
}

Status
CustomerShredder::writeHeld(const QString& customerId, const QString& pseudonym, qint64 requestId, ShredOutcome* out)
{
    const Database& db = m_session->db();
    const QDateTime now = Clock::instance().now();
    auto holds = holdsFor(customerId, now);
    if (!holds) {
        return holds.error();
    }
    if (holds->isEmpty()) {
        return {};
    }
    auto row = db.exec(QStringLiteral("SELECT c.full_name, c.address, c.email, c.phone, c.external_ref, c.birth_date, "
                                      "k.wrapped FROM customers c LEFT JOIN customer_keys k ON k.customer_id = c.id "
                                      "WHERE c.id = ?"),
                       {customerId});
    if (!row) {
        return row.error();
    }
    if (!row->next() || row->value(6).isNull()) {
        return Error(ErrorCode::Crypto, Tr::tr("The customer's data key is missing; nothing was erased."));
    }
    auto cdk = m_session->vault().unwrapCustomerKey(customerId, row->value(6).toByteArray());
    if (!cdk) {
        return cdk.error();
    }
    const QStringList columns = holdableFields();
    for (const ApplicableHold& h : *holds) {
        QJsonObject kept;
        for (const QString& field : h.fields) {
            const QByteArray blob = row->value(static_cast<int>(columns.indexOf(field))).toByteArray();
            if (blob.isEmpty()) {
                continue;
            }
            auto plain = cdk->decryptField(blob, kCustomers, field, customerId);
            if (!plain) {
                return plain.error();
            }
            kept.insert(field, *plain);
        }
        QByteArray wrapped;
        auto key = m_session->vault().newCustomerKey(heldKeyId(pseudonym, h.category), &wrapped);
        if (!key) {
            return key.error();
        }
        auto payload = key->encryptField(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)),
                                         kHeld,
                                         QStringLiteral("payload"),
                                         heldKeyId(pseudonym, h.category));
        if (!payload) {
            return payload.error();
        }
        auto ins = db.exec(QStringLiteral("INSERT INTO held_records (pseudonym, request_id, category, basis, "
                                          "held_until, fields, payload, payload_key, restricted, created_at) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                           {pseudonym,
                            requestId ? QVariant(requestId) : QVariant(),
                            h.category,
                            h.basis,
                            h.heldUntil.toMSecsSinceEpoch(),
                            QStringList(kept.keys()).join(QLatin1Char(',')),
                            *payload,
                            wrapped,
                            now.toMSecsSinceEpoch()});
        if (!ins) {
            return ins.error();
        }
        out->held << h;
    }
    return {};
}

Result<ShredOutcome> CustomerShredder::shred(const QString& customerId, qint64 requestId, const QString& reason)
{
    const Database& db = m_session->db();
    if (!db.inTransaction()) {
        return Error(ErrorCode::Storage, Tr::tr("An erasure must run inside a transaction."));
    }
    // An anonymised customer ('erased': key destroyed, fields cleared, held copies taken then)
    // has nothing left to erase, as for the anonymiser; a retention deletion planned before the
    // anonymisation skips it instead of failing on the missing key.
    auto exists
        = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND status <> 'erased'"), {customerId});
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such customer (already erased?)."));
    }
    ShredOutcome out;
    out.pseudonym = pseudonym(*m_session, customerId);
    if (auto st = writeHeld(customerId, out.pseudonym, requestId, &out); !st) {
        return st.error();
    }
    if (auto st = fault(QStringLiteral("held")); !st) {
        return st.error();
    }
    auto events = countOf(db, QStringLiteral("SELECT count(*) FROM consent_events WHERE customer_id = ?"), customerId);
    auto disclosures
        = countOf(db, QStringLiteral("SELECT count(*) FROM disclosures WHERE customer_id = ?"), customerId);
    if (!events || !disclosures) {
        return (!events ? events : disclosures).error();
    }
    out.consentEvents = *events;
    out.disclosures = *disclosures;
    auto recipients = db.exec(
        QStringLiteral("SELECT DISTINCT recipient_id FROM disclosures WHERE customer_id = ? ORDER BY recipient_id"),
        {customerId});
    if (!recipients) {
        return recipients.error();
    }
    while (recipients->next()) {
        out.recipients << recipients->value(0).toLongLong();
    }
    const qint64 now = Clock::instance().nowMs();
    if (requestId) {
        // The Art. 19 checklist outlives the disclosures it comes from.
        for (qint64 recipient : out.recipients) {
            auto ins = db.exec(QStringLiteral("INSERT INTO recipient_notifications (request_id, recipient_id, "
                                              "created_at) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                                              "recipient_notifications WHERE request_id = ? AND recipient_id = ?)"),
                               {requestId, recipient, now, requestId, recipient});
            if (!ins) {
                return ins.error();
            }
        }
    }
    auto details = db.exec(QStringLiteral("UPDATE requests SET requester = NULL, requester_key = NULL WHERE "
                                          "customer_id = ? AND (requester IS NOT NULL OR requester_key IS NOT NULL)"),
                           {customerId});
    if (!details) {
        return details.error();
    }
    out.requestDetails = details->numRowsAffected();
    // The key first: from here on every blob of the customer is ciphertext without a key.
    if (auto del = db.exec(QStringLiteral("DELETE FROM customer_keys WHERE customer_id = ?"), {customerId}); !del) {
        return del.error();
    }
    if (auto st = fault(QStringLiteral("key")); !st) {
        return st.error();
    }
    for (const char* sql : {"DELETE FROM consent_state WHERE customer_id = ?",
                            "DELETE FROM consent_events WHERE customer_id = ?",
                            "DELETE FROM disclosures WHERE customer_id = ?",
                            "DELETE FROM customers WHERE id = ?"}) {
        if (auto del = db.exec(QString::fromLatin1(sql), {customerId}); !del) {
            return del.error();
        }
    }
    if (auto st = fault(QStringLiteral("rows")); !st) {
        return st.error();
    }
    auto tomb = db.exec(
        QStringLiteral("INSERT INTO tombstones (pseudonym, erased_at, request_id, reason) VALUES (?, ?, ?, ?)"),
        {out.pseudonym, now, requestId ? QVariant(requestId) : QVariant(), reason});
    if (!tomb) {
        return tomb.error();
    }
    out.categories << QStringLiteral("data_key") << QStringLiteral("customer_fields");
    if (out.consentEvents > 0) {
        out.categories << QStringLiteral("consent_history");
    }
    if (out.disclosures > 0) {
        out.categories << QStringLiteral("disclosures");
    }
    if (out.requestDetails > 0) {
        out.categories << QStringLiteral("request_details");
    }
    return out;
}

Status CustomerShredder::keepHeld(const QString& customerId, ShredOutcome* out)
{
    return writeHeld(customerId, out->pseudonym, 0, out);
}

void CustomerShredder::forget(const QString& customerId)
{
    if (auto index = NameIndex::existing(m_session->workspace().get())) {
        index->remove(customerId);
    }
    // The copy beside the backups. The workspace's own ledger is already committed, and the
    // next backup rewrites the copy; until then a restore from that folder without the
    // workspace would miss this erasure, so say so where the operator looks.
    if (auto st = ErasureLedger::publish(*m_session); !st) {
        qWarning("amanah: %s", qUtf8Printable(st.errorString()));
    }
}
