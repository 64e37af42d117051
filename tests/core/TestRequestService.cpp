// The request desk on both databases: intake defaults, duplicates, the queue, every valid and
// invalid transition through the service, the verification pause, the one extension,
// decisions, permissions per role, the fulfilment effects, history, and encryption of the
// requester's details.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/records/CustomerRecordService.h"
#include "core/requests/RequestService.h"
#include "core/rules/RequestWorkflow.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

using State = Request::State;
using Type = Request::Type;

Customer person(const QString& name, const QString& jurisdiction = QStringLiteral("GDPR"))
{
    Customer c;
    c.fullName = name;
    c.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.org");
    c.country = jurisdiction == QLatin1String("UU_PDP") ? QStringLiteral("ID") : QStringLiteral("DE");
    c.jurisdiction = jurisdiction;
    return c;
}

Purpose purpose(const char* code, Purpose::LegalBasis basis, bool marketing)
{
    Purpose p;
    p.code = QString::fromLatin1(code);
    p.name = QString::fromLatin1(code);
    p.legalBasis = basis;
    p.marketing = marketing;
    p.dataCategories = {QStringLiteral("email")};
    p.retentionDays = 365;
    return p;
}

RequestInput input(Type type, const QString& customerId, const QString& channel = QStringLiteral("email"))
{
    RequestInput in;
    in.type = type;
    in.channel = channel;
    in.customerId = customerId;
    in.requester.name = QStringLiteral("Requester Name");
    return in;
}

void putSetting(const TestWorkspace& tw, const QString& key, const QString& value)
{
    const Database& db = *tw.workspace()->database();
    QVERIFY(db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value}).ok());
}

qint64 count(const TestWorkspace& tw, const QString& sql, const QVariantList& values = {})
{
    auto v = tw.workspace()->database()->scalar(sql, values);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup() { Clock::setInstance(nullptr); }

    void intakeDefaults();
    void duplicateFlag();
    void queueOrderFiltersAndCounts();
    void everyTransition();
    void staleVersionConflicts();
    void verificationPausesTheClock();
    void extensionOnce();
    void rejectNeedsReasonAndJustification();
    void permissionsPerRole();
    void restrictionRefusesUse();
    void objectionAndWithdrawalWithdrawAtOnce();
    void rectificationLinksTheRequest();
    void historyListsEachTransition();
    void requesterDetailsEncrypted();

private:
    MockClock m_clock;
};

void TestRequestService::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)); // a Monday
    Clock::setInstance(&m_clock);
}

void TestRequestService::intakeDefaults()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(agent);
    auto customer = CustomerService(agent).create(person(QStringLiteral("Anna Schmidt")));
    QVERIFY2(customer.ok(), qPrintable(customer.errorString()));
    RequestService svc(agent);
    const DeadlinePolicy policy{QTimeZone("Asia/Jakarta"), 30}; // the UU_PDP workspace's defaults

    // Received now (the clock), jurisdiction from the customer, due from the deadline engine.
    auto a = svc.intake(input(Type::Access, *customer));
    QVERIFY2(a.ok(), qPrintable(a.errorString()));
    auto got = svc.get(a->id);
    QVERIFY(got.ok());
    QCOMPARE(got->request.received, m_clock.now());
    QCOMPARE(got->request.jurisdiction, QStringLiteral("GDPR"));
    QCOMPARE(a->jurisdiction, QStringLiteral("GDPR"));
    const Deadline gdpr = Deadlines::compute(Jurisdiction::Gdpr, Type::Access, m_clock.now(), policy);
    QCOMPARE(a->due, gdpr.due);
    QCOMPARE(got->request.due, gdpr.due);
    QCOMPARE(got->effectiveDue, gdpr.due);
    QCOMPARE(got->request.state, State::Received);
    QCOMPARE(got->deadlineSource, gdpr.source);
    QVERIFY(got->extendable);
    QCOMPARE(got->request.createdBy, agent->user().id);

    // No customer: the workspace's jurisdiction (UU_PDP, 3 x 24 hours for access).
    RequestInput anonymous = input(Type::Access, QString());
    auto b = svc.intake(anonymous);
    QVERIFY2(b.ok(), qPrintable(b.errorString()));
    QCOMPARE(b->jurisdiction, QStringLiteral("UU_PDP"));
    QCOMPARE(b->due, m_clock.now().addSecs(72 * 3600));
    QVERIFY(!b->acknowledgeBy.isValid());

    // A letter received earlier counts from its receipt; an explicit jurisdiction wins.
    RequestInput post = input(Type::Erasure, *customer, QStringLiteral("post"));
    post.received = m_clock.now().addDays(-3);
    post.jurisdiction = QStringLiteral("ccpa");
    auto c = svc.intake(post);
    QVERIFY2(c.ok(), qPrintable(c.errorString()));
    const Deadline ccpa = Deadlines::compute(Jurisdiction::Ccpa, Type::Erasure, post.received, policy);
    QCOMPARE(c->jurisdiction, QStringLiteral("CCPA"));
    QCOMPARE(c->due, ccpa.due);
    QCOMPARE(c->acknowledgeBy, ccpa.acknowledgeBy);
    QVERIFY(c->acknowledgeBy.isValid());
    QCOMPARE(svc.get(c->id)->request.acknowledgeBy, ccpa.acknowledgeBy);

    // A new customer is created and matched in the same step.
    RequestInput fresh = input(Type::Access, QString(), QStringLiteral("in_store"));
    fresh.newCustomer = person(QStringLiteral("Budi Santoso"), QStringLiteral("UU_PDP"));
    auto d = svc.intake(fresh);
    QVERIFY2(d.ok(), qPrintable(d.errorString()));
    QVERIFY(!d->customerId.isEmpty());
    QCOMPARE(CustomerService(agent).get(d->customerId)->fullName, QStringLiteral("Budi Santoso"));
    QCOMPARE(d->jurisdiction, QStringLiteral("UU_PDP"));

    // Refusals change nothing.
    const qint64 before = count(tw, QStringLiteral("SELECT count(*) FROM requests"));
    RequestInput future = input(Type::Access, *customer);
    future.received = m_clock.now().addDays(1);
    QCOMPARE(svc.intake(future).code(), ErrorCode::InvalidInput);
    QCOMPARE(svc.intake(input(Type::Access, *customer, QStringLiteral("carrier pigeon"))).code(),
             ErrorCode::InvalidInput);
    RequestInput nobody = input(Type::Access, QString());
    nobody.requester = {};
    QCOMPARE(svc.intake(nobody).code(), ErrorCode::InvalidInput);
    QCOMPARE(svc.intake(input(Type::Access, QStringLiteral("no-such-customer"))).code(), ErrorCode::NotFound);
    RequestInput badJ = input(Type::Access, *customer);
    badJ.jurisdiction = QStringLiteral("Mars");
    QCOMPARE(svc.intake(badJ).code(), ErrorCode::InvalidInput);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM requests")), before);

    // Audited with codes and ids only.
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'request.create'")), 4);
}

