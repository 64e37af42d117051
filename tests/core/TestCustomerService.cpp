// The encrypted write/read path of customer records: round trips in any script, exact
// lookups through blind indexes, rectification with reason and conflict detection, and
// refusal (never garbage) of tampered, moved or foreign blobs, damaged rows marked as such in
// the table's summaries, and control characters refused on entry.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/requests/RequestService.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);

Customer sample(const QString& name, const QString& email, const QString& phone, const QString& ref)
{
    Customer c;
    c.fullName = name;
    c.email = email;
    c.phone = phone;
    c.externalRef = ref;
    c.address = QStringLiteral("Jl. Kenari 7, Jakarta");
    c.birthDate = QDate(1991, 2, 3);
    c.notes = QStringLiteral("Prefers WhatsApp");
    c.country = QStringLiteral("id");
    c.jurisdiction = QStringLiteral("UU_PDP");
    return c;
}
} // namespace

class TestCustomerService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void roundTripAnyScript_data();
    void roundTripAnyScript();
    void exactLookups();
    void rectifyNeedsReasonAndDetectsConflict();
    void invalidInputChangesNothing();
    void tamperedBlobIsRefused();
    void movedBlobIsRefused();
    void keyFromAnotherWorkspaceIsRefused();
    void damagedRowIsMarkedNotBlank();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void multiLineFieldsKeepLineBreaks();
    void changeHistoryIsAFactNotAuditText();
};

void TestCustomerService::roundTripAnyScript_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("latin") << QStringLiteral("Dewi Lestari");
    QTest::newRow("accents") << QString::fromUtf8("José Álvarez Núñez");
    QTest::newRow("arabic") << QString::fromUtf8("نور الهدى");
    QTest::newRow("emoji") << QString::fromUtf8("Rina 🌸👩🏽‍💻");
    QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE customers; --");
    QTest::newRow("sql quote") << QStringLiteral("'; DROP TABLE customers; --");
    QTest::newRow("combining marks") << QString::fromUtf8("Nguye\u0302\u0303n Tha\u0300nh"); // decomposed
    QTest::newRow("arabic and latin with marks")
        << QString::fromUtf8("Ali \u200F\u0639\u0644\u064A\u200E Jr."); // RLM, LRM: implicit, accepted
    QTest::newRow("persian zwnj") << QString::fromUtf8("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
}

void TestCustomerService::roundTripAnyScript()
{
    QFETCH(QString, name);
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(agent);
    CustomerService svc(agent);
    auto id = svc.create(sample(
        name, QStringLiteral(" Dewi@Contoh.CO.id "), QStringLiteral("+62 812-3456-7801"), QStringLiteral("SHOP-1")));
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto c = svc.get(*id);
    QVERIFY2(c.ok(), qPrintable(c.errorString()));
    QCOMPARE(c->fullName, name);
    QCOMPARE(c->email, QStringLiteral("dewi@contoh.co.id"));
    QCOMPARE(c->phone, QStringLiteral("+6281234567801"));
    QCOMPARE(c->externalRef, QStringLiteral("SHOP-1"));
    QCOMPARE(c->birthDate, QDate(1991, 2, 3));
    QCOMPARE(c->country, QStringLiteral("ID"));
    QCOMPARE(c->version, 1);
    // Nothing readable in the row itself.
    auto raw = tw.workspace()->database()->exec(
        QStringLiteral("SELECT full_name, email, phone, address, notes FROM customers WHERE id = ?"), {*id});
    QVERIFY(raw.ok() && raw->next());
    for (int i = 0; i < 5; ++i) {
        const QByteArray blob = raw->value(i).toByteArray();
        QVERIFY(!blob.contains(name.toUtf8()));
        QVERIFY(!blob.contains("contoh"));
        QVERIFY(!blob.contains("3456"));
        QVERIFY(!blob.contains("Kenari"));
    }
}

void TestCustomerService::exactLookups()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    auto a = svc.create(
        sample(QStringLiteral("A"), QStringLiteral("a@x.id"), QStringLiteral("0812 1111 2222"), QStringLiteral("R-1")));
    auto b = svc.create(sample(
        QStringLiteral("B"), QStringLiteral("b@x.id"), QStringLiteral("+62 812 3333 4444"), QStringLiteral("R-2")));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(svc.find(CustomerService::Lookup::Email, QStringLiteral("  A@X.ID")).value(), QStringList{*a});
    QCOMPARE(svc.find(CustomerService::Lookup::Phone, QStringLiteral("+62-812-3333-4444")).value(), QStringList{*b});
    QCOMPARE(svc.find(CustomerService::Lookup::ExternalRef, QStringLiteral("R-2")).value(), QStringList{*b});
    QVERIFY(svc.find(CustomerService::Lookup::Email, QStringLiteral("c@x.id")).value().isEmpty());
    // The same reference twice is refused.
    auto dup = svc.create(sample(QStringLiteral("C"), {}, {}, QStringLiteral("R-1")));
    QCOMPARE(dup.code(), ErrorCode::Conflict);
}

