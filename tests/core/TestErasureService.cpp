// Erasure on both databases (issue #7): nothing of the customer is left to find or decrypt
// (lookups, the name index, the raw SQLite files), legal holds keep only what they need and
// only officers read it, four eyes, refusals that change nothing, a failure injected at every
// step rolls everything back, the Art. 19 checklist, and the certificate.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/erasure/CustomerAnonymiser.h"
#include "core/erasure/CustomerShredder.h"
#include "core/erasure/ErasureCertificate.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "core/session/Authenticator.h"
#include "core/thirdparties/RecipientNotificationService.h"
#include "testsupport/SqliteReader.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

const QString kName = QStringLiteral("Quorbinda Zyxwvuts");
const QString kEmail = QStringLiteral("quorbinda.zyx@example.org");
const QString kPhone = QStringLiteral("+6281298765432");
const QString kRef = QStringLiteral("CUST-77123");
const QString kAddress = QStringLiteral("Jalan Kenanga 17, Bandung");
const QString kJustification = QStringLiteral("Customer asked for erasure; no contract or claim remains open.");

struct Fixture
{
    std::unique_ptr<TestWorkspace> tw;
    std::shared_ptr<Session> agent;
    std::shared_ptr<Session> officer;
    std::shared_ptr<Session> officer2;
    std::shared_ptr<Session> manager;
    QString customerId;
    qint64 requestId = 0;
    qint64 recipientId = 0;
    const Database& db() const { return *tw->workspace()->database(); }
    qint64 count(const QString& sql, const QVariantList& values = {}) const
    {
        auto v = db().scalar(sql, values);
        return v ? v->toLongLong() : -1;
    }
};

// Rows per table that an erasure touches, to compare before and after a refusal.
QList<qint64> snapshot(const Fixture& f)
{
    QList<qint64> out;
    for (const char* table : {"customers",
                              "customer_keys",
                              "consent_events",
                              "consent_state",
                              "disclosures",
                              "held_records",
                              "tombstones",
                              "erasures",
                              "recipient_notifications",
                              "request_events"}) {
        out << f.count(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
    }
    out << f.count(QStringLiteral("SELECT count(*) FROM requests WHERE requester IS NOT NULL"));
    out << f.count(QStringLiteral("SELECT version FROM requests WHERE id = (SELECT max(id) FROM requests)"));
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestErasureService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup()
    {
        CustomerShredder::faultInjector() = nullptr;
        Clock::setInstance(nullptr);
    }

    void previewListsWhatGoesAndWhatStays();
    void erasureLeavesNothingBehind();
    void fourEyesAndRefusals();
    void otherDesktopForgetsTheName();
    void injectedFailureChangesNothing_data();
    void injectedFailureChangesNothing();
    void heldRecordsOfficersOnly();
    void holdRulesAndExpiry();
    void recipientChecklist();
    void certificateHasNoPersonalData();
    void anonymisedCustomerIsNotErasedAgain();
    void readerKeepsTheRequestApprovedUntilTheLogIsEmptied();
    void copyFatesAreTruthful();
    void destroyingHeldRecordsWaitsForReaders();

private:
    void makeFixture(Fixture* f);
    void prepareAndExecute(Fixture* f);
    MockClock m_clock;
};

void TestErasureService::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestErasureService::makeFixture(Fixture* f)
{
    f->tw = std::make_unique<TestWorkspace>();
    QVERIFY2(f->tw->ok(), qPrintable(f->tw->errorString()));
    f->agent = f->tw->signInNewUser(QStringLiteral("agent"), kAgent);
    f->officer = f->tw->signInNewUser(QStringLiteral("officer"), kOfficer);
    f->officer2 = f->tw->signInNewUser(QStringLiteral("officer2"), kOfficer);
    f->manager = f->tw->signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(f->agent && f->officer && f->officer2 && f->manager);
    const qint64 now = m_clock.nowMs();
    QVERIFY(f->db()
                .exec(QStringLiteral("INSERT INTO recipients (name, role, country, contact, created_at, updated_at) "
                                     "VALUES ('MailCo', 'processor', 'US', 'dpo@mailco.example', ?, ?)"),
                      {now, now})
                .ok());
    f->recipientId = f->count(QStringLiteral("SELECT id FROM recipients WHERE name = 'MailCo'"));
    Purpose newsletter;
    newsletter.code = QStringLiteral("newsletter");
    newsletter.name = QStringLiteral("Newsletter");
    newsletter.legalBasis = Purpose::LegalBasis::Consent;
    newsletter.marketing = true;
    newsletter.dataCategories = {QStringLiteral("email")};
    newsletter.retentionDays = 365;
    QVERIFY(PurposeService(f->officer).create(newsletter).ok());
    Customer c;
    c.externalRef = kRef;
    c.fullName = kName;
    c.email = kEmail;
    c.phone = kPhone;
    c.address = kAddress;
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto id = CustomerService(f->agent).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    f->customerId = *id;
    QVERIFY(ConsentService(f->agent)
                .grant(*id, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox, QStringLiteral("form 7"))
                .ok());
    QVERIFY(
        f->db()
            .exec(QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, disclosed_at, data_categories, "
                                 "source, created_at) VALUES (?, ?, ?, 'email', 'export', ?)"),
                  {*id, f->recipientId, now, now})
            .ok());
    RequestService requests(f->agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *id;
    in.requester.name = kName;
    in.requester.email = kEmail;
    auto r = requests.intake(in);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    f->requestId = r->id;
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(f->officer).approve(r->id, QStringLiteral("Verified, no reason to keep"), 2).ok());
}

