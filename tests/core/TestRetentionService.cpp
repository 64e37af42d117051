// Retention (issue #8) on both databases: rules and their validation, the exact boundary of
// each trigger with the mock clock (a customer exactly at the period's end IS due), legal
// holds keep their fields, anonymise versus delete, held records destroyed when their hold
// ends, a cancelled run keeps its finished batches and leaves the rest untouched, and only
// officers manage rules and run the purge.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionRun.h"
#include "core/retention/RetentionService.h"
#include "testsupport/SqliteReader.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const QString kWhy = QStringLiteral("Nightly purge under the retention schedule");
const QDateTime kStart(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);

struct Fixture
{
    std::unique_ptr<TestWorkspace> tw;
    std::shared_ptr<Session> agent;
    std::shared_ptr<Session> officer;
    std::shared_ptr<Session> manager;
    qint64 newsletter = 0;
    const Database& db() const { return *tw->workspace()->database(); }
    qint64 count(const QString& sql, const QVariantList& values = {}) const
    {
        auto v = db().scalar(sql, values);
        return v ? v->toLongLong() : -1;
    }
    qint64 audits(const QString& action) const
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }
};

RetentionRule
rule(const QString& category, qint64 purposeId, int days, RetentionRule::Trigger trigger, RetentionRule::Action action)
{
    RetentionRule r;
    r.dataCategory = category;
    r.purposeId = purposeId;
    r.periodDays = days;
    r.trigger = trigger;
    r.action = action;
    return r;
}
} // namespace

class TestRetentionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }

    void rulesAreValidatedAndAudited();
    void onlyOfficersManageAndRun();
    void boundary_data();
    void boundary();
    void anonymiseVersusDelete();
    void legalHoldKeepsHeldFields_data();
    void legalHoldKeepsHeldFields();
    void heldRecordsDestroyedWhenHoldEnds();
    void cancelledRunKeepsFinishedBatches();
    void justificationAndExclusions();
    void closeAccountIsAuditedOnce();
    void readerKeepsTheRunFromReportingSuccess();

private:
    void makeFixture(Fixture* f);
    QString addCustomer(Fixture* f, const QString& ref);
    MockClock m_clock;
};

void TestRetentionService::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(kStart);
    Clock::setInstance(&m_clock);
}

void TestRetentionService::makeFixture(Fixture* f)
{
    f->tw = std::make_unique<TestWorkspace>();
    QVERIFY2(f->tw->ok(), qPrintable(f->tw->errorString()));
    f->agent = f->tw->signInNewUser(QStringLiteral("agent"), kAgent);
    f->officer = f->tw->signInNewUser(QStringLiteral("officer"), kOfficer);
    f->manager = f->tw->signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(f->agent && f->officer && f->manager);
    Purpose newsletter;
    newsletter.code = QStringLiteral("newsletter");
    newsletter.name = QStringLiteral("Newsletter");
    newsletter.legalBasis = Purpose::LegalBasis::Consent;
    auto id = PurposeService(f->officer).create(newsletter);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    f->newsletter = *id;
}

QString TestRetentionService::addCustomer(Fixture* f, const QString& ref)
{
    Customer c;
    c.externalRef = ref;
    c.fullName = QStringLiteral("Customer ") + ref;
    c.email = ref.toLower() + QStringLiteral("@example.org");
    c.address = QStringLiteral("Jalan Mawar 3, Jakarta");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto id = CustomerService(f->agent).create(c);
    return id ? *id : QString();
}

