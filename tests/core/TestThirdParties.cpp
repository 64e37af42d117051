// The recipient register, disclosures (by hand and CSV), the data inventory's minimisation
// flags, the record of processing (Art. 30) and the draft privacy notice, on both databases.
#include "core/consent/ConsentReceipt.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/io/CsvReader.h"
#include "core/records/CustomerRecord.h"
#include "core/records/CustomerRecordService.h"
#include "core/rules/DataInventory.h"
#include "core/session/ControllerService.h"
#include "core/session/WorkspaceSettings.h"
#include "core/thirdparties/DisclosureService.h"
#include "core/thirdparties/NoticeGenerator.h"
#include "core/thirdparties/RecipientService.h"
#include "core/thirdparties/RopaExport.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);

Recipient recipient(const char* name, const char* country, const char* safeguard = "")
{
    Recipient r;
    r.name = QString::fromLatin1(name);
    r.country = QString::fromLatin1(country);
    r.safeguard = QString::fromLatin1(safeguard);
    r.role = Recipient::Role::Processor;
    r.dataCategories = {QStringLiteral("email"), QStringLiteral("name")};
    r.agreementDate = QDate(2025, 3, 1);
    r.contact = QStringLiteral("dpo@example.test");
    return r;
}

Purpose purpose(const char* code, const QStringList& categories, int days, QList<qint64> recipients = {})
{
    Purpose p;
    p.code = QString::fromLatin1(code);
    p.name = QStringLiteral("Purpose ") + p.code;
    p.description = QStringLiteral("What ") + p.code + QStringLiteral(" is for");
    p.legalBasis = Purpose::LegalBasis::Contract;
    p.dataCategories = categories;
    p.retentionDays = days;
    p.recipientIds = std::move(recipients);
    return p;
}

qint64 count(const TestWorkspace& tw, const QString& sql, const QVariantList& values = {})
{
    auto v = tw.workspace()->database()->scalar(sql, values);
    return v ? v->toLongLong() : -1;
}

bool putSetting(const TestWorkspace& tw, const QString& key, const QString& value)
{
    const Database& db = *tw.workspace()->database();
    return db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}).ok()
        && db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value}).ok();
}
} // namespace

class TestThirdParties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void recipientRegister();
    void recipientValidation_data();
    void recipientValidation();
    void recordDisclosure();
    void importDisclosures();
    void inventoryFlags();
    void ropaHasEveryElement();
    void noticeInBothLanguages();
    void controllerDetails();
};

void TestThirdParties::recipientRegister()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(officer && agent && manager);
    RecipientService service(officer);
    auto id = service.create(recipient("MailCo", "SG", "Standard contractual clauses"));
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(service.create(recipient("MailCo", "ID")).code(), ErrorCode::Conflict);

    auto got = service.get(*id);
    QVERIFY(got.ok());
    QCOMPARE(got->name, QStringLiteral("MailCo"));
    QCOMPARE(got->country, QStringLiteral("SG"));
    QCOMPARE(got->safeguard, QStringLiteral("Standard contractual clauses"));
    QCOMPARE(got->agreementDate, QDate(2025, 3, 1));
    QCOMPARE(got->dataCategories, (QStringList{QStringLiteral("email"), QStringLiteral("name")}));
    QCOMPARE(got->version, 1);

    // Edit with the version read; a second edit with the same stale version is a conflict.
    Recipient edited = *got;
    edited.role = Recipient::Role::Controller;
    edited.contact = QStringLiteral("privacy@mailco.test");
    QVERIFY(service.update(edited, got->version).ok());
    QCOMPARE(service.update(edited, got->version).code(), ErrorCode::Conflict);
    QCOMPARE(service.get(*id)->role, Recipient::Role::Controller);
    QCOMPARE(service.get(*id)->version, 2);

    // Purposes that name the recipient show on it.
    auto pid = PurposeService(officer).create(purpose("orders", {QStringLiteral("name")}, 365, {*id}));
    QVERIFY(pid.ok());
    QCOMPARE(service.get(*id)->purposeIds, QList<qint64>{*pid});

    // Agents read (to record disclosures) but do not write; managers read for reports.
    QVERIFY(RecipientService(agent).list().ok());
    QVERIFY(RecipientService(manager).list().ok());
    QCOMPARE(RecipientService(agent).create(recipient("Other", "ID")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(RecipientService(agent).update(edited, 2).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.list()->size(), 1);

    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recipient.create'")), 1);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'recipient.update'")), 1);
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied' AND "
                                  "object_type = 'recipients'")),
             2);
    // No contact or name in the audit trail.
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%MailCo%' OR details LIKE "
                                  "'%example.test%'")),
             0);
}