void TestRequestService::duplicateFlag()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto customer = CustomerService(agent).create(person(QStringLiteral("Anna Schmidt")));
    QVERIFY(customer.ok());
    RequestService svc(agent);
    auto first = svc.intake(input(Type::Access, *customer));
    QVERIFY(first.ok());
    QCOMPARE(first->duplicateOf, 0);
    auto second = svc.intake(input(Type::Access, *customer));
    QVERIFY(second.ok());
    QCOMPARE(second->duplicateOf, first->id);
    QCOMPARE(svc.get(second->id)->request.duplicateOf, first->id);
    auto other = svc.intake(input(Type::Erasure, *customer));
    QCOMPARE(other->duplicateOf, 0);
    // Once the first is closed, a new one repeats the second (still open).
    QVERIFY(svc.withdraw(first->id, QStringLiteral("customer called"), 1).ok());
    auto third = svc.intake(input(Type::Access, *customer));
    QCOMPARE(third->duplicateOf, second->id);
    QVERIFY(svc.withdraw(second->id, QString(), 1).ok());
    QVERIFY(svc.withdraw(third->id, QString(), 1).ok());
    QCOMPARE(svc.intake(input(Type::Access, *customer))->duplicateOf, 0);
}

void TestRequestService::queueOrderFiltersAndCounts()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(officer && agent);
    auto anna = CustomerService(agent).create(person(QStringLiteral("Anna Schmidt")));
    auto budi = CustomerService(agent).create(person(QStringLiteral("Budi Santoso"), QStringLiteral("UU_PDP")));
    QVERIFY(anna.ok() && budi.ok());
    RequestService svc(agent);
    // GDPR access (a month), UU PDP access (72 h), UU PDP erasure (policy 30 days), CCPA (45 days),
    // and an old GDPR letter that is already overdue.
    auto gdpr = svc.intake(input(Type::Access, *anna));
    auto pdp = svc.intake(input(Type::Access, *budi));
    auto erase = svc.intake(input(Type::Erasure, *budi));
    RequestInput ccpaIn = input(Type::Rectification, *anna);
    ccpaIn.jurisdiction = QStringLiteral("CCPA");
    auto ccpa = svc.intake(ccpaIn);
    RequestInput oldIn = input(Type::Objection, *anna, QStringLiteral("post"));
    oldIn.received = m_clock.now().addDays(-40);
    auto old = svc.intake(oldIn);
    QVERIFY(gdpr.ok() && pdp.ok() && erase.ok() && ccpa.ok() && old.ok());

    auto page = svc.queue({});
    QVERIFY2(page.ok(), qPrintable(page.errorString()));
    QCOMPARE(page->total, 5);
    QList<qint64> order;
    for (const auto& row : page->rows) {
        order << row.id;
    }
    // By effective due date: overdue letter, 72 h, erasure (30 days, end of day), GDPR month, CCPA 45 days.
    QCOMPARE(order, (QList<qint64>{old->id, pdp->id, erase->id, gdpr->id, ccpa->id}));
    QVERIFY(page->rows[0].overdue);
    QVERIFY(!page->rows[0].dueSoon);
    QVERIFY(page->rows[1].dueSoon == false); // 72 hours away: not within two days yet
    QVERIFY(!page->rows[1].overdue);
    QCOMPARE(page->rows[1].customerName, QStringLiteral("Budi Santoso"));
    QVERIFY(page->rows[4].acknowledgeBy.isValid());
    m_clock.advanceSeconds(30 * 3600);
    page = svc.queue({});
    QVERIFY(page->rows[1].dueSoon); // now 42 hours away

    // Paging with offset.
    auto second = svc.queue({}, 1, 2);
    QCOMPARE(second->rows.size(), 2);
    QCOMPARE(second->rows[0].id, pdp->id);
    QCOMPARE(second->total, 5);

    // Filters.
    RequestQueueFilter f;
    f.type = Type::Access;
    QCOMPARE(svc.queue(f)->total, 2);
    f = {};
    f.jurisdiction = QStringLiteral("UU_PDP");
    QCOMPARE(svc.queue(f)->total, 2);
    f = {};
    f.overdueOnly = true;
    QCOMPARE(svc.queue(f)->total, 1);
    QCOMPARE(svc.queue(f)->rows[0].id, old->id);
    f = {};
    f.dueWithinHours = 48;
    QCOMPARE(svc.queue(f)->total, 2); // the overdue letter and the 72-hour request

    QVERIFY(svc.assign(gdpr->id, agent->user().id, 1).ok());
    QVERIFY(svc.assign(ccpa->id, officer->user().id, 1).ok());
    QCOMPARE(svc.assign(pdp->id, tw.admin()->user().id, 1).code(), ErrorCode::InvalidInput); // admins do not handle
    f = {};
    f.assignee = agent->user().id;
    auto mine = svc.queue(f);
    QCOMPARE(mine->total, 1);
    QCOMPARE(mine->rows[0].assigneeName, QStringLiteral("agent"));
    f.assignee = 0;
    QCOMPARE(svc.queue(f)->total, 3);

    QVERIFY(svc.startVerification(gdpr->id, 2).ok());
    QVERIFY(svc.withdraw(erase->id, QString(), 1).ok());
    f = {};
    f.states = {State::IdentityVerification};
    QCOMPARE(svc.queue(f)->total, 1);
    f.states = {State::Received, State::Withdrawn};
    QCOMPARE(svc.queue(f)->total, 4);
    f = {};
    f.openOnly = true;
    QCOMPARE(svc.queue(f)->total, 4);

    auto counts = svc.countsByState();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(State::Received), 3);
    QCOMPARE(counts->value(State::IdentityVerification), 1);
    QCOMPARE(counts->value(State::Withdrawn), 1);
    QCOMPARE(counts->value(State::Completed), 0);
    f = {};
    f.jurisdiction = QStringLiteral("GDPR");
    counts = svc.countsByState(f);
    QCOMPARE(counts->value(State::Received), 1);
    QCOMPARE(counts->value(State::IdentityVerification), 1);

    auto staff = svc.assignableStaff();
    QVERIFY(staff.ok());
    QStringList names;
    for (const User& u : *staff) {
        names << u.username;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("agent"), QStringLiteral("officer")}));
}

