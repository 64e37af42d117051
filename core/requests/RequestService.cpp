#include "core/requests/RequestService.h"

#include "core/common/Clock.h"
#include "core/crypto/CustomerKey.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestServiceInternal.h"
#include "core/rules/RequestWorkflow.h"
#include "core/session/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)
};

using State = Request::State;
using Type = Request::Type;

const QString kRequests = QStringLiteral("requests");
const QString kRequester = QStringLiteral("requester");
const QString kObject = RequestInternal::objectType();
constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;
const char* const kOpenClause = "q.state NOT IN ('completed', 'rejected', 'withdrawn', 'executed')";

// The AAD row id of a request's own key (no customer matched): never a customer id (UUIDs).
QString requestKeyId(qint64 id)
{
    return QStringLiteral("request:%1").arg(id);
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

QString requesterJson(const RequestRequester& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), r.name.trimmed());
    o.insert(QStringLiteral("email"), r.email.trimmed());
    o.insert(QStringLiteral("phone"), r.phone.trimmed());
    o.insert(QStringLiteral("address"), r.address.trimmed());
    o.insert(QStringLiteral("notes"), r.notes.trimmed());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RequestRequester requesterFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    RequestRequester r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.email = o.value(QStringLiteral("email")).toString();
    r.phone = o.value(QStringLiteral("phone")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    return r;
}

const char* const kSelect
    = "SELECT id, COALESCE(customer_id, ''), type, channel, received_at, jurisdiction, due_at, extended_due_at, "
      "COALESCE(extension_reason, ''), state, COALESCE(assignee, 0), COALESCE(verification_method, ''), "
      "COALESCE(verified_by, 0), verified_at, COALESCE(decision, ''), COALESCE(reason_code, ''), "
      "COALESCE(justification, ''), COALESCE(artefact_sha256, ''), COALESCE(prepared_by, 0), "
      "COALESCE(approved_by, 0), created_at, updated_at, version, acknowledge_by, COALESCE(duplicate_of, 0), "
      "purposes, COALESCE(created_by, 0), COALESCE(decided_by, 0), decided_at, paused_ms, paused_since, "
      "requester, requester_key FROM requests WHERE id = ?";

Request requestFrom(const QSqlQuery& q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toString();
    Request::typeFromCode(q.value(2).toString(), &r.type);
    r.channel = q.value(3).toString();
    r.received = fromMs(q.value(4));
    r.jurisdiction = q.value(5).toString();
    r.due = fromMs(q.value(6));
    r.extendedDue = fromMs(q.value(7));
    r.extensionReason = q.value(8).toString();
    Request::stateFromCode(q.value(9).toString(), &r.state);
    r.assignee = q.value(10).toLongLong();
    r.verificationMethod = q.value(11).toString();
    r.verifiedBy = q.value(12).toLongLong();
    r.verified = fromMs(q.value(13));
    r.decision = q.value(14).toString();
    r.reasonCode = q.value(15).toString();
    r.justification = q.value(16).toString();
    r.artefactSha256 = q.value(17).toString();
    r.preparedBy = q.value(18).toLongLong();
    r.approvedBy = q.value(19).toLongLong();
    r.created = fromMs(q.value(20));
    r.updated = fromMs(q.value(21));
    r.version = q.value(22).toInt();
    r.acknowledgeBy = fromMs(q.value(23));
    r.duplicateOf = q.value(24).toLongLong();
    r.purposeCodes = q.value(25).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.createdBy = q.value(26).toLongLong();
    r.decidedBy = q.value(27).toLongLong();
    r.decided = fromMs(q.value(28));
    r.pausedMs = q.value(29).toLongLong();
    r.pausedSince = fromMs(q.value(30));
    return r;
}

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i) {
        p << QStringLiteral("?");
    }
    return p.join(QStringLiteral(", "));
}

} // namespace

Error RequestInternal::conflict()
{
    return Error(ErrorCode::Conflict,
                 Tr::tr("Someone else changed this request since you opened it. Nothing was overwritten: reload it "
                        "and try again."));
}