void TestRetentionService::rulesAreValidatedAndAudited()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    RetentionService svc(f.officer);
    using T = RetentionRule::Trigger;
    using A = RetentionRule::Action;
    const QList<RetentionRule> bad = {
        rule(QString(), 0, 30, T::LastActivity, A::Delete), // neither category nor purpose
        rule(QStringLiteral("orders"), f.newsletter, 30, T::LastActivity, A::Delete), // both
        rule(QStringLiteral("Orders!"), 0, 30, T::LastActivity, A::Delete), // bad code
        rule(QStringLiteral("orders"), 0, 0, T::LastActivity, A::Delete), // no period
        rule(QStringLiteral("orders"), 0, RetentionService::kMaxPeriodDays + 1, T::LastActivity, A::Delete),
        rule(QString(), 9999, 30, T::ConsentWithdrawn, A::Delete), // unknown purpose
        rule(QStringLiteral("invoices"), 0, 30, T::HoldEnded, A::Anonymise), // holds end in deletion
        rule(QString(), f.newsletter, 30, T::HoldEnded, A::Delete), // holds are per category
    };
    for (const RetentionRule& r : bad) {
        auto id = svc.create(r);
        QVERIFY(!id.ok());
        QCOMPARE(id.code(), ErrorCode::InvalidInput);
        QVERIFY(!id.errorString().isEmpty());
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM retention_rules")), 0);

    auto id = svc.create(rule(QStringLiteral("customer_record"), 0, 730, T::LastActivity, A::Anonymise));
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto got = svc.get(*id);
    QVERIFY(got.ok());
    QCOMPARE(got->dataCategory, QStringLiteral("customer_record"));
    QCOMPARE(got->periodDays, 730);
    QCOMPARE(got->action, A::Anonymise);
    QCOMPARE(got->version, 1);
    RetentionRule changed = *got;
    changed.periodDays = 365;
    changed.action = A::Delete;
    QVERIFY(svc.update(changed, 1).ok());
    QCOMPARE(svc.update(changed, 1).code(), ErrorCode::Conflict); // stale version
    QCOMPARE(svc.get(*id)->periodDays, 365);
    QCOMPARE(svc.deactivate(*id, 1).code(), ErrorCode::Conflict);
    QVERIFY(svc.deactivate(*id, 2).ok());
    QCOMPARE(svc.list(false)->size(), 0);
    QCOMPARE(svc.list(true)->size(), 1);
    QCOMPARE(f.audits(QStringLiteral("retention_rule.create")), 1);
    QCOMPARE(f.audits(QStringLiteral("retention_rule.update")), 1);
    QCOMPARE(f.audits(QStringLiteral("retention_rule.deactivate")), 1);
}

void TestRetentionService::onlyOfficersManageAndRun()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto r
        = rule(QStringLiteral("orders"), 0, 30, RetentionRule::Trigger::LastActivity, RetentionRule::Action::Delete);
    for (const auto& s : {f.agent, f.manager, f.tw->admin()}) {
        const qint64 denials = f.audits(QStringLiteral("permission.denied"));
        QCOMPARE(RetentionService(s).create(r).code(), ErrorCode::PermissionDenied);
        QCOMPARE(RetentionRun(s).preview().code(), ErrorCode::PermissionDenied);
        QCOMPARE(RetentionRun(s).apply(kWhy).code(), ErrorCode::PermissionDenied);
        QCOMPARE(f.audits(QStringLiteral("permission.denied")), denials + 3); // every refusal audited
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM retention_rules")), 0);
    QCOMPARE(f.audits(QStringLiteral("retention.run")), 0);
    QVERIFY(Permissions::allows(kOfficer, Permission::ManagePolicy));
    QVERIFY(Permissions::allows(kOfficer, Permission::RunRetention));
    auto id = RetentionService(f.officer).create(r);
    QVERIFY(id.ok());
    QCOMPARE(RetentionService(f.agent).deactivate(*id, 1).code(), ErrorCode::PermissionDenied);
    QVERIFY(RetentionRun(f.officer).preview().ok());
    QVERIFY(RetentionRun(f.officer).apply(kWhy).ok());
    QCOMPARE(f.audits(QStringLiteral("retention.run")), 1);
}

void TestRetentionService::boundary_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<bool>("byPurpose");
    QTest::addColumn<qint64>("afterEndMs"); // clock minus (trigger time + period)
    QTest::addColumn<bool>("due");
    for (const char* trigger : {"last_activity", "consent_withdrawn", "account_closed"}) {
        for (bool byPurpose : {false, true}) {
            const QByteArray name = QByteArray(trigger) + (byPurpose ? " per purpose" : " per category");
            QTest::newRow((name + ": 1 ms before the end").constData())
                << QString::fromLatin1(trigger) << byPurpose << qint64(-1) << false;
            QTest::newRow((name + ": exactly at the end").constData())
                << QString::fromLatin1(trigger) << byPurpose << qint64(0) << true;
            QTest::newRow((name + ": a day after the end").constData())
                << QString::fromLatin1(trigger) << byPurpose << kDayMs << true;
        }
    }
}