namespace {
// The operations the service offers for transitions, and the state each one aims at.
enum class Op { StartVerification, RecordVerification, Approve, Reject, Withdraw, Complete };

State targetOf(Op op)
{
    switch (op) {
    case Op::StartVerification:
        return State::IdentityVerification;
    case Op::RecordVerification:
        return State::InReview;
    case Op::Approve:
        return State::Approved;
    case Op::Reject:
        return State::Rejected;
    case Op::Withdraw:
        return State::Withdrawn;
    case Op::Complete:
        return State::Completed;
    }
    return State::Received;
}

Status run(RequestService& svc, Op op, qint64 id, int version)
{
    switch (op) {
    case Op::StartVerification:
        return svc.startVerification(id, version);
    case Op::RecordVerification:
        return svc.recordVerification(id, RequestService::VerificationMethod::EmailCode, version);
    case Op::Approve:
        return svc.approve(id, QStringLiteral("Identity verified, nothing stands against it"), version);
    case Op::Reject:
        return svc.reject(id,
                          RequestService::RejectReason::ManifestlyUnfounded,
                          QStringLiteral("Fourth identical request this month"),
                          version);
    case Op::Withdraw:
        return svc.withdraw(id, QStringLiteral("Customer withdrew by phone"), version);
    case Op::Complete:
        return svc.complete(id, QStringLiteral("Restricted as asked"), version);
    }
    return {};
}

// Brings a fresh request to @p state through the service; returns its version.
int reach(RequestService& svc, qint64 id, State state)
{
    int v = 1;
    auto step = [&](Op op) {
        if (run(svc, op, id, v).ok()) {
            ++v;
        }
    };
    switch (state) {
    case State::Received:
        break;
    case State::IdentityVerification:
        step(Op::StartVerification);
        break;
    case State::InReview:
        step(Op::StartVerification);
        step(Op::RecordVerification);
        break;
    case State::Approved:
        step(Op::RecordVerification);
        step(Op::Approve);
        break;
    case State::Completed:
        step(Op::RecordVerification);
        step(Op::Approve);
        step(Op::Complete);
        break;
    case State::Rejected:
        step(Op::Reject);
        break;
    case State::Withdrawn:
        step(Op::Withdraw);
        break;
    case State::Executed:
        break;
    }
    return v;
}
} // namespace