QString RequestRequester::displayText() const
{
    QStringList parts;
    if (!name.trimmed().isEmpty()) {
        parts << name.trimmed();
    }
    if (!email.trimmed().isEmpty()) {
        parts << QStringLiteral("<%1>").arg(email.trimmed());
    }
    if (!phone.trimmed().isEmpty()) {
        parts << phone.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

RequestService::RequestService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

// ---- settings ---------------------------------------------------------------------------------

Result<QString> RequestService::workspaceSetting(const QString& key, const QString& fallback)
{
    return m_session->workspace()->setting(key, fallback);
}

Result<DeadlinePolicy> RequestService::deadlinePolicy()
{
    auto jurisdiction = workspaceSetting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
    if (!jurisdiction) {
        return jurisdiction.error();
    }
    const QString defaultZone
        = *jurisdiction == QLatin1String("UU_PDP") ? QStringLiteral("Asia/Jakarta") : QStringLiteral("UTC");
    auto zone = workspaceSetting(timeZoneKey(), defaultZone);
    if (!zone) {
        return zone.error();
    }
    auto days = workspaceSetting(policyDaysKey(), QStringLiteral("30"));
    if (!days) {
        return days.error();
    }
    DeadlinePolicy p;
    const QTimeZone tz(zone->trimmed().toUtf8());
    p.timeZone = tz.isValid() ? tz : QTimeZone::utc();
    bool ok = false;
    const int n = days->toInt(&ok);
    p.policyDays = ok && n > 0 && n <= 366 ? n : 30;
    return p;
}

Result<bool> RequestService::pausesDuringVerification(const QString& jurisdiction)
{
    auto general = workspaceSetting(pauseKey(), QStringLiteral("1"));
    if (!general) {
        return general.error();
    }
    auto specific = workspaceSetting(pauseKey() + QLatin1Char('.') + jurisdiction, *general);
    if (!specific) {
        return specific.error();
    }
    return specific->trimmed() == QLatin1String("1");
}

// ---- reading --------------------------------------------------------------------------------

Status RequestService::requireRead(qint64 id)
{
    return m_session->require(Permission::HandleRequests, kObject, id ? QString::number(id) : QString());
}

Result<Request> RequestService::load(qint64 id)
{
    auto q = m_session->db().exec(QString::fromLatin1(kSelect), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no request %1.").arg(id));
    }
    return requestFrom(*q);
}

Result<RequestRequester>
RequestService::readRequester(const Request& r, const QByteArray& blob, const QByteArray& wrappedKey)
{
    if (blob.isEmpty()) {
        return RequestRequester();
    }
    Result<CustomerKey> key = Error(ErrorCode::Crypto, QString());
    if (!wrappedKey.isEmpty()) {
        key = m_session->vault().unwrapCustomerKey(requestKeyId(r.id), wrappedKey);
    } else if (!r.customerId.isEmpty()) {
        auto wrapped = m_session->db().scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"),
                                              {r.customerId});
        if (!wrapped) {
            return wrapped.error();
        }
        if (!wrapped->isNull()) {
            key = m_session->vault().unwrapCustomerKey(r.customerId, wrapped->toByteArray());
        }
    }
    if (!key) {
        return Error(ErrorCode::Crypto, Tr::tr("The requester's details cannot be read (the key is gone)."));
    }
    auto json = key->decryptField(blob, kRequests, kRequester, QString::number(r.id));
    if (!json) {
        return json.error();
    }
    return requesterFromJson(*json);
}

Result<RequestDetails> RequestService::get(qint64 id)
{
    if (auto st = requireRead(id); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QString::fromLatin1(kSelect), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no request %1.").arg(id));
    }
    RequestDetails d;
    d.request = requestFrom(*q);
    const Request& r = d.request;
    auto requester = readRequester(r, q->value(31).toByteArray(), q->value(32).toByteArray());
    if (requester) {
        d.requester = *requester;
        d.request.requesterDetails = requester->displayText();
    } else {
        d.requesterUnreadable = true;
    }
    const QDateTime now = Clock::instance().now();
    d.effectiveDue = r.effectiveDue(now);
    d.overdue = r.isOpen() && now > d.effectiveDue;
    d.paused = r.isPaused();
    d.next = RequestWorkflow::next(r.type, r.state);
    auto j = Deadlines::parseJurisdiction(r.jurisdiction);
    auto policy = deadlinePolicy();
    if (j && policy) {
        const Deadline dl = Deadlines::compute(*j, r.type, r.received, *policy);
        d.deadlineSource = dl.source;
        d.extendable = dl.extendable && !r.extendedDue.isValid() && r.isOpen();
    }
    auto name = [&](qint64 userId) -> QString {
        if (!userId) {
            return {};
        }
        auto n = m_session->db().scalar(QStringLiteral("SELECT username FROM users WHERE id = ?"), {userId});
        return n && !n->isNull() ? n->toString() : QString();
    };
    d.assigneeName = name(r.assignee);
    d.verifiedByName = name(r.verifiedBy);
    d.decidedByName = name(r.decidedBy);
    if (!r.customerId.isEmpty() && m_session->can(Permission::ViewCustomers)) {
        auto rows = CustomerService(m_session).summaries({r.customerId});
        if (rows && !rows->isEmpty()) {
            d.customerName = rows->first().fullName;
        }
    }
    return d;
}

namespace {

// The queue's rows with their effective due date (extension and pauses, a running pause up
// to now) as "eff"; the WHERE fragments below are fixed text, only bound values vary.
const char* const kQueueFrom
    = "FROM (SELECT r.*, COALESCE(r.extended_due_at, r.due_at) + r.paused_ms + CASE WHEN r.paused_since IS NULL "
      "THEN 0 ELSE ? - r.paused_since END AS eff FROM requests r) q";

void queueClauses(const RequestQueueFilter& f, qint64 now, bool withStates, QStringList* where, QVariantList* values)
{
    if (withStates && !f.states.isEmpty()) {
        *where << QStringLiteral("q.state IN (%1)").arg(placeholders(static_cast<int>(f.states.size())));
        for (State s : f.states) {
            *values << Request::stateCode(s);
        }
    }
    if (f.type) {
        *where << QStringLiteral("q.type = ?");
        *values << Request::typeCode(*f.type);
    }
    if (f.assignee) {
        if (*f.assignee == 0) {
            *where << QStringLiteral("q.assignee IS NULL");
        } else {
            *where << QStringLiteral("q.assignee = ?");
            *values << *f.assignee;
        }
    }
    if (!f.jurisdiction.isEmpty()) {
        *where << QStringLiteral("q.jurisdiction = ?");
        *values << f.jurisdiction;
    }
    if (f.openOnly || f.overdueOnly || f.dueWithinHours > 0) {
        *where << QString::fromLatin1(kOpenClause);
    }
    if (f.overdueOnly) {
        *where << QStringLiteral("q.eff < ?");
        *values << now;
    }
    if (f.dueWithinHours > 0) {
        *where << QStringLiteral("q.eff < ?");
        *values << now + qint64(f.dueWithinHours) * 3600 * 1000;
    }
}

QString whereText(const QStringList& where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

} // namespace

Result<RequestQueuePage> RequestService::queue(const RequestQueueFilter& filter, int offset, int limit)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    const qint64 now = Clock::instance().nowMs();
    QStringList where;
    QVariantList values{now};
    queueClauses(filter, now, true, &where, &values);
    RequestQueuePage page;
    auto total
        = db.scalar(QStringLiteral("SELECT count(*) ") + QString::fromLatin1(kQueueFrom) + whereText(where), values);
    if (!total) {
        return total.error();
    }
    page.total = total->toLongLong();
    values << std::clamp(limit, 1, 1000) << std::max(offset, 0);
    auto q = db.exec(QStringLiteral("SELECT q.id, q.type, q.state, COALESCE(q.customer_id, ''), q.jurisdiction, "
                                    "q.channel, q.received_at, q.eff, q.acknowledge_by, COALESCE(q.assignee, 0), "
                                    "COALESCE(u.username, ''), q.paused_since, q.extended_due_at, "
                                    "COALESCE(q.duplicate_of, 0), q.version ")
                         + QString::fromLatin1(kQueueFrom) + QStringLiteral(" LEFT JOIN users u ON u.id = q.assignee")
                         + whereText(where) + QStringLiteral(" ORDER BY q.eff, q.id LIMIT ? OFFSET ?"),
                     values);
    if (!q) {
        return q.error();
    }
    QStringList customers;
    while (q->next()) {
        RequestQueueRow row;
        row.id = q->value(0).toLongLong();
        Request::typeFromCode(q->value(1).toString(), &row.type);
        Request::stateFromCode(q->value(2).toString(), &row.state);
        row.customerId = q->value(3).toString();
        row.jurisdiction = q->value(4).toString();
        row.channel = q->value(5).toString();
        row.received = fromMs(q->value(6));
        row.due = fromMs(q->value(7));
        row.acknowledgeBy = fromMs(q->value(8));
        row.assignee = q->value(9).toLongLong();
        row.assigneeName = q->value(10).toString();
        row.paused = !q->value(11).isNull();
        row.extended = !q->value(12).isNull();
        row.duplicateOf = q->value(13).toLongLong();
        row.version = q->value(14).toInt();
        row.open = !RequestWorkflow::isTerminal(row.state);
        const qint64 due = row.due.toMSecsSinceEpoch();
        row.overdue = row.open && due < now;
        row.dueSoon = row.open && !row.overdue && due < now + qint64(kDueSoonHours) * 3600 * 1000;
        if (!row.customerId.isEmpty()) {
            customers << row.customerId;
        }
        page.rows << row;
    }
    if (!customers.isEmpty() && m_session->can(Permission::ViewCustomers)) {
        auto names = CustomerService(m_session).summaries(customers);
        if (names) {
            QHash<QString, QString> byId;
            for (const auto& s : *names) {
                byId.insert(s.id, s.fullName);
            }
            for (RequestQueueRow& row : page.rows) {
                row.customerName = byId.value(row.customerId);
            }
        }
    }
    return page;
}

Result<QMap<Request::State, qint64>> RequestService::countsByState(const RequestQueueFilter& filter)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    const qint64 now = Clock::instance().nowMs();
    QStringList where;
    QVariantList values{now};
    queueClauses(filter, now, false, &where, &values);
    auto q = m_session->db().exec(QStringLiteral("SELECT q.state, count(*) ") + QString::fromLatin1(kQueueFrom)
                                      + whereText(where) + QStringLiteral(" GROUP BY q.state"),
                                  values);
    if (!q) {
        return q.error();
    }
    QMap<State, qint64> counts;
    while (q->next()) {
        State s;
        if (Request::stateFromCode(q->value(0).toString(), &s)) {
            counts.insert(s, q->value(1).toLongLong());
        }
    }
    return counts;
}

