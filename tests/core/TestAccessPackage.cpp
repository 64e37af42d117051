// The answer to an access request: every element GDPR Art. 15 and UU PDP Ps 7/32 require,
// checked field by field in the JSON and in both languages' HTML; the release writes JSON
// and PDF whose SHA-256 the audit trail records; the PDF's text has the sections. Also the
// portability package (JSON and CSV).
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/documents/DocumentRenderer.h"
#include "core/requests/AccessPackage.h"
#include "core/requests/PortabilityPackage.h"
#include "core/requests/RequestService.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kAgent = static_cast<int>(Role::Agent);

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000)) {
        return {};
    }
    // Reflowed lines: compare on single spaces.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QJsonObject find(const QJsonArray& array, const QString& key, const QString& value)
{
    for (const QJsonValue& v : array) {
        if (v.toObject().value(key).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

QStringList stringsOf(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        out << s.toString();
    }
    return out;
}
} // namespace

class TestAccessPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { Clock::setInstance(nullptr); }
    void packageHasEveryElement();
    void schemaFileMatches();
    void releaseRecordsHashes();
    void indonesianCustomerGetsIndonesian();
    void portabilityJsonAndCsv();
    void rendererRefusesUnwritablePath();

private:
    struct Fixture
    {
        std::unique_ptr<TestWorkspace> tw;
        std::shared_ptr<Session> officer;
        QString customerId;
        qint64 requestId = 0;
    };
    /// A customer with consent, two purposes, a recipient, a disclosure and a retention rule,
    /// and an access request from them (approved when @p approve).
    void makeFixture(Fixture* f, const QString& language, bool approve, Request::Type type = Request::Type::Access);
    MockClock m_clock;
};

void TestAccessPackage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QFAIL("pdftotext (poppler-utils) is needed to read the PDFs back");
    }
}

void TestAccessPackage::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestAccessPackage::makeFixture(Fixture* f, const QString& language, bool approve, Request::Type type)
{
    f->tw = std::make_unique<TestWorkspace>();
    QVERIFY2(f->tw->ok(), qPrintable(f->tw->errorString()));
    f->officer = f->tw->signInNewUser(QStringLiteral("officer"), kOfficer);
    QVERIFY(f->officer);
    const Database& db = *f->tw->workspace()->database();
    const qint64 now = m_clock.nowMs();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, safeguard, data_categories, contact, "
                                   "created_at, updated_at) VALUES ('MailCo', 'processor', 'US', 'Standard contractual "
                                   "clauses', 'email', 'dpo@mailco.example', ?, ?)"),
                    {now, now})
                .ok());
    const qint64 mailco = db.scalar(QStringLiteral("SELECT id FROM recipients WHERE name = 'MailCo'"))->toLongLong();
    Purpose newsletter;
    newsletter.code = QStringLiteral("newsletter");
    newsletter.name = QStringLiteral("Newsletter");
    newsletter.description = QStringLiteral("Monthly offers by email");
    newsletter.legalBasis = Purpose::LegalBasis::Consent;
    newsletter.marketing = true;
    newsletter.dataCategories = {QStringLiteral("email"), QStringLiteral("name")};
    newsletter.retentionDays = 365;
    newsletter.recipientIds = {mailco};
    Purpose orders;
    orders.code = QStringLiteral("orders");
    orders.name = QStringLiteral("Order fulfilment");
    orders.legalBasis = Purpose::LegalBasis::Contract;
    orders.dataCategories = {QStringLiteral("address")};
    orders.retentionDays = 3650;
    PurposeService purposes(f->officer);
    QVERIFY(purposes.create(newsletter).ok());
    QVERIFY(purposes.create(orders).ok());
    Customer c;
    c.fullName = QStringLiteral("Anna Schmidt-Wirbel");
    c.email = QStringLiteral("anna.wirbel@example.org");
    c.phone = QStringLiteral("+49 30 9876543");
    c.address = QStringLiteral("Hauptstrasse 5, Berlin");
    c.birthDate = QDate(1990, 4, 1);
    c.country = QStringLiteral("DE");
    c.jurisdiction = QStringLiteral("GDPR");
    c.source = QStringLiteral("web_shop_signup");
    c.language = language;
    auto id = CustomerService(f->officer).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    f->customerId = *id;
    QVERIFY(ConsentService(f->officer)
                .grant(*id, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox, QStringLiteral("form 7"))
                .ok());
    const qint64 newsletterId = purposes.byCode(QStringLiteral("newsletter"))->id;
    QVERIFY(db.exec(QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, purpose_id, disclosed_at, "
                                   "data_categories, source, created_at) VALUES (?, ?, ?, ?, 'email', 'export', ?)"),
                    {*id, mailco, newsletterId, now, now})
                .ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO retention_rules (data_category, period_days, trigger_event, action, "
                                   "legal_hold_basis, created_at, updated_at) VALUES ('invoices', 3650, "
                                   "'account_closed', 'delete', 'UU KUP Ps 28(11)', ?, ?)"),
                    {now, now})
                .ok());
    RequestService requests(f->officer);
    RequestInput in;
    in.type = type;
    in.channel = QStringLiteral("email");
    in.customerId = *id;
    auto r = requests.intake(in);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    f->requestId = r->id;
    if (approve) {
        QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::SignedInAccount, 1).ok());
        QVERIFY(requests.approve(r->id, QStringLiteral("Verified customer"), 2).ok());
    }
}

