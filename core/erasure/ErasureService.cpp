#include "core/erasure/ErasureService.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestService.h"
#include "core/rules/RequestWorkflow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)
};

using State = Request::State;

const QString kObject = QStringLiteral("request");

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString heldKeyId(const QString& pseudonym, const QString& category)
{
    return QStringLiteral("held:%1:%2").arg(pseudonym, category);
}

QString holdsText(const QList<ApplicableHold>& holds)
{
    QStringList parts;
    for (const ApplicableHold& h : holds) {
        parts << QStringLiteral("%1|%2").arg(h.category, h.heldUntil.toString(Qt::ISODate));
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace

ErasureService::ErasureService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QList<ErasureCopyFate> ErasureService::copyFates()
{
    return {{Tr::tr("This workspace and its log"), Tr::tr("unreadable at once")},
            {Tr::tr("Amanah backups made before the erasure"),
             Tr::tr("still hold the encrypted data; restoring one through Amanah erases the customer again before "
                    "anyone can work in it")},
            {Tr::tr("Copies made outside Amanah (file copies, disk images)"),
             Tr::tr("keep the data until they are destroyed")}};
}

QString ErasureService::userName(qint64 id)
{
    if (!id) {
        return {};
    }
    auto n = m_session->db().scalar(QStringLiteral("SELECT username FROM users WHERE id = ?"), {id});
    return n && !n->isNull() ? n->toString() : QString();
}

Result<Request> ErasureService::loadErasure(qint64 requestId)
{
    auto r = RequestService(m_session).load(requestId);
    if (!r) {
        return r.error();
    }
    if (r->type != Request::Type::Erasure) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Request %1 is not an erasure request.").arg(requestId));
    }
    return r;
}

Result<ErasurePreview> ErasureService::buildPreview(const Request& r)
{
    if (r.state != State::Approved) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Only an approved erasure request can be prepared or executed (this one is %1).")
                         .arg(RequestWorkflow::stateName(r.state)));
    }
    auto pending = shredPending(r.id);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        return shreddedPreview(r);
    }
    if (r.customerId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Match the request to a customer before preparing the erasure."));
    }
    auto customer = CustomerService(m_session).get(r.customerId);
    if (!customer) {
        return customer.error();
    }
    const Database& db = m_session->db();
    ErasurePreview p;
    p.requestId = r.id;
    p.requestVersion = r.version;
    p.customerId = r.customerId;
    p.customerName = customer->fullName;
    p.reference = customer->externalRef.isEmpty() ? customer->id : customer->externalRef;
    const std::pair<QString, const QString*> fields[] = {{QStringLiteral("full_name"), &customer->fullName},
                                                         {QStringLiteral("email"), &customer->email},
                                                         {QStringLiteral("phone"), &customer->phone},
                                                         {QStringLiteral("address"), &customer->address},
                                                         {QStringLiteral("notes"), &customer->notes},
                                                         {QStringLiteral("external_ref"), &customer->externalRef}};
    for (const auto& [code, value] : fields) {
        if (!value->isEmpty()) {
            p.fields << code;
        }
    }
    if (customer->birthDate.isValid()) {
        p.fields << QStringLiteral("birth_date");
    }
    p.destroyed << ErasureCategory{QStringLiteral("data_key"), 1}
                << ErasureCategory{QStringLiteral("customer_fields"), p.fields.size()};
    const std::pair<const char*, const char*> counts[]
        = {{"consent_history", "SELECT count(*) FROM consent_events WHERE customer_id = ?"},
           {"disclosures", "SELECT count(*) FROM disclosures WHERE customer_id = ?"},
           {"request_details", "SELECT count(*) FROM requests WHERE customer_id = ? AND requester IS NOT NULL"}};
    for (const auto& [code, sql] : counts) {
        auto n = db.scalar(QString::fromLatin1(sql), {r.customerId});
        if (!n) {
            return n.error();
        }
        if (n->toLongLong() > 0) {
            p.destroyed << ErasureCategory{QString::fromLatin1(code), n->toLongLong()};
        }
    }
    auto holds = CustomerShredder(m_session).holdsFor(r.customerId, Clock::instance().now());
    if (!holds) {
        return holds.error();
    }
    p.holds = *holds;
    auto q = db.exec(QStringLiteral("SELECT r.id, r.name, r.country, r.contact, count(*), max(d.disclosed_at) FROM "
                                    "disclosures d JOIN recipients r ON r.id = d.recipient_id WHERE d.customer_id = ? "
                                    "GROUP BY r.id, r.name, r.country, r.contact ORDER BY r.name"),
                     {r.customerId});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        p.recipients << ErasureRecipient{q->value(0).toLongLong(),
                                         q->value(1).toString(),
                                         q->value(2).toString(),
                                         q->value(3).toString(),
                                         q->value(4).toLongLong(),
                                         fromMs(q->value(5))};
    }
    auto prep
        = db.exec(QStringLiteral("SELECT COALESCE(prepared_by, 0), prepared_at FROM erasures WHERE request_id = ? "
                                 "AND executed_at IS NULL"),
                  {r.id});
    if (!prep) {
        return prep.error();
    }
    if (prep->next()) {
        p.preparedBy = prep->value(0).toLongLong();
        p.preparedAt = fromMs(prep->value(1));
        p.preparedByName = userName(p.preparedBy);
    }
    return p;
}