void TestRequestService::everyTransition()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(officer);
    auto customer = CustomerService(officer).create(person(QStringLiteral("Anna Schmidt")));
    QVERIFY(customer.ok());
    RequestService svc(officer);
    const QList<State> from{State::Received,
                            State::IdentityVerification,
                            State::InReview,
                            State::Approved,
                            State::Completed,
                            State::Rejected,
                            State::Withdrawn};
    const QList<Op> ops{
        Op::StartVerification, Op::RecordVerification, Op::Approve, Op::Reject, Op::Withdraw, Op::Complete};
    int allowed = 0;
    for (State s : from) {
        for (Op op : ops) {
            auto r = svc.intake(input(Type::Restriction, *customer));
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            const int version = reach(svc, r->id, s);
            auto before = svc.get(r->id);
            QVERIFY(before.ok());
            QCOMPARE(before->request.state, s);
            const qint64 events
                = count(tw, QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ?"), {r->id});
            const bool expected = RequestWorkflow::check(Type::Restriction, s, targetOf(op)).ok();
            const Status st = run(svc, op, r->id, version);
            const QString what = QStringLiteral("%1 -> %2: %3")
                                     .arg(Request::stateCode(s), Request::stateCode(targetOf(op)), st.errorString());
            QVERIFY2(st.ok() == expected, qPrintable(what));
            auto after = svc.get(r->id);
            if (expected) {
                ++allowed;
                QCOMPARE(after->request.state, targetOf(op));
                QCOMPARE(after->request.version, version + 1);
                QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ?"), {r->id}),
                         events + 1);
            } else {
                // Refused with a clear error, and nothing changed.
                QCOMPARE(st.code(), ErrorCode::InvalidInput);
                QVERIFY2(st.errorString().contains(RequestWorkflow::stateName(s)), qPrintable(what));
                QCOMPARE(after->request.state, s);
                QCOMPARE(after->request.version, version);
                QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ?"), {r->id}),
                         events);
            }
        }
    }
    // 1 start, 2 verify, 1 approve, 3 reject, 4 withdraw, 1 complete.
    QCOMPARE(allowed, 12);

    // Erasure, access and portability do not complete through complete().
    for (Type t : {Type::Erasure, Type::Access, Type::Portability}) {
        auto r = svc.intake(input(t, *customer));
        QVERIFY(r.ok());
        const int v = reach(svc, r->id, State::Approved);
        const Status st = svc.complete(r->id, QString(), v);
        QCOMPARE(st.code(), ErrorCode::InvalidInput);
        QCOMPARE(svc.get(r->id)->request.state, State::Approved);
    }
    // An unknown request.
    QCOMPARE(svc.startVerification(999999, 1).code(), ErrorCode::NotFound);
}

void TestRequestService::staleVersionConflicts()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto agent2 = tw.signInNewUser(QStringLiteral("agent2"), kAgent);
    RequestService one(agent);
    RequestService two(agent2);
    auto r = one.intake(input(Type::Access, QString()));
    QVERIFY(r.ok());
    QVERIFY(one.assign(r->id, agent->user().id, 1).ok());
    QCOMPARE(two.assign(r->id, agent2->user().id, 1).code(), ErrorCode::Conflict);
    QCOMPARE(two.startVerification(r->id, 1).code(), ErrorCode::Conflict);
    QCOMPARE(one.get(r->id)->request.assignee, agent->user().id);
    QCOMPARE(one.get(r->id)->request.state, State::Received);
}

void TestRequestService::verificationPausesTheClock()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto customer = CustomerService(agent).create(person(QStringLiteral("Anna Schmidt")));
    RequestService svc(agent);
    QCOMPARE(*svc.pausesDuringVerification(QStringLiteral("GDPR")), true); // the default
    auto r = svc.intake(input(Type::Access, *customer));
    QVERIFY(r.ok());
    const QDateTime due0 = r->due;
    QVERIFY(svc.startVerification(r->id, 1).ok());
    m_clock.advanceSeconds(2 * 24 * 3600);
    auto d = svc.get(r->id);
    QVERIFY(d->paused);
    QCOMPARE(d->effectiveDue, due0.addDays(2));
    QCOMPARE(svc.queue({})->rows[0].due, due0.addDays(2));
    QVERIFY(svc.queue({})->rows[0].paused);
    QVERIFY(svc.recordVerification(r->id, RequestService::VerificationMethod::IdDocumentSeen, 2).ok());
    m_clock.advanceSeconds(24 * 3600);
    d = svc.get(r->id);
    QVERIFY(!d->paused);
    QCOMPARE(d->effectiveDue, due0.addDays(2)); // the clock runs again, the pause stays counted
    QCOMPARE(d->request.pausedMs, qint64(2) * 24 * 3600 * 1000);
    QCOMPARE(d->request.verificationMethod, QStringLiteral("id_document_seen"));
    QCOMPARE(d->request.verifiedBy, agent->user().id);
    QCOMPARE(d->request.verified, m_clock.now().addSecs(-24 * 3600));
    QCOMPARE(d->verifiedByName, QStringLiteral("agent"));
    // The customer record shows the moved date too.
    QCOMPARE(CustomerRecordService(agent).record(*customer)->requests.first().due, due0.addDays(2));
    // Nothing about the document is stored: only the method code.
    auto raw = tw.workspace()->database()->exec(QStringLiteral("SELECT verification_method FROM requests"));
    while (raw->next()) {
        QVERIFY(raw->value(0).toString().isEmpty() || raw->value(0).toString() == QLatin1String("id_document_seen"));
    }

    // Where the workspace says the clock runs during verification, it does.
    putSetting(tw, RequestService::pauseKey() + QStringLiteral(".GDPR"), QStringLiteral("0"));
    QCOMPARE(*svc.pausesDuringVerification(QStringLiteral("GDPR")), false);
    QCOMPARE(*svc.pausesDuringVerification(QStringLiteral("UU_PDP")), true);
    auto r2 = svc.intake(input(Type::Erasure, *customer));
    QVERIFY(svc.startVerification(r2->id, 1).ok());
    m_clock.advanceSeconds(5 * 24 * 3600);
    d = svc.get(r2->id);
    QVERIFY(!d->paused);
    QCOMPARE(d->effectiveDue, r2->due);
}

