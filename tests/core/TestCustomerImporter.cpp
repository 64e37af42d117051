// The CSV reader (RFC 4180 edge cases) and the customer importer: validation report with
// line numbers, all-or-nothing by default, good rows only on request, duplicates, one audit
// entry, cancel.
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerBulkWriter.h"
#include "core/customers/CustomerImporter.h"
#include "core/customers/CustomerService.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QFileInfo>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);

QStringList strs(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* s : items) {
        out << QString::fromUtf8(s);
    }
    return out;
}

// "name,email" and @p rows people with distinct addresses.
QByteArray peopleCsv(int rows)
{
    QByteArray csv("name,email\n");
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("Person %1,p%1@x.id\n").arg(i).toUtf8();
    }
    return csv;
}

// A workspace where an officer made marketing purposes (coded as given), and an agent who imports.
struct Fixture
{
    std::unique_ptr<TestWorkspace> tw;
    std::shared_ptr<Session> officer;
    std::shared_ptr<Session> agent;
    const Database& db() const { return *tw->workspace()->database(); }
    qint64 purposeId(const QString& code) const
    {
        return db().scalar(QStringLiteral("SELECT id FROM purposes WHERE code = ?"), {code})->toLongLong();
    }
};

QList<CsvReader::Record> readAll(const QByteArray& data)
{
    CsvReader reader(data);
    QList<CsvReader::Record> all;
    CsvReader::Record r;
    while (reader.next(&r)) {
        all << r;
    }
    return all;
}
} // namespace

class TestCustomerImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void reader_data();
    void reader();
    void hugeFieldIsLinear();
    void importReportsAndRefuses();
    void goodRowsOnlyAndDuplicates();
    void cancelLeavesNothing();
    void bulkWriterDerivesCurrentState();
    void bulkWriterFailureLeavesNothing();
    void importCheckpointsInTheBackground();
    void duplicatesAcrossChunks();
    void controlCharactersRefusedWithLineNumbers();
    void csvWriterEscapesControlCharacters_data();
    void csvWriterEscapesControlCharacters();

private:
    void makeFixture(Fixture* f, const QStringList& purposes = {QStringLiteral("newsletter")});
};

void TestCustomerImporter::makeFixture(Fixture* f, const QStringList& purposes)
{
    f->tw = std::make_unique<TestWorkspace>();
    QVERIFY2(f->tw->ok(), qPrintable(f->tw->errorString()));
    f->officer = f->tw->signInNewUser(QStringLiteral("officer"), kOfficer);
    for (const QString& code : purposes) {
        Purpose p;
        p.code = code;
        p.name = code;
        p.marketing = true;
        QVERIFY(PurposeService(f->officer).create(p).ok());
    }
    f->agent = f->tw->signInNewUser(QStringLiteral("agent"), kAgent);
    QVERIFY(f->agent);
}

void TestCustomerImporter::reader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("lastLine");
    QTest::addColumn<QStringList>("lastFields");
    QTest::addColumn<bool>("lastError");
    QTest::newRow("plain") << QByteArray("a,b\r\nc,d\r\n") << 2 << 2 << strs({"c", "d"}) << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\nc,d")
                         << 2 << 2 << strs({"c", "d"}) << false;
    QTest::newRow("quotes") << QByteArray("x\n\"He said \"\"hi\"\"\",\"a,b\"\n") << 2 << 2
                            << strs({"He said \"hi\"", "a,b"}) << false;
    QTest::newRow("embedded newline") << QByteArray("x\n\"line1\nline2\",y\nz,w\n") << 3 << 4 << strs({"z", "w"})
                                      << false;
    QTest::newRow("empty lines") << QByteArray("a\n\n\r\n\nb\n") << 2 << 5 << strs({"b"}) << false;
    QTest::newRow("empty fields") << QByteArray("a,,\n") << 1 << 1 << strs({"a", "", ""}) << false;
    QTest::newRow("unclosed quote") << QByteArray("a\n\"open,b\n") << 2 << 2 << strs({"open,b\n"}) << true;
    QTest::newRow("text after quote") << QByteArray("\"a\"b,c\n") << 1 << 1 << strs({"ab", "c"}) << true;
    QTest::newRow("invalid utf8") << QByteArray("\xff\xfe,a\n") << 1 << 1 << strs({"\xEF\xBF\xBD\xEF\xBF\xBD", "a"})
                                  << true;
    QTest::newRow("formula") << QByteArray("=HYPERLINK(\"x\"),+1,-2,@SUM(A1)\n") << 1 << 1
                             << strs({"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)"}) << false;
}

