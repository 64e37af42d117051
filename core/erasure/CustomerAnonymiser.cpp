#include "core/erasure/CustomerAnonymiser.h"

#include "core/common/Clock.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAnonymiser)
};
} // namespace

CustomerAnonymiser::CustomerAnonymiser(std::shared_ptr<Session> session)
    : m_session(session)
    , m_shredder(session)
{ }

Result<ShredOutcome> CustomerAnonymiser::anonymise(const QString& customerId)
{
    const Database& db = m_session->db();
    if (!db.inTransaction()) {
        return Error(ErrorCode::Storage, Tr::tr("An anonymisation must run inside a transaction."));
    }
    auto exists
        = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND status <> 'erased'"), {customerId});
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such customer (already erased?)."));
    }
    ShredOutcome out;
    out.pseudonym = CustomerShredder::pseudonym(*m_session, customerId);
    if (auto st = m_shredder.keepHeld(customerId, &out); !st) {
        return st.error();
    }
    auto events = db.exec(QStringLiteral("DELETE FROM consent_events WHERE customer_id = ?"), {customerId});
    if (!events) {
        return events.error();
    }
    out.consentEvents = events->numRowsAffected();
    auto details = db.exec(QStringLiteral("UPDATE requests SET requester = NULL, requester_key = NULL WHERE "
                                          "customer_id = ? AND (requester IS NOT NULL OR requester_key IS NOT NULL)"),
                           {customerId});
    if (!details) {
        return details.error();
    }
    out.requestDetails = details->numRowsAffected();
    const qint64 now = Clock::instance().nowMs();
    // The key goes with the fields: a copy of a blob left in this workspace stays unreadable.
    for (const char* sql : {"DELETE FROM customer_keys WHERE customer_id = ?",
                            "UPDATE consent_state SET event_id = 0 WHERE customer_id = ?"}) {
        if (auto q = db.exec(QString::fromLatin1(sql), {customerId}); !q) {
            return q.error();
        }
    }
    auto upd = db.exec(QStringLiteral("UPDATE customers SET external_ref = NULL, external_ref_bidx = NULL, "
                                      "full_name = '', email = NULL, email_bidx = NULL, phone = NULL, phone_bidx = "
                                      "NULL, address = NULL, birth_date = NULL, notes = NULL, language = '', "
                                      "last_activity_at = NULL, status = 'erased', updated_at = ?, version = version "
                                      "+ 1 WHERE id = ?"),
                       {now, customerId});
    if (!upd) {
        return upd.error();
    }
    // The ledger entry: a restore of an older backup anonymises this customer again.
    auto tomb = db.exec(QStringLiteral("INSERT INTO tombstones (pseudonym, erased_at, request_id, reason, action) "
                                       "VALUES (?, ?, NULL, 'retention', 'anonymise')"),
                        {out.pseudonym, now});
    if (!tomb) {
        return tomb.error();
    }
    out.categories << QStringLiteral("data_key") << QStringLiteral("customer_fields");
    if (out.consentEvents > 0) {
        out.categories << QStringLiteral("consent_history");
    }
    if (out.requestDetails > 0) {
        out.categories << QStringLiteral("request_details");
    }
    return out;
}