void TestRequestService::extensionOnce()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto anna = CustomerService(officer).create(person(QStringLiteral("Anna Schmidt")));
    auto budi = CustomerService(officer).create(person(QStringLiteral("Budi Santoso"), QStringLiteral("UU_PDP")));
    RequestService svc(officer);
    const DeadlinePolicy policy{QTimeZone("Asia/Jakarta"), 30};
    auto r = svc.intake(input(Type::Access, *anna));
    QVERIFY(r.ok());
    QCOMPARE(svc.extend(r->id, QStringLiteral("short"), 1).code(), ErrorCode::InvalidInput);
    auto ext = svc.extend(r->id, QStringLiteral("Many years of orders to collect from the archive"), 1);
    QVERIFY2(ext.ok(), qPrintable(ext.errorString()));
    QCOMPARE(*ext, *Deadlines::extended(Jurisdiction::Gdpr, Type::Access, svc.get(r->id)->request.received, policy));
    auto d = svc.get(r->id);
    QCOMPARE(d->request.extendedDue, *ext);
    QCOMPARE(d->effectiveDue, *ext);
    QCOMPARE(d->request.extensionReason, QStringLiteral("Many years of orders to collect from the archive"));
    QVERIFY(!d->extendable);
    QCOMPARE(svc.queue({})->rows.last().due, *ext);
    QVERIFY(svc.queue({})->rows.last().extended);
    auto again = svc.extend(r->id, QStringLiteral("Still more archive boxes to search"), 2);
    QCOMPARE(again.code(), ErrorCode::InvalidInput);
    QVERIFY(again.errorString().contains(QLatin1String("once")) || again.errorString().contains(QLatin1String("one")));

    // UU PDP access: 3 x 24 hours, no extension.
    auto pdp = svc.intake(input(Type::Access, *budi));
    auto refused = svc.extend(pdp->id, QStringLiteral("Many years of orders to collect"), 1);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY(!svc.get(pdp->id)->request.extendedDue.isValid());

    // After the deadline has passed an extension is too late.
    auto late = svc.intake(input(Type::Erasure, *anna));
    m_clock.advanceSeconds(40 * 24 * 3600);
    QCOMPARE(svc.extend(late->id, QStringLiteral("Many years of orders to collect"), 1).code(),
             ErrorCode::InvalidInput);
    // A closed request cannot be extended.
    auto closed = svc.intake(input(Type::Access, *anna));
    QVERIFY(svc.withdraw(closed->id, QString(), 1).ok());
    QCOMPARE(svc.extend(closed->id, QStringLiteral("Many years of orders to collect"), 2).code(),
             ErrorCode::InvalidInput);
}

