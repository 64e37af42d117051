// Purposes, notices, the consent ledger, mayUse against the audience export, the receipt,
// the Customers table's paging and filters and the name index, on both databases.
#include "core/consent/ConsentReceipt.h"
#include "core/consent/ConsentService.h"
#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

Customer person(const QString& name, const QString& email)
{
    Customer c;
    c.fullName = name;
    c.email = email;
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
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

NoticeVersion notice(const char* label, bool material)
{
    NoticeVersion n;
    n.label = QString::fromLatin1(label);
    n.language = QStringLiteral("id");
    n.body = QStringLiteral("Notice ") + n.label;
    n.material = material;
    n.effective = Clock::instance().now().addSecs(-1);
    return n;
}
} // namespace

class TestConsentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void ledgerStaleAndAudience();
    void permissions();
    void receiptHasKantaraFields();
    void pagingFiltersAndNameSearch();
    void conflictNamesTheChange();
    void exportToRecipientRecordsDisclosures();
};

void TestConsentService::ledgerStaleAndAudience()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(officer && agent);
    PurposeService purposes(officer);
    QVERIFY(purposes.create(purpose("newsletter", Purpose::LegalBasis::Consent, true)).ok());
    QVERIFY(purposes.create(purpose("fraud", Purpose::LegalBasis::LegitimateInterest, false)).ok());
    QVERIFY(purposes.create(purpose("orders", Purpose::LegalBasis::Contract, false)).ok());
    NoticeService notices(officer);
    auto v1 = notices.publish(notice("v1", true));
    QVERIFY2(v1.ok(), qPrintable(v1.errorString()));

    CustomerService customers(agent);
    ConsentService consent(agent);
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        auto id = customers.create(person(QStringLiteral("Person %1").arg(i), QStringLiteral("p%1@x.id").arg(i)));
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ids << *id;
    }
    // 0: granted; 1: granted then withdrawn; 2: never; 3: granted, restricted; 4: granted, objected; 5: granted later.
    for (int i : {0, 1, 3, 4}) {
        auto e = consent.grant(ids[i],
                               QStringLiteral("newsletter"),
                               ConsentEvent::Channel::WebCheckbox,
                               QStringLiteral("ip=203.0.113.%1").arg(i));
        QVERIFY2(e.ok(), qPrintable(e.errorString()));
    }
    QVERIFY(consent.withdraw(ids[1], QStringLiteral("newsletter"), ConsentEvent::Channel::EmailLink).ok());
    QVERIFY(customers.setRestricted(ids[3], true, QStringLiteral("Customer asked to restrict"), 1).ok());
    QVERIFY(customers.setObjected(ids[4], true, QStringLiteral("Customer objected by email"), 1).ok());
    // Withdrawal takes effect at once.
    QCOMPARE(consent.mayUse(ids[1], QStringLiteral("newsletter"))->reason, FairUse::Reason::ConsentWithdrawn);
    QCOMPARE(consent.mayUse(ids[0], QStringLiteral("newsletter"))->reason, FairUse::Reason::ConsentGiven);
    QCOMPARE(consent.mayUse(ids[2], QStringLiteral("nope"))->reason, FairUse::Reason::UnknownPurpose);
    QCOMPARE(consent.mayUse(QStringLiteral("missing"), QStringLiteral("newsletter"))->reason,
             FairUse::Reason::UnknownCustomer);

    // Evidence is encrypted at rest and readable in the timeline.
    auto raw = tw.workspace()->database()->exec(QStringLiteral("SELECT evidence FROM consent_events"));
    while (raw->next()) {
        QVERIFY(!raw->value(0).toByteArray().contains("203.0.113"));
    }
    auto history = consent.history(ids[1]);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QVERIFY(!history->at(0).event.granted);
    QCOMPARE(history->at(1).event.evidence, QStringLiteral("ip=203.0.113.1"));
    QCOMPARE(history->at(1).recordedBy, QStringLiteral("agent"));
    QCOMPARE(history->at(1).event.noticeVersionId, *v1);

    // The export contains exactly the customers mayUse() allows, for each legal basis.
    auto check = [&](const QString& code) {
        auto audience = consent.audience(code);
        QVERIFY(audience.ok());
        QStringList allowed;
        for (const QString& id : ids) {
            if (consent.mayUse(id, code)->allowed) {
                allowed << id;
            }
        }
        QStringList got = *audience;
        got.sort();
        allowed.sort();
        QCOMPARE(got, allowed);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto n = ConsentService(officer).exportAudience(code, &buffer);
        QVERIFY2(n.ok(), qPrintable(n.errorString()));
        QCOMPARE(n->exported, qint64(allowed.size()));
        QVERIFY(n->damaged.isEmpty());
        QCOMPARE(buffer.data().count('\n'), allowed.size() + 1);
    };
    check(QStringLiteral("newsletter"));
    check(QStringLiteral("fraud"));
    check(QStringLiteral("orders"));
    QCOMPARE(consent.audience(QStringLiteral("newsletter"))->size(), 1);
    QCOMPARE(consent.audience(QStringLiteral("fraud"))->size(), 4); // not restricted, not objected
    QCOMPARE(consent.audience(QStringLiteral("orders"))->size(), 5); // not restricted
    auto audit = tw.workspace()->database()->scalar(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'audience.export' AND object_id = 'newsletter'"));
    QCOMPARE(audit->toString(), QStringLiteral("count=1"));

    // A material notice makes older grants stale; a non-material one does not.
    QVERIFY(notices.publish(notice("v1.1", false)).ok());
    QCOMPARE(consent.mayUse(ids[0], QStringLiteral("newsletter"))->reason, FairUse::Reason::ConsentGiven);
    QVERIFY(notices.publish(notice("v2", true)).ok());
    auto stale = consent.mayUse(ids[0], QStringLiteral("newsletter"));
    QCOMPARE(stale->reason, FairUse::Reason::StaleConsent);
    QVERIFY(stale->stale);
    CustomerService::Filter f;
    f.consent = CustomerService::ConsentFilter::NeedsReconsent;
    auto needs = customers.list(f);
    QVERIFY(needs.ok());
    QStringList needIds;
    for (const auto& s : needs->rows) {
        needIds << s.id;
    }
    needIds.sort();
    QStringList expected{ids[0], ids[3], ids[4]};
    expected.sort();
    QCOMPARE(needIds, expected);
    QCOMPARE(customers.count(f).value(), 3);
    QVERIFY(consent.audience(QStringLiteral("newsletter"))->isEmpty());
    // Re-consent under the new version makes the customer usable again.
    QVERIFY(consent.grant(ids[0], QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox).ok());
    QCOMPARE(consent.audience(QStringLiteral("newsletter")).value(), QStringList{ids[0]});
    // The ledger refuses changes in the database itself.
    auto upd = tw.workspace()->database()->exec(QStringLiteral("UPDATE consent_events SET granted = 1"));
    QVERIFY(!upd.ok());
}