void TestThirdParties::recipientValidation_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("safeguard");
    QTest::addColumn<bool>("valid");
    QTest::newRow("local, no safeguard") << "UU_PDP"
                                         << "Kurir"
                                         << "ID"
                                         << "" << true;
    QTest::newRow("abroad needs safeguard") << "UU_PDP"
                                            << "MailCo"
                                            << "SG"
                                            << "" << false;
    QTest::newRow("abroad with safeguard") << "UU_PDP"
                                           << "MailCo"
                                           << "SG"
                                           << "SCC" << true;
    QTest::newRow("GDPR inside EEA") << "GDPR"
                                     << "Shop"
                                     << "DE"
                                     << "" << true;
    QTest::newRow("GDPR third country") << "GDPR"
                                        << "Shop"
                                        << "US"
                                        << "" << false;
    QTest::newRow("no name") << "UU_PDP"
                             << " "
                             << "ID"
                             << "" << false;
    QTest::newRow("bad country") << "UU_PDP"
                                 << "X"
                                 << "Indonesia"
                                 << "" << false;
    QTest::newRow("lower-case country") << "UU_PDP"
                                        << "X"
                                        << "id"
                                        << "" << false;
}

void TestThirdParties::recipientValidation()
{
    QFETCH(QString, jurisdiction);
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, safeguard);
    QFETCH(bool, valid);
    Recipient r;
    r.name = name;
    r.country = country;
    r.safeguard = safeguard;
    const Status st = RecipientService::validate(r, jurisdiction);
    QCOMPARE(st.ok(), valid);
    if (!valid) {
        QCOMPARE(st.code(), ErrorCode::InvalidInput);
        QVERIFY(!st.errorString().isEmpty());
    }
}

void TestThirdParties::recordDisclosure()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    auto rid = RecipientService(officer).create(recipient("Kurir", "ID"));
    auto pid = PurposeService(officer).create(purpose("orders", {QStringLiteral("address")}, 365));
    QVERIFY(rid.ok() && pid.ok());
    Customer c;
    c.fullName = QStringLiteral("Siti Aminah");
    c.email = QStringLiteral("siti@example.test");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto cid = CustomerService(agent).create(c);
    QVERIFY(cid.ok());

    Disclosure d;
    d.customerId = *cid;
    d.recipientId = *rid;
    d.purposeId = *pid;
    d.disclosed = Clock::instance().now().addDays(-2);
    d.dataCategories = {QStringLiteral("Address"), QStringLiteral("name")};
    auto id = DisclosureService(agent).record(d);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));

    // Refusals change nothing.
    Disclosure future = d;
    future.disclosed = Clock::instance().now().addDays(3);
    QCOMPARE(DisclosureService(agent).record(future).code(), ErrorCode::InvalidInput);
    Disclosure noCategories = d;
    noCategories.dataCategories = {QStringLiteral(" ")};
    QCOMPARE(DisclosureService(agent).record(noCategories).code(), ErrorCode::InvalidInput);
    Disclosure unknownRecipient = d;
    unknownRecipient.recipientId = 9999;
    QCOMPARE(DisclosureService(agent).record(unknownRecipient).code(), ErrorCode::InvalidInput);
    QCOMPARE(DisclosureService(manager).record(d).code(), ErrorCode::PermissionDenied);

    auto record = CustomerRecordService(agent).record(*cid);
    QVERIFY(record.ok());
    QCOMPARE(record->disclosures.size(), 1);
    const DisclosureSummary& s = record->disclosures.first();
    QCOMPARE(s.recipient, QStringLiteral("Kurir"));
    QCOMPARE(s.purposeCode, QStringLiteral("orders"));
    QCOMPARE(s.source, QStringLiteral("manual"));
    QCOMPARE(s.dataCategories, (QStringList{QStringLiteral("address"), QStringLiteral("name")}));
    QCOMPARE(
        count(tw,
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclosure.record' AND object_id = ?"),
              {*cid}),
        1);
}

