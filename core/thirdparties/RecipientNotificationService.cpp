#include "core/thirdparties/RecipientNotificationService.h"

#include "core/common/Clock.h"
#include "core/domain/Request.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecipientNotificationService)
};

const QString kObject = QStringLiteral("request");

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

bool notifies(const QString& type)
{
    return type == QLatin1String("erasure") || type == QLatin1String("rectification")
        || type == QLatin1String("restriction");
}

} // namespace

RecipientNotificationService::RecipientNotificationService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<QList<RecipientCheck>> RecipientNotificationService::checklist(qint64 requestId)
{
    if (auto st = m_session->require(Permission::HandleRequests, kObject, QString::number(requestId)); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    // When the clock starts: the erasure's execution, or the completion of the others.
    auto req = db.exec(QStringLiteral("SELECT r.type, r.state, COALESCE(r.customer_id, ''), r.updated_at, "
                                      "e.executed_at FROM requests r LEFT JOIN erasures e ON e.request_id = r.id "
                                      "WHERE r.id = ?"),
                       {requestId});
    if (!req) {
        return req.error();
    }
    if (!req->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no request %1.").arg(requestId));
    }
    const QString type = req->value(0).toString();
    if (!notifies(type)) {
        return QList<RecipientCheck>();
    }
    const QString state = req->value(1).toString();
    const QString customerId = req->value(2).toString();
    QDateTime start;
    if (state == QLatin1String("executed")) {
        start = fromMs(req->value(4));
    } else if (state == QLatin1String("completed")) {
        start = fromMs(req->value(3));
    }
    auto days = m_session->workspace()->setting(overdueDaysKey(), QString::number(kDefaultOverdueDays));
    const int overdueDays = days ? std::max(1, days->toInt()) : kDefaultOverdueDays;
    auto q = db.exec(
        QStringLiteral("SELECT x.id, x.name, x.country, x.contact, n.notified_at, nu.username, n.confirmed_at, "
                       "cu.username FROM recipients x LEFT JOIN recipient_notifications n ON n.recipient_id = x.id AND "
                       "n.request_id = ? LEFT JOIN users nu ON nu.id = n.notified_by LEFT JOIN users cu ON cu.id = "
                       "n.confirmed_by WHERE n.id IS NOT NULL OR x.id IN (SELECT recipient_id FROM disclosures WHERE "
                       "customer_id = ?) ORDER BY x.name"),
        {requestId, customerId});
    if (!q) {
        return q.error();
    }
    const QDateTime now = Clock::instance().now();
    QList<RecipientCheck> out;
    while (q->next()) {
        RecipientCheck c;
        c.recipientId = q->value(0).toLongLong();
        c.name = q->value(1).toString();
        c.country = q->value(2).toString();
        c.contact = q->value(3).toString();
        c.notifiedAt = fromMs(q->value(4));
        c.notifiedBy = q->value(5).toString();
        c.confirmedAt = fromMs(q->value(6));
        c.confirmedBy = q->value(7).toString();
        if (start.isValid()) {
            c.dueBy = start.addDays(overdueDays);
            c.overdue = !c.confirmedAt.isValid() && now > c.dueBy;
        }
        out << c;
    }
    return out;
}

Status RecipientNotificationService::markNotified(qint64 requestId, qint64 recipientId)
{
    return mark(requestId, recipientId, false);
}

Status RecipientNotificationService::markConfirmed(qint64 requestId, qint64 recipientId)
{
    return mark(requestId, recipientId, true);
}

Status RecipientNotificationService::mark(qint64 requestId, qint64 recipientId, bool confirm)
{
    if (auto st = m_session->require(Permission::HandleRequests, kObject, QString::number(requestId)); !st) {
        return st;
    }
    auto list = checklist(requestId);
    if (!list) {
        return list.error();
    }
    const auto it = std::find_if(
        list->cbegin(), list->cend(), [&](const RecipientCheck& c) { return c.recipientId == recipientId; });
    if (it == list->cend()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("This recipient is not on the request's checklist."));
    }
    if (confirm && !it->notifiedAt.isValid()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Mark the recipient notified before recording a confirmation."));
    }
    if ((confirm ? it->confirmedAt : it->notifiedAt).isValid()) {
        return Error(ErrorCode::InvalidInput,
                     confirm ? Tr::tr("This recipient's confirmation is already recorded.")
                             : Tr::tr("This recipient is already marked notified."));
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 me = m_session->user().id;
    auto ins = db.exec(QStringLiteral("INSERT INTO recipient_notifications (request_id, recipient_id, created_at) "
                                      "SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM recipient_notifications WHERE "
                                      "request_id = ? AND recipient_id = ?)"),
                       {requestId, recipientId, now, requestId, recipientId});
    if (!ins) {
        return ins.error();
    }
    auto upd = db.exec(confirm ? QStringLiteral("UPDATE recipient_notifications SET confirmed_at = ?, confirmed_by = ? "
                                                "WHERE request_id = ? AND recipient_id = ?")
                               : QStringLiteral("UPDATE recipient_notifications SET notified_at = ?, notified_by = ? "
                                                "WHERE request_id = ? AND recipient_id = ?"),
                       {now, me, requestId, recipientId});
    if (!upd) {
        return upd.error();
    }
    AuditRecord rec;
    rec.action = confirm ? QStringLiteral("recipient.confirmed") : QStringLiteral("recipient.notified");
    rec.objectType = kObject;
    rec.objectId = QString::number(requestId);
    rec.details = QStringLiteral("recipient=%1").arg(recipientId);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}
