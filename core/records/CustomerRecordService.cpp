#include "core/records/CustomerRecordService.h"

#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"

CustomerRecordService::CustomerRecordService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<CustomerRecord> CustomerRecordService::record(const QString& id)
{
    auto c = CustomerService(m_session).get(id);
    if (!c) {
        return c.error();
    }
    CustomerRecord r;
    r.customer = *c;
    ConsentService consent(m_session);
    auto current = consent.current(id);
    if (!current) {
        return current.error();
    }
    r.consents = *current;
    auto history = consent.history(id);
    if (!history) {
        return history.error();
    }
    r.history = *history;
    const Database& db = m_session->db();
    auto req = db.exec(
        QStringLiteral("SELECT id, type, state, received_at, COALESCE(extended_due_at, due_at) + paused_ms FROM "
                       "requests WHERE customer_id = ? ORDER BY received_at DESC, id DESC"),
        {id});
    if (!req) {
        return req.error();
    }
    while (req->next()) {
        RequestSummary s;
        s.id = req->value(0).toLongLong();
        Request::typeFromCode(req->value(1).toString(), &s.type);
        Request::stateFromCode(req->value(2).toString(), &s.state);
        s.received = QDateTime::fromMSecsSinceEpoch(req->value(3).toLongLong(), Qt::UTC);
        s.due = QDateTime::fromMSecsSinceEpoch(req->value(4).toLongLong(), Qt::UTC);
        r.requests << s;
    }
    auto dis = db.exec(
        QStringLiteral("SELECT d.id, r.name, p.code, d.disclosed_at, d.data_categories, d.source FROM disclosures d "
                       "JOIN recipients r ON r.id = d.recipient_id LEFT JOIN purposes p ON "
                       "p.id = d.purpose_id WHERE d.customer_id = ? ORDER BY d.disclosed_at DESC"),
        {id});
    if (!dis) {
        return dis.error();
    }
    while (dis->next()) {
        DisclosureSummary s;
        s.id = dis->value(0).toLongLong();
        s.recipient = dis->value(1).toString();
        s.purposeCode = dis->value(2).toString();
        s.disclosed = QDateTime::fromMSecsSinceEpoch(dis->value(3).toLongLong(), Qt::UTC);
        s.dataCategories = dis->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.source = dis->value(5).toString();
        r.disclosures << s;
    }
    return r;
}