Result<ErasurePreview> ErasureService::shreddedPreview(const Request& r)
{
    auto q = m_session->db().exec(QStringLiteral("SELECT COALESCE(prepared_by, 0), prepared_at, categories FROM "
                                                 "erasures WHERE request_id = ?"),
                                  {r.id});
    if (!q) {
        return q.error();
    }
    ErasurePreview p;
    p.requestId = r.id;
    p.requestVersion = r.version;
    p.shredded = true;
    if (q->next()) {
        p.preparedBy = q->value(0).toLongLong();
        p.preparedAt = fromMs(q->value(1));
        p.preparedByName = userName(p.preparedBy);
        for (const QString& code : q->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            p.destroyed << ErasureCategory{code, 0};
        }
    }
    return p;
}

Result<ErasurePreview> ErasureService::preview(qint64 requestId)
{
    const Permission need
        = m_session->can(Permission::PrepareErasure) ? Permission::PrepareErasure : Permission::ApproveErasure;
    if (auto st = m_session->require(need, kObject, QString::number(requestId)); !st) {
        return st.error();
    }
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    return buildPreview(*r);
}

Result<ErasurePreview> ErasureService::prepare(qint64 requestId)
{
    if (auto st = m_session->require(Permission::PrepareErasure, kObject, QString::number(requestId)); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    auto p = buildPreview(*r);
    if (!p) {
        return p.error();
    }
    if (p->shredded) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The customer's data was already deleted: execute the erasure again to finish it."));
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 me = m_session->user().id;
    auto del
        = db.exec(QStringLiteral("DELETE FROM erasures WHERE request_id = ? AND executed_at IS NULL"), {requestId});
    if (!del) {
        return del.error();
    }
    auto ins = db.exec(QStringLiteral("INSERT INTO erasures (request_id, prepared_by, prepared_at) VALUES (?, ?, ?)"),
                       {requestId, me, now});
    if (!ins) {
        return ins.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("erasure.prepare");
    rec.objectType = kObject;
    rec.objectId = QString::number(requestId);
    rec.details = QStringLiteral("fields=%1;holds=%2;recipients=%3")
                      .arg(p->fields.size())
                      .arg(p->holds.size())
                      .arg(p->recipients.size());
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    p->preparedBy = me;
    p->preparedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    p->preparedByName = m_session->user().username;
    return p;
}

Status ErasureService::execute(qint64 requestId, const QString& justification, const QString& typedReference)
{
    if (auto st = m_session->require(Permission::ApproveErasure, kObject, QString::number(requestId)); !st) {
        return st;
    }
    const QString why = justification.simplified();
    if (why.size() < kMinJustification) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Write why this erasure is justified (at least %1 characters).").arg(kMinJustification));
    }
    auto pending = shredPending(requestId);
    if (!pending) {
        return pending.error();
    }
    if (*pending) {
        if (auto st = checkRetry(requestId, typedReference); !st) {
            return st;
        }
    } else if (auto st = shredStep(requestId, why, typedReference); !st) {
        return st;
    }
    // The deletion is committed; the request becomes executed only once no copy of the old
    // pages (the wrapped key among them) can remain in the SQLite log or behind a reader.
    if (auto st = m_session->db().truncateWal(); !st) {
        return Error(st.code(),
                     Tr::tr("The customer's data was deleted, but the data key may remain in the workspace's log. "
                            "%1 Close other Amanah windows and jobs on this workspace and execute the erasure again "
                            "to finish.")
                         .arg(st.errorString()));
    }
    if (auto st = finishStep(requestId, why); !st) {
        return st;
    }
    // Leaves the log empty again (after finishStep, whose open statements would hold a read
    // snapshot of this connection). Best effort, and rightly so: the frames the finishing
    // transaction wrote are copies of pages taken after the truncation above, so they hold
    // nothing of the customer (secure_delete had zeroed the freed cells).
    (void)m_session->db().truncateWal();
    return {};
}

Result<bool> ErasureService::shredPending(qint64 requestId)
{
    auto n = m_session->db().scalar(QStringLiteral("SELECT count(*) FROM erasures WHERE request_id = ? AND "
                                                   "shredded_at IS NOT NULL AND executed_at IS NULL"),
                                    {requestId});
    if (!n) {
        return n.error();
    }
    return n->toInt() > 0;
}

QString ErasureService::referenceCheck(const QString& typedReference) const
{
    return QString::fromLatin1(
        m_session->vault().blindIndex().compute(QStringLiteral("erasure_reference"), typedReference.trimmed()).toHex());
}

Status ErasureService::checkRetry(qint64 requestId, const QString& typedReference)
{
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    auto q = m_session->db().exec(
        QStringLiteral("SELECT COALESCE(prepared_by, 0), COALESCE(reference_check, '') FROM erasures WHERE "
                       "request_id = ?"),
        {requestId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("Request %1 has no erasure record.").arg(requestId));
    }
    if (q->value(0).toLongLong() == m_session->user().id) {
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("You prepared this erasure: a second officer must approve it (four-eyes rule)."));
    }
    if (q->value(1).toString() != referenceCheck(typedReference)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The customer reference typed does not match. Nothing was changed."));
    }
    return RequestWorkflow::check(r->type, r->state, State::Executed);
}