void TestThirdParties::importDisclosures()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(RecipientService(officer).create(recipient("Kurir Cepat", "ID")).ok());
    QVERIFY(PurposeService(officer).create(purpose("orders", {QStringLiteral("address")}, 365)).ok());
    CustomerService customers(officer);
    for (int i = 1; i <= 2; ++i) {
        Customer c;
        c.fullName = QStringLiteral("Customer %1").arg(i);
        c.email = QStringLiteral("c%1@example.test").arg(i);
        c.externalRef = QStringLiteral("REF-%1").arg(i);
        c.country = QStringLiteral("ID");
        c.jurisdiction = QStringLiteral("UU_PDP");
        QVERIFY(customers.create(c).ok());
    }
    const QByteArray bad = "customer_ref,email,recipient,purpose,date,categories\r\n"
                           "REF-1,,Kurir Cepat,orders,2026-01-05,\"address,name\"\r\n"
                           ",c2@example.test,Kurir Cepat,orders,2026-01-06T10:00:00Z,address\r\n"
                           "REF-9,,Kurir Cepat,orders,2026-01-06,address\r\n"
                           "REF-2,,Nobody,orders,2026-01-06,address\r\n"
                           "REF-2,,Kurir Cepat,nothing,2026-01-06,address\r\n"
                           "REF-2,,Kurir Cepat,orders,06/01/2026,address\r\n"
                           "REF-2,,Kurir Cepat,orders,2026-01-06,\r\n";
    DisclosureService service(officer);
    auto report = service.importCsv(bad);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->rows, 7);
    QCOMPARE(report->good, 2);
    QCOMPARE(report->imported, 0); // all or nothing
    QCOMPARE(report->problems.size(), 5);
    QList<qint64> lines;
    for (const auto& p : report->problems) {
        lines << p.line;
        QVERIFY(!p.reason.contains(QLatin1String("REF-")));
    }
    QCOMPARE(lines, (QList<qint64>{4, 5, 6, 7, 8}));
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM disclosures")), 0);

    // Cancelled: nothing written.
    auto cancelled
        = service.importCsv(bad, DisclosureService::Policy::GoodRowsOnly, [](qint64, qint64) { return false; });
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM disclosures")), 0);

    // Good rows only, then every row imported in one audited transaction.
    auto partial = service.importCsv(bad, DisclosureService::Policy::GoodRowsOnly);
    QVERIFY(partial.ok());
    QCOMPARE(partial->imported, 2);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM disclosures WHERE source = 'import'")), 2);
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclosure.import' AND details = "
                                  "'rows=7;imported=2;refused=5'")),
             1);
    auto header = service.importCsv("who,what\r\nx,y\r\n");
    QCOMPARE(header.code(), ErrorCode::InvalidInput);
}