void TestAccessPackage::packageHasEveryElement()
{
    Fixture f;
    makeFixture(&f, QStringLiteral("en"), false);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Database& db = *f.tw->workspace()->database();
    const qint64 auditBefore = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong();
    auto pkg = AccessPackage::build(f.officer, f.requestId);
    QVERIFY2(pkg.ok(), qPrintable(pkg.errorString()));
    // The preview has no side effects.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong(), auditBefore);
    QCOMPARE(RequestService(f.officer).get(f.requestId)->request.state, Request::State::Received);

    const QJsonObject j = pkg->toJson();
    for (const QString& field : AccessPackage::requiredFields()) {
        QVERIFY2(j.contains(field), qPrintable(field));
    }
    QCOMPARE(j.value(QStringLiteral("schema")).toString(), AccessPackage::schemaId());
    QCOMPARE(j.value(QStringLiteral("requestId")).toInteger(), f.requestId);
    QCOMPARE(j.value(QStringLiteral("customerId")).toString(), f.customerId);
    QCOMPARE(j.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(j.value(QStringLiteral("generatedAt")).toString(), QStringLiteral("2026-01-05T09:00:00.000Z"));

    // The personal data itself, decrypted.
    const QJsonObject personal = j.value(QStringLiteral("personalData")).toObject();
    QCOMPARE(personal.value(QStringLiteral("full_name")).toString(), QStringLiteral("Anna Schmidt-Wirbel"));
    QCOMPARE(personal.value(QStringLiteral("email")).toString(), QStringLiteral("anna.wirbel@example.org"));
    QCOMPARE(personal.value(QStringLiteral("phone")).toString(), QStringLiteral("+49309876543"));
    QCOMPARE(personal.value(QStringLiteral("address")).toString(), QStringLiteral("Hauptstrasse 5, Berlin"));
    QCOMPARE(personal.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-04-01"));
    QCOMPARE(personal.value(QStringLiteral("country")).toString(), QStringLiteral("DE"));

    // Purposes with legal basis, categories, retention and recipients.
    const QJsonArray purposes = j.value(QStringLiteral("purposes")).toArray();
    QCOMPARE(purposes.size(), 2);
    const QJsonObject nl = find(purposes, QStringLiteral("code"), QStringLiteral("newsletter"));
    QCOMPARE(nl.value(QStringLiteral("legalBasis")).toString(), QStringLiteral("consent"));
    QCOMPARE(nl.value(QStringLiteral("consent")).toString(), QStringLiteral("granted"));
    QCOMPARE(stringsOf(nl.value(QStringLiteral("dataCategories"))),
             (QStringList{QStringLiteral("email"), QStringLiteral("name")}));
    QCOMPARE(nl.value(QStringLiteral("retentionDays")).toInt(), 365);
    QCOMPARE(stringsOf(nl.value(QStringLiteral("recipients"))), QStringList{QStringLiteral("MailCo")});
    const QJsonObject ord = find(purposes, QStringLiteral("code"), QStringLiteral("orders"));
    QCOMPARE(ord.value(QStringLiteral("legalBasis")).toString(), QStringLiteral("contract"));
    QCOMPARE(ord.value(QStringLiteral("consent")).toString(), QStringLiteral("not_required"));

    // Categories (from purposes and disclosures).
    const QStringList categories = stringsOf(j.value(QStringLiteral("categories")));
    for (const char* c : {"email", "name", "address"}) {
        QVERIFY2(categories.contains(QString::fromLatin1(c)), c);
    }

    // Recipients, with the disclosure and the transfer safeguard.
    const QJsonObject mailco
        = find(j.value(QStringLiteral("recipients")).toArray(), QStringLiteral("name"), QStringLiteral("MailCo"));
    QCOMPARE(mailco.value(QStringLiteral("role")).toString(), QStringLiteral("processor"));
    QCOMPARE(mailco.value(QStringLiteral("country")).toString(), QStringLiteral("US"));
    QCOMPARE(mailco.value(QStringLiteral("safeguard")).toString(), QStringLiteral("Standard contractual clauses"));
    QCOMPARE(mailco.value(QStringLiteral("disclosures")).toInt(), 1);
    QVERIFY(stringsOf(mailco.value(QStringLiteral("purposes"))).contains(QStringLiteral("Newsletter")));

    // Retention periods: per purpose and the workspace's rules.
    const QJsonArray retention = j.value(QStringLiteral("retention")).toArray();
    QCOMPARE(find(retention, QStringLiteral("scope"), QStringLiteral("Newsletter"))
                 .value(QStringLiteral("periodDays"))
                 .toInt(),
             365);
    const QJsonObject invoices = find(retention, QStringLiteral("scope"), QStringLiteral("invoices"));
    QCOMPARE(invoices.value(QStringLiteral("periodDays")).toInt(), 3650);
    QCOMPARE(invoices.value(QStringLiteral("legalHoldBasis")).toString(), QStringLiteral("UU KUP Ps 28(11)"));

    // Source.
    const QJsonObject source = j.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("value")).toString(), QStringLiteral("web_shop_signup"));
    QVERIFY(source.value(QStringLiteral("statement")).toString().contains(QLatin1String("web_shop_signup")));

    // Consent history.
    const QJsonArray history = j.value(QStringLiteral("consentHistory")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("newsletter"));
    QVERIFY(history[0].toObject().value(QStringLiteral("granted")).toBool());
    QCOMPARE(history[0].toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("web_checkbox"));
    QCOMPARE(history[0].toObject().value(QStringLiteral("evidence")).toString(), QStringLiteral("form 7"));

    // Rights, including the right to complain to the authority of the jurisdiction.
    const QJsonObject rights = j.value(QStringLiteral("rights")).toObject();
    QStringList codes;
    for (const QJsonValue& r : rights.value(QStringLiteral("list")).toArray()) {
        codes << r.toObject().value(QStringLiteral("code")).toString();
        QVERIFY(!r.toObject().value(QStringLiteral("text")).toString().isEmpty());
    }
    for (const char* code : {"access",
                             "rectification",
                             "erasure",
                             "restriction",
                             "objection",
                             "portability",
                             "withdraw_consent",
                             "complaint"}) {
        QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
    }
    const QJsonObject complaint = rights.value(QStringLiteral("complaint")).toObject();
    QVERIFY(complaint.value(QStringLiteral("authority")).toString().contains(QLatin1String("supervisory authority")));
    QVERIFY(complaint.value(QStringLiteral("url")).toString().startsWith(QLatin1String("https://")));
    QVERIFY(complaint.value(QStringLiteral("statement")).toString().contains(QLatin1String("complaint")));

    // No automated decision-making.
    const QJsonObject adm = j.value(QStringLiteral("automatedDecisionMaking")).toObject();
    QVERIFY(adm.value(QStringLiteral("used")).isBool());
    QCOMPARE(adm.value(QStringLiteral("used")).toBool(), false);
    QVERIFY(adm.value(QStringLiteral("statement")).toString().contains(QLatin1String("automated")));

    // Both languages' HTML carry every section and the same facts.
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("id")}) {
        const QString html = pkg->toHtml(lang);
        for (const QString& title : AccessPackage::sectionTitles(lang)) {
            QVERIFY2(html.contains(title.toHtmlEscaped()), qPrintable(lang + QLatin1Char(' ') + title));
        }
        for (const QString& fact : {QStringLiteral("Anna Schmidt-Wirbel"),
                                    QStringLiteral("anna.wirbel@example.org"),
                                    QStringLiteral("Newsletter"),
                                    QStringLiteral("MailCo"),
                                    QStringLiteral("invoices"),
                                    QStringLiteral("web_shop_signup"),
                                    RequestService::complaintAuthority(QStringLiteral("GDPR"), lang).url}) {
            QVERIFY2(html.contains(fact), qPrintable(lang + QLatin1Char(' ') + fact));
        }
    }
    QVERIFY(pkg->toHtml(QStringLiteral("id")).contains(QLatin1String("Hak-hak Anda")));
    QVERIFY(pkg->toHtml(QStringLiteral("id")).contains(QLatin1String("berhak mengajukan pengaduan")));
    QVERIFY(pkg->toHtml(QStringLiteral("en")).contains(QLatin1String("right to lodge a complaint")));

    // Not an access request, or no customer: refused.
    auto other = RequestService(f.officer).intake(
        RequestInput{Request::Type::Erasure, QStringLiteral("email"), {}, {}, f.customerId, {}, {}, {}, 0, {}});
    QVERIFY(other.ok());
    QCOMPARE(AccessPackage::build(f.officer, other->id).code(), ErrorCode::InvalidInput);
}

