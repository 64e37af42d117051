#include "core/retention/RetentionService.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
};

const char* const kColumns = "SELECT id, COALESCE(data_category, ''), COALESCE(purpose_id, 0), period_days, "
                             "trigger_event, action, legal_hold_basis, active, created_at, updated_at, version FROM "
                             "retention_rules ";

QDateTime fromMs(const QVariant& v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant categoryValue(const RetentionRule& r)
{
    return r.purposeId > 0 ? QVariant() : QVariant(r.dataCategory.trimmed());
}

QVariant purposeValue(const RetentionRule& r)
{
    return r.purposeId > 0 ? QVariant(r.purposeId) : QVariant();
}

Error staleError()
{
    return Error(ErrorCode::Conflict,
                 Tr::tr("Someone else changed this retention rule since you opened it. Nothing was overwritten: "
                        "reload it and make your change again."));
}
} // namespace

RetentionService::RetentionService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QString RetentionService::triggerCode(RetentionRule::Trigger t)
{
    switch (t) {
    case RetentionRule::Trigger::LastActivity:
        return QStringLiteral("last_activity");
    case RetentionRule::Trigger::ConsentWithdrawn:
        return QStringLiteral("consent_withdrawn");
    case RetentionRule::Trigger::AccountClosed:
        return QStringLiteral("account_closed");
    case RetentionRule::Trigger::HoldEnded:
        return QStringLiteral("hold_ended");
    }
    return {};
}

QString RetentionService::actionCode(RetentionRule::Action a)
{
    return a == RetentionRule::Action::Anonymise ? QStringLiteral("anonymise") : QStringLiteral("delete");
}

bool RetentionService::triggerFromCode(const QString& code, RetentionRule::Trigger* out)
{
    for (auto t : {RetentionRule::Trigger::LastActivity,
                   RetentionRule::Trigger::ConsentWithdrawn,
                   RetentionRule::Trigger::AccountClosed,
                   RetentionRule::Trigger::HoldEnded}) {
        if (triggerCode(t) == code) {
            *out = t;
            return true;
        }
    }
    return false;
}

bool RetentionService::actionFromCode(const QString& code, RetentionRule::Action* out)
{
    for (auto a : {RetentionRule::Action::Anonymise, RetentionRule::Action::Delete}) {
        if (actionCode(a) == code) {
            *out = a;
            return true;
        }
    }
    return false;
}

QString RetentionService::triggerName(RetentionRule::Trigger t)
{
    switch (t) {
    case RetentionRule::Trigger::LastActivity:
        return Tr::tr("Last activity");
    case RetentionRule::Trigger::ConsentWithdrawn:
        return Tr::tr("Consent withdrawn");
    case RetentionRule::Trigger::AccountClosed:
        return Tr::tr("Account closed");
    case RetentionRule::Trigger::HoldEnded:
        return Tr::tr("Legal hold ended");
    }
    return {};
}

QString RetentionService::actionName(RetentionRule::Action a)
{
    return a == RetentionRule::Action::Anonymise ? Tr::tr("Anonymise") : Tr::tr("Delete", "retention action");
}

Status RetentionService::requireRead()
{
    if (m_session->can(Permission::RunRetention)) {
        return {};
    }
    return m_session->require(Permission::ManagePolicy, QStringLiteral("retention_rule"));
}

Status RetentionService::validate(const RetentionRule& r)
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    const bool byPurpose = r.purposeId > 0;
    if (byPurpose == !r.dataCategory.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A retention rule covers either a data category or a purpose."));
    }
    if (!byPurpose && !code.match(r.dataCategory.trimmed()).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A data category is 1 to 40 lower-case letters, digits, _ or -, e.g. customer_record."));
    }
    if (r.periodDays < 1 || r.periodDays > kMaxPeriodDays) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The retention period is 1 to %1 days.").arg(RetentionService::kMaxPeriodDays));
    }
    if (r.trigger == RetentionRule::Trigger::HoldEnded && (byPurpose || r.action != RetentionRule::Action::Delete)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A rule triggered by the end of a legal hold names the hold's category (e.g. invoices) "
                            "and deletes."));
    }
    if (r.legalHoldBasis.size() > 500) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The legal hold basis is at most 500 characters."));
    }
    if (byPurpose) {
        auto known
            = m_session->db().scalar(QStringLiteral("SELECT count(*) FROM purposes WHERE id = ?"), {r.purposeId});
        if (!known) {
            return known.error();
        }
        if (known->toInt() == 0) {
            return Error(ErrorCode::InvalidInput, Tr::tr("The chosen purpose does not exist."));
        }
    }
    return {};
}

