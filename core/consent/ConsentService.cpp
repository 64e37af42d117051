#include "core/consent/ConsentService.h"

#include "core/common/Clock.h"
#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/CustomerKey.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)
};

const QString kEvents = QStringLiteral("consent_events");
const QString kEvidence = QStringLiteral("evidence");
constexpr int kBatch = 2000;
constexpr qint64 kFutureSlackMs = 5 * 60 * 1000;

} // namespace

QString ConsentStatus::stateCode(State s)
{
    switch (s) {
    case State::NoDecision:
        return QStringLiteral("no_decision");
    case State::Granted:
        return QStringLiteral("granted");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

ConsentService::ConsentService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QString ConsentService::evidenceRowId(const QString& customerId, qint64 purposeId, qint64 occurredMs, bool granted)
{
    return ConsentEvent::evidenceRowId(customerId, purposeId, occurredMs, granted);
}

QString ConsentService::stateUpsertSql()
{
    // The latest event by (occurred_at, id) decides; a back-dated paper form does not
    // override a later event. Same syntax on SQLite >= 3.24 and PostgreSQL.
    return QStringLiteral(
        "INSERT INTO consent_state (customer_id, purpose_id, granted, event_id, occurred_at, notice_version_id) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, purpose_id) DO UPDATE SET granted = excluded.granted, "
        "event_id = excluded.event_id, occurred_at = excluded.occurred_at, notice_version_id = "
        "excluded.notice_version_id WHERE excluded.occurred_at > consent_state.occurred_at OR "
        "(excluded.occurred_at = consent_state.occurred_at AND excluded.event_id > consent_state.event_id)");
}

Result<ConsentService::PurposeRow> ConsentService::purposeRow(const QString& code)
{
    auto q = m_session->db().exec(
        QStringLiteral("SELECT id, legal_basis, marketing, active FROM purposes WHERE code = ?"), {code.trimmed()});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no purpose %1.").arg(code.trimmed()));
    }
    PurposeRow p;
    p.id = q->value(0).toLongLong();
    Purpose::legalBasisFromCode(q->value(1).toString(), &p.basis);
    p.marketing = q->value(2).toInt() != 0;
    p.active = q->value(3).toInt() != 0;
    return p;
}

Result<qint64> ConsentService::record(const Input& in)
{
    if (auto st = m_session->require(Permission::RecordConsent, QStringLiteral("customer"), in.customerId); !st) {
        return st.error();
    }
    if (in.evidence.size() > 2000) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The evidence is too long (at most 2,000 characters)."));
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 occurred = in.occurred.isValid() ? in.occurred.toMSecsSinceEpoch() : now;
    if (occurred > now + kFutureSlackMs) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Consent cannot be recorded for a moment in the future."));
    }
    auto purpose = purposeRow(in.purposeCode);
    if (!purpose) {
        return purpose.error();
    }
    if (in.granted && !purpose->active) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The purpose is no longer active; consent cannot be given for it."));
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto cust = db.exec(QStringLiteral("SELECT c.status, k.wrapped FROM customers c LEFT JOIN customer_keys k ON "
                                       "k.customer_id = c.id WHERE c.id = ?"),
                        {in.customerId});
    if (!cust) {
        return cust.error();
    }
    if (!cust->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
    }
    if (cust->value(0).toString() == QLatin1String("erased") || cust->value(1).isNull()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("This customer's data was erased."));
    }
    qint64 notice = in.noticeVersionId;
    if (notice == 0) {
        auto v = db.scalar(QStringLiteral("SELECT MAX(id) FROM notice_versions WHERE effective_at <= ?"), {occurred});
        if (!v) {
            return v.error();
        }
        notice = v->isNull() ? 0 : v->toLongLong();
    } else {
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM notice_versions WHERE id = ?"), {notice});
        if (!known) {
            return known.error();
        }
        if (known->toInt() == 0) {
            return Error(ErrorCode::InvalidInput, Tr::tr("There is no such notice version."));
        }
    }
    QVariant evidence = QVariant(QMetaType(QMetaType::QByteArray));
    if (!in.evidence.trimmed().isEmpty()) {
        auto key = m_session->vault().unwrapCustomerKey(in.customerId, cust->value(1).toByteArray());
        if (!key) {
            return key.error();
        }
        auto blob = key->encryptField(
            in.evidence.trimmed(), kEvents, kEvidence, evidenceRowId(in.customerId, purpose->id, occurred, in.granted));
        if (!blob) {
            return blob.error();
        }
        evidence = *blob;
    }
    auto ins = db.exec(QStringLiteral("INSERT INTO consent_events (customer_id, purpose_id, granted, occurred_at, "
                                      "recorded_at, channel, notice_version_id, evidence, recorded_by, request_id) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {in.customerId,
                        purpose->id,
                        in.granted ? 1 : 0,
                        occurred,
                        now,
                        ConsentEvent::channelCode(in.channel),
                        notice ? QVariant(notice) : QVariant(),
                        evidence,
                        m_session->user().id,
                        in.requestId ? QVariant(in.requestId) : QVariant()});
    if (!ins) {
        return ins.error();
    }
    auto id = db.scalar(QStringLiteral("SELECT MAX(id) FROM consent_events WHERE customer_id = ? AND purpose_id = ?"),
                        {in.customerId, purpose->id});
    if (!id) {
        return id.error();
    }
    if (auto up = db.exec(stateUpsertSql(),
                          {in.customerId, purpose->id, in.granted ? 1 : 0, id->toLongLong(), occurred, notice});
        !up) {
        return up.error();
    }
    AuditRecord rec;
    rec.action = in.granted ? QStringLiteral("consent.grant") : QStringLiteral("consent.withdraw");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = in.customerId;
    rec.details = QStringLiteral("purpose=%1;channel=%2;event=%3;notice=%4")
                      .arg(in.purposeCode.trimmed(), ConsentEvent::channelCode(in.channel))
                      .arg(id->toLongLong())
                      .arg(notice);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id->toLongLong();
}