void TestCustomerImporter::reader()
{
    QFETCH(QByteArray, data);
    QFETCH(int, records);
    QFETCH(int, lastLine);
    QFETCH(QStringList, lastFields);
    QFETCH(bool, lastError);
    const auto all = readAll(data);
    QCOMPARE(all.size(), records);
    QCOMPARE(all.last().line, qint64(lastLine));
    QCOMPARE(all.last().fields, lastFields);
    QCOMPARE(!all.last().error.isEmpty(), lastError);
}

void TestCustomerImporter::hugeFieldIsLinear()
{
    QByteArray data("name,notes\n\"Big\",\"");
    data.append(QByteArray(10 * 1024 * 1024, 'x'));
    data.append("\"\nSmall,ok\n");
    QElapsedTimer t;
    t.start();
    const auto all = readAll(data);
    QVERIFY(t.elapsed() < 3000);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).fields.at(1).size(), 10 * 1024 * 1024);
    QCOMPARE(all.at(2).line, qint64(3));
}

void TestCustomerImporter::importReportsAndRefuses()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto& agent = f.agent;
    QByteArray csv("\xEF\xBB\xBF"
                   "name,email,phone,country,notes,consent:newsletter,consent_date\r\n"
                   "\"Dewi \"\"D\"\" Lestari\",dewi@x.id,0812 3456 7801,ID,\"two\nlines\",yes,2025-06-01\r\n"
                   "Bad Email,not-an-email,,ID,,yes,\r\n"
                   "Short,row\r\n"
                   "\"=HYPERLINK(\"\"http://evil\"\")\",f@x.id,,ID,,no,\r\n"
                   "\r\n"
                   "Big,big@x.id,,ID,\"");
    csv.append(QByteArray(10 * 1024 * 1024, 'n'));
    csv.append("\",,\r\nMaybe,m@x.id,,ID,,perhaps,\r\n");
    CustomerImporter importer(agent);
    const auto mapping = CustomerImporter::guessMapping(CustomerImporter::header(csv));
    QCOMPARE(mapping.consents.size(), 1);
    auto report = importer.run(csv, mapping);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->rows, 6);
    QCOMPARE(report->imported, 0);
    QList<qint64> lines;
    for (const auto& pr : report->problems) {
        lines << pr.line;
    }
    QCOMPARE(lines, (QList<qint64>{4, 5, 8, 9}));
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
}

void TestCustomerImporter::goodRowsOnlyAndDuplicates()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto& agent = f.agent;
    QVERIFY(CustomerService(agent)
                .create([] {
                    Customer c;
                    c.fullName = QStringLiteral("Existing");
                    c.email = QStringLiteral("old@x.id");
                    c.jurisdiction = QStringLiteral("UU_PDP");
                    return c;
                }())
                .ok());
    const QByteArray csv("name,email,consent:newsletter,evidence\n"
                         "A,a@x.id,yes,form-17\n"
                         "B,A@X.ID,yes,\n"
                         "C,old@x.id,no,\n"
                         "=cmd|' /C calc'!A0,d@x.id,yes,\n");
    CustomerImporter importer(agent);
    auto report = importer.run(
        csv, CustomerImporter::guessMapping(CustomerImporter::header(csv)), CustomerImporter::Policy::GoodRowsOnly);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->duplicates, 2);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->consentEvents, 2);
    CustomerService svc(agent);
    auto a = svc.find(CustomerService::Lookup::Email, QStringLiteral("a@x.id"));
    QCOMPARE(a->size(), 1);
    auto formula = svc.find(CustomerService::Lookup::Email, QStringLiteral("d@x.id"));
    QCOMPARE(svc.get(formula->first())->fullName, QStringLiteral("=cmd|' /C calc'!A0"));
    auto hist = ConsentService(agent).history(a->first());
    QCOMPARE(hist->size(), 1);
    QCOMPARE(hist->first().event.channel, ConsentEvent::Channel::Import);
    QCOMPARE(hist->first().event.evidence, QStringLiteral("form-17"));
    QCOMPARE(ConsentService(agent).mayUse(a->first(), QStringLiteral("newsletter"))->allowed, true);
    auto audit = f.db().exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'customer.import'"));
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("rows=4;imported=2;bad=2;duplicates=2;consent_events=2"));
    QVERIFY(!audit->next());
}