void TestRequestService::rejectNeedsReasonAndJustification()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    RequestService svc(officer);
    auto r = svc.intake(input(Type::Access, QString()));
    QVERIFY(r.ok());
    QCOMPARE(svc.reject(r->id, RequestService::RejectReason::NoMatchingCustomer, QString(), 1).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(svc.reject(r->id, RequestService::RejectReason::NoMatchingCustomer, QStringLiteral("no"), 1).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(svc.get(r->id)->request.state, State::Received);
    const QString why = QStringLiteral("No customer with this email or phone in our records");
    QVERIFY(svc.reject(r->id, RequestService::RejectReason::NoMatchingCustomer, why, 1).ok());
    auto d = svc.get(r->id);
    QCOMPARE(d->request.state, State::Rejected);
    QCOMPARE(d->request.reasonCode, QStringLiteral("no_matching_customer"));
    QCOMPARE(d->request.justification, why);
    QCOMPARE(d->request.decision, QStringLiteral("rejected"));
    QCOMPARE(d->request.decidedBy, officer->user().id);
    QCOMPARE(d->decidedByName, QStringLiteral("officer"));

    // The answer states the right to complain to the authority, in the customer's language.
    auto en = svc.answer(r->id, QStringLiteral("en"));
    QVERIFY(en.ok());
    QVERIFY(en->contains(why));
    QVERIFY(en->contains(QLatin1String("right to lodge a complaint")));
    QVERIFY(en->contains(QLatin1String("Lembaga PDP")));
    auto id = svc.answer(r->id, QStringLiteral("id"));
    QVERIFY(id->contains(QLatin1String("berhak mengajukan pengaduan")));
    QVERIFY(id->contains(QLatin1String("Kementerian Komunikasi dan Digital")));
    QVERIFY(RequestService::complaintSentence(QStringLiteral("GDPR"), QStringLiteral("en"))
                .contains(QLatin1String("supervisory authority")));
    QVERIFY(RequestService::complaintSentence(QStringLiteral("CCPA"), QStringLiteral("en"))
                .contains(QLatin1String("California Privacy Protection Agency")));
    QVERIFY(RequestService::complaintSentence(QStringLiteral("LGPD"), QStringLiteral("en"))
                .contains(QLatin1String("ANPD")));

    // Every reason code round-trips.
    for (auto reason : RequestService::rejectReasons()) {
        RequestService::RejectReason back;
        QVERIFY(RequestService::reasonFromCode(RequestService::reasonCode(reason), &back));
        QCOMPARE(back, reason);
        QVERIFY(!RequestService::reasonName(reason).isEmpty());
    }
    QCOMPARE(RequestService::rejectReasons().size(), 7);
}

void TestRequestService::permissionsPerRole()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(agent && officer && manager);
    auto denials = [&] {
        return count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"));
    };
    RequestService asAgent(agent);
    auto r = asAgent.intake(input(Type::Access, QString()));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(asAgent.startVerification(r->id, 1).ok());
    QVERIFY(asAgent.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 2).ok());
    QVERIFY(asAgent.assign(r->id, agent->user().id, 3).ok());
    QVERIFY(asAgent.queue({}).ok());

    // The agent cannot decide: refused and audited.
    qint64 d0 = denials();
    QCOMPARE(asAgent.approve(r->id, QStringLiteral("fine"), 4).code(), ErrorCode::PermissionDenied);
    QCOMPARE(
        asAgent.reject(r->id, RequestService::RejectReason::Other, QStringLiteral("A long enough justification"), 4)
            .code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(asAgent.extend(r->id, QStringLiteral("Needs more time to collect"), 4).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(denials(), d0 + 3);
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied' AND "
                                  "object_type = 'request' AND object_id = ? AND details LIKE ?"),
                   {QString::number(r->id), QStringLiteral("%decide%")}),
             3);
    QCOMPARE(asAgent.get(r->id)->request.state, State::InReview);

    // The officer decides.
    RequestService asOfficer(officer);
    QVERIFY(asOfficer.approve(r->id, QStringLiteral("Verified by email code"), 4).ok());

    // Managers and administrators do not handle requests at all.
    for (const auto& who : {manager, tw.admin()}) {
        RequestService svc(who);
        d0 = denials();
        QCOMPARE(svc.intake(input(Type::Access, QString())).code(), ErrorCode::PermissionDenied);
        QCOMPARE(svc.queue({}).code(), ErrorCode::PermissionDenied);
        QCOMPARE(svc.get(r->id).code(), ErrorCode::PermissionDenied);
        QCOMPARE(svc.withdraw(r->id, QString(), 5).code(), ErrorCode::PermissionDenied);
        QCOMPARE(svc.approve(r->id, QStringLiteral("x"), 5).code(), ErrorCode::PermissionDenied);
        QCOMPARE(denials(), d0 + 5);
    }
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM requests")), 1);
}

void TestRequestService::restrictionRefusesUse()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(PurposeService(officer).create(purpose("newsletter", Purpose::LegalBasis::Consent, true)).ok());
    QVERIFY(PurposeService(officer).create(purpose("orders", Purpose::LegalBasis::Contract, false)).ok());
    auto customer = CustomerService(officer).create(person(QStringLiteral("Anna Schmidt")));
    ConsentService consent(officer);
    QVERIFY(consent.grant(*customer, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox).ok());
    QVERIFY(consent.mayUse(*customer, QStringLiteral("orders"))->allowed);
    RequestService svc(officer);
    auto r = svc.intake(input(Type::Restriction, *customer));
    QVERIFY(svc.recordVerification(r->id, RequestService::VerificationMethod::SignedInAccount, 1).ok());
    QVERIFY(svc.approve(r->id, QStringLiteral("Accuracy contested"), 2).ok());
    QVERIFY(consent.mayUse(*customer, QStringLiteral("orders"))->allowed); // not before completion
    QVERIFY(svc.complete(r->id, QStringLiteral("Restricted while the address is checked"), 3).ok());
    QCOMPARE(CustomerService(officer).get(*customer)->status, Customer::Status::Restricted);
    for (const char* code : {"newsletter", "orders"}) {
        auto use = consent.mayUse(*customer, QString::fromLatin1(code));
        QVERIFY(!use->allowed);
        QCOMPARE(use->reason, FairUse::Reason::Restricted);
    }
    QCOMPARE(
        count(tw,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.restrict' AND object_id = ?"),
              {*customer}),
        1);
    // Lifting it is the customer service's audited change.
    const int v = CustomerService(officer).get(*customer)->version;
    QVERIFY(CustomerService(officer).setRestricted(*customer, false, QStringLiteral("Address confirmed"), v).ok());
    QVERIFY(consent.mayUse(*customer, QStringLiteral("orders"))->allowed);
}