void TestErasureService::prepareAndExecute(Fixture* f)
{
    auto p = ErasureService(f->agent).prepare(f->requestId);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    auto st = ErasureService(f->officer).execute(f->requestId, kJustification, kRef);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
}

void TestErasureService::previewListsWhatGoesAndWhatStays()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto p = ErasureService(f.agent).preview(f.requestId);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore); // no side effect
    QCOMPARE(p->reference, kRef);
    QCOMPARE(p->customerName, kName);
    QCOMPARE(p->fields,
             QStringList({QStringLiteral("full_name"),
                          QStringLiteral("email"),
                          QStringLiteral("phone"),
                          QStringLiteral("address"),
                          QStringLiteral("external_ref")}));
    QStringList codes;
    for (const ErasureCategory& c : p->destroyed) {
        codes << c.code;
    }
    QCOMPARE(codes,
             QStringList({QStringLiteral("data_key"),
                          QStringLiteral("customer_fields"),
                          QStringLiteral("consent_history"),
                          QStringLiteral("disclosures"),
                          QStringLiteral("request_details")}));
    // The default hold: Indonesian tax records, 10 years from the last activity (creation here).
    QCOMPARE(p->holds.size(), 1);
    QCOMPARE(p->holds[0].category, QStringLiteral("invoices"));
    QVERIFY(p->holds[0].basis.contains(QStringLiteral("UU KUP")));
    QCOMPARE(p->holds[0].fields, QStringList({QStringLiteral("full_name"), QStringLiteral("address")}));
    QCOMPARE(p->holds[0].heldUntil, m_clock.now().addYears(10));
    QCOMPARE(p->recipients.size(), 1);
    QCOMPARE(p->recipients[0].name, QStringLiteral("MailCo"));
    QCOMPARE(p->recipients[0].disclosures, 1);
    QCOMPARE(p->preparedBy, 0);

    // Preparing records the preparer; the manager may not; an unapproved request cannot be.
    QCOMPARE(ErasureService(f.manager).prepare(f.requestId).code(), ErrorCode::PermissionDenied);
    auto prepared = ErasureService(f.agent).prepare(f.requestId);
    QVERIFY(prepared.ok());
    QCOMPARE(prepared->preparedBy, f.agent->user().id);
    QCOMPARE(ErasureService(f.officer).preview(f.requestId)->preparedByName, QStringLiteral("agent"));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.prepare'")), 1);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = f.customerId;
    auto second = RequestService(f.agent).intake(in);
    QVERIFY(second.ok());
    QCOMPARE(ErasureService(f.agent).prepare(second->id).code(), ErrorCode::InvalidInput);
}