void TestRetentionService::boundary()
{
    QFETCH(QString, trigger);
    QFETCH(bool, byPurpose);
    QFETCH(qint64, afterEndMs);
    QFETCH(bool, due);
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString id = addCustomer(&f, QStringLiteral("B-1"));
    QVERIFY(!id.isEmpty());
    QVERIFY(ConsentService(f.agent).grant(id, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox).ok());
    // The trigger happens at T.
    const QDateTime t = kStart.addDays(3);
    m_clock.set(t);
    if (trigger == QLatin1String("consent_withdrawn")) {
        QVERIFY(ConsentService(f.agent).withdraw(id, QStringLiteral("newsletter"), ConsentEvent::Channel::Phone).ok());
    } else if (trigger == QLatin1String("account_closed")) {
        QVERIFY(RetentionService(f.agent).closeAccount(id, QStringLiteral("Customer closed the account")).ok());
    }
    // Activity long ago, or at T for the activity trigger.
    QVERIFY(
        f.db()
            .exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id = ?"),
                  {trigger == QLatin1String("last_activity") ? t.toMSecsSinceEpoch() : kStart.toMSecsSinceEpoch(), id})
            .ok());
    RetentionRule::Trigger tr = RetentionRule::Trigger::LastActivity;
    QVERIFY(RetentionService::triggerFromCode(trigger, &tr));
    const int days = 90;
    auto ruleId = RetentionService(f.officer).create(rule(byPurpose ? QString() : QStringLiteral("customer_record"),
                                                          byPurpose ? f.newsletter : 0,
                                                          days,
                                                          tr,
                                                          RetentionRule::Action::Delete));
    QVERIFY2(ruleId.ok(), qPrintable(ruleId.errorString()));
    if (trigger != QLatin1String("last_activity")) {
        // An activity rule would select the customer too: keep activity recent for the others.
        QVERIFY(f.db()
                    .exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id = ?"),
                          {t.addDays(days * 2).toMSecsSinceEpoch(), id})
                    .ok());
    }
    m_clock.set(t.addDays(days).addMSecs(afterEndMs));
    auto plan = RetentionRun(f.officer).preview();
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->findings.size(), 1);
    QCOMPARE(plan->findings.first().customers, due ? 1 : 0);
    QCOMPARE(plan->targets.size(), due ? 1 : 0);
    QVERIFY(!plan->findings.first().why.isEmpty());
    if (due) {
        QCOMPARE(plan->findings.first().consentEvents, trigger == QLatin1String("consent_withdrawn") ? 2 : 1);
        QCOMPARE(plan->sample(5), QStringList{id});
    }
    auto out = RetentionRun(f.officer).apply(kWhy);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->deleted, due ? 1 : 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id}), due ? 0 : 1);
}