void TestCustomerService::rectifyNeedsReasonAndDetectsConflict()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto first = tw.signInNewUser(QStringLiteral("agent1"), kAgent);
    auto second = tw.signInNewUser(QStringLiteral("agent2"), kAgent);
    CustomerService one(first);
    CustomerService two(second);
    auto id = one.create(sample(QStringLiteral("Budi"), QStringLiteral("budi@x.id"), {}, {}));
    QVERIFY(id.ok());
    const int version = one.get(*id)->version;
    QCOMPARE(one.rectify(*id, CustomerService::Field::Email, QStringLiteral("budi@new.id"), QStringLiteral(""), version)
                 .code(),
             ErrorCode::InvalidInput);
    QVERIFY(one.rectify(*id,
                        CustomerService::Field::Email,
                        QStringLiteral("budi@new.id"),
                        QStringLiteral("Customer asked by phone"),
                        version)
                .ok());
    // The second agent still holds the old version: refused, nothing overwritten.
    auto conflict = two.rectify(*id,
                                CustomerService::Field::Email,
                                QStringLiteral("other@x.id"),
                                QStringLiteral("Typo in the address"),
                                version);
    QCOMPARE(conflict.code(), ErrorCode::Conflict);
    auto now = two.get(*id);
    QCOMPARE(now->email, QStringLiteral("budi@new.id"));
    QCOMPARE(now->version, version + 1);
    QCOMPARE(two.find(CustomerService::Lookup::Email, QStringLiteral("budi@new.id")).value(), QStringList{*id});
    QVERIFY(two.find(CustomerService::Lookup::Email, QStringLiteral("budi@x.id")).value().isEmpty());
    // The reason is audited; the old value is nowhere.
    auto audit = tw.workspace()->database()->exec(
        QStringLiteral("SELECT justification, details FROM audit_log WHERE action = 'customer.rectify'"));
    QVERIFY(audit.ok() && audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("Customer asked by phone"));
    QCOMPARE(audit->value(1).toString(), QStringLiteral("field=email;version=2"));
}

void TestCustomerService::invalidInputChangesNothing()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    const auto before = tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt();
    QCOMPARE(svc.create(sample(QString(), {}, {}, {})).code(), ErrorCode::InvalidInput);
    QCOMPARE(svc.create(sample(QStringLiteral("X"), QStringLiteral("not-an-email"), {}, {})).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(svc.create(sample(QStringLiteral("X"), {}, QStringLiteral("12"), {})).code(), ErrorCode::InvalidInput);
    // validateNew() (forms that create the customer later) refuses the same input, writes nothing.
    QCOMPARE(svc.validateNew(sample(QString(), {}, {}, {})).code(), ErrorCode::InvalidInput);
    QCOMPARE(svc.validateNew(sample(QStringLiteral("X"), QStringLiteral("not-an-email"), {}, {})).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(svc.validateNew(sample(QStringLiteral("X"), {}, QStringLiteral("12"), {})).code(),
             ErrorCode::InvalidInput);
    QVERIFY(svc.validateNew(sample(QStringLiteral("X"), QStringLiteral("x@example.com"), {}, {})).ok());
    QCOMPARE(tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), before);
}