void TestErasureService::erasureLeavesNothingBehind()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto index = NameIndex::forWorkspace(f.tw->workspace().get());
    QVERIFY(index->build(f.officer).ok());
    QCOMPARE(index->search(QStringLiteral("quorbinda")).ids, QStringList({f.customerId}));
    const QByteArray nameBlob
        = f.db().scalar(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), {f.customerId})->toByteArray();
    QVERIFY(!nameBlob.isEmpty());
    const QByteArray wrappedKey
        = f.db()
              .scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {f.customerId})
              ->toByteArray();
    const QByteArray emailIndex
        = f.db().scalar(QStringLiteral("SELECT email_bidx FROM customers WHERE id = ?"), {f.customerId})->toByteArray();
    QCOMPARE(emailIndex.size(), 16);

    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }

    // No lookup finds the customer.
    CustomerService customers(f.officer);
    QVERIFY(customers.find(CustomerService::Lookup::Email, kEmail)->isEmpty());
    QVERIFY(customers.find(CustomerService::Lookup::Phone, kPhone)->isEmpty());
    QVERIFY(customers.find(CustomerService::Lookup::ExternalRef, kRef)->isEmpty());
    QVERIFY(customers.search(QStringLiteral("Quorbinda"))->ids.isEmpty());
    QVERIFY(index->search(QStringLiteral("quorbinda")).ids.isEmpty());
    QCOMPARE(index->rowOf(f.customerId), -1);
    QCOMPARE(customers.get(f.customerId).code(), ErrorCode::NotFound);
    for (const char* sql : {"SELECT count(*) FROM customers WHERE id = ?",
                            "SELECT count(*) FROM customer_keys WHERE customer_id = ?",
                            "SELECT count(*) FROM consent_events WHERE customer_id = ?",
                            "SELECT count(*) FROM consent_state WHERE customer_id = ?",
                            "SELECT count(*) FROM disclosures WHERE customer_id = ?",
                            "SELECT count(*) FROM requests WHERE customer_id = ?"}) {
        QCOMPARE(f.count(QString::fromLatin1(sql), {f.customerId}), 0);
    }
    // The request keeps accountability only: no requester details, both people, Executed.
    auto req = RequestService(f.officer).load(f.requestId);
    QVERIFY(req.ok());
    QCOMPARE(req->state, Request::State::Executed);
    QCOMPARE(req->preparedBy, f.agent->user().id);
    QCOMPARE(req->approvedBy, f.officer->user().id);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM requests WHERE requester IS NOT NULL OR requester_key IS "
                                    "NOT NULL")),
             0);
    auto details = RequestService(f.officer).get(f.requestId);
    QVERIFY(details.ok());
    QVERIFY(details->requester.isEmpty());
    // No key decrypts a copy of the old blob: the held record's own key is another key.
    const qint64 heldId = f.count(QStringLiteral("SELECT id FROM held_records"));
    const QString pseudonym = CustomerShredder::pseudonym(*f.officer, f.customerId);
    auto heldWrapped
        = f.db().scalar(QStringLiteral("SELECT payload_key FROM held_records WHERE id = ?"), {heldId})->toByteArray();
    auto heldKey = f.officer->vault().unwrapCustomerKey(QStringLiteral("held:%1:invoices").arg(pseudonym), heldWrapped);
    QVERIFY(heldKey.ok());
    QVERIFY(
        !heldKey->decryptField(nameBlob, QStringLiteral("customers"), QStringLiteral("full_name"), f.customerId).ok());
    // A tombstone by pseudonym, never by customer id.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tombstones WHERE pseudonym = ? AND reason = 'erasure' AND "
                                    "request_id = ?"),
                     {pseudonym, f.requestId}),
             1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tombstones WHERE pseudonym = ?"), {f.customerId}), 0);
    QCOMPARE(pseudonym.size(), 32);

    // The audit chain verifies and holds the justification and both people.
    auto verified = f.officer->auditLog().verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    auto q = f.db().exec(QStringLiteral("SELECT actor, justification, details FROM audit_log WHERE action = "
                                        "'erasure.execute' AND object_id = ?"),
                         {QString::number(f.requestId)});
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("officer"));
    QCOMPARE(q->value(1).toString(), kJustification);
    QVERIFY(q->value(2).toString().contains(QStringLiteral("prepared_by=%1;").arg(f.agent->user().id)));
    QVERIFY(q->value(2).toString().contains(QStringLiteral("approved_by=%1;").arg(f.officer->user().id)));
    QVERIFY(!q->value(2).toString().contains(f.customerId));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.shred'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM erasures WHERE reference_check IS NOT NULL")), 0);

    // No byte of the name, email or phone in the SQLite file, its WAL or journal.
    if (!TestBackend::isPostgres()) {
        const QString path = f.tw->location().path;
        QByteArray raw;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            raw += readAll(path + suffix);
        }
        QVERIFY(raw.size() > 4096);
        QVERIFY(raw.contains("MailCo")); // the search does see plaintext where there is some
        for (const QString& secret : {kName, kEmail, kPhone, kAddress, QStringLiteral("Quorbinda")}) {
            QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));
        }
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0); // checkpointed (TRUNCATE)
        // secure_delete zeroed the freed cells: not even the ciphertext, the wrapped key or the
        // blind index of the customer is left in the file.
        QVERIFY(!raw.contains(wrappedKey));
        QVERIFY(!raw.contains(nameBlob));
        QVERIFY(!raw.contains(emailIndex));
    }
}