Result<QList<User>> RequestService::assignableStaff()
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(
        QStringLiteral("SELECT id, username, display_name, roles FROM users WHERE disabled = 0 ORDER BY username"));
    if (!q) {
        return q.error();
    }
    QList<User> users;
    while (q->next()) {
        User u;
        u.id = q->value(0).toLongLong();
        u.username = q->value(1).toString();
        u.displayName = q->value(2).toString();
        u.roles = q->value(3).toInt();
        if (Permissions::allows(u.roles, Permission::HandleRequests)) {
            users << u;
        }
    }
    return users;
}

Result<QList<RequestHistoryItem>> RequestService::history(qint64 id)
{
    if (auto st = requireRead(id); !st) {
        return st.error();
    }
    auto exists = m_session->db().scalar(QStringLiteral("SELECT count(*) FROM requests WHERE id = ?"), {id});
    if (!exists) {
        return exists.error();
    }
    if (exists->toInt() == 0) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no request %1.").arg(id));
    }
    auto q = m_session->db().exec(
        QStringLiteral("SELECT e.id, e.occurred_at, COALESCE(e.actor, 0), COALESCE(u.username, ''), e.kind, "
                       "e.from_state, e.to_state, e.note FROM request_events e LEFT JOIN users u ON u.id = e.actor "
                       "WHERE e.request_id = ? ORDER BY e.occurred_at, e.id"),
        {id});
    if (!q) {
        return q.error();
    }
    QList<RequestHistoryItem> items;
    while (q->next()) {
        RequestHistoryItem it;
        it.id = q->value(0).toLongLong();
        it.at = fromMs(q->value(1));
        it.actorId = q->value(2).toLongLong();
        it.actor = q->value(3).toString();
        it.kind = q->value(4).toString();
        State s;
        if (!q->value(5).isNull() && Request::stateFromCode(q->value(5).toString(), &s)) {
            it.from = s;
        }
        Request::stateFromCode(q->value(6).toString(), &it.to);
        it.note = q->value(7).toString();
        items << it;
    }
    return items;
}