void TestCustomerImporter::cancelLeavesNothing()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f, {});
    if (QTest::currentTestFailed()) {
        return;
    }
    int calls = 0;
    auto report = CustomerImporter(f.agent).run(peopleCsv(4500),
                                                CustomerImporter::guessMapping(strs({"name", "email"})),
                                                CustomerImporter::Policy::AllOrNothing,
                                                [&](qint64 done, qint64 total) {
                                                    Q_UNUSED(total);
                                                    ++calls;
                                                    return done < total / 2 + 10; // cancel during the write pass
                                                });
    QCOMPARE(report.code(), ErrorCode::Cancelled);
    QVERIFY(calls > 1);
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
}

void TestCustomerImporter::controlCharactersRefusedWithLineNumbers()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QByteArray csv("name,email\n"
                         "Dewi Lestari,dewi@x.id\n" // 2
                         "\"Esc\x1B[31mRed\",esc@x.id\n" // 3
                         "Bell\x07,bell@x.id\n" // 4
                         "\"Tab\tName\",tab@x.id\n" // 5
                         "\"New\nLine\",nl@x.id\n" // 6 (and 7)
                         "\xE2\x80\xAEgnp.exe,rlo@x.id\n" // 8: U+202E
                         "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF \xD8\xB9\xD9\x84\xD9\x8A,arab@x.id\n" // 9: Arabic
                         "Rina \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB,emoji@x.id\n" // 10: emoji with ZWJ
                         "\"'; DROP TABLE customers; --\",drop@x.id\n" // 11
                         "Plain,\"e\x1B@x.id\"\n"); // 12: in the email
    const auto mapping = CustomerImporter::guessMapping(CustomerImporter::header(csv));
    CustomerImporter importer(f.agent);
    auto report = importer.run(csv, mapping);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->rows, 10);
    QCOMPARE(report->imported, 0);
    QList<qint64> lines;
    QStringList reasons;
    for (const auto& p : report->problems) {
        lines << p.line;
        reasons << p.reason;
    }
    QCOMPARE(lines, (QList<qint64>{3, 4, 5, 6, 8, 12}));
    const QStringList points{QStringLiteral("U+001B"),
                             QStringLiteral("U+0007"),
                             QStringLiteral("U+0009"),
                             QStringLiteral("U+000A"),
                             QStringLiteral("U+202E"),
                             QStringLiteral("U+001B")};
    for (int i = 0; i < reasons.size(); ++i) {
        QVERIFY2(reasons[i].contains(points[i]), qPrintable(reasons[i]));
        QVERIFY2(reasons[i].contains(
                     CustomerService::fieldName(i == 5 ? QStringLiteral("email") : QStringLiteral("full_name"))),
                 qPrintable(reasons[i]));
        QVERIFY2(!reasons[i].contains(QLatin1String("Esc")) && !reasons[i].contains(QLatin1String("Bell")),
                 qPrintable(reasons[i])); // never the cell's content
    }
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);

    // The rest behaves as for any bad row: good rows only imports the others, unchanged.
    auto good = importer.run(csv, mapping, CustomerImporter::Policy::GoodRowsOnly);
    QVERIFY2(good.ok(), qPrintable(good.errorString()));
    QCOMPARE(good->imported, 4);
    CustomerService svc(f.agent);
    auto nameOf = [&](const QString& email) {
        auto ids = svc.find(CustomerService::Lookup::Email, email);
        return ids && ids->size() == 1 ? svc.get(ids->first())->fullName : QString();
    };
    QCOMPARE(nameOf(QStringLiteral("arab@x.id")), QString::fromUtf8("\u0645\u062D\u0645\u062F \u0639\u0644\u064A"));
    QCOMPARE(nameOf(QStringLiteral("emoji@x.id")), QString::fromUtf8("Rina \U0001F469\u200D\U0001F4BB"));
    QCOMPARE(nameOf(QStringLiteral("drop@x.id")), QStringLiteral("'; DROP TABLE customers; --"));
    QVERIFY(nameOf(QStringLiteral("esc@x.id")).isEmpty());
}