void TestErasureService::otherDesktopForgetsTheName()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    // A second desktop: its own connection, its own session and name index.
    auto other = Workspace::open(f.tw->location());
    QVERIFY2(other.ok(), qPrintable(other.errorString()));
    auto session = Authenticator(*other).signIn(QStringLiteral("officer2"), TestWorkspace::staffPassword());
    QVERIFY2(session.ok(), qPrintable(session.errorString()));
    auto index = NameIndex::forWorkspace(other->get());
    QVERIFY(index->build(*session).ok());
    QCOMPARE(index->search(QStringLiteral("quorbinda")).ids, QStringList({f.customerId}));
    const qint64 size = index->size();
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(index->search(QStringLiteral("quorbinda")).ids, QStringList({f.customerId})); // not told yet
    QVERIFY(index->catchUp(*session).ok());
    QVERIFY(index->search(QStringLiteral("quorbinda")).ids.isEmpty());
    QCOMPARE(index->size(), size - 1);
    QVERIFY(index->catchUp(*session).ok()); // nothing new: nothing changes
    QCOMPARE(index->size(), size - 1);
}

void TestErasureService::fourEyesAndRefusals()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    ErasureService asOfficer(f.officer);
    // Not prepared yet.
    QCOMPARE(asOfficer.execute(f.requestId, kJustification, kRef).code(), ErrorCode::InvalidInput);
    QVERIFY(asOfficer.prepare(f.requestId).ok());
    const QList<qint64> before = snapshot(f);
    // The preparer cannot approve their own erasure; an agent cannot approve at all.
    QCOMPARE(asOfficer.execute(f.requestId, kJustification, kRef).code(), ErrorCode::PermissionDenied);
    QCOMPARE(ErasureService(f.agent).execute(f.requestId, kJustification, kRef).code(), ErrorCode::PermissionDenied);
    QCOMPARE(ErasureService(f.manager).execute(f.requestId, kJustification, kRef).code(), ErrorCode::PermissionDenied);
    ErasureService second(f.officer2);
    QCOMPARE(second.execute(f.requestId, QString(), kRef).code(), ErrorCode::InvalidInput);
    QCOMPARE(second.execute(f.requestId, QStringLiteral("   ok, erase   "), kRef).code(), ErrorCode::InvalidInput);
    QCOMPARE(second.execute(f.requestId, kJustification, QStringLiteral("CUST-77124")).code(), ErrorCode::InvalidInput);
    QCOMPARE(second.execute(f.requestId, kJustification, QString()).code(), ErrorCode::InvalidInput);
    QCOMPARE(snapshot(f), before);
    QVERIFY(CustomerService(f.officer).get(f.customerId).ok());
    QCOMPARE(RequestService(f.officer).load(f.requestId)->state, Request::State::Approved);
    // The agent's refusal was audited by the session.
    QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'agent' AND action LIKE "
                                   "'%denied%'"))
            >= 1);
    // The database refuses an approver equal to the preparer too.
    QVERIFY(
        !f.db()
             .exec(QStringLiteral("UPDATE erasures SET approved_by = prepared_by WHERE request_id = ?"), {f.requestId})
             .ok());
    // The second officer can; a second execution finds nothing left to do.
    QVERIFY(second.execute(f.requestId, kJustification, QStringLiteral("  CUST-77123 ")).ok());
    QCOMPARE(second.execute(f.requestId, kJustification, kRef).code(), ErrorCode::InvalidInput);
}

void TestErasureService::injectedFailureChangesNothing_data()
{
    QTest::addColumn<QString>("step");
    for (const char* step : {"held", "key", "rows", "request", "audit"}) {
        QTest::newRow(step) << QString::fromLatin1(step);
    }
}

void TestErasureService::injectedFailureChangesNothing()
{
    QFETCH(QString, step);
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto index = NameIndex::forWorkspace(f.tw->workspace().get());
    QVERIFY(index->build(f.officer).ok());
    QVERIFY(ErasureService(f.agent).prepare(f.requestId).ok());
    const QList<qint64> before = snapshot(f);
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    int calls = 0;
    CustomerShredder::faultInjector() = [&](const QString& s) -> Status {
        if (s == step) {
            ++calls;
            return Error(ErrorCode::Storage, QStringLiteral("injected failure"));
        }
        return {};
    };
    auto st = ErasureService(f.officer).execute(f.requestId, kJustification, kRef);
    QCOMPARE(st.code(), ErrorCode::Storage);
    QCOMPARE(calls, 1);
    CustomerShredder::faultInjector() = nullptr;
    QCOMPARE(snapshot(f), before);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    auto c = CustomerService(f.officer).get(f.customerId);
    QVERIFY2(c.ok(), qPrintable(c.errorString()));
    QCOMPARE(c->fullName, kName);
    QCOMPARE(index->search(QStringLiteral("quorbinda")).ids, QStringList({f.customerId}));
    QCOMPARE(RequestService(f.officer).get(f.requestId)->requester.email, kEmail);
    auto verified = f.officer->auditLog().verify();
    QVERIFY(verified.ok() && verified->intact);
    // And the erasure still goes through afterwards.
    QVERIFY(ErasureService(f.officer).execute(f.requestId, kJustification, kRef).ok());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers")), 0);
}