// ---- intake ---------------------------------------------------------------------------------

Result<RequestIntake> RequestService::intake(const RequestInput& in)
{
    if (auto st = m_session->require(Permission::HandleRequests, kObject); !st) {
        return st.error();
    }
    if (!channels().contains(in.channel)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Choose how the request came in (%1).").arg(channels().join(QStringLiteral(", "))));
    }
    const QDateTime now = Clock::instance().now();
    const QDateTime received = in.received.isValid() ? in.received.toUTC() : now;
    if (received.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + kFutureSlackMs) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A request cannot be received in the future."));
    }
    const RequestRequester& rq = in.requester;
    if (rq.name.size() > 300 || rq.email.size() > 320 || rq.phone.size() > 64 || rq.address.size() > 1000
        || rq.notes.size() > 4000 || in.note.size() > 4000) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A field is too long."));
    }
    if (rq.isEmpty() && in.customerId.isEmpty() && !in.newCustomer) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Say who made the request: match a customer or give the requester's details."));
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    QString customerId = in.customerId.trimmed();
    QString customerJurisdiction;
    if (in.newCustomer) {
        auto created = CustomerService(m_session).create(*in.newCustomer);
        if (!created) {
            return created.error();
        }
        customerId = *created;
    }
    QByteArray customerWrapped;
    if (!customerId.isEmpty()) {
        auto c = db.exec(QStringLiteral("SELECT c.jurisdiction, c.status, k.wrapped FROM customers c LEFT JOIN "
                                        "customer_keys k ON k.customer_id = c.id WHERE c.id = ?"),
                         {customerId});
        if (!c) {
            return c.error();
        }
        if (!c->next()) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
        }
        if (c->value(1).toString() == QLatin1String("erased") || c->value(2).isNull()) {
            return Error(ErrorCode::InvalidInput, Tr::tr("This customer's data was erased."));
        }
        customerJurisdiction = c->value(0).toString();
        customerWrapped = c->value(2).toByteArray();
    }
    QString jurisdictionText = in.jurisdiction.trimmed();
    if (jurisdictionText.isEmpty()) {
        jurisdictionText = customerJurisdiction;
    }
    if (jurisdictionText.isEmpty()) {
        auto ws = workspaceSetting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
        if (!ws) {
            return ws.error();
        }
        jurisdictionText = *ws;
    }
    auto jurisdiction = Deadlines::parseJurisdiction(jurisdictionText);
    if (!jurisdiction) {
        return jurisdiction.error();
    }
    auto policy = deadlinePolicy();
    if (!policy) {
        return policy.error();
    }
    const Deadline deadline = Deadlines::compute(*jurisdiction, in.type, received, *policy);
    QStringList purposes;
    for (const QString& code : in.purposeCodes) {
        const QString c = code.trimmed();
        if (c.isEmpty() || purposes.contains(c)) {
            continue;
        }
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM purposes WHERE code = ?"), {c});
        if (!known) {
            return known.error();
        }
        if (known->toInt() == 0) {
            return Error(ErrorCode::InvalidInput, Tr::tr("There is no purpose %1.").arg(c));
        }
        purposes << c;
    }
    if (in.assignee) {
        auto roles = db.scalar(QStringLiteral("SELECT roles FROM users WHERE id = ? AND disabled = 0"), {in.assignee});
        if (!roles) {
            return roles.error();
        }
        if (roles->isNull() || !Permissions::allows(roles->toInt(), Permission::HandleRequests)) {
            return Error(ErrorCode::InvalidInput, Tr::tr("Requests can only be assigned to staff who handle them."));
        }
    }
    qint64 duplicateOf = 0;
    if (!customerId.isEmpty()) {
        auto dup = db.scalar(QStringLiteral("SELECT MIN(id) FROM requests WHERE customer_id = ? AND type = ? AND state "
                                            "NOT IN ('completed', 'rejected', 'withdrawn', 'executed')"),
                             {customerId, Request::typeCode(in.type)});
        if (!dup) {
            return dup.error();
        }
        duplicateOf = dup->isNull() ? 0 : dup->toLongLong();
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto id = db.scalar(QStringLiteral("INSERT INTO requests (customer_id, type, channel, received_at, jurisdiction, "
                                       "due_at, acknowledge_by, state, assignee, duplicate_of, purposes, created_by, "
                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, "
                                       "?, ?) RETURNING id"),
                        {customerId.isEmpty() ? QVariant() : QVariant(customerId),
                         Request::typeCode(in.type),
                         in.channel,
                         received.toMSecsSinceEpoch(),
                         Deadlines::jurisdictionCode(*jurisdiction),
                         deadline.due.toMSecsSinceEpoch(),
                         msOrNull(deadline.acknowledgeBy),
                         in.assignee ? QVariant(in.assignee) : QVariant(),
                         duplicateOf ? QVariant(duplicateOf) : QVariant(),
                         purposes.join(QLatin1Char(',')),
                         m_session->user().id,
                         nowMs,
                         nowMs});
    if (!id) {
        return id.error();
    }
    const qint64 requestId = id->toLongLong();
    if (!rq.isEmpty()) {
        QByteArray ownWrapped;
        auto key = customerId.isEmpty() ? m_session->vault().newCustomerKey(requestKeyId(requestId), &ownWrapped)
                                        : m_session->vault().unwrapCustomerKey(customerId, customerWrapped);
        if (!key) {
            return key.error();
        }
        auto blob = key->encryptField(requesterJson(rq), kRequests, kRequester, QString::number(requestId));
        if (!blob) {
            return blob.error();
        }
        auto upd = db.exec(QStringLiteral("UPDATE requests SET requester = ?, requester_key = ? WHERE id = ?"),
                           {*blob, ownWrapped.isEmpty() ? nullBlob() : QVariant(ownWrapped), requestId});
        if (!upd) {
            return upd.error();
        }
    }
    if (auto ev = db.exec(QStringLiteral("INSERT INTO request_events (request_id, occurred_at, actor, from_state, "
                                         "to_state, note, kind) VALUES (?, ?, ?, NULL, 'received', ?, 'intake')"),
                          {requestId, nowMs, m_session->user().id, in.note.trimmed()});
        !ev) {
        return ev.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("request.create");
    rec.objectType = kObject;
    rec.objectId = QString::number(requestId);
    rec.details = QStringLiteral("type=%1;channel=%2;jurisdiction=%3;customer=%4;duplicate_of=%5;purposes=%6;due=%7")
                      .arg(Request::typeCode(in.type),
                           in.channel,
                           Deadlines::jurisdictionCode(*jurisdiction),
                           customerId.isEmpty() ? QStringLiteral("-") : customerId)
                      .arg(duplicateOf)
                      .arg(purposes.size())
                      .arg(deadline.due.toString(Qt::ISODate));
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    RequestIntake out;
    out.id = requestId;
    out.customerId = customerId;
    out.duplicateOf = duplicateOf;
    out.jurisdiction = Deadlines::jurisdictionCode(*jurisdiction);
    out.due = deadline.due;
    out.acknowledgeBy = deadline.acknowledgeBy;
    out.source = deadline.source;
    out.statutory = deadline.statutory;
    return out;
}