void TestConsentService::permissions()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QCOMPARE(PurposeService(agent).create(purpose("x", Purpose::LegalBasis::Consent, false)).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(NoticeService(agent).publish(notice("v", true)).code(), ErrorCode::PermissionDenied);
    QCOMPARE(
        ConsentService(manager).grant(QStringLiteral("c"), QStringLiteral("x"), ConsentEvent::Channel::Phone).code(),
        ErrorCode::PermissionDenied);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(ConsentService(agent).exportAudience(QStringLiteral("x"), &buffer).code(), ErrorCode::PermissionDenied);
    QCOMPARE(CustomerService(manager).list({}).code(), ErrorCode::PermissionDenied);
    auto denied = tw.workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"));
    QCOMPARE(denied->toInt(), 5);
}

void TestConsentService::receiptHasKantaraFields()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto both = tw.signInNewUser(QStringLiteral("officer"), kOfficer | kAgent);
    Purpose p = purpose("newsletter", Purpose::LegalBasis::Consent, true);
    p.category = QStringLiteral("Marketing");
    p.sensitiveCategories = {QStringLiteral("health")};
    QVERIFY(PurposeService(both).create(p).ok());
    auto id = CustomerService(both).create(person(QStringLiteral("Dewi Lestari"), QStringLiteral("dewi@x.id")));
    QVERIFY(id.ok());
    QVERIFY(ConsentService(both).grant(*id, QStringLiteral("newsletter"), ConsentEvent::Channel::PaperForm).ok());
    auto receipt = ConsentReceipt::forCustomer(both, *id);
    QVERIFY2(receipt.ok(), qPrintable(receipt.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(receipt->toJson()).toJson()).object();
    QCOMPARE(ConsentReceipt::check(json), QStringList());
    QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("KI-CR-v1.1.0"));
    QCOMPARE(json.value(QStringLiteral("piiPrincipalId")).toString(), QStringLiteral("dewi@x.id"));
    QCOMPARE(json.value(QStringLiteral("sensitive")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("collectionMethod")).toString(), QStringLiteral("paper form"));
    QCOMPARE(receipt->purposes.size(), 1);
    QVERIFY(receipt->toHtml(QStringLiteral("id")).contains(QStringLiteral("Tanda terima persetujuan")));
    QVERIFY(receipt->toHtml(QStringLiteral("en")).contains(QStringLiteral("Consent receipt")));
    QJsonObject broken = json;
    broken.remove(QStringLiteral("policyUrl"));
    QVERIFY(!ConsentReceipt::check(broken).isEmpty());
}