void TestCustomerService::tamperedBlobIsRefused()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    auto id = svc.create(sample(QStringLiteral("Siti"), QStringLiteral("siti@x.id"), {}, {}));
    QVERIFY(id.ok());
    const Database& db = *tw.workspace()->database();
    const QByteArray blob
        = db.scalar(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"), {*id})->toByteArray();
    for (qsizetype byte : {qsizetype(0), qsizetype(1), qsizetype(13), blob.size() / 2, blob.size() - 1}) {
        QByteArray bad = blob;
        bad[byte] = static_cast<char>(bad[byte] ^ 0x01);
        QVERIFY(db.exec(QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"), {bad, *id}).ok());
        auto r = svc.get(*id);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flipped byte %1 accepted").arg(byte)));
        QVERIFY(r.code() == ErrorCode::Crypto);
    }
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"), {blob.left(10), *id}).ok());
    QCOMPARE(svc.get(*id).code(), ErrorCode::Crypto);
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"), {blob, *id}).ok());
    QCOMPARE(svc.get(*id)->fullName, QStringLiteral("Siti"));
}

void TestCustomerService::movedBlobIsRefused()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    auto a = svc.create(sample(QStringLiteral("Ani"), QStringLiteral("ani@x.id"), {}, {}));
    auto b = svc.create(sample(QStringLiteral("Bayu"), QStringLiteral("bayu@x.id"), {}, {}));
    QVERIFY(a.ok() && b.ok());
    const Database& db = *tw.workspace()->database();
    // Another column of the same row.
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET address = email WHERE id = ?"), {*a}).ok());
    QCOMPARE(svc.get(*a).code(), ErrorCode::Crypto);
    // The same column of another customer.
    const QByteArray bEmail
        = db.scalar(QStringLiteral("SELECT email FROM customers WHERE id = ?"), {*b})->toByteArray();
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET address = NULL, email = ? WHERE id = ?"), {bEmail, *a}).ok());
    QCOMPARE(svc.get(*a).code(), ErrorCode::Crypto);
    // Another customer's data key.
    const QByteArray bKey
        = db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {*b})->toByteArray();
    QVERIFY(db.exec(QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"), {bKey, *a}).ok());
    QCOMPARE(svc.get(*a).code(), ErrorCode::Crypto);
    QVERIFY(svc.get(*b).ok());
}

void TestCustomerService::keyFromAnotherWorkspaceIsRefused()
{
    TestWorkspace one;
    TestWorkspace two;
    QVERIFY2(one.ok() && two.ok(), qPrintable(one.errorString() + two.errorString()));
    auto agent1 = one.signInNewUser(QStringLiteral("agent"), kAgent);
    auto agent2 = two.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService s1(agent1);
    CustomerService s2(agent2);
    auto id1 = s1.create(sample(QStringLiteral("One"), {}, {}, {}));
    auto id2 = s2.create(sample(QStringLiteral("Two"), {}, {}, {}));
    QVERIFY(id1.ok() && id2.ok());
    const QByteArray foreign
        = two.workspace()
              ->database()
              ->scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {*id2})
              ->toByteArray();
    const Database& db = *one.workspace()->database();
    QVERIFY(
        db.exec(QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"), {foreign, *id1}).ok());
    auto r = s1.get(*id1);
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Crypto);
    QVERIFY(!r.errorString().isEmpty());
    // A key slot from the other workspace does not open this one, even with the same password.
    auto slotTwo = two.workspace()->database()->exec(
        QStringLiteral("SELECT salt, wrapped, label FROM key_slots WHERE kind = 'password' ORDER BY id LIMIT 1"));
    QVERIFY(slotTwo.ok() && slotTwo->next());
    QVERIFY(db.exec(QStringLiteral("UPDATE key_slots SET salt = ?, wrapped = ? WHERE label = ?"),
                    {slotTwo->value(0), slotTwo->value(1), slotTwo->value(2)})
                .ok());
    auto signIn = Authenticator(one.workspace()).signIn(QStringLiteral("admin"), TestWorkspace::adminPassword());
    QVERIFY(!signIn.ok());
    QCOMPARE(signIn.code(), ErrorCode::Authentication);
}

void TestCustomerService::damagedRowIsMarkedNotBlank()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    auto keyBroken = svc.create(sample(QStringLiteral("Kunci"), QStringLiteral("k@x.id"), {}, QStringLiteral("R-1")));
    auto fieldBroken = svc.create(sample(QStringLiteral("Kolom"), QStringLiteral("f@x.id"), {}, QStringLiteral("R-2")));
    auto fine = svc.create(sample(QStringLiteral("Baik"), QStringLiteral("b@x.id"), {}, QStringLiteral("R-3")));
    QVERIFY(keyBroken.ok() && fieldBroken.ok() && fine.ok());
    const Database& db = *tw.workspace()->database();
    // One byte flipped with plain SQL: in a wrapped data key, and in one field blob (email).
    auto flip = [&](const QString& select, const QString& update, const QString& id) {
        QByteArray b = db.scalar(select, {id})->toByteArray();
        b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x01);
        return db.exec(update, {b, id}).ok();
    };
    QVERIFY(flip(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"),
                 QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"),
                 *keyBroken));
    QVERIFY(flip(QStringLiteral("SELECT email FROM customers WHERE id = ?"),
                 QStringLiteral("UPDATE customers SET email = ? WHERE id = ?"),
                 *fieldBroken));
    auto rows = svc.summaries({*keyBroken, *fieldBroken, *fine});
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    QCOMPARE(rows->size(), 3);
    for (int i : {0, 1}) {
        const CustomerService::Summary& s = rows->at(i);
        QVERIFY2(s.damaged, qPrintable(s.id));
        // Nothing half-decrypted: the name and reference of the field-damaged row are not shown either.
        QVERIFY(s.fullName.isEmpty() && s.email.isEmpty() && s.externalRef.isEmpty() && s.phone.isEmpty());
    }
    QVERIFY(!rows->at(2).damaged);
    QCOMPARE(rows->at(2).fullName, QStringLiteral("Baik"));
    // The table's pages say the same; the record itself is refused with a crypto error.
    auto page = svc.list({});
    QVERIFY(page.ok());
    int damaged = 0;
    for (const CustomerService::Summary& s : page->rows) {
        damaged += s.damaged ? 1 : 0;
    }
    QCOMPARE(damaged, 2);
    QCOMPARE(svc.get(*keyBroken).code(), ErrorCode::Crypto);
    QCOMPARE(svc.get(*fieldBroken).code(), ErrorCode::Crypto);
}