void TestRequestService::objectionAndWithdrawalWithdrawAtOnce()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    PurposeService purposes(officer);
    QVERIFY(purposes.create(purpose("newsletter", Purpose::LegalBasis::Consent, true)).ok());
    QVERIFY(purposes.create(purpose("surveys", Purpose::LegalBasis::Consent, false)).ok());
    QVERIFY(purposes.create(purpose("profiling", Purpose::LegalBasis::LegitimateInterest, false)).ok());
    auto customer = CustomerService(officer).create(person(QStringLiteral("Anna Schmidt")));
    ConsentService consent(officer);
    for (const char* code : {"newsletter", "surveys"}) {
        QVERIFY(consent.grant(*customer, QString::fromLatin1(code), ConsentEvent::Channel::WebCheckbox).ok());
    }
    RequestService svc(officer);

    // Consent withdrawal: the chosen purpose only.
    RequestInput in = input(Type::ConsentWithdrawal, *customer);
    in.purposeCodes = {QStringLiteral("newsletter")};
    auto w = svc.intake(in);
    QVERIFY2(w.ok(), qPrintable(w.errorString()));
    QCOMPARE(svc.get(w->id)->request.purposeCodes, QStringList{QStringLiteral("newsletter")});
    QVERIFY(svc.recordVerification(w->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(svc.approve(w->id, QStringLiteral("Withdrawal needs no grounds"), 2).ok());
    QVERIFY(svc.complete(w->id, QString(), 3).ok());
    QCOMPARE(consent.mayUse(*customer, QStringLiteral("newsletter"))->reason, FairUse::Reason::ConsentWithdrawn);
    QVERIFY(consent.mayUse(*customer, QStringLiteral("surveys"))->allowed);
    auto history = consent.history(*customer);
    QCOMPARE(history->first().event.requestId, w->id);
    QVERIFY(!history->first().event.granted);
    QCOMPARE(history->first().event.channel, ConsentEvent::Channel::EmailLink);

    // Objection to a purpose on legitimate interest (and a consent one): both stop, the consent
    // one by a withdrawal, the other by the customer's objection.
    RequestInput obj = input(Type::Objection, *customer);
    obj.purposeCodes = {QStringLiteral("surveys"), QStringLiteral("profiling")};
    auto o = svc.intake(obj);
    QVERIFY(o.ok());
    QVERIFY(consent.mayUse(*customer, QStringLiteral("profiling"))->allowed);
    QVERIFY(svc.recordVerification(o->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(svc.approve(o->id, QStringLiteral("Objection to profiling"), 2).ok());
    QVERIFY(svc.complete(o->id, QString(), 3).ok());
    QCOMPARE(consent.mayUse(*customer, QStringLiteral("surveys"))->reason, FairUse::Reason::ConsentWithdrawn);
    QCOMPARE(consent.mayUse(*customer, QStringLiteral("profiling"))->reason, FairUse::Reason::Objected);

    // Unknown purposes are refused at intake; an empty list at completion.
    RequestInput bad = input(Type::Objection, *customer);
    bad.purposeCodes = {QStringLiteral("nope")};
    QCOMPARE(svc.intake(bad).code(), ErrorCode::InvalidInput);
    auto empty = svc.intake(input(Type::ConsentWithdrawal, *customer));
    QVERIFY(svc.recordVerification(empty->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(svc.approve(empty->id, QStringLiteral("ok"), 2).ok());
    QCOMPARE(svc.complete(empty->id, QString(), 3).code(), ErrorCode::InvalidInput);
    QCOMPARE(svc.get(empty->id)->request.state, State::Approved);
}

void TestRequestService::rectificationLinksTheRequest()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    CustomerService customers(officer);
    auto customer = customers.create(person(QStringLiteral("Anna Schmidt")));
    RequestService svc(officer);
    auto r = svc.intake(input(Type::Rectification, *customer));
    QVERIFY(svc.recordVerification(r->id, RequestService::VerificationMethod::SignedInAccount, 1).ok());
    QVERIFY(svc.approve(r->id, QStringLiteral("Address is outdated"), 2).ok());
    QCOMPARE(svc.complete(r->id, QString(), 3).code(), ErrorCode::InvalidInput); // not rectified yet
    QVERIFY(customers
                .rectify(*customer,
                         CustomerService::Field::Address,
                         QStringLiteral("Hauptstr. 2, Berlin"),
                         QStringLiteral("Customer's rectification request"),
                         1,
                         r->id)
                .ok());
    QCOMPARE(
        count(tw,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.rectify' AND details LIKE ?"),
              {QStringLiteral("%;request=%1").arg(r->id)}),
        1);
    QVERIFY(svc.complete(r->id, QStringLiteral("Address corrected"), 3).ok());
    QCOMPARE(svc.get(r->id)->request.state, State::Completed);
}

void TestRequestService::historyListsEachTransition()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    RequestService byAgent(agent);
    RequestService byOfficer(officer);
    RequestInput in = input(Type::Access, QString());
    in.note = QStringLiteral("Letter dated 2 January");
    auto r = byAgent.intake(in);
    const QDateTime t0 = m_clock.now();
    m_clock.advanceSeconds(60);
    QVERIFY(byAgent.assign(r->id, agent->user().id, 1).ok());
    m_clock.advanceSeconds(60);
    QVERIFY(byAgent.startVerification(r->id, 2).ok());
    m_clock.advanceSeconds(60);
    QVERIFY(byAgent.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 3).ok());
    m_clock.advanceSeconds(60);
    QVERIFY(byOfficer
                .reject(r->id,
                        RequestService::RejectReason::InsufficientVerification,
                        QStringLiteral("The email code was entered by someone else"),
                        4)
                .ok());
    auto h = byAgent.history(r->id);
    QVERIFY(h.ok());
    QCOMPARE(h->size(), 5);
    QCOMPARE(h->at(0).kind, QStringLiteral("intake"));
    QVERIFY(!h->at(0).from.has_value());
    QCOMPARE(h->at(0).to, State::Received);
    QCOMPARE(h->at(0).note, QStringLiteral("Letter dated 2 January"));
    QCOMPARE(h->at(0).actor, QStringLiteral("agent"));
    QCOMPARE(h->at(0).at, t0);
    QCOMPARE(h->at(1).kind, QStringLiteral("assign"));
    QCOMPARE(h->at(1).at, t0.addSecs(60));
    QCOMPARE(h->at(2).from, std::optional<State>(State::Received));
    QCOMPARE(h->at(2).to, State::IdentityVerification);
    QCOMPARE(h->at(3).to, State::InReview);
    QVERIFY(h->at(3).note.contains(RequestService::methodName(RequestService::VerificationMethod::EmailCode)));
    QCOMPARE(h->at(4).from, std::optional<State>(State::InReview));
    QCOMPARE(h->at(4).to, State::Rejected);
    QCOMPARE(h->at(4).actor, QStringLiteral("officer"));
    QVERIFY(h->at(4).note.contains(QLatin1String("entered by someone else")));
    QCOMPARE(h->at(4).at, t0.addSecs(240));
    QCOMPARE(byAgent.history(424242).code(), ErrorCode::NotFound);
    // One audit entry per change.
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'request' AND object_id = ? AND "
                                  "action LIKE 'request.%'"),
                   {QString::number(r->id)}),
             5);
}