Status RetentionService::writeAudit(const QString& action, const RetentionRule& r, int version)
{
    AuditRecord rec;
    rec.action = action;
    rec.objectType = QStringLiteral("retention_rule");
    rec.objectId = QString::number(r.id);
    rec.details = QStringLiteral("scope=%1;period_days=%2;trigger=%3;action=%4;version=%5")
                      .arg(r.purposeId > 0 ? QStringLiteral("purpose:%1").arg(r.purposeId)
                                           : QStringLiteral("category:%1").arg(r.dataCategory.trimmed()))
                      .arg(r.periodDays)
                      .arg(triggerCode(r.trigger), actionCode(r.action))
                      .arg(version);
    return m_session->audit(rec);
}

Result<qint64> RetentionService::create(const RetentionRule& rule)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("retention_rule")); !st) {
        return st.error();
    }
    if (auto st = validate(rule); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    auto id = db.scalar(QStringLiteral("INSERT INTO retention_rules (data_category, purpose_id, period_days, "
                                       "trigger_event, action, legal_hold_basis, active, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"),
                        {categoryValue(rule),
                         purposeValue(rule),
                         rule.periodDays,
                         triggerCode(rule.trigger),
                         actionCode(rule.action),
                         rule.legalHoldBasis.trimmed(),
                         now,
                         now});
    if (!id) {
        return id.error();
    }
    RetentionRule saved = rule;
    saved.id = id->toLongLong();
    if (auto st = writeAudit(QStringLiteral("retention_rule.create"), saved, 1); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return saved.id;
}

Status RetentionService::update(const RetentionRule& rule, int expectedVersion)
{
    if (auto st
        = m_session->require(Permission::ManagePolicy, QStringLiteral("retention_rule"), QString::number(rule.id));
        !st) {
        return st;
    }
    if (auto st = validate(rule); !st) {
        return st;
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd = db.exec(QStringLiteral("UPDATE retention_rules SET data_category = ?, purpose_id = ?, period_days = ?, "
                                      "trigger_event = ?, action = ?, legal_hold_basis = ?, active = ?, "
                                      "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
                       {categoryValue(rule),
                        purposeValue(rule),
                        rule.periodDays,
                        triggerCode(rule.trigger),
                        actionCode(rule.action),
                        rule.legalHoldBasis.trimmed(),
                        rule.active ? 1 : 0,
                        Clock::instance().nowMs(),
                        rule.id,
                        expectedVersion});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return staleError();
    }
    if (auto st = writeAudit(QStringLiteral("retention_rule.update"), rule, expectedVersion + 1); !st) {
        return st;
    }
    return (*tx)->commit();
}

Status RetentionService::deactivate(qint64 id, int expectedVersion)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("retention_rule"), QString::number(id));
        !st) {
        return st;
    }
    auto rule = get(id);
    if (!rule) {
        return rule.error();
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd = db.exec(QStringLiteral("UPDATE retention_rules SET active = 0, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {Clock::instance().nowMs(), id, expectedVersion});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return staleError();
    }
    if (auto st = writeAudit(QStringLiteral("retention_rule.deactivate"), *rule, expectedVersion + 1); !st) {
        return st;
    }
    return (*tx)->commit();
}

Result<QList<RetentionRule>> RetentionService::list(bool includeInactive)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QString::fromLatin1(kColumns)
                                  + (includeInactive ? QString() : QStringLiteral("WHERE active = 1 "))
                                  + QStringLiteral("ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QList<RetentionRule> out;
    while (q->next()) {
        RetentionRule r;
        r.id = q->value(0).toLongLong();
        r.dataCategory = q->value(1).toString();
        r.purposeId = q->value(2).toLongLong();
        r.periodDays = q->value(3).toInt();
        triggerFromCode(q->value(4).toString(), &r.trigger);
        actionFromCode(q->value(5).toString(), &r.action);
        r.legalHoldBasis = q->value(6).toString();
        r.active = q->value(7).toInt() == 1;
        r.created = fromMs(q->value(8));
        r.updated = fromMs(q->value(9));
        r.version = q->value(10).toInt();
        out << r;
    }
    return out;
}

Result<RetentionRule> RetentionService::get(qint64 id)
{
    auto all = list(true);
    if (!all) {
        return all.error();
    }
    for (const RetentionRule& r : *all) {
        if (r.id == id) {
            return r;
        }
    }
    return Error(ErrorCode::NotFound, Tr::tr("There is no such retention rule."));
}

Status RetentionService::closeAccount(const QString& customerId, const QString& reason)
{
    if (auto st = m_session->require(Permission::EditCustomers, QStringLiteral("customer"), customerId); !st) {
        return st;
    }
    if (reason.trimmed().size() < 3) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Say why the account is closed."));
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    const qint64 now = Clock::instance().nowMs();
    auto upd = db.exec(QStringLiteral("UPDATE customers SET closed_at = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND closed_at IS NULL AND status <> 'erased'"),
                       {now, now, customerId});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND status <> 'erased'"),
                               {customerId});
        if (!known) {
            return known.error();
        }
        (*tx)->rollback();
        if (known->toInt() == 0) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
        }
        return {}; // closed before: the first date counts
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.close");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = customerId;
    rec.justification = reason.trimmed();
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}