void TestErasureService::heldRecordsOfficersOnly()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const qint64 heldId = f.count(QStringLiteral("SELECT id FROM held_records WHERE request_id = ?"), {f.requestId});
    QVERIFY(heldId > 0);
    QCOMPARE(f.count(QStringLiteral("SELECT restricted FROM held_records WHERE id = ?"), {heldId}), 1);
    auto held = ErasureService(f.officer2).readHeld(heldId);
    QVERIFY2(held.ok(), qPrintable(held.errorString()));
    QCOMPARE(held->category, QStringLiteral("invoices"));
    QCOMPARE(held->heldUntil, m_clock.now().addYears(10));
    QList<QPair<QString, QString>> expected{{QStringLiteral("address"), kAddress},
                                            {QStringLiteral("full_name"), kName}};
    QCOMPARE(held->fields, expected); // only what the hold needs: no email, phone or reference
    QCOMPARE(ErasureService(f.agent).readHeld(heldId).code(), ErrorCode::PermissionDenied);
    QCOMPARE(ErasureService(f.manager).readHeld(heldId).code(), ErrorCode::PermissionDenied);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'held_record.read'")), 1);
    // Restricted for every purpose: the held data is no customer, so no use can reach it.
    QCOMPARE(CustomerService(f.officer).count({}).value(), 0);
    QVERIFY(ConsentService(f.officer)
                .grant(f.customerId, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox)
                .code()
            != ErrorCode::None);
    auto record = ErasureService(f.officer).record(f.requestId);
    QVERIFY(record.ok());
    QCOMPARE(record->holds.size(), 1);
    QCOMPARE(record->holds[0].fields, QStringList({QStringLiteral("address"), QStringLiteral("full_name")}));
}

void TestErasureService::holdRulesAndExpiry()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    ErasureService officer(f.officer);
    auto rules = officer.holdRules();
    QVERIFY(rules.ok());
    QCOMPARE(rules->size(), 1);
    QCOMPARE(rules->first().years, 10);
    // Officers edit rules; agents cannot; a field the hold cannot keep is refused.
    ErasureService::HoldRule warranty{0,
                                      QStringLiteral("warranty"),
                                      QStringLiteral("Warranty claims, 2 years"),
                                      2,
                                      {QStringLiteral("full_name"), QStringLiteral("phone")},
                                      false,
                                      true};
    QCOMPARE(ErasureService(f.agent).saveHoldRule(warranty).code(), ErrorCode::PermissionDenied);
    ErasureService::HoldRule bad = warranty;
    bad.fields << QStringLiteral("notes");
    QCOMPARE(officer.saveHoldRule(bad).code(), ErrorCode::InvalidInput);
    auto warrantyId = officer.saveHoldRule(warranty);
    QVERIFY2(warrantyId.ok(), qPrintable(warrantyId.errorString()));
    // A customer without any transaction: the tax hold does not apply, the warranty one does.
    QVERIFY(
        f.db().exec(QStringLiteral("UPDATE customers SET last_activity_at = NULL WHERE id = ?"), {f.customerId}).ok());
    auto p = officer.preview(f.requestId);
    QVERIFY(p.ok());
    QCOMPARE(p->holds.size(), 1);
    QCOMPARE(p->holds[0].category, QStringLiteral("warranty"));
    QCOMPARE(p->holds[0].heldUntil, m_clock.now().addYears(2));
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 1);
    // Before the end nothing goes; after it the officer destroys it, audited; agents may not.
    QCOMPARE(officer.destroyExpiredHolds().value(), 0);
    m_clock.set(m_clock.now().addYears(2).addDays(1));
    QCOMPARE(ErasureService(f.agent).destroyExpiredHolds().code(), ErrorCode::PermissionDenied);
    QCOMPARE(officer.destroyExpiredHolds(f.requestId + 1).value(), 0); // another request's only
    QCOMPARE(officer.destroyExpiredHolds(f.requestId).value(), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'held_record.destroy'")), 1);
    auto verified = f.officer->auditLog().verify();
    QVERIFY(verified.ok() && verified->intact);
}

