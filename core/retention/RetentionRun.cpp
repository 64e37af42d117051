#include "core/retention/RetentionRun.h"

#include "core/common/Clock.h"
#include "core/customers/NameIndex.h"
#include "core/erasure/CustomerAnonymiser.h"
#include "core/erasure/CustomerShredder.h"
#include "core/erasure/ErasureLedger.h"
#include "core/retention/RetentionService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRun)
};

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Customers a run may touch at all: active, and with no request still being handled.
const char* const kEligible
    = "c.status = 'active' AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.customer_id = c.id AND q.state IN "
      "('received', 'identity_verification', 'in_review', 'approved'))";

// The rule's own condition on customers c: a fixed text per trigger, values bound.
struct Selection
{
    QString sql;
    QVariantList values;
};

Selection selectionFor(const RetentionRule& r, qint64 cutoff)
{
    Selection s;
    const bool byPurpose = r.purposeId > 0;
    switch (r.trigger) {
    case RetentionRule::Trigger::LastActivity:
        s.sql = QStringLiteral("COALESCE(c.last_activity_at, c.created_at) <= ?");
        s.values << cutoff;
        break;
    case RetentionRule::Trigger::AccountClosed:
        s.sql = QStringLiteral("c.closed_at IS NOT NULL AND c.closed_at <= ?");
        s.values << cutoff;
        break;
    case RetentionRule::Trigger::ConsentWithdrawn:
        if (byPurpose) {
            s.sql = QStringLiteral("EXISTS (SELECT 1 FROM consent_state s WHERE s.customer_id = c.id AND "
                                   "s.purpose_id = ? AND s.granted = 0 AND s.occurred_at <= ?)");
            s.values << r.purposeId << cutoff;
            return s; // the purpose condition is in the query already
        }
        s.sql = QStringLiteral("EXISTS (SELECT 1 FROM consent_state s WHERE s.customer_id = c.id) AND NOT EXISTS "
                               "(SELECT 1 FROM consent_state s WHERE s.customer_id = c.id AND (s.granted = 1 OR "
                               "s.occurred_at > ?))");
        s.values << cutoff;
        break;
    case RetentionRule::Trigger::HoldEnded:
        s.sql = QStringLiteral("1 = 0"); // selects held records, not customers
        return s;
    }
    if (byPurpose) {
        s.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM consent_state p WHERE p.customer_id = c.id AND "
                                "p.purpose_id = ?)");
        s.values << r.purposeId;
    }
    return s;
}

QString whyFor(const RetentionRule& r, const QDateTime& cutoff)
{
    const QString date = QLocale().toString(cutoff, QLocale::ShortFormat);
    switch (r.trigger) {
    case RetentionRule::Trigger::LastActivity:
        return Tr::tr("No activity for %n day(s) or more (last activity on or before %1)", nullptr, r.periodDays)
            .arg(date);
    case RetentionRule::Trigger::ConsentWithdrawn:
        return Tr::tr("Consent withdrawn %n day(s) ago or more (on or before %1)", nullptr, r.periodDays).arg(date);
    case RetentionRule::Trigger::AccountClosed:
        return Tr::tr("Account closed %n day(s) ago or more (on or before %1)", nullptr, r.periodDays).arg(date);
    case RetentionRule::Trigger::HoldEnded:
        return Tr::tr("Legal hold ended %n day(s) ago or more", nullptr, r.periodDays);
    }
    return {};
}

Result<qint64> countIn(const Database& db, const QString& table, const QString& where, const QVariantList& values)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id IN (SELECT c.id FROM customers c "
                                      "WHERE %2)")
                           .arg(table, where),
                       values);
    if (!v) {
        return v.error();
    }
    return v->toLongLong();
}

QString idList(const QList<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids) {
        out << QString::number(id);
    }
    return out.join(QLatin1Char(','));
}
} // namespace

qint64 RetentionPlan::count(RetentionRule::Action action) const
{
    return std::count_if(
        targets.cbegin(), targets.cend(), [action](const RetentionTarget& t) { return t.action == action; });
}

QStringList RetentionPlan::sample(int n) const
{
    QStringList out;
    for (int i = 0; i < targets.size() && i < n; ++i) {
        out << targets.at(i).customerId;
    }
    return out;
}