void TestRetentionService::anonymiseVersusDelete()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString old = addCustomer(&f, QStringLiteral("OLD-1"));
    const QString withdrawn = addCustomer(&f, QStringLiteral("WD-1"));
    const QString both = addCustomer(&f, QStringLiteral("BOTH-1"));
    const QString recent = addCustomer(&f, QStringLiteral("NEW-1"));
    ConsentService consent(f.agent);
    for (const QString& id : {old, withdrawn, both, recent}) {
        QVERIFY(
            consent
                .grant(
                    id, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox, QStringLiteral("203.0.113.7"))
                .ok());
    }
    QVERIFY(consent.withdraw(withdrawn, QStringLiteral("newsletter"), ConsentEvent::Channel::Phone).ok());
    QVERIFY(consent.withdraw(both, QStringLiteral("newsletter"), ConsentEvent::Channel::Phone).ok());
    using T = RetentionRule::Trigger;
    using A = RetentionRule::Action;
    RetentionService rules(f.officer);
    auto byActivity = rules.create(rule(QStringLiteral("customer_record"), 0, 365, T::LastActivity, A::Delete));
    auto byWithdrawal = rules.create(rule(QString(), f.newsletter, 30, T::ConsentWithdrawn, A::Anonymise));
    QVERIFY(byActivity.ok() && byWithdrawal.ok());
    // No hold applies (no activity in the last 10 years would be needed): keep this about actions.
    QVERIFY(f.db().exec(QStringLiteral("UPDATE legal_holds SET active = 0")).ok());
    m_clock.set(kStart.addDays(400));
    const qint64 now = m_clock.nowMs();
    QVERIFY(f.db()
                .exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id IN (?, ?)"),
                      {now - 10 * kDayMs, withdrawn, recent})
                .ok());

    auto plan = RetentionRun(f.officer).preview();
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    QCOMPARE(plan->findings.size(), 2);
    QCOMPARE(plan->findings.at(0).customers, 2); // old and both
    QCOMPARE(plan->findings.at(1).customers, 2); // withdrawn and both
    QCOMPARE(plan->targets.size(), 3);
    QCOMPARE(plan->count(A::Delete), 2); // delete wins for "both"
    QCOMPARE(plan->count(A::Anonymise), 1);

    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto out = RetentionRun(f.officer).apply(kWhy);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->deleted, 2);
    QCOMPARE(out->anonymised, 1);
    QVERIFY(!out->cancelled);
    QCOMPARE(out->batchesDone, out->batches);
    // Deleted: nothing left but a tombstone by pseudonym.
    for (const QString& id : {old, both}) {
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id}), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM consent_state WHERE customer_id = ?"), {id}), 0);
    }
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM tombstones WHERE reason = 'retention' AND action = 'delete'")), 2);
    // The anonymised one is in the erasure ledger too: a restore anonymises it again.
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM tombstones WHERE reason = 'retention' AND action = 'anonymise'")),
        1);
    // Anonymised: a row without anything personal, its key gone, consent state without evidence.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND status = 'erased' AND email IS "
                                    "NULL AND phone IS NULL AND address IS NULL AND external_ref IS NULL AND "
                                    "external_ref_bidx IS NULL AND email_bidx IS NULL AND country = 'ID' AND "
                                    "jurisdiction = 'UU_PDP'"),
                     {withdrawn}),
             1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id = ?"), {withdrawn}), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM consent_events WHERE customer_id = ?"), {withdrawn}), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM consent_state WHERE customer_id = ? AND granted = 0"),
                     {withdrawn}),
             1);
    QCOMPARE(CustomerService(f.officer).get(withdrawn).code(), ErrorCode::NotFound);
    QCOMPARE(
        CustomerService(f.officer).find(CustomerService::Lookup::Email, QStringLiteral("wd-1@example.org"))->size(), 0);
    // Untouched.
    QVERIFY(CustomerService(f.officer).get(recent).ok());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM consent_events WHERE customer_id = ?"), {recent}), 1);
    // Audited: one run with the justification, one entry per batch, no customer id anywhere.
    QCOMPARE(f.audits(QStringLiteral("retention.run")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND "
                                    "justification = ? AND details LIKE '%deleted=2;anonymised=1;%' AND details "
                                    "LIKE '%cancelled=0%'"),
                     {kWhy}),
             1);
    QCOMPARE(f.audits(QStringLiteral("retention.batch")), 1);
    for (const QString& id : {old, withdrawn, both}) {
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE seq > ? AND (details LIKE ? OR "
                                        "object_id = ?)"),
                         {auditBefore, QStringLiteral("%") + id + QStringLiteral("%"), id}),
                 0);
    }
    // A second run finds nothing more.
    auto again = RetentionRun(f.officer).preview();
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
}

void TestRetentionService::legalHoldKeepsHeldFields_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("delete") << static_cast<int>(RetentionRule::Action::Delete);
    QTest::newRow("anonymise") << static_cast<int>(RetentionRule::Action::Anonymise);
}

void TestRetentionService::legalHoldKeepsHeldFields()
{
    QFETCH(int, action);
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString held = addCustomer(&f, QStringLiteral("HOLD-1"));
    const QString free = addCustomer(&f, QStringLiteral("FREE-1"));
    QVERIFY(!held.isEmpty() && !free.isEmpty());
    const auto a = static_cast<RetentionRule::Action>(action);
    QVERIFY(RetentionService(f.officer)
                .create(rule(QStringLiteral("customer_record"), 0, 365, RetentionRule::Trigger::AccountClosed, a))
                .ok());
    QVERIFY(RetentionService(f.agent).closeAccount(held, QStringLiteral("closed at the till")).ok());
    QVERIFY(RetentionService(f.agent).closeAccount(free, QStringLiteral("closed at the till")).ok());
    // The invoice hold counts 10 years from the last activity: "free" had none on record.
    QVERIFY(f.db().exec(QStringLiteral("UPDATE customers SET last_activity_at = NULL WHERE id = ?"), {free}).ok());
    m_clock.set(kStart.addDays(366));
    auto out = RetentionRun(f.officer).apply(kWhy);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->deleted + out->anonymised, 2);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records WHERE category = 'invoices' AND fields = "
                                    "'address,full_name' AND held_until = ?"),
                     {kStart.addYears(10).toMSecsSinceEpoch()}),
             1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id IN (?, ?)"), {held, free}),
             0);
}