void TestErasureService::recipientChecklist()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    RecipientNotificationService checks(f.agent);
    // Before the erasure the list comes from the disclosures; the clock has not started.
    auto list = checks.checklist(f.requestId);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QVERIFY(!list->first().dueBy.isValid());
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    // The disclosures are gone, the checklist stays.
    list = checks.checklist(f.requestId);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("MailCo"));
    QCOMPARE(list->first().dueBy, m_clock.now().addDays(30));
    QVERIFY(!list->first().overdue);
    QCOMPARE(checks.markConfirmed(f.requestId, f.recipientId).code(), ErrorCode::InvalidInput); // notify first
    QCOMPARE(checks.markNotified(f.requestId, 9999).code(), ErrorCode::InvalidInput);
    QCOMPARE(RecipientNotificationService(f.manager).markNotified(f.requestId, f.recipientId).code(),
             ErrorCode::PermissionDenied);
    m_clock.advanceSeconds(3600);
    QVERIFY(checks.markNotified(f.requestId, f.recipientId).ok());
    QCOMPARE(checks.markNotified(f.requestId, f.recipientId).code(), ErrorCode::InvalidInput);
    m_clock.set(m_clock.now().addDays(31));
    list = checks.checklist(f.requestId);
    QCOMPARE(list->first().notifiedBy, QStringLiteral("agent"));
    QVERIFY(list->first().overdue);
    QVERIFY(RecipientNotificationService(f.officer).markConfirmed(f.requestId, f.recipientId).ok());
    list = checks.checklist(f.requestId);
    QVERIFY(!list->first().overdue);
    QCOMPARE(list->first().confirmedBy, QStringLiteral("officer"));
    QCOMPARE(list->first().confirmedAt, m_clock.now());
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('recipient.notified', "
                                    "'recipient.confirmed') AND details = ?"),
                     {QStringLiteral("recipient=%1").arg(f.recipientId)}),
             2);
    // Other request types share the checklist; a workspace setting changes the period.
    QVERIFY(f.db()
                .exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '7')"),
                      {RecipientNotificationService::overdueDaysKey()})
                .ok());
    QCOMPARE(checks.checklist(f.requestId)->first().dueBy, m_clock.now().addDays(-31).addSecs(-3600).addDays(7));
}

void TestErasureService::certificateHasNoPersonalData()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTemporaryDir dir;
    QString html;
    auto writer = [&](const QString& h, const QString& path, const QString&) -> Status {
        html = h;
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            return Error(ErrorCode::ReadOnly, QStringLiteral("cannot write"));
        }
        out.write(h.toUtf8());
        return {};
    };
    const QString path = dir.filePath(QStringLiteral("certificate.pdf"));
    QCOMPARE(ErasureCertificate::write(f.officer, f.requestId, path, writer).code(), ErrorCode::InvalidInput);
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(RecipientNotificationService(f.agent).markNotified(f.requestId, f.recipientId).ok());
    auto sha = ErasureCertificate::write(f.officer2, f.requestId, path, writer);
    QVERIFY2(sha.ok(), qPrintable(sha.errorString()));
    QCOMPARE(sha->size(), 64);
    // A UU_PDP workspace: Bahasa Indonesia.
    QVERIFY(html.contains(QStringLiteral("Sertifikat penghapusan")));
    QVERIFY(html.contains(QString::number(f.requestId)));
    QVERIFY(html.contains(QStringLiteral("agent")) && html.contains(QStringLiteral("officer")));
    QVERIFY(html.contains(QStringLiteral("invoices")) && html.contains(QStringLiteral("UU KUP")));
    QVERIFY(html.contains(m_clock.now().addYears(10).date().toString(Qt::ISODate)));
    QVERIFY(html.contains(QStringLiteral("MailCo")) && html.contains(QStringLiteral("diberi tahu")));
    // Which copies are unreadable at once, which after a restore, which keep the data.
    QVERIFY(!html.contains(QStringLiteral("termasuk cadangan")));
    QVERIFY(html.contains(QStringLiteral("Ruang kerja ini dan log-nya seketika tidak dapat dibaca")));
    QVERIFY(html.contains(QStringLiteral("memulihkan cadangan melalui Amanah menerapkan kembali penghapusan")));
    QVERIFY(html.contains(QStringLiteral("Salinan yang dibuat di luar Amanah")));
    for (const QString& secret : {kName, kEmail, kPhone, kRef, kAddress, f.customerId}) {
        QVERIFY2(!html.contains(secret), qPrintable(secret));
    }
    QCOMPARE(ErasureService(f.officer).record(f.requestId)->certificateSha256, *sha);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.certificate'")), 1);
    QVERIFY(f.db().exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('workspace.language', 'en')")).ok());
    QVERIFY(ErasureCertificate::write(f.officer2, f.requestId, path, writer).ok());
    QVERIFY(html.contains(QStringLiteral("Certificate of erasure")));
    QVERIFY(!html.contains(QStringLiteral("backups included")));
    QVERIFY(html.contains(QStringLiteral("This workspace and its log were made unreadable for this customer at once")));
    QVERIFY(html.contains(QStringLiteral("restoring one through Amanah re-applies this erasure")));
    QVERIFY(html.contains(QStringLiteral("Copies made outside Amanah (file copies, disk images) keep the data until "
                                         "they are destroyed")));
}