void TestConsentService::pagingFiltersAndNameSearch()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    const QStringList names{QString::fromUtf8("José Álvarez"),
                            QStringLiteral("Dewi Lestari"),
                            QStringLiteral("Budi Santoso"),
                            QString::fromUtf8("Zoë Ødegård")};
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        Customer c = person(names.at(i % names.size()) + QStringLiteral(" %1").arg(i), QString());
        c.jurisdiction = i % 2 ? QStringLiteral("GDPR") : QStringLiteral("UU_PDP");
        auto id = svc.create(c);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ids << *id;
    }
    // Keyset paging visits every row once.
    QStringList seen;
    CustomerService::PageKey key;
    for (;;) {
        auto page = svc.list({}, key, 10);
        QVERIFY(page.ok());
        for (const auto& s : page->rows) {
            seen << s.id;
            QVERIFY(!s.fullName.isEmpty());
        }
        if (!page->next) {
            break;
        }
        key = *page->next;
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);
    CustomerService::Filter gdpr;
    gdpr.jurisdiction = QStringLiteral("GDPR");
    QCOMPARE(svc.count(gdpr).value(), 12);

    // Name search: accents and case do not matter; the index follows changes.
    auto index = NameIndex::forWorkspace(tw.workspace().get());
    QVERIFY(index->buildInBackground(agent).result().ok());
    QCOMPARE(index->size(), 25);
    auto jose = svc.search(QStringLiteral("jose"));
    QVERIFY(jose.ok());
    QCOMPARE(jose->kind, CustomerService::SearchResult::Kind::Name);
    QCOMPARE(jose->total, 7);
    QCOMPARE(svc.search(QStringLiteral("DEWI"))->total, 6);
    QCOMPARE(svc.search(QStringLiteral("lestari dewi"))->total, 6);
    QCOMPARE(svc.search(QStringLiteral("zoe odegard"))->total, 6);
    QCOMPARE(svc.search(QStringLiteral("jose"), gdpr)->total, 0);
    QCOMPARE(svc.search(QStringLiteral("dewi"), gdpr)->total, 6);
    QVERIFY(svc.rectify(ids[1],
                        CustomerService::Field::FullName,
                        QStringLiteral("Ratna Sari"),
                        QStringLiteral("Name changed after marriage"),
                        1)
                .ok());
    QCOMPARE(svc.search(QStringLiteral("dewi"))->total, 5);
    QCOMPARE(svc.search(QStringLiteral("ratna"))->ids, QStringList{ids[1]});
    auto added = svc.create(person(QStringLiteral("Dewi Baru"), QString()));
    QVERIFY(added.ok());
    QCOMPARE(svc.search(QStringLiteral("dewi"))->total, 6);
    QCOMPARE(index->idAt(index->size() - 1), *added);
    QVERIFY(index->memoryBytes() > 0);
    QCOMPARE(NameIndex::normalise(QString::fromUtf8("  ÉCOLE\tﬁne  ")), QStringLiteral("ecole fine"));
}

void TestConsentService::conflictNamesTheChange()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto one = tw.signInNewUser(QStringLiteral("agent1"), kAgent);
    auto two = tw.signInNewUser(QStringLiteral("agent2"), kAgent);
    auto id = CustomerService(one).create(person(QStringLiteral("Budi"), QStringLiteral("b@x.id")));
    QVERIFY(id.ok());
    QVERIFY(CustomerService(one)
                .rectify(*id,
                         CustomerService::Field::Phone,
                         QStringLiteral("0812 1111 2222"),
                         QStringLiteral("Customer called"),
                         1)
                .ok());
    auto conflict = CustomerService(two).rectify(
        *id, CustomerService::Field::Email, QStringLiteral("c@x.id"), QStringLiteral("Typo in address"), 1);
    QCOMPARE(conflict.code(), ErrorCode::Conflict);
    QVERIFY2(conflict.errorString().contains(QStringLiteral("phone (by agent1")), qPrintable(conflict.errorString()));
    QCOMPARE(CustomerService(two).get(*id)->phone, QStringLiteral("+6281211112222"));
}