void TestCustomerImporter::csvWriterEscapesControlCharacters_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Dewi") << QStringLiteral("Dewi\r\n");
    QTest::newRow("ESC and BEL") << QStringLiteral("Ann\x1B]0;x\aB") << QStringLiteral("Ann\\u001B]0;x\\u0007B\r\n");
    QTest::newRow("RLO") << QString::fromUtf8("a\u202Eb") << QStringLiteral("a\\u202Eb\r\n");
    QTest::newRow("C1") << QString::fromUtf8("a\u009Bb") << QStringLiteral("a\\u009Bb\r\n");
    QTest::newRow("line break kept, quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"\r\n");
    QTest::newRow("formula still neutralised") << QStringLiteral("=1+1") << QStringLiteral("'=1+1\r\n");
    QTest::newRow("leading TAB still neutralised") << QStringLiteral("\tx") << QStringLiteral("'\tx\r\n");
    QTest::newRow("escaped control is no formula") << QStringLiteral("\x1B=1") << QStringLiteral("\\u001B=1\r\n");
}

void TestCustomerImporter::csvWriterEscapesControlCharacters()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::row({cell}), written);
}

QTEST_GUILESS_MAIN(TestCustomerImporter)

// The bulk writer (imports, demo and benchmark populations) inserts many rows per statement
// and gives consent events their ids itself: every customer must decrypt, every event get a
// new id past the existing ones, and the current state per purpose must be the latest event
// (by time, then id), out-of-order histories and ties included, across statement boundaries.
void TestCustomerImporter::bulkWriterDerivesCurrentState()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f, {QStringLiteral("newsletter"), QStringLiteral("profiling")});
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto& agent = f.agent;
    const Database& db = f.db();
    const qint64 newsletter = f.purposeId(QStringLiteral("newsletter"));
    const qint64 profiling = f.purposeId(QStringLiteral("profiling"));
    // An event recorded before: the writer's ids must come after it.
    Customer before;
    before.fullName = QStringLiteral("Before");
    before.jurisdiction = QStringLiteral("UU_PDP");
    auto beforeId = CustomerService(agent).create(before);
    QVERIFY2(beforeId.ok(), qPrintable(beforeId.errorString()));
    ConsentService::Input grant;
    grant.customerId = *beforeId;
    grant.purposeCode = QStringLiteral("newsletter");
    grant.channel = ConsentEvent::Channel::Phone;
    QVERIFY(ConsentService(agent).record(grant).ok());
    const qint64 lastEvent = db.scalar(QStringLiteral("SELECT MAX(id) FROM consent_events"))->toLongLong();

    constexpr int kCustomers = 150; // more than one multi-row statement, and a remainder
    std::vector<CustomerBulkWriter::Item> items;
    for (int i = 0; i < kCustomers; ++i) {
        CustomerBulkWriter::Item it;
        it.customer.fullName = QStringLiteral("Bulk %1 \u062D\u0633\u0646 \U0001F600").arg(i);
        it.customer.email = QStringLiteral("bulk%1@x.id").arg(i);
        it.customer.jurisdiction = QStringLiteral("UU_PDP");
        if (i % 5 != 4) { // every fifth customer has no consent events
            auto event = [](qint64 purpose, bool granted, qint64 at) {
                CustomerBulkWriter::Event e;
                e.purposeId = purpose;
                e.granted = granted;
                e.occurredMs = at;
                e.evidence = QStringLiteral("form %1").arg(at);
                return e;
            };
            // Out of order: the withdrawal at 3000 is the latest.
            it.events = {event(newsletter, true, 1000),
                         event(newsletter, false, 3000),
                         event(newsletter, true, 2000),
                         // A tie: the later event (the grant) wins.
                         event(profiling, false, 5000),
                         event(profiling, true, 5000)};
        }
        items.push_back(it);
    }
    CustomerBulkWriter writer(agent);
    auto ids = writer.write(items);
    QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
    QCOMPARE(ids->size(), kCustomers);
    CustomerService svc(agent);
    for (int i : {0, 63, 64, 127, 128, kCustomers - 1}) {
        auto c = svc.get(ids->at(i));
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        QCOMPARE(c->fullName, items[static_cast<size_t>(i)].customer.fullName);
    }
    const int withEvents = kCustomers - kCustomers / 5;
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM consent_events WHERE id > ?"), {lastEvent})->toInt(),
             withEvents * 5);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM consent_events WHERE id <= ?"), {lastEvent})->toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM consent_events"))->toInt(), withEvents * 5 + 1);
    // Every state row names the latest event of its customer and purpose...
    const QString latest = QStringLiteral(
        "SELECT count(*) FROM consent_state s JOIN consent_events e ON e.id = s.event_id WHERE e.customer_id = "
        "s.customer_id AND e.purpose_id = s.purpose_id AND e.granted = s.granted AND e.occurred_at = s.occurred_at "
        "AND NOT EXISTS (SELECT 1 FROM consent_events l WHERE l.customer_id = s.customer_id AND l.purpose_id = "
        "s.purpose_id AND (l.occurred_at > e.occurred_at OR (l.occurred_at = e.occurred_at AND l.id > e.id)))");
    QCOMPARE(db.scalar(latest)->toInt(), withEvents * 2 + 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM consent_state"))->toInt(), withEvents * 2 + 1);
    // ... so the newsletter is withdrawn and profiling granted for each of them.
    for (int i : {0, 63, 65, 148}) { // every fifth (64, 149) has no events
        const QString granted
            = QStringLiteral("SELECT granted FROM consent_state WHERE customer_id = ? AND purpose_id = ?");
        QCOMPARE(db.scalar(granted, {ids->at(i), newsletter})->toInt(), 0);
        QCOMPARE(db.scalar(granted, {ids->at(i), profiling})->toInt(), 1);
    }
    auto history = ConsentService(agent).history(ids->at(65));
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 5);
    QCOMPARE(history->first().event.evidence.startsWith(QLatin1String("form ")), true);
}