void TestThirdParties::inventoryFlags()
{
    QList<Purpose> purposes{purpose("orders", {QStringLiteral("Name"), QStringLiteral("address")}, 365),
                            purpose("newsletter", {QStringLiteral("email"), QStringLiteral("purchase_history")}, 0)};
    Purpose inactive = purpose("old", {QStringLiteral("phone")}, 0);
    inactive.active = false;
    purposes << inactive;
    const DataInventory::Result r = DataInventory::build(purposes);
    QCOMPARE(r.fields.size(), DataInventory::fieldCodes().size());
    auto row = [&r](const char* field) {
        for (const auto& f : r.fields) {
            if (f.field == QLatin1String(field)) {
                return f;
            }
        }
        return DataInventory::FieldRow();
    };
    QCOMPARE(row("full_name").category, QStringLiteral("name"));
    QCOMPARE(row("full_name").purposes, QStringList{QStringLiteral("orders")});
    QVERIFY(!row("full_name").unused);
    QCOMPARE(row("email").purposes, QStringList{QStringLiteral("newsletter")});
    QVERIFY(row("phone").unused); // only an inactive purpose uses it
    QVERIFY(row("birth_date").unused);
    QCOMPARE(r.otherCategories, QStringList{QStringLiteral("purchase_history")});
    QStringList unusedFields;
    QStringList noRetention;
    for (const auto& p : r.problems) {
        (p.kind == DataInventory::Problem::Kind::UnusedField ? unusedFields : noRetention) << p.subject;
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(noRetention, QStringList{QStringLiteral("newsletter")}); // the inactive one is not flagged
    QVERIFY(unusedFields.contains(QStringLiteral("phone")));
    QVERIFY(unusedFields.contains(QStringLiteral("birth_date")));
    QVERIFY(!unusedFields.contains(QStringLiteral("email")));
    QVERIFY(!unusedFields.contains(QStringLiteral("address")));
    QCOMPARE(unusedFields.size(), DataInventory::fieldCodes().size() - 3);
}

void TestThirdParties::ropaHasEveryElement()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(putSetting(tw, WorkspaceSettings::name(), QStringLiteral("Toko Amanah")));
    QVERIFY(putSetting(tw, WorkspaceSettings::controllerEmail(), QStringLiteral("privasi@toko.test")));
    auto mail = RecipientService(officer).create(recipient("MailCo", "SG", "Standard contractual clauses"));
    auto courier = RecipientService(officer).create(recipient("Kurir", "ID"));
    QVERIFY(mail.ok() && courier.ok());
    PurposeService purposes(officer);
    QVERIFY(
        purposes.create(purpose("orders", {QStringLiteral("name"), QStringLiteral("address")}, 3650, {*courier})).ok());
    QVERIFY(purposes.create(purpose("newsletter", {QStringLiteral("email")}, 730, {*mail})).ok());
    QVERIFY(purposes.create(purpose("analytics", {QStringLiteral("purchase_history")}, 0)).ok());

    auto csv = RopaExport::build(manager, RopaExport::Format::Csv, QStringLiteral("en"));
    QVERIFY2(csv.ok(), qPrintable(csv.errorString()));
    QCOMPARE(RopaExport::build(agent, RopaExport::Format::Csv, QStringLiteral("en")).code(),
             ErrorCode::PermissionDenied);
    // Parse it back: a header with the seven letters and one full row per purpose.
    CsvReader reader(csv->toUtf8());
    CsvReader::Record rec;
    QVERIFY(reader.next(&rec));
    const QStringList header = rec.fields;
    for (const char* letter : {"(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"}) {
        QVERIFY2(header.join(QLatin1Char('|')).contains(QLatin1String(letter)), letter);
    }
    QHash<QString, QStringList> byCode;
    while (reader.next(&rec)) {
        QCOMPARE(rec.fields.size(), header.size());
        for (const QString& cell : rec.fields) {
            QVERIFY2(!cell.trimmed().isEmpty(), qPrintable(rec.fields.join(QLatin1Char('|'))));
        }
        byCode.insert(rec.fields.at(2), rec.fields);
    }
    QCOMPARE(byCode.keys().size(), 3);
    const QStringList orders = byCode.value(QStringLiteral("orders"));
    QCOMPARE(orders.at(0), QStringLiteral("Toko Amanah"));
    QVERIFY(orders.at(1).contains(QLatin1String("privasi@toko.test")));
    QVERIFY(orders.at(3).contains(QLatin1String("Purpose orders")));
    QCOMPARE(orders.at(4), QStringLiteral("Performance of a contract"));
    QVERIFY(orders.at(5).contains(QLatin1String("Customers")));
    QCOMPARE(orders.at(6), QStringLiteral("Name, Postal address"));
    QVERIFY(orders.at(7).contains(QLatin1String("Kurir (Processor, ID)")));
    QCOMPARE(orders.at(8), QStringLiteral("None"));
    QCOMPARE(orders.at(9), QStringLiteral("3650 days"));
    QVERIFY(orders.at(10).contains(QLatin1String("AES-256-GCM")));
    QVERIFY(orders.at(10).contains(QLatin1String("Argon2id")));
    const QStringList newsletter = byCode.value(QStringLiteral("newsletter"));
    QVERIFY(newsletter.at(7).contains(QLatin1String("MailCo")));
    QVERIFY(newsletter.at(8).contains(QLatin1String("SG")));
    QVERIFY(newsletter.at(8).contains(QLatin1String("Standard contractual clauses")));
    QCOMPARE(byCode.value(QStringLiteral("analytics")).at(9), QStringLiteral("not set"));

    auto html = RopaExport::build(officer, RopaExport::Format::Html, QStringLiteral("id"));
    QVERIFY(html.ok());
    for (const char* s : {"Catatan kegiatan pemrosesan",
                          "Purpose orders",
                          "Purpose newsletter",
                          "Purpose analytics",
                          "3650 hari",
                          "730 hari",
                          "Standard contractual clauses",
                          "AES-256-GCM"}) {
        QVERIFY2(html->contains(QLatin1String(s)), s);
    }
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ropa.export'")), 2);
}