void TestRetentionService::heldRecordsDestroyedWhenHoldEnds()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString id = addCustomer(&f, QStringLiteral("INV-1"));
    RetentionService rules(f.officer);
    QVERIFY(rules
                .create(rule(QStringLiteral("customer_record"),
                             0,
                             365,
                             RetentionRule::Trigger::LastActivity,
                             RetentionRule::Action::Delete))
                .ok());
    m_clock.set(kStart.addDays(365));
    QCOMPARE(RetentionRun(f.officer).apply(kWhy)->deleted, 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 1);
    const QDateTime holdEnd = kStart.addYears(10);
    // A grace period for invoices: 30 days after the hold's end.
    auto grace = rules.create(
        rule(QStringLiteral("invoices"), 0, 30, RetentionRule::Trigger::HoldEnded, RetentionRule::Action::Delete));
    QVERIFY2(grace.ok(), qPrintable(grace.errorString()));
    m_clock.set(holdEnd.addDays(29));
    auto plan = RetentionRun(f.officer).preview();
    QVERIFY(plan.ok());
    QVERIFY(plan->heldRecords.isEmpty());
    m_clock.set(holdEnd.addDays(30)); // exactly at the end of the grace period
    plan = RetentionRun(f.officer).preview();
    QVERIFY(plan.ok());
    QCOMPARE(plan->heldRecords.size(), 1);
    QCOMPARE(plan->findings.last().heldRecords, 1);
    auto out = RetentionRun(f.officer).apply(kWhy);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->heldDestroyed, 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'held_record.destroy' AND "
                                    "details LIKE 'count=1;%'")),
             1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id}), 0);
}

void TestRetentionService::cancelledRunKeepsFinishedBatches()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(f.db().exec(QStringLiteral("UPDATE legal_holds SET active = 0")).ok());
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << addCustomer(&f, QStringLiteral("C-%1").arg(i));
        m_clock.advanceSeconds(60); // a stable order by creation
    }
    QVERIFY(RetentionService(f.officer)
                .create(rule(QStringLiteral("customer_record"),
                             0,
                             30,
                             RetentionRule::Trigger::LastActivity,
                             RetentionRule::Action::Delete))
                .ok());
    m_clock.set(kStart.addDays(31));
    int calls = 0;
    QList<qint64> seen;
    auto cancelAfterFirst = [&](qint64 done, qint64 total) {
        seen << done;
        Q_UNUSED(total)
        return ++calls < 2; // the first batch runs, then Cancel
    };
    auto out = RetentionRun(f.officer).apply(kWhy, cancelAfterFirst, 2);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QVERIFY(out->cancelled);
    QCOMPARE(out->batches, 3);
    QCOMPARE(out->batchesDone, 1);
    QCOMPARE(out->deleted, 2);
    QCOMPARE(seen, (QList<qint64>{0, 2}));
    // The first batch (the two oldest) is gone, the rest untouched with their keys.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id IN (?, ?)"), {ids[0], ids[1]}), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id IN (?, ?, ?)"),
                     {ids[2], ids[3], ids[4]}),
             3);
    for (int i = 2; i < 5; ++i) {
        QVERIFY(CustomerService(f.officer).get(ids[i]).ok());
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND details LIKE "
                                    "'%batches=1/3;cancelled=1%'")),
             1);
    QCOMPARE(f.audits(QStringLiteral("retention.batch")), 1);
    // The next run finishes the job.
    auto rest = RetentionRun(f.officer).apply(kWhy, {}, 2);
    QVERIFY(rest.ok());
    QCOMPARE(rest->deleted, 3);
    QCOMPARE(rest->batchesDone, 2);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers")), 0);
}