// A refused row in the middle of a multi-row statement (SQLite runs them as INSERT OR FAIL,
// which keeps the statement's earlier rows): the writer's transaction must leave nothing, and
// inside a caller's transaction that transaction must refuse to commit.
void TestCustomerImporter::bulkWriterFailureLeavesNothing()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f);
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto& agent = f.agent;
    const Database& db = f.db();
    const qint64 purpose = f.purposeId(QStringLiteral("newsletter"));
    Customer existing;
    existing.fullName = QStringLiteral("Existing");
    existing.externalRef = QStringLiteral("DUP-1");
    existing.jurisdiction = QStringLiteral("UU_PDP");
    QVERIFY(CustomerService(agent).create(existing).ok());

    std::vector<CustomerBulkWriter::Item> items;
    for (int i = 0; i < 100; ++i) {
        CustomerBulkWriter::Item it;
        it.customer.fullName = QStringLiteral("Bulk %1").arg(i);
        it.customer.externalRef = i == 40 ? QStringLiteral("DUP-1") : QStringLiteral("REF-%1").arg(i);
        it.customer.jurisdiction = QStringLiteral("UU_PDP");
        CustomerBulkWriter::Event e;
        e.purposeId = purpose;
        e.occurredMs = 1000;
        it.events = {e};
        items.push_back(it);
    }
    auto counts = [&] {
        return QStringLiteral("%1 %2 %3 %4")
            .arg(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt())
            .arg(db.scalar(QStringLiteral("SELECT count(*) FROM customer_keys"))->toInt())
            .arg(db.scalar(QStringLiteral("SELECT count(*) FROM consent_events"))->toInt())
            .arg(db.scalar(QStringLiteral("SELECT count(*) FROM consent_state"))->toInt());
    };
    const QString before = counts();
    QCOMPARE(before, QStringLiteral("1 1 0 0"));
    {
        CustomerBulkWriter writer(agent);
        auto ids = writer.write(items);
        QCOMPARE(ids.code(), ErrorCode::Conflict);
    }
    QCOMPARE(counts(), before);
    {
        auto tx = db.begin();
        QVERIFY(tx.ok());
        CustomerBulkWriter writer(agent);
        QCOMPARE(writer.write(items).code(), ErrorCode::Conflict);
        QVERIFY(!(*tx)->commit().ok());
    }
    QCOMPARE(counts(), before);
    // The same rows without the duplicate go in whole.
    items[40].customer.externalRef = QStringLiteral("REF-40");
    auto ids = CustomerBulkWriter(agent).write(items);
    QVERIFY2(ids.ok(), qPrintable(ids.errorString()));
    QCOMPARE(counts(), QStringLiteral("101 101 100 100"));
}