void TestConsentService::exportToRecipientRecordsDisclosures()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent | kOfficer);
    QVERIFY(officer && agent);
    Purpose news = purpose("newsletter", Purpose::LegalBasis::Consent, true);
    news.dataCategories = {QStringLiteral("name"), QStringLiteral("email")};
    QVERIFY(PurposeService(officer).create(news).ok());
    QVERIFY(NoticeService(officer).publish(notice("v1", true)).ok());
    CustomerService customers(agent);
    ConsentService consent(agent);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        auto id = customers.create(person(QStringLiteral("Person %1").arg(i), QStringLiteral("r%1@x.id").arg(i)));
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ids << *id;
    }
    for (int i : {0, 2}) {
        QVERIFY(consent.grant(ids[i], QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox).ok());
    }
    const Database& db = *tw.workspace()->database();
    for (const char* name : {"Mail Co", "Ads Ltd"}) {
        QVERIFY(db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, created_at, updated_at) "
                                       "VALUES (?, 'processor', 'ID', 0, 0)"),
                        {QString::fromLatin1(name)})
                    .ok());
    }
    const qint64 mailCo = db.scalar(QStringLiteral("SELECT id FROM recipients WHERE name = 'Mail Co'"))->toLongLong();

    // The recipients for the dialog's list: id and name, by name; an officer's.
    ConsentService officerConsent(officer);
    auto list = officerConsent.exportRecipients();
    QVERIFY2(list.ok(), qPrintable(list.errorString()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).name, QStringLiteral("Ads Ltd"));
    QCOMPARE(list->at(1).name, QStringLiteral("Mail Co"));
    QCOMPARE(list->at(1).id, mailCo);
    auto agentOnly = tw.signInNewUser(QStringLiteral("agent2"), kAgent);
    QCOMPARE(ConsentService(agentOnly).exportRecipients().code(), ErrorCode::PermissionDenied);

    auto count = [&](const QString& sql) {
        return db.scalar(sql)->toLongLong();
    };
    const QString exports = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audience.export'");
    const QString disclosures = QStringLiteral("SELECT count(*) FROM disclosures");

    // Without a recipient: no disclosure.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(officerConsent.exportAudience(QStringLiteral("newsletter"), &buffer)->exported, 2);
        QCOMPARE(count(disclosures), 0);
    }
    // An unknown recipient: refused, nothing recorded.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 before = count(exports);
        QCOMPARE(officerConsent.exportAudience(QStringLiteral("newsletter"), &buffer, {}, 999999).code(),
                 ErrorCode::NotFound);
        QCOMPARE(count(exports), before);
        QCOMPARE(count(disclosures), 0);
    }
    // Cancelled: nothing audited, nothing disclosed.
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 before = count(exports);
        qint64 seenTotal = -1;
        auto cancelled = officerConsent.exportAudience(
            QStringLiteral("newsletter"),
            &buffer,
            [&](qint64, qint64 total) {
                seenTotal = total;
                return false;
            },
            mailCo);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QCOMPARE(seenTotal, 2);
        QCOMPARE(count(exports), before);
        QCOMPARE(count(disclosures), 0);
    }
    // Named: one disclosure per exported customer, with the purpose and its data categories.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto n = officerConsent.exportAudience(QStringLiteral("newsletter"), &buffer, {}, mailCo);
    QVERIFY2(n.ok(), qPrintable(n.errorString()));
    QCOMPARE(n->exported, 2);
    auto rows = db.exec(QStringLiteral("SELECT d.customer_id, d.recipient_id, p.code, d.data_categories, d.source, "
                                       "d.recorded_by, d.disclosed_at FROM disclosures d JOIN purposes p ON p.id = "
                                       "d.purpose_id ORDER BY d.customer_id"));
    QVERIFY(rows.ok());
    QStringList disclosed;
    while (rows->next()) {
        disclosed << rows->value(0).toString();
        QCOMPARE(rows->value(1).toLongLong(), mailCo);
        QCOMPARE(rows->value(2).toString(), QStringLiteral("newsletter"));
        QCOMPARE(rows->value(3).toString(), QStringLiteral("name,email"));
        QCOMPARE(rows->value(4).toString(), QStringLiteral("export"));
        QCOMPARE(rows->value(5).toLongLong(), officer->user().id);
        QVERIFY(rows->value(6).toLongLong() > 0);
    }
    QStringList expected{ids[0], ids[2]};
    expected.sort();
    QCOMPARE(disclosed, expected);
    auto audit = db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'audience.export' ORDER BY "
                                          "seq DESC LIMIT 1"));
    QCOMPARE(audit->toString(), QStringLiteral("count=2;recipient=%1").arg(mailCo));
}

QTEST_GUILESS_MAIN(TestConsentService)
#include "TestConsentService.moc"