void TestRetentionService::justificationAndExclusions()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(f.db().exec(QStringLiteral("UPDATE legal_holds SET active = 0")).ok());
    const QString plain = addCustomer(&f, QStringLiteral("P-1"));
    const QString restricted = addCustomer(&f, QStringLiteral("R-1"));
    const QString asking = addCustomer(&f, QStringLiteral("Q-1"));
    QVERIFY(f.db().exec(QStringLiteral("UPDATE customers SET status = 'restricted' WHERE id = ?"), {restricted}).ok());
    RequestInput in;
    in.type = Request::Type::Access;
    in.channel = QStringLiteral("email");
    in.customerId = asking;
    in.requester.name = QStringLiteral("Q");
    QVERIFY(RequestService(f.agent).intake(in).ok());
    QVERIFY(RetentionService(f.officer)
                .create(rule(QStringLiteral("customer_record"),
                             0,
                             30,
                             RetentionRule::Trigger::LastActivity,
                             RetentionRule::Action::Delete))
                .ok());
    m_clock.set(kStart.addDays(60));
    for (const QString& why : {QString(), QStringLiteral("   "), QStringLiteral("purge")}) {
        auto out = RetentionRun(f.officer).apply(why);
        QCOMPARE(out.code(), ErrorCode::InvalidInput);
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers")), 3);
    QCOMPARE(f.audits(QStringLiteral("retention.run")), 0);
    // Restricted customers and customers with an open request are left for an officer.
    auto out = RetentionRun(f.officer).apply(kWhy);
    QVERIFY(out.ok());
    QCOMPARE(out->deleted, 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {plain}), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id IN (?, ?)"), {restricted, asking}), 2);
}

void TestRetentionService::closeAccountIsAuditedOnce()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString id = addCustomer(&f, QStringLiteral("CL-1"));
    RetentionService svc(f.agent);
    QCOMPARE(svc.closeAccount(id, QString()).code(), ErrorCode::InvalidInput);
    QVERIFY(svc.closeAccount(id, QStringLiteral("asked at the till")).ok());
    m_clock.advanceSeconds(3600);
    QVERIFY(svc.closeAccount(id, QStringLiteral("asked again")).ok());
    QCOMPARE(f.count(QStringLiteral("SELECT closed_at FROM customers WHERE id = ?"), {id}), kStart.toMSecsSinceEpoch());
    QCOMPARE(f.audits(QStringLiteral("customer.close")), 1);
    QCOMPARE(svc.closeAccount(QStringLiteral("no-such-id"), QStringLiteral("asked")).code(), ErrorCode::NotFound);
    QCOMPARE(RetentionService(f.manager).closeAccount(id, QStringLiteral("asked")).code(), ErrorCode::PermissionDenied);
}

// Issue #17: a run whose deletion cannot be followed by emptying the SQLite log (another
// connection holds a read snapshot) fails with a clear message; once the reader is gone,
// applying again (nothing left to delete) empties it and neither the file nor the log holds
// the wrapped key or a ciphertext of the deleted customer.
void TestRetentionService::readerKeepsTheRunFromReportingSuccess()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite's log only");
    }
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString id = addCustomer(&f, QStringLiteral("GONE-1"));
    QVERIFY(f.db().exec(QStringLiteral("UPDATE legal_holds SET active = 0")).ok());
    QVERIFY(RetentionService(f.officer)
                .create(rule(QStringLiteral("customer_record"),
                             0,
                             365,
                             RetentionRule::Trigger::LastActivity,
                             RetentionRule::Action::Delete))
                .ok());
    const QByteArray key
        = f.db().scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {id})->toByteArray();
    const QByteArray blob
        = f.db().scalar(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), {id})->toByteArray();
    QVERIFY(key.size() > 16 && blob.size() > 16);
    m_clock.set(kStart.addDays(365));
    const QString path = f.tw->location().path;
    SqliteReader reader(path);
    QVERIFY(reader.ok());
    auto busy = RetentionRun(f.officer).apply(kWhy);
    QCOMPARE(busy.code(), ErrorCode::Busy);
    QVERIFY2(busy.errorString().contains(QStringLiteral("apply the retention run again to finish")),
             qPrintable(busy.errorString()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id}), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention.run' AND details LIKE "
                                    "'%failed=1'")),
             1);
    reader.end();
    auto again = RetentionRun(f.officer).apply(kWhy);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->deleted, 0);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QFile main(path);
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(main.open(QIODevice::ReadOnly));
    const QByteArray raw = main.readAll() + (wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray());
    QVERIFY(!raw.contains(key));
    QVERIFY(!raw.contains(blob));
}

QTEST_GUILESS_MAIN(TestRetentionService)
#include "TestRetentionService.moc"
