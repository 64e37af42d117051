// The CSV reader (RFC 4180 edge cases) and the customer importer: validation report with
// line numbers, all-or-nothing by default, good rows only on request, duplicates, one audit
// entry, cancel.
#include "core/crypto/Crypto.h"
#include "core/services/ConsentService.h"
#include "core/services/CsvReader.h"
#include "core/services/CustomerImporter.h"
#include "core/services/CustomerService.h"
#include "core/services/PurposeService.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

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
};

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
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    Purpose p;
    p.code = QStringLiteral("newsletter");
    p.name = QStringLiteral("Newsletter");
    QVERIFY(PurposeService(officer).create(p).ok());
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
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
    QCOMPARE(tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
}

void TestCustomerImporter::goodRowsOnlyAndDuplicates()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), kOfficer);
    Purpose p;
    p.code = QStringLiteral("newsletter");
    p.name = QStringLiteral("Newsletter");
    p.marketing = true;
    QVERIFY(PurposeService(officer).create(p).ok());
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
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
    auto audit = tw.workspace()->database()->exec(
        QStringLiteral("SELECT details FROM audit_log WHERE action = 'customer.import'"));
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("rows=4;imported=2;bad=2;duplicates=2;consent_events=2"));
    QVERIFY(!audit->next());
}

void TestCustomerImporter::cancelLeavesNothing()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), kAgent);
    QByteArray csv("name,email\n");
    for (int i = 0; i < 4500; ++i) {
        csv += QStringLiteral("Person %1,p%1@x.id\n").arg(i).toUtf8();
    }
    int calls = 0;
    auto report = CustomerImporter(agent).run(csv,
                                              CustomerImporter::guessMapping(strs({"name", "email"})),
                                              CustomerImporter::Policy::AllOrNothing,
                                              [&](qint64 done, qint64 total) {
                                                  Q_UNUSED(total);
                                                  ++calls;
                                                  return done < total / 2 + 10; // cancel during the write pass
                                              });
    QCOMPARE(report.code(), ErrorCode::Cancelled);
    QVERIFY(calls > 1);
    QCOMPARE(tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCustomerImporter)
#include "TestCustomerImporter.moc"