void TestAccessPackage::schemaFileMatches()
{
    QFile file(QStringLiteral(AMANAH_SOURCE_ROOT "/resources/schemas/access-package.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList required = stringsOf(schema.value(QStringLiteral("required")));
    QStringList expected = AccessPackage::requiredFields();
    required.sort();
    expected.sort();
    QCOMPARE(required, expected);
    const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    for (const QString& f : expected) {
        QVERIFY2(props.contains(f), qPrintable(f));
    }
    QCOMPARE(props.value(QStringLiteral("schema")).toObject().value(QStringLiteral("const")).toString(),
             AccessPackage::schemaId());
}

void TestAccessPackage::releaseRecordsHashes()
{
    Fixture f;
    makeFixture(&f, QStringLiteral("en"), true);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTemporaryDir out;
    // Only an approved request is released; nothing is written otherwise.
    {
        Fixture pending;
        makeFixture(&pending, QStringLiteral("en"), false);
        auto refused
            = AccessPackage::release(pending.officer, pending.requestId, out.path(), &DocumentRenderer::htmlToPdf);
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
    }
    auto released = AccessPackage::release(f.officer, f.requestId, out.path(), &DocumentRenderer::htmlToPdf);
    QVERIFY2(released.ok(), qPrintable(released.errorString()));
    QCOMPARE(released->jsonSha256, sha256Of(released->jsonPath));
    QCOMPARE(released->pdfSha256, sha256Of(released->pdfPath));

    const Database& db = *f.tw->workspace()->database();
    auto audit = db.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'request.package_released' AND "
                                        "object_type = 'request' AND object_id = ?"),
                         {QString::number(f.requestId)});
    QVERIFY(audit->next());
    QMap<QString, QString> details;
    for (const QString& part : audit->value(0).toString().split(QLatin1Char(';'))) {
        details.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
    }
    QCOMPARE(details.value(QStringLiteral("json_sha256")), sha256Of(released->jsonPath));
    QCOMPARE(details.value(QStringLiteral("pdf_sha256")), sha256Of(released->pdfPath));
    QVERIFY(!audit->value(0).toString().contains(QLatin1String("Anna")));
    auto request = RequestService(f.officer).get(f.requestId);
    QCOMPARE(request->request.state, Request::State::Completed);
    QVERIFY(request->request.artefactSha256.contains(released->jsonSha256));
    QVERIFY(request->request.artefactSha256.contains(released->pdfSha256));

    // The JSON file is the package.
    QFile json(released->jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject j = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(j.value(QStringLiteral("personalData")).toObject().value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Anna Schmidt-Wirbel"));

    // The PDF's text: the customer's name and every section, the rights with the complaint.
    const QString text = pdfText(released->pdfPath);
    QVERIFY2(text.contains(QLatin1String("Anna Schmidt-Wirbel")), qPrintable(text.left(500)));
    for (const QString& title : AccessPackage::sectionTitles(QStringLiteral("en"))) {
        QVERIFY2(text.contains(title), qPrintable(title));
    }
    QVERIFY(text.contains(QLatin1String("right to lodge a complaint")));

    // Released once: the request is completed and cannot be released again.
    QCOMPARE(AccessPackage::release(f.officer, f.requestId, out.path(), &DocumentRenderer::htmlToPdf).code(),
             ErrorCode::InvalidInput);
}

void TestAccessPackage::indonesianCustomerGetsIndonesian()
{
    Fixture f;
    makeFixture(&f, QStringLiteral("id"), true);
    if (QTest::currentTestFailed()) {
        return;
    }
    QTemporaryDir out;
    auto released = AccessPackage::release(f.officer, f.requestId, out.path(), &DocumentRenderer::htmlToPdf);
    QVERIFY2(released.ok(), qPrintable(released.errorString()));
    const QString text = pdfText(released->pdfPath);
    for (const QString& title : AccessPackage::sectionTitles(QStringLiteral("id"))) {
        QVERIFY2(text.contains(title), qPrintable(title));
    }
    QVERIFY(text.contains(QLatin1String("Anna Schmidt-Wirbel")));
    QVERIFY(text.contains(QLatin1String("berhak mengajukan pengaduan")));
}

void TestAccessPackage::portabilityJsonAndCsv()
{
    Fixture f;
    makeFixture(&f, QStringLiteral("en"), true, Request::Type::Portability);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto pkg = PortabilityPackage::build(f.officer, f.requestId);
    QVERIFY2(pkg.ok(), qPrintable(pkg.errorString()));
    const QJsonObject j = pkg->toJson();
    QCOMPARE(j.value(QStringLiteral("providedData")).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("anna.wirbel@example.org"));
    QCOMPARE(j.value(QStringLiteral("consents")).toArray().size(), 1);
    QVERIFY(!j.value(QStringLiteral("providedData")).toObject().contains(QStringLiteral("notes")));
    QTemporaryDir out;
    auto released = PortabilityPackage::release(f.officer, f.requestId, out.path());
    QVERIFY2(released.ok(), qPrintable(released.errorString()));
    QCOMPARE(released->csvSha256, sha256Of(released->csvPath));
    QFile csv(released->csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.startsWith(QLatin1String("section,field,value\r\n")));
    QVERIFY(text.contains(QLatin1String("data,full_name,Anna Schmidt-Wirbel")));
    QVERIFY(text.contains(QLatin1String("data,phone,'+49309876543"))); // a leading + is neutralised
    const Database& db = *f.tw->workspace()->database();
    auto details = db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'request.package_released'"));
    QVERIFY(details->toString().contains(QStringLiteral("csv_sha256=") + sha256Of(released->csvPath)));
    QVERIFY(details->toString().contains(QStringLiteral("json_sha256=") + sha256Of(released->jsonPath)));
    QCOMPARE(RequestService(f.officer).get(f.requestId)->request.state, Request::State::Completed);

    // An agent may fulfil portability too; a manager may not even preview.
    auto manager = f.tw->signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    QCOMPARE(PortabilityPackage::build(manager, f.requestId).code(), ErrorCode::PermissionDenied);
    auto agent = f.tw->signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(PortabilityPackage::build(agent, f.requestId).ok());
}

void TestAccessPackage::rendererRefusesUnwritablePath()
{
    const Status st = DocumentRenderer::htmlToPdf(
        QStringLiteral("<p>x</p>"), QStringLiteral("/nonexistent-folder/for/sure/x.pdf"), QStringLiteral("x"));
    QCOMPARE(st.code(), ErrorCode::ReadOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ok.pdf"));
    QVERIFY(
        DocumentRenderer::htmlToPdf(QStringLiteral("<h1>Ringkasan</h1><p>Çağrı Müller</p>"), path, QStringLiteral("t"))
            .ok());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QLatin1String("Ringkasan")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Çağrı Müller")), qPrintable(text));
}

QTEST_MAIN(TestAccessPackage)
#include "TestAccessPackage.moc"