Result<qint64> ConsentService::grant(const QString& customerId,
                                     const QString& purposeCode,
                                     ConsentEvent::Channel channel,
                                     const QString& evidence)
{
    Input in;
    in.customerId = customerId;
    in.purposeCode = purposeCode;
    in.granted = true;
    in.channel = channel;
    in.evidence = evidence;
    return record(in);
}

Result<qint64> ConsentService::withdraw(const QString& customerId,
                                        const QString& purposeCode,
                                        ConsentEvent::Channel channel,
                                        const QString& evidence)
{
    Input in;
    in.customerId = customerId;
    in.purposeCode = purposeCode;
    in.granted = false;
    in.channel = channel;
    in.evidence = evidence;
    return record(in);
}

Result<QList<ConsentStatus>> ConsentService::current(const QString& customerId)
{
    if (auto st = m_session->require(Permission::ViewCustomers, QStringLiteral("customer"), customerId); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto cust = db.exec(QStringLiteral("SELECT status, objected FROM customers WHERE id = ?"), {customerId});
    if (!cust) {
        return cust.error();
    }
    if (!cust->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
    }
    FairUse::Facts base;
    Customer::statusFromCode(cust->value(0).toString(), &base.status);
    base.objected = cust->value(1).toInt() != 0;
    auto latest = NoticeService::latestMaterialInEffect(db, Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    base.latestMaterialInEffect = *latest;
    auto purposes = PurposeService(m_session).list(true);
    if (!purposes) {
        return purposes.error();
    }
    auto q = db.exec(QStringLiteral("SELECT s.purpose_id, s.granted, s.event_id, s.occurred_at, s.notice_version_id, "
                                    "e.channel, COALESCE(n.label, '') FROM consent_state s JOIN consent_events e ON "
                                    "e.id = s.event_id LEFT JOIN notice_versions n ON n.id = s.notice_version_id "
                                    "WHERE s.customer_id = ?"),
                     {customerId});
    if (!q) {
        return q.error();
    }
    QHash<qint64, ConsentStatus> states;
    while (q->next()) {
        ConsentStatus s;
        s.state = q->value(1).toInt() ? ConsentStatus::State::Granted : ConsentStatus::State::Withdrawn;
        s.eventId = q->value(2).toLongLong();
        s.at = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        s.noticeVersionId = q->value(4).toLongLong();
        ConsentEvent::channelFromCode(q->value(5).toString(), &s.channel);
        s.noticeLabel = q->value(6).toString();
        states.insert(q->value(0).toLongLong(), s);
    }
    QList<ConsentStatus> all;
    for (const Purpose& p : *purposes) {
        if (!p.active && !states.contains(p.id)) {
            continue;
        }
        ConsentStatus s = states.value(p.id);
        s.purpose = p;
        FairUse::Facts f = base;
        f.legalBasis = p.legalBasis;
        f.marketing = p.marketing;
        f.purposeActive = p.active;
        f.hasEvent = s.state != ConsentStatus::State::NoDecision;
        f.granted = s.state == ConsentStatus::State::Granted;
        f.grantNoticeVersion = s.noticeVersionId;
        s.use = FairUse::decide(f);
        s.stale = f.granted && FairUse::isStale(s.noticeVersionId, *latest);
        all << s;
    }
    return all;
}

Result<QList<ConsentHistoryItem>> ConsentService::history(const QString& customerId)
{
    if (auto st = m_session->require(Permission::ViewCustomers, QStringLiteral("customer"), customerId); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto wrapped = db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {customerId});
    if (!wrapped) {
        return wrapped.error();
    }
    CustomerKey key;
    if (!wrapped->isNull()) {
        auto k = m_session->vault().unwrapCustomerKey(customerId, wrapped->toByteArray());
        if (k) {
            key = *k;
        }
    }
    auto q = db.exec(QStringLiteral("SELECT e.id, e.purpose_id, e.granted, e.occurred_at, e.recorded_at, e.channel, "
                                    "COALESCE(e.notice_version_id, 0), e.evidence, COALESCE(e.recorded_by, 0), "
                                    "COALESCE(e.request_id, 0), p.code, p.name, COALESCE(n.label, ''), "
                                    "COALESCE(u.username, '') FROM consent_events e JOIN purposes p ON "
                                    "p.id = e.purpose_id LEFT JOIN notice_versions n ON n.id = e.notice_version_id "
                                    "LEFT JOIN users u ON u.id = e.recorded_by WHERE e.customer_id = ? "
                                    "ORDER BY e.occurred_at DESC, e.id DESC"),
                     {customerId});
    if (!q) {
        return q.error();
    }
    QList<ConsentHistoryItem> items;
    while (q->next()) {
        ConsentHistoryItem it;
        ConsentEvent& e = it.event;
        e.id = q->value(0).toLongLong();
        e.customerId = customerId;
        e.purposeId = q->value(1).toLongLong();
        e.granted = q->value(2).toInt() != 0;
        e.occurred = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        e.recorded = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC);
        ConsentEvent::channelFromCode(q->value(5).toString(), &e.channel);
        e.noticeVersionId = q->value(6).toLongLong();
        e.recordedBy = q->value(8).toLongLong();
        e.requestId = q->value(9).toLongLong();
        if (!q->value(7).isNull()) {
            auto text = key.isValid()
                ? key.decryptField(q->value(7).toByteArray(),
                                   kEvents,
                                   kEvidence,
                                   evidenceRowId(customerId, e.purposeId, e.occurred.toMSecsSinceEpoch(), e.granted))
                : Result<QString>(Error(ErrorCode::Crypto, QString()));
            if (text) {
                e.evidence = *text;
            } else {
                it.evidenceUnreadable = true;
            }
        }
        it.purposeCode = q->value(10).toString();
        it.purposeName = q->value(11).toString();
        it.noticeLabel = q->value(12).toString();
        it.recordedBy = q->value(13).toString();
        items << it;
    }
    return items;
}

Result<FairUse::Decision>
ConsentService::mayUse(const QString& customerId, const QString& purposeCode, const QDateTime& at)
{
    if (auto st = m_session->require(Permission::ViewCustomers, QStringLiteral("customer"), customerId); !st) {
        return st.error();
    }
    const qint64 atMs = at.isValid() ? at.toMSecsSinceEpoch() : Clock::instance().nowMs();
    const Database& db = m_session->db();
    FairUse::Facts f;
    auto cust = db.exec(QStringLiteral("SELECT status, objected FROM customers WHERE id = ?"), {customerId});
    if (!cust) {
        return cust.error();
    }
    if (!cust->next()) {
        f.customerKnown = false;
        return FairUse::decide(f);
    }
    Customer::statusFromCode(cust->value(0).toString(), &f.status);
    f.objected = cust->value(1).toInt() != 0;
    auto p = purposeRow(purposeCode);
    if (!p) {
        if (p.code() != ErrorCode::NotFound) {
            return p.error();
        }
        f.purposeKnown = false;
        return FairUse::decide(f);
    }
    f.legalBasis = p->basis;
    f.marketing = p->marketing;
    f.purposeActive = p->active;
    auto ev = db.exec(QStringLiteral("SELECT granted, COALESCE(notice_version_id, 0) FROM consent_events WHERE "
                                     "customer_id = ? AND purpose_id = ? AND occurred_at <= ? "
                                     "ORDER BY occurred_at DESC, id DESC LIMIT 1"),
                      {customerId, p->id, atMs});
    if (!ev) {
        return ev.error();
    }
    if (ev->next()) {
        f.hasEvent = true;
        f.granted = ev->value(0).toInt() != 0;
        f.grantNoticeVersion = ev->value(1).toLongLong();
    }
    auto latest = NoticeService::latestMaterialInEffect(db, atMs);
    if (!latest) {
        return latest.error();
    }
    f.latestMaterialInEffect = *latest;
    return FairUse::decide(f);
}

Status ConsentService::forEachAudienceBatch(const PurposeRow& p,
                                            const std::function<Status(const QList<QPair<QString, qint64>>&)>& fn,
                                            qint64* total)
{
    const Database& db = m_session->db();
    auto latest = NoticeService::latestMaterialInEffect(db, Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    const bool objection = FairUse::objectionApplies(p.basis, p.marketing);
    const bool consent = p.basis == Purpose::LegalBasis::Consent;
    // The set mayUse() allows, as one keyset walk: fixed SQL, four variants.
    QString sql;
    if (consent) {
        sql = QStringLiteral("SELECT s.customer_id, s.occurred_at FROM consent_state s JOIN customers c ON "
                             "c.id = s.customer_id WHERE s.purpose_id = ? AND s.granted = 1 AND "
                             "s.notice_version_id >= ? AND c.status = 'active'")
            + (objection ? QStringLiteral(" AND c.objected = 0") : QString())
            + QStringLiteral(" AND s.customer_id > ? ORDER BY s.customer_id LIMIT ?");
    } else {
        sql = QStringLiteral("SELECT c.id, 0 FROM customers c WHERE c.status = 'active'")
            + (objection ? QStringLiteral(" AND c.objected = 0") : QString())
            + QStringLiteral(" AND c.id > ? ORDER BY c.id LIMIT ?");
    }
    if (total) {
        QString countSql = sql;
        countSql.replace(QStringLiteral("SELECT s.customer_id, s.occurred_at"), QStringLiteral("SELECT count(*)"));
        countSql.replace(QStringLiteral("SELECT c.id, 0"), QStringLiteral("SELECT count(*)"));
        countSql.replace(QStringLiteral(" AND s.customer_id > ? ORDER BY s.customer_id LIMIT ?"), QString());
        countSql.replace(QStringLiteral(" AND c.id > ? ORDER BY c.id LIMIT ?"), QString());
        auto n = db.scalar(countSql, consent ? QVariantList{p.id, *latest} : QVariantList{});
        if (!n) {
            return n.error();
        }
        *total = n->toLongLong();
    }
    QString after = QStringLiteral("");
    for (;;) {
        QVariantList values;
        if (consent) {
            values << p.id << *latest;
        }
        values << after << kBatch;
        auto q = db.exec(sql, values);
        if (!q) {
            return q.error();
        }
        QList<QPair<QString, qint64>> rows;
        while (q->next()) {
            rows.append({q->value(0).toString(), q->value(1).toLongLong()});
        }
        if (rows.isEmpty()) {
            return {};
        }
        after = rows.last().first;
        if (auto st = fn(rows); !st) {
            return st;
        }
    }
}

Result<QStringList> ConsentService::audience(const QString& purposeCode)
{
    if (auto st = m_session->require(Permission::ViewCustomers, QStringLiteral("purpose"), purposeCode); !st) {
        return st.error();
    }
    auto p = purposeRow(purposeCode);
    if (!p) {
        return p.error();
    }
    QStringList ids;
    if (!p->active) {
        return ids;
    }
    auto st = forEachAudienceBatch(
        *p,
        [&](const QList<QPair<QString, qint64>>& rows) -> Status {
            for (const auto& r : rows) {
                ids << r.first;
            }
            return {};
        },
        nullptr);
    if (!st) {
        return st.error();
    }
    return ids;
}