void TestCustomerService::controlCharactersAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("codePoint");
    QTest::newRow("name ESC") << QStringLiteral("full_name") << QStringLiteral("Ann\x1B[31mRed")
                              << QStringLiteral("U+001B");
    QTest::newRow("name BEL") << QStringLiteral("full_name") << QStringLiteral("Ann\aBell") << QStringLiteral("U+0007");
    QTest::newRow("name TAB") << QStringLiteral("full_name") << QStringLiteral("Ann\tLee") << QStringLiteral("U+0009");
    QTest::newRow("name newline") << QStringLiteral("full_name") << QStringLiteral("Ann\nLee")
                                  << QStringLiteral("U+000A");
    QTest::newRow("name NUL") << QStringLiteral("full_name")
                              << QStringLiteral("Ann") + QChar(u'\0') + QStringLiteral("x") << QStringLiteral("U+0000");
    QTest::newRow("name DEL") << QStringLiteral("full_name") << QStringLiteral("Ann\x7FLee")
                              << QStringLiteral("U+007F");
    QTest::newRow("name C1 CSI") << QStringLiteral("full_name") << QString::fromUtf8("Ann\u009B2J")
                                 << QStringLiteral("U+009B");
    QTest::newRow("name RLO") << QStringLiteral("full_name") << QString::fromUtf8("Ann \u202Egnp.exe")
                              << QStringLiteral("U+202E");
    QTest::newRow("name isolate") << QStringLiteral("full_name") << QString::fromUtf8("Ann \u2066x\u2069")
                                  << QStringLiteral("U+2066");
    QTest::newRow("name line separator") << QStringLiteral("full_name") << QString::fromUtf8("Ann\u2028Lee")
                                         << QStringLiteral("U+2028");
    QTest::newRow("email ESC") << QStringLiteral("email") << QStringLiteral("a\x1B@x.id") << QStringLiteral("U+001B");
    QTest::newRow("reference BEL") << QStringLiteral("external_ref") << QStringLiteral("R-\a1")
                                   << QStringLiteral("U+0007");
    QTest::newRow("address ESC") << QStringLiteral("address") << QStringLiteral("Jl. \x1B[2J")
                                 << QStringLiteral("U+001B");
    QTest::newRow("notes RLO") << QStringLiteral("notes") << QString::fromUtf8("ok \u202E") << QStringLiteral("U+202E");
}

void TestCustomerService::controlCharactersAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, codePoint);
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    Customer c = sample(QStringLiteral("Siti"), QStringLiteral("siti@x.id"), {}, QStringLiteral("R-1"));
    QString* target = field == QLatin1String("full_name") ? &c.fullName
        : field == QLatin1String("email")                 ? &c.email
        : field == QLatin1String("external_ref")          ? &c.externalRef
        : field == QLatin1String("address")               ? &c.address
                                                          : &c.notes;
    const Customer good = c;
    *target = value;
    auto created = svc.create(c);
    QCOMPARE(created.code(), ErrorCode::InvalidInput);
    // The message names the field and the character, never the value.
    QVERIFY2(created.errorString().contains(CustomerService::fieldName(field)), qPrintable(created.errorString()));
    QVERIFY2(created.errorString().contains(codePoint), qPrintable(created.errorString()));
    QCOMPARE(svc.validateNew(c).code(), ErrorCode::InvalidInput);
    QCOMPARE(tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
    // A rectification is refused the same way and changes nothing.
    auto id = svc.create(good);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    const CustomerService::Field f = field == QLatin1String("full_name") ? CustomerService::Field::FullName
        : field == QLatin1String("email")                                ? CustomerService::Field::Email
        : field == QLatin1String("external_ref")                         ? CustomerService::Field::ExternalRef
        : field == QLatin1String("address")                              ? CustomerService::Field::Address
                                                                         : CustomerService::Field::Notes;
    auto st = svc.rectify(*id, f, value, QStringLiteral("Customer asked for it"), 1);
    QCOMPARE(st.code(), ErrorCode::InvalidInput);
    QVERIFY2(st.errorString().contains(codePoint), qPrintable(st.errorString()));
    QCOMPARE(svc.get(*id)->version, 1);
}