void TestThirdParties::noticeInBothLanguages()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    auto manager = tw.signInNewUser(QStringLiteral("manager"), kManager);
    QVERIFY(putSetting(tw, WorkspaceSettings::name(), QStringLiteral("Toko Amanah")));
    auto mail = RecipientService(officer).create(recipient("MailCo", "SG", "Standard contractual clauses"));
    auto courier = RecipientService(officer).create(recipient("Kurir", "ID"));
    QVERIFY(mail.ok() && courier.ok());
    PurposeService purposes(officer);
    Purpose news = purpose("newsletter", {QStringLiteral("email")}, 730, {*mail});
    news.legalBasis = Purpose::LegalBasis::Consent;
    QVERIFY(purposes.create(news).ok());
    QVERIFY(purposes.create(purpose("orders", {QStringLiteral("address")}, 3650, {*courier})).ok());
    QCOMPARE(NoticeGenerator::generate(manager, QStringLiteral("id")).code(), ErrorCode::PermissionDenied);

    const struct
    {
        const char* lang;
        QStringList expected;
    } cases[] = {
        {"id",
         {QStringLiteral("Kebijakan Privasi"),
          QStringLiteral("730 hari"),
          QStringLiteral("3650 hari"),
          QStringLiteral("Persetujuan yang sah secara eksplisit"),
          QStringLiteral("Pemenuhan kewajiban perjanjian"),
          QStringLiteral("Hak Anda"),
          QStringLiteral("Pasal 13"),
          QStringLiteral("Alamat email")}},
        {"en",
         {QStringLiteral("Privacy notice"),
          QStringLiteral("730 days"),
          QStringLiteral("3650 days"),
          QStringLiteral("Consent"),
          QStringLiteral("Performance of a contract"),
          QStringLiteral("Your rights"),
          QStringLiteral("Email address")}},
    };
    for (const auto& c : cases) {
        auto html = NoticeGenerator::generate(officer, QString::fromLatin1(c.lang));
        QVERIFY2(html.ok(), qPrintable(html.errorString()));
        QStringList all = c.expected;
        all << QStringLiteral("Purpose newsletter") << QStringLiteral("Purpose orders") << QStringLiteral("MailCo")
            << QStringLiteral("Kurir") << QStringLiteral("Standard contractual clauses")
            << QStringLiteral("Toko Amanah");
        for (const QString& s : all) {
            QVERIFY2(html->contains(s), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.lang), s)));
        }
    }
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'notice.generate'")), 2);
}

void TestThirdParties::controllerDetails()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(officer);
    ProcessingRecord::Controller c;
    c.name = QStringLiteral("Toko Amanah");
    c.contact = QStringLiteral("Petugas Pelindungan Data");
    c.address = QStringLiteral("Jl. Merdeka 1, Bandung");
    c.email = QStringLiteral("privasi@toko.test");
    c.phone = QStringLiteral("+62 22 1234567");
    QCOMPARE(ControllerService(officer).set(c).code(), ErrorCode::PermissionDenied); // admins only (§4)
    ProcessingRecord::Controller unnamed = c;
    unnamed.name = QStringLiteral(" ");
    QCOMPARE(ControllerService(tw.admin()).set(unnamed).code(), ErrorCode::InvalidInput);
    QVERIFY(ControllerService(tw.admin()).set(c).ok());
    auto read = ControllerService(officer).get();
    QVERIFY(read.ok());
    QCOMPARE(read->email, c.email);
    QCOMPARE(read->address, c.address);
    // The documents print them.
    auto html = NoticeGenerator::generate(officer, QStringLiteral("id"));
    QVERIFY(html.ok());
    QVERIFY(html->contains(QLatin1String("privasi@toko.test")));
    QVERIFY(html->contains(QLatin1String("Jl. Merdeka 1, Bandung")));
    QCOMPARE(count(tw,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND object_id = "
                                  "'controller' AND details LIKE 'fields=%'")),
             1);
    QCOMPARE(count(tw, QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%toko.test%'")), 0);
}

QTEST_GUILESS_MAIN(TestThirdParties)
#include "TestThirdParties.moc"