// SQLite: the writer turns the connection's automatic checkpoint off for the import and hands
// the copy of the log into the database file to a background checkpoint; afterwards the
// setting is back and the file holds every page.
void TestCustomerImporter::importCheckpointsInTheBackground()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f, {});
    if (QTest::currentTestFailed()) {
        return;
    }
    const Database& db = f.db();
    if (db.isPostgres()) {
        QSKIP("SQLite's write-ahead log");
    }
    const auto& agent = f.agent;
    const qint64 autoCheckpoint = db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toLongLong();
    QVERIFY(autoCheckpoint > 0);
    {
        CustomerBulkWriter writer(agent);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toLongLong(), 0);
    }
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toLongLong(), autoCheckpoint);
    auto report = CustomerImporter(agent).run(peopleCsv(3000), CustomerImporter::guessMapping(strs({"name", "email"})));
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->imported, 3000);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint"))->toLongLong(), autoCheckpoint);
    db.waitForCheckpoint();
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count"))->toLongLong();
    const qint64 pageSize = db.scalar(QStringLiteral("PRAGMA page_size"))->toLongLong();
    QVERIFY(pages > 100);
    QCOMPARE(QFileInfo(db.location().path).size(), pages * pageSize);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 3000);
}

// Duplicates by email and by reference, within the file and against the workspace, found in a
// later chunk than the line they repeat (the sets of first lines live across chunks): the
// importer reads 2,048 rows a chunk, so lines 4,500 and 4,602 are in the third, lines 5 and 9 in
// the first.
void TestCustomerImporter::duplicatesAcrossChunks()
{
    AMANAH_REQUIRE_BACKEND();
    Fixture f;
    makeFixture(&f, {});
    if (QTest::currentTestFailed()) {
        return;
    }
    Customer existing;
    existing.fullName = QStringLiteral("Existing");
    existing.email = QStringLiteral("old@x.id");
    existing.externalRef = QStringLiteral("OLD-1");
    existing.jurisdiction = QStringLiteral("UU_PDP");
    QVERIFY(CustomerService(f.agent).create(existing).ok());
    // Person i is on line i + 2.
    QByteArray csv("name,email,ref\n");
    for (int i = 0; i < 5000; ++i) {
        QString email = QStringLiteral("p%1@x.id").arg(i);
        QString ref = QStringLiteral("R-%1").arg(i);
        if (i == 3000) {
            email = QStringLiteral("OLD@x.id");
        } else if (i == 3001) {
            ref = QStringLiteral("OLD-1");
        } else if (i == 4498) {
            email = QStringLiteral("P7@X.ID");
        } else if (i == 4600) {
            ref = QStringLiteral("R-3");
        }
        csv += QStringLiteral("Person %1,%2,%3\n").arg(i).arg(email, ref).toUtf8();
    }
    auto report = CustomerImporter(f.agent).run(
        csv, CustomerImporter::guessMapping(CustomerImporter::header(csv)), CustomerImporter::Policy::GoodRowsOnly);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->rows, 5000);
    QCOMPARE(report->imported, 4996);
    QCOMPARE(report->duplicates, 2); // by email
    QCOMPARE(report->problems.size(), 4);
    const QList<QPair<qint64, QString>> expected{
        {3002, QStringLiteral("Duplicate email: a customer with this address is already in the workspace.")},
        {3003, QStringLiteral("A customer with this reference is already in the workspace.")},
        {4500, QStringLiteral("Duplicate email: the same address is on line 9.")},
        {4602, QStringLiteral("Duplicate customer reference: the same reference is on line 5.")},
    };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(report->problems.at(i).line, expected.at(i).first);
        QCOMPARE(report->problems.at(i).reason, expected.at(i).second);
    }
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 4997);
}

#include "TestCustomerImporter.moc"