// A customer anonymised by retention (key destroyed, fields cleared, held copies taken then):
// an erasure is refused with a clear message, and the shredder (a retention deletion planned
// before the anonymisation) finds no customer to erase, even under a hold that needs no activity
// (it failed on the missing key); nothing changes either way.
void TestErasureService::anonymisedCustomerIsNotErasedAgain()
{
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    ErasureService::HoldRule warranty{0,
                                      QStringLiteral("warranty"),
                                      QStringLiteral("Warranty claims, 2 years"),
                                      2,
                                      {QStringLiteral("full_name"), QStringLiteral("phone")},
                                      false,
                                      true};
    QVERIFY(ErasureService(f.officer).saveHoldRule(warranty).ok());
    {
        auto tx = f.db().begin();
        QVERIFY(tx.ok());
        auto out = CustomerAnonymiser(f.officer).anonymise(f.customerId);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QVERIFY((*tx)->commit().ok());
    }
    QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM held_records WHERE category = 'warranty'")) == 1);
    const auto before = snapshot(f);
    const qint64 customers = f.count(QStringLiteral("SELECT count(*) FROM customers"));
    auto p = ErasureService(f.agent).prepare(f.requestId);
    QCOMPARE(p.code(), ErrorCode::NotFound);
    QCOMPARE(p.errorString(), QStringLiteral("This customer's data was erased."));
    {
        auto tx = f.db().begin();
        QVERIFY(tx.ok());
        auto shred = CustomerShredder(f.officer).shred(f.customerId, 0, QStringLiteral("retention"));
        QCOMPARE(shred.code(), ErrorCode::NotFound);
        QVERIFY((*tx)->commit().ok()); // a retention run commits its other customers
    }
    QCOMPARE(snapshot(f), before);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers")), customers);
}

// Issue #17: an erasure while another connection holds a read snapshot deletes the customer
// but cannot empty the log (the old pages, the wrapped key among them, stay in it and in the
// file): execute() says so, the request stays approved, and executing again once the reader
// is gone (four eyes and the typed reference still checked) finishes; then neither the file
// nor its log holds the wrapped key or a ciphertext of the customer.
void TestErasureService::readerKeepsTheRequestApprovedUntilTheLogIsEmptied()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite's log only: truncateWal() has nothing to empty on PostgreSQL");
    }
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QByteArray nameBlob
        = f.db().scalar(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), {f.customerId})->toByteArray();
    const QByteArray wrappedKey
        = f.db()
              .scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {f.customerId})
              ->toByteArray();
    QVERIFY(nameBlob.size() > 16 && wrappedKey.size() > 16);
    QVERIFY(ErasureService(f.officer).prepare(f.requestId).ok());
    const QString path = f.tw->location().path;
    auto reader = std::make_unique<SqliteReader>(path);
    QVERIFY(reader->ok());

    auto st = ErasureService(f.officer2).execute(f.requestId, kJustification, kRef);
    QCOMPARE(st.code(), ErrorCode::Busy);
    QVERIFY2(st.errorString().startsWith(QStringLiteral("The customer's data was deleted, but")),
             qPrintable(st.errorString()));
    QVERIFY2(st.errorString().contains(QStringLiteral("execute the erasure again to finish")),
             qPrintable(st.errorString()));
    // Deleted, audited as such, but not executed.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM customers")), 0);
    QCOMPARE(RequestService(f.officer).load(f.requestId)->state, Request::State::Approved);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.shred'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.execute'")), 0);
    auto record = ErasureService(f.officer).record(f.requestId);
    QVERIFY(record.ok());
    QVERIFY(record->shreddedAt.isValid());
    QVERIFY(!record->executedAt.isValid());
    auto preview = ErasureService(f.officer).preview(f.requestId);
    QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
    QVERIFY(preview->shredded);
    QVERIFY(preview->reference.isEmpty() && preview->customerName.isEmpty());
    QCOMPARE(ErasureService(f.agent).prepare(f.requestId).code(), ErrorCode::InvalidInput);
    QTemporaryDir dir;
    QCOMPARE(ErasureCertificate::write(f.officer2, f.requestId, dir.filePath(QStringLiteral("c.pdf")), {}).code(),
             ErrorCode::InvalidInput);
    // The details of the shred entry hold ids and counts only.
    auto details = f.db().scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'erasure.shred'"));
    QVERIFY(details.ok() && !details->toString().contains(f.customerId) && !details->toString().contains(kRef));

    // Nothing but executing it again moves the request on: a withdrawal would record an
    // erasure that did not happen.
    const int version = RequestService(f.officer).load(f.requestId)->version;
    QCOMPARE(
        RequestService(f.officer).withdraw(f.requestId, QStringLiteral("customer changed their mind"), version).code(),
        ErrorCode::InvalidInput);

    // Executing again: four eyes and the reference still checked; the reader still blocks.
    QCOMPARE(ErasureService(f.officer).execute(f.requestId, kJustification, kRef).code(), ErrorCode::PermissionDenied);
    QCOMPARE(ErasureService(f.officer2).execute(f.requestId, kJustification, QStringLiteral("CUST-77124")).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(ErasureService(f.officer2).execute(f.requestId, kJustification, kRef).code(), ErrorCode::Busy);
    QCOMPARE(RequestService(f.officer).load(f.requestId)->state, Request::State::Approved);

    reader->end();
    auto done = ErasureService(f.officer2).execute(f.requestId, kJustification, QStringLiteral(" CUST-77123 "));
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    auto req = RequestService(f.officer).load(f.requestId);
    QCOMPARE(req->state, Request::State::Executed);
    QCOMPARE(req->approvedBy, f.officer2->user().id);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.shred'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.execute'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM erasures WHERE reference_check IS NOT NULL")), 0);
    QCOMPARE(ErasureService(f.officer2).execute(f.requestId, kJustification, kRef).code(), ErrorCode::InvalidInput);
    auto verified = f.officer->auditLog().verify();
    QVERIFY(verified.ok() && verified->intact);

    // Read last: closing a descriptor of the file drops this process's SQLite locks on it.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QVERIFY(!wal.exists() || wal.size() == 0);
    const QByteArray raw = readAll(path) + readAll(path + QStringLiteral("-wal"));
    QVERIFY(raw.size() > 4096);
    QVERIFY(!raw.contains(wrappedKey));
    QVERIFY(!raw.contains(nameBlob));
}