void TestCustomerService::multiLineFieldsKeepLineBreaks()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    Customer c = sample(QStringLiteral("Siti"), {}, {}, {});
    c.address = QStringLiteral("Jl. Kenari 7\r\nJakarta");
    c.notes = QStringLiteral("line one\n\tindented");
    auto id = svc.create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    QCOMPARE(svc.get(*id)->notes, c.notes);
}


// A customer's change history is its own table (issue #18), written with the change; a
// workspace from before it gets it filled from the audit trail once. No value is kept.
void TestCustomerService::changeHistoryIsAFactNotAuditText()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    CustomerService svc(agent);
    auto id = svc.create(sample(QStringLiteral("Budi Santoso"), QStringLiteral("budi@x.id"), {}, {}));
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    RequestInput in;
    in.type = Request::Type::Rectification;
    in.channel = QStringLiteral("email");
    in.customerId = *id;
    in.requester.name = QStringLiteral("Budi Santoso");
    auto request = RequestService(agent).intake(in);
    QVERIFY2(request.ok(), qPrintable(request.errorString()));
    QVERIFY(svc.rectify(*id,
                        CustomerService::Field::Email,
                        QStringLiteral("budi@new.id"),
                        QStringLiteral("Customer asked by phone"),
                        1,
                        request->id)
                .ok());
    QVERIFY(svc.setRestricted(*id, true, QStringLiteral("Accuracy contested"), 2).ok());
    QVERIFY(svc.rectify(*id,
                        CustomerService::Field::FullName,
                        QStringLiteral("Budi S. Santoso"),
                        QStringLiteral("Spelling on the ID card"),
                        3)
                .ok());
    const Database& db = *tw.workspace()->database();
    const auto rows = [&db] {
        QStringList out;
        auto q = db.exec(QStringLiteral("SELECT field, version, actor, COALESCE(request_id, 0) FROM customer_changes "
                                        "ORDER BY version"));
        while (q && q->next()) {
            out << QStringLiteral("%1 v%2 %3 r%4")
                       .arg(q->value(0).toString())
                       .arg(q->value(1).toInt())
                       .arg(q->value(2).toString())
                       .arg(q->value(3).toLongLong());
        }
        return out;
    };
    const QStringList expected{QStringLiteral("email v2 agent r%1").arg(request->id),
                               QStringLiteral("status v3 agent r0"),
                               QStringLiteral("full_name v4 agent r0")};
    QCOMPARE(rows(), expected);
    auto since = svc.changesSince(*id, 2);
    QVERIFY(since.ok());
    QCOMPARE(since->size(), 2);
    QCOMPARE(since->first().field, QStringLiteral("status"));
    // No value of the customer's in the history.
    auto all = db.exec(QStringLiteral("SELECT * FROM customer_changes"));
    while (all && all->next()) {
        for (int c = 0; c < all->record().count(); ++c) {
            QVERIFY(!all->value(c).toString().contains(QLatin1String("budi@")));
            QVERIFY(!all->value(c).toString().contains(QLatin1String("Santoso")));
        }
    }

    // A workspace from before migration 6: the table is filled from the trail when it opens.
    agent.reset();
    QSqlQuery drop(db.connection()); // DDL unprepared: PostgreSQL prepares no DROP
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE customer_changes")));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 6")).ok());
    QVERIFY(tw.reopen());
    QCOMPARE(tw.workspace()->database()->schemaVersion(), Database::latestSchemaVersion());
    const Database& again = *tw.workspace()->database();
    QStringList filled;
    auto q = again.exec(QStringLiteral("SELECT field, version, actor, COALESCE(request_id, 0) FROM customer_changes "
                                       "ORDER BY version"));
    while (q && q->next()) {
        filled << QStringLiteral("%1 v%2 %3 r%4")
                      .arg(q->value(0).toString())
                      .arg(q->value(1).toInt())
                      .arg(q->value(2).toString())
                      .arg(q->value(3).toLongLong());
    }
    QCOMPARE(filled, expected);
}

QTEST_GUILESS_MAIN(TestCustomerService)
#include "TestCustomerService.moc"