RetentionRun::RetentionRun(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<RetentionPlan> RetentionRun::preview(const Progress& progress)
{
    if (auto st = m_session->require(Permission::RunRetention, QStringLiteral("retention")); !st) {
        return st.error();
    }
    return plan(progress);
}

Status
RetentionRun::findCustomers(const RetentionRule& rule, qint64 cutoff, RetentionFinding* finding, RetentionPlan* plan)
{
    const Database& db = m_session->db();
    const Selection sel = selectionFor(rule, cutoff);
    const QString where = QString::fromLatin1(kEligible) + QStringLiteral(" AND ") + sel.sql;
    auto q = db.exec(QStringLiteral("SELECT c.id FROM customers c WHERE %1 ORDER BY c.created_at, c.id").arg(where),
                     sel.values);
    if (!q) {
        return q.error();
    }
    QHash<QString, int> index;
    for (int i = 0; i < plan->targets.size(); ++i) {
        index.insert(plan->targets.at(i).customerId, i);
    }
    while (q->next()) {
        ++finding->customers;
        const QString id = q->value(0).toString();
        const auto it = index.constFind(id);
        if (it == index.constEnd()) {
            plan->targets << RetentionTarget{id, rule.id, rule.action};
            index.insert(id, static_cast<int>(plan->targets.size() - 1));
        } else if (rule.action == RetentionRule::Action::Delete
                   && plan->targets.at(*it).action != RetentionRule::Action::Delete) {
            plan->targets[*it] = RetentionTarget{id, rule.id, rule.action}; // delete wins
        }
    }
    if (finding->customers == 0) {
        return {};
    }
    auto events = countIn(db, QStringLiteral("consent_events"), where, sel.values);
    auto disclosures = countIn(db, QStringLiteral("disclosures"), where, sel.values);
    if (!events || !disclosures) {
        return (!events ? events : disclosures).error();
    }
    finding->consentEvents = *events;
    finding->disclosures = *disclosures;
    return {};
}

Status RetentionRun::findHeld(RetentionPlan* plan)
{
    // The hold's end is when its basis stops; a "hold ended" rule for the category may add a
    // grace period (the longest active one counts).
    QHash<QString, int> grace;
    QHash<QString, int> findingOf;
    for (int i = 0; i < plan->findings.size(); ++i) {
        const RetentionRule& r = plan->findings.at(i).rule;
        if (r.trigger == RetentionRule::Trigger::HoldEnded && r.periodDays > grace.value(r.dataCategory, -1)) {
            grace.insert(r.dataCategory, r.periodDays);
            findingOf.insert(r.dataCategory, i);
        }
    }
    const qint64 now = plan->at.toMSecsSinceEpoch();
    auto q = m_session->db().exec(
        QStringLiteral("SELECT id, category, held_until FROM held_records WHERE held_until <= ? ORDER BY id"), {now});
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        const QString category = q->value(1).toString();
        if (q->value(2).toLongLong() + grace.value(category, 0) * kDayMs > now) {
            continue;
        }
        plan->heldRecords << q->value(0).toLongLong();
        if (findingOf.contains(category)) {
            ++plan->findings[findingOf.value(category)].heldRecords;
        }
    }
    return {};
}

Result<RetentionPlan> RetentionRun::plan(const Progress& progress)
{
    auto rules = RetentionService(m_session).list(false);
    if (!rules) {
        return rules.error();
    }
    RetentionPlan plan;
    plan.at = Clock::instance().now();
    const qint64 total = rules->size() + 1;
    qint64 done = 0;
    for (const RetentionRule& rule : *rules) {
        if (progress && !progress(done, total)) {
            return Error(ErrorCode::Cancelled, Tr::tr("The preview was cancelled."));
        }
        RetentionFinding finding;
        finding.rule = rule;
        const QDateTime cutoff = plan.at.addMSecs(-kDayMs * rule.periodDays);
        finding.why = whyFor(rule, cutoff);
        if (auto st = findCustomers(rule, cutoff.toMSecsSinceEpoch(), &finding, &plan); !st) {
            return st.error();
        }
        plan.findings << finding;
        ++done;
    }
    if (auto st = findHeld(&plan); !st) {
        return st.error();
    }
    if (progress) {
        progress(total, total);
    }
    return plan;
}

Status RetentionRun::forget(const QStringList& customerIds)
{
    if (auto index = NameIndex::existing(m_session->workspace().get())) {
        for (const QString& id : customerIds) {
            index->remove(id);
        }
    }
    // The ledger beside the backups follows each batch (see CustomerShredder::forget).
    if (auto st = ErasureLedger::publish(*m_session); !st) {
        qWarning("amanah: %s", qUtf8Printable(st.errorString()));
    }
    return emptyLog();
}

Status RetentionRun::emptyLog()
{
    // One checkpoint per batch: until it succeeds the log may keep the deleted pages (keys
    // among them), so the run does not report success.
    if (auto st = m_session->db().truncateWal(); !st) {
        return Error(st.code(),
                     Tr::tr("The retention run deleted data, but copies of it may remain in the workspace's log. %1 "
                            "Close other Amanah windows and jobs on this workspace and apply the retention run "
                            "again to finish.")
                         .arg(st.errorString()));
    }
    return {};
}