// Destroying held records whose hold ended: not reported done while a reader keeps the log
// from being emptied; calling again once it is gone finishes (issue #17).
void TestErasureService::destroyingHeldRecordsWaitsForReaders()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite's log only");
    }
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    prepareAndExecute(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QByteArray heldKey = f.db().scalar(QStringLiteral("SELECT payload_key FROM held_records"))->toByteArray();
    QVERIFY(heldKey.size() > 16);
    m_clock.set(m_clock.now().addYears(10).addDays(1));
    const QString path = f.tw->location().path;
    SqliteReader reader(path);
    QVERIFY(reader.ok());
    auto busy = ErasureService(f.officer).destroyExpiredHolds(f.requestId);
    QCOMPARE(busy.code(), ErrorCode::Busy);
    QVERIFY2(busy.errorString().contains(QStringLiteral("destroy the expired holds again")),
             qPrintable(busy.errorString()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM held_records")), 0);
    reader.end();
    auto again = ErasureService(f.officer).destroyExpiredHolds(f.requestId);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(*again, 0);
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QVERIFY(!(readAll(path) + readAll(path + QStringLiteral("-wal"))).contains(heldKey));
}

// What the screens say about copies (issue #17): no "backups included"; the workspace and its
// log at once, Amanah backups on restore, copies made outside Amanah not until destroyed.
void TestErasureService::copyFatesAreTruthful()
{
    const QList<ErasureCopyFate> fates = ErasureService::copyFates();
    QCOMPARE(fates.size(), 3);
    QCOMPARE(fates[0].copies, QStringLiteral("This workspace and its log"));
    QCOMPARE(fates[0].fate, QStringLiteral("unreadable at once"));
    QVERIFY(fates[1].copies.contains(QStringLiteral("Amanah backups")));
    QVERIFY(fates[1].fate.contains(QStringLiteral("restoring one through Amanah erases the customer again")));
    QVERIFY(fates[2].copies.contains(QStringLiteral("outside Amanah")));
    QCOMPARE(fates[2].fate, QStringLiteral("keep the data until they are destroyed"));
    for (const ErasureCopyFate& c : fates) {
        QVERIFY(!c.copies.contains(QStringLiteral("included")) && !c.fate.contains(QStringLiteral("included")));
    }
}

QTEST_GUILESS_MAIN(TestErasureService)
#include "TestErasureService.moc"