Status ErasureService::shredStep(qint64 requestId, const QString& why, const QString& typedReference)
{
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    auto p = buildPreview(*r);
    if (!p) {
        return p.error();
    }
    if (!p->preparedBy) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Prepare the erasure first: a second officer then confirms it."));
    }
    const qint64 me = m_session->user().id;
    if (p->preparedBy == me) {
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("You prepared this erasure: a second officer must approve it (four-eyes rule)."));
    }
    if (typedReference.trimmed() != p->reference) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The customer reference typed does not match. Nothing was erased."));
    }
    if (auto st = RequestWorkflow::check(r->type, r->state, State::Executed); !st) {
        return st;
    }
    auto shred = CustomerShredder(m_session).shred(p->customerId, requestId, QStringLiteral("erasure"));
    if (!shred) {
        return shred.error();
    }
    if (auto st = CustomerShredder::fault(QStringLiteral("request")); !st) {
        return st;
    }
    // The request stays approved (it is executed once the log is emptied) but records both people.
    const qint64 now = Clock::instance().nowMs();
    auto upd = db.exec(QStringLiteral("UPDATE requests SET prepared_by = ?, approved_by = ?, "
                                      "decided_by = COALESCE(decided_by, ?), requester = NULL, requester_key = NULL, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {p->preparedBy, me, me, now, requestId, r->version});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict, Tr::tr("Someone else changed this request meanwhile. Nothing was erased."));
    }
    const QString counts = QStringLiteral("consent_events=%1;disclosures=%2;held=%3;recipients=%4")
                               .arg(shred->consentEvents)
                               .arg(shred->disclosures)
                               .arg(shred->held.size())
                               .arg(shred->recipients.size());
    auto er = db.exec(QStringLiteral("UPDATE erasures SET approved_by = ?, approved_at = ?, shredded_at = ?, "
                                     "justification = ?, categories = ?, holds = ?, recipients = ?, pseudonym = ?, "
                                     "shred_details = ?, reference_check = ? WHERE request_id = ? AND executed_at "
                                     "IS NULL"),
                      {me,
                       now,
                       now,
                       why,
                       shred->categories.join(QLatin1Char(',')),
                       holdsText(shred->held),
                       static_cast<qint64>(shred->recipients.size()),
                       shred->pseudonym,
                       counts,
                       referenceCheck(typedReference),
                       requestId});
    if (!er) {
        return er.error();
    }
    if (auto st = CustomerShredder::fault(QStringLiteral("audit")); !st) {
        return st;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("erasure.shred");
    rec.objectType = kObject;
    rec.objectId = QString::number(requestId);
    rec.justification = why;
    rec.details = QStringLiteral("pseudonym=%1;prepared_by=%2;approved_by=%3;%4")
                      .arg(shred->pseudonym)
                      .arg(p->preparedBy)
                      .arg(me)
                      .arg(counts);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    CustomerShredder(m_session).forget(p->customerId);
    return {};
}

Status ErasureService::finishStep(qint64 requestId, const QString& why)
{
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    if (auto st = RequestWorkflow::check(r->type, r->state, State::Executed); !st) {
        return st;
    }
    auto q = db.exec(QStringLiteral("SELECT COALESCE(prepared_by, 0), COALESCE(approved_by, 0), pseudonym, "
                                    "COALESCE(shred_details, '') FROM erasures WHERE request_id = ? AND shredded_at "
                                    "IS NOT NULL AND executed_at IS NULL"),
                     {requestId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::Conflict, Tr::tr("Someone else finished or changed this erasure meanwhile."));
    }
    const qint64 preparedBy = q->value(0).toLongLong();
    const qint64 approvedBy = q->value(1).toLongLong();
    const QString pseudonym = q->value(2).toString();
    const QString counts = q->value(3).toString();
    const qint64 now = Clock::instance().nowMs();
    const qint64 me = m_session->user().id;
    auto upd = db.exec(QStringLiteral("UPDATE requests SET state = 'executed', updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {now, requestId, r->version});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict, Tr::tr("Someone else changed this request meanwhile."));
    }
    auto ev = db.exec(QStringLiteral("INSERT INTO request_events (request_id, occurred_at, actor, from_state, "
                                     "to_state, note, kind) VALUES (?, ?, ?, 'approved', 'executed', ?, 'transition')"),
                      {requestId, now, me, why});
    if (!ev) {
        return ev.error();
    }
    auto er = db.exec(QStringLiteral("UPDATE erasures SET executed_at = ?, reference_check = NULL WHERE request_id = ? "
                                     "AND executed_at IS NULL"),
                      {now, requestId});
    if (!er) {
        return er.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("erasure.execute");
    rec.objectType = kObject;
    rec.objectId = QString::number(requestId);
    rec.justification = why;
    rec.details = QStringLiteral("pseudonym=%1;prepared_by=%2;approved_by=%3;%4")
                      .arg(pseudonym)
                      .arg(preparedBy)
                      .arg(approvedBy)
                      .arg(counts);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}

Result<ErasureRecord> ErasureService::record(qint64 requestId)
{
    if (!m_session->can(Permission::HandleRequests) && !m_session->can(Permission::ApproveErasure)) {
        if (auto st = m_session->require(Permission::ViewAudit, kObject, QString::number(requestId)); !st) {
            return st.error();
        }
    }
    auto r = loadErasure(requestId);
    if (!r) {
        return r.error();
    }
    ErasureRecord e;
    e.requestId = requestId;
    e.state = r->state;
    e.jurisdiction = r->jurisdiction;
    e.received = r->received;
    const Database& db = m_session->db();
    auto q = db.exec(QStringLiteral("SELECT COALESCE(prepared_by, 0), prepared_at, COALESCE(approved_by, 0), "
                                    "approved_at, executed_at, justification, categories, holds, "
                                    "COALESCE(pseudonym, ''), COALESCE(certificate_sha256, ''), shredded_at FROM "
                                    "erasures WHERE request_id = ?"),
                     {requestId});
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        e.preparedBy = q->value(0).toLongLong();
        e.preparedAt = fromMs(q->value(1));
        e.approvedBy = q->value(2).toLongLong();
        e.approvedAt = fromMs(q->value(3));
        e.executedAt = fromMs(q->value(4));
        e.justification = q->value(5).toString();
        e.categories = q->value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.holdsAtExecution = q->value(7).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        e.pseudonym = q->value(8).toString();
        e.certificateSha256 = q->value(9).toString();
        e.shreddedAt = fromMs(q->value(10));
    }
    e.preparedByName = userName(e.preparedBy);
    e.approvedByName = userName(e.approvedBy);
    auto h = db.exec(QStringLiteral("SELECT id, category, basis, fields, held_until FROM held_records WHERE "
                                    "request_id = ? ORDER BY category"),
                     {requestId});
    if (!h) {
        return h.error();
    }
    while (h->next()) {
        e.holds << ErasureRecord::Held{h->value(0).toLongLong(),
                                       h->value(1).toString(),
                                       h->value(2).toString(),
                                       h->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                                       fromMs(h->value(4))};
    }
    return e;
}

Result<HeldRecordContent> ErasureService::readHeld(qint64 heldId)
{
    if (auto st
        = m_session->require(Permission::ApproveErasure, QStringLiteral("held_record"), QString::number(heldId));
        !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QStringLiteral("SELECT pseudonym, category, basis, held_until, payload, payload_key "
                                                 "FROM held_records WHERE id = ?"),
                                  {heldId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no held record %1.").arg(heldId));
    }
    HeldRecordContent c;
    c.id = heldId;
    c.category = q->value(1).toString();
    c.basis = q->value(2).toString();
    c.heldUntil = fromMs(q->value(3));
    const QString keyId = heldKeyId(q->value(0).toString(), c.category);
    auto key = m_session->vault().unwrapCustomerKey(keyId, q->value(5).toByteArray());
    if (!key) {
        return key.error();
    }
    auto json = key->decryptField(
        q->value(4).toByteArray(), QStringLiteral("held_records"), QStringLiteral("payload"), keyId);
    if (!json) {
        return json.error();
    }
    const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        c.fields << qMakePair(it.key(), it.value().toString());
    }
    AuditRecord rec;
    rec.action = QStringLiteral("held_record.read");
    rec.objectType = QStringLiteral("held_record");
    rec.objectId = QString::number(heldId);
    rec.details = QStringLiteral("category=%1").arg(c.category);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    return c;
}

Result<int> ErasureService::destroyExpiredHolds(qint64 requestId)
{
    if (auto st = m_session->require(Permission::RunRetention, QStringLiteral("held_record")); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    auto q = requestId
        ? db.exec(QStringLiteral("SELECT id, category FROM held_records WHERE held_until <= ? AND "
                                 "request_id = ? ORDER BY id"),
                  {now, requestId})
        : db.exec(QStringLiteral("SELECT id, category FROM held_records WHERE held_until <= ? ORDER BY id"), {now});
    if (!q) {
        return q.error();
    }
    QList<QPair<qint64, QString>> ended;
    while (q->next()) {
        ended << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
    }
    for (const auto& [id, category] : ended) {
        if (auto del = db.exec(QStringLiteral("DELETE FROM held_records WHERE id = ?"), {id}); !del) {
            return del.error();
        }
        AuditRecord rec;
        rec.action = QStringLiteral("held_record.destroy");
        rec.objectType = QStringLiteral("held_record");
        rec.objectId = QString::number(id);
        rec.details = QStringLiteral("category=%1").arg(category);
        if (auto st = m_session->audit(rec); !st) {
            return st.error();
        }
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    // Also when nothing ended: a call after one that could not empty the log finishes it.
    if (auto st = db.truncateWal(); !st) {
        return Error(st.code(),
                     Tr::tr("The held records were destroyed, but copies of them may remain in the workspace's log. "
                            "%1 Close other Amanah windows and jobs on this workspace and destroy the expired holds "
                            "again to finish.")
                         .arg(st.errorString()));
    }
    return static_cast<int>(ended.size());
}

Result<QList<ErasureService::HoldRule>> ErasureService::holdRules()
{
    if (auto st = m_session->require(Permission::ApproveErasure, QStringLiteral("legal_hold")); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QStringLiteral("SELECT id, category, basis, years, fields, trigger_event, active "
                                                 "FROM legal_holds ORDER BY category"));
    if (!q) {
        return q.error();
    }
    QList<HoldRule> rules;
    while (q->next()) {
        rules << HoldRule{q->value(0).toLongLong(),
                          q->value(1).toString(),
                          q->value(2).toString(),
                          q->value(3).toInt(),
                          q->value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                          q->value(5).toString() == QLatin1String("last_activity"),
                          q->value(6).toInt() == 1};
    }
    return rules;
}

Result<qint64> ErasureService::saveHoldRule(const HoldRule& rule)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("legal_hold")); !st) {
        return st.error();
    }
    if (rule.category.trimmed().isEmpty() || rule.basis.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A legal hold needs a category and its legal basis."));
    }
    if (rule.years < 1 || rule.years > 100) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A legal hold lasts between 1 and 100 years."));
    }
    for (const QString& f : rule.fields) {
        if (!CustomerShredder::holdableFields().contains(f)) {
            return Error(ErrorCode::InvalidInput, Tr::tr("A legal hold cannot keep the field %1.").arg(f));
        }
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    const QVariantList values{rule.category.trimmed(),
                              rule.basis.trimmed(),
                              rule.years,
                              rule.fields.join(QLatin1Char(',')),
                              rule.fromActivity ? QStringLiteral("last_activity") : QStringLiteral("erasure"),
                              rule.active ? 1 : 0,
                              now};
    qint64 id = rule.id;
    if (id) {
        auto upd = db.exec(QStringLiteral("UPDATE legal_holds SET category = ?, basis = ?, years = ?, fields = ?, "
                                          "trigger_event = ?, active = ?, updated_at = ?, version = version + 1 WHERE "
                                          "id = ?"),
                           values + QVariantList{id});
        if (!upd) {
            return upd.error();
        }
        if (upd->numRowsAffected() != 1) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no legal hold %1.").arg(id));
        }
    } else {
        auto ins = db.scalar(QStringLiteral("INSERT INTO legal_holds (category, basis, years, fields, trigger_event, "
                                            "active, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                            "RETURNING id"),
                             values + QVariantList{now});
        if (!ins) {
            return ins.error();
        }
        id = ins->toLongLong();
    }
    AuditRecord rec;
    rec.action = rule.id ? QStringLiteral("legal_hold.update") : QStringLiteral("legal_hold.create");
    rec.objectType = QStringLiteral("legal_hold");
    rec.objectId = QString::number(id);
    rec.details = QStringLiteral("years=%1;fields=%2;active=%3")
                      .arg(rule.years)
                      .arg(rule.fields.size())
                      .arg(rule.active ? 1 : 0);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id;
}