Status RetentionRun::customerBatch(const QList<RetentionTarget>& batch, int number, RetentionOutcome* out)
{
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    CustomerShredder shredder(m_session);
    CustomerAnonymiser anonymiser(m_session);
    qint64 deleted = 0;
    qint64 anonymised = 0;
    qint64 skipped = 0;
    qint64 held = 0;
    QStringList done;
    for (const RetentionTarget& t : batch) {
        const bool del = t.action == RetentionRule::Action::Delete;
        auto r
            = del ? shredder.shred(t.customerId, 0, QStringLiteral("retention")) : anonymiser.anonymise(t.customerId);
        if (!r && r.code() == ErrorCode::NotFound) {
            ++skipped; // erased or gone since the plan
            continue;
        }
        if (!r) {
            return r.error();
        }
        held += r->held.size();
        ++(del ? deleted : anonymised);
        done << t.customerId;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("retention.batch");
    rec.objectType = QStringLiteral("retention");
    rec.objectId = QString::number(number);
    rec.details = QStringLiteral("deleted=%1;anonymised=%2;held_kept=%3;skipped=%4")
                      .arg(deleted)
                      .arg(anonymised)
                      .arg(held)
                      .arg(skipped);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    out->deleted += deleted;
    out->anonymised += anonymised;
    out->skipped += skipped;
    out->removedCustomers << done;
    return done.isEmpty() ? Status() : forget(done);
}

Status RetentionRun::heldBatch(const QList<qint64>& batch, int number, RetentionOutcome* out)
{
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    QList<qint64> destroyed;
    for (qint64 id : batch) {
        auto del = db.exec(QStringLiteral("DELETE FROM held_records WHERE id = ?"), {id});
        if (!del) {
            return del.error();
        }
        if (del->numRowsAffected() == 1) {
            destroyed << id;
        }
    }
    AuditRecord rec;
    rec.action = QStringLiteral("held_record.destroy");
    rec.objectType = QStringLiteral("retention");
    rec.objectId = QString::number(number);
    rec.details = QStringLiteral("count=%1;ids=%2").arg(destroyed.size()).arg(idList(destroyed));
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    out->heldDestroyed += destroyed.size();
    return destroyed.isEmpty() ? Status() : emptyLog();
}

Status RetentionRun::checkJustification(const QString& justification)
{
    if (justification.trimmed().size() < kMinJustification) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Say why this retention run is applied (at least %1 characters).").arg(kMinJustification));
    }
    return {};
}

Result<RetentionOutcome> RetentionRun::apply(const QString& justification, const Progress& progress, int batchSize)
{
    if (auto st = m_session->require(Permission::RunRetention, QStringLiteral("retention")); !st) {
        return st.error();
    }
    if (auto st = checkJustification(justification); !st) {
        return st.error();
    }
    auto p = plan({});
    if (!p) {
        return p.error();
    }
    batchSize = qMax(1, batchSize);
    RetentionOutcome out;
    for (const RetentionFinding& f : p->findings) {
        out.ruleIds << f.rule.id;
    }
    const qint64 customers = p->targets.size();
    const qint64 total = customers + p->heldRecords.size();
    out.batches = static_cast<int>((customers + batchSize - 1) / batchSize
                                   + (p->heldRecords.size() + batchSize - 1) / batchSize);
    qint64 done = 0;
    Status failure;
    while (done < total) {
        if (progress && !progress(done, total)) {
            out.cancelled = true;
            break;
        }
        const int number = out.batchesDone + 1;
        if (done < customers) {
            const auto batch = p->targets.mid(done, qMin<qint64>(batchSize, customers - done));
            failure = customerBatch(batch, number, &out);
            done += batch.size();
        } else {
            const auto batch = p->heldRecords.mid(done - customers, qMin<qint64>(batchSize, total - done));
            failure = heldBatch(batch, number, &out);
            done += batch.size();
        }
        if (!failure) {
            break;
        }
        ++out.batchesDone;
    }
    if (failure && total == 0) {
        failure = emptyLog(); // a run after one that could not empty the log finishes it
    }
    if (progress && !out.cancelled && failure) {
        progress(total, total);
    }
    AuditRecord rec;
    rec.action = QStringLiteral("retention.run");
    rec.objectType = QStringLiteral("retention");
    rec.justification = justification.trimmed();
    rec.details = QStringLiteral("rules=%1;deleted=%2;anonymised=%3;held_destroyed=%4;skipped=%5;batches=%6/%7;"
                                 "cancelled=%8;failed=%9")
                      .arg(idList(out.ruleIds))
                      .arg(out.deleted)
                      .arg(out.anonymised)
                      .arg(out.heldDestroyed)
                      .arg(out.skipped)
                      .arg(out.batchesDone)
                      .arg(out.batches)
                      .arg(out.cancelled ? 1 : 0)
                      .arg(failure ? 0 : 1);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (!failure) {
        return failure.error();
    }
    // Leaves the log empty again after the run's own entry. Best effort: each batch's deletion
    // was checkpointed out of the log already; these frames are copies of clean pages.
    (void)m_session->db().truncateWal();
    return out;
}