void TestRequestService::requesterDetailsEncrypted()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto customer = CustomerService(agent).create(person(QStringLiteral("Anna Schmidt")));
    RequestService svc(agent);
    RequestInput matched = input(Type::Access, *customer);
    matched.requester = {QStringLiteral("Zulaikha Requesterova"),
                         QStringLiteral("zulaikha.unique@example.org"),
                         QStringLiteral("+49 30 1234567"),
                         QStringLiteral("Unterlindenweg 77"),
                         QStringLiteral("acting for her mother")};
    RequestInput unmatched = matched;
    unmatched.customerId.clear();
    unmatched.type = Type::Erasure;
    auto a = svc.intake(matched);
    auto b = svc.intake(unmatched);
    QVERIFY(a.ok() && b.ok());
    for (qint64 id : {a->id, b->id}) {
        auto d = svc.get(id);
        QVERIFY(d.ok());
        QVERIFY(!d->requesterUnreadable);
        QCOMPARE(d->requester.name, QStringLiteral("Zulaikha Requesterova"));
        QCOMPARE(d->requester.email, QStringLiteral("zulaikha.unique@example.org"));
        QCOMPARE(d->requester.notes, QStringLiteral("acting for her mother"));
        QVERIFY(d->request.requesterDetails.contains(QLatin1String("Zulaikha")));
    }
    // Not in clear anywhere in the request tables or the audit trail.
    const Database& db = *tw.workspace()->database();
    auto rows = db.exec(QStringLiteral("SELECT requester, requester_key, customer_id FROM requests"));
    int seen = 0;
    while (rows->next()) {
        const QByteArray blob = rows->value(0).toByteArray();
        QVERIFY(!blob.isEmpty());
        for (const char* needle : {"Zulaikha", "zulaikha.unique", "Unterlindenweg", "1234567", "mother"}) {
            QVERIFY(!blob.contains(needle));
        }
        // The unmatched request has a key of its own, wrapped by the vault; the matched one uses the customer's.
        QCOMPARE(rows->value(1).isNull() || rows->value(1).toByteArray().isEmpty(), !rows->value(2).isNull());
        ++seen;
    }
    QCOMPARE(seen, 2);
    for (const QString& sql : {QStringLiteral("SELECT note FROM request_events"),
                               QStringLiteral("SELECT details || justification FROM audit_log")}) {
        auto q = db.exec(sql);
        while (q->next()) {
            QVERIFY(!q->value(0).toString().contains(QLatin1String("Zulaikha")));
            QVERIFY(!q->value(0).toString().contains(QLatin1String("zulaikha.unique")));
        }
    }
    // A blob moved to another request does not decrypt (bound to its row).
    QVERIFY(db.exec(QStringLiteral("UPDATE requests SET requester = (SELECT requester FROM requests WHERE id = ?) "
                                   "WHERE id = ?"),
                    {a->id, b->id})
                .ok());
    QVERIFY(svc.get(b->id)->requesterUnreadable);
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "TestRequestService.moc"
