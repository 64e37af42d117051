// Phone numbers to E.164: the fast path for "+digits" must give exactly what libphonenumber's
// parser gives, on every calling code, including the numbers it hands back to the parser.
#include "core/io/PhoneNumbers.h"

#include <QRandomGenerator>
#include <QTest>

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void knownNumbers_data();
    void knownNumbers();
    void fastPathAgreesWithParserOnEveryCallingCode();
    void fastPathAgreesWithParserOnNationalPrefixes();
};

void TestPhoneNumbers::knownNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Indonesian mobile, E.164") << "+6281234567890"
                                              << "ID"
                                              << "+6281234567890";
    QTest::newRow("Indonesian mobile, national") << "0812 3456 7890"
                                                 << "ID"
                                                 << "+6281234567890";
    QTest::newRow("trunk zero after the code") << "+62 0812 3456 7890"
                                               << "ID"
                                               << "+6281234567890";
    QTest::newRow("trunk zero, no spaces") << "+6208123456789"
                                           << "ID"
                                           << "+628123456789";
    QTest::newRow("German, spaced") << "+49 30 1234567"
                                    << "DE"
                                    << "+49301234567";
    QTest::newRow("US, E.164") << "+14155552671"
                               << "ID"
                               << "+14155552671";
    QTest::newRow("Italian leading zero") << "+390612345678"
                                          << "IT"
                                          << "+390612345678";
    QTest::newRow("Argentine mobile with 15") << "+54 11 15 2345 6789"
                                              << "AR"
                                              << "+5491123456789";
    QTest::newRow("too short") << "+6281"
                               << "ID"
                               << "";
    QTest::newRow("too long") << "+62812345678901234567"
                              << "ID"
                              << "";
    QTest::newRow("no such calling code") << "+999123456789"
                                          << "ID"
                                          << "";
    QTest::newRow("letters") << "call me"
                             << "ID"
                             << "";
    QTest::newRow("empty") << ""
                           << "ID"
                           << "";
}

void TestPhoneNumbers::knownNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumbers::toE164(input, region), expected);
    QCOMPARE(PhoneNumbers::toE164Parsed(input, region), expected);
}

// Random "+code digits" of every length for every calling code (and codes that do not exist):
// the two paths must agree on each.
void TestPhoneNumbers::fastPathAgreesWithParserOnEveryCallingCode()
{
    const QList<int> codes = PhoneNumbers::callingCodes();
    QVERIFY2(codes.size() > 200, "libphonenumber's calling codes were not read");
    QRandomGenerator random(20261129);
    int possible = 0;
    int compared = 0;
    auto check = [&](const QString& input) {
        const QString fast = PhoneNumbers::toE164(input, QStringLiteral("ID"));
        const QString parsed = PhoneNumbers::toE164Parsed(input, QStringLiteral("ID"));
        if (fast != parsed) {
            QFAIL(qPrintable(QStringLiteral("%1: fast path %2, parser %3").arg(input, fast, parsed)));
        }
        possible += parsed.isEmpty() ? 0 : 1;
        ++compared;
    };
    for (int code : codes) {
        for (int length = 1; length <= 16; ++length) {
            for (int sample = 0; sample < 6; ++sample) {
                QString digits;
                for (int i = 0; i < length; ++i) {
                    digits += QChar(u'0' + static_cast<char16_t>(random.bounded(10)));
                }
                check(QStringLiteral("+%1%2").arg(code).arg(digits));
            }
        }
    }
    for (int i = 0; i < 2000; ++i) { // any digits at all, codes that exist or not
        QString digits;
        const int length = 2 + static_cast<int>(random.bounded(18));
        for (int k = 0; k < length; ++k) {
            digits += QChar(u'0' + static_cast<char16_t>(random.bounded(10)));
        }
        check(QLatin1Char('+') + digits);
    }
    QVERIFY(compared > 20000);
    qInfo("%d numbers compared, %d of them possible", compared, possible);
    QVERIFY2(possible > compared / 10, "the sample should hold many possible numbers too");
}

// Numbers that start with their region's national prefix after the code go to the parser,
// which strips it when what is left is still a possible number.
void TestPhoneNumbers::fastPathAgreesWithParserOnNationalPrefixes()
{
    const QStringList inputs = {QStringLiteral("+708121234567"),
                                QStringLiteral("+78121234567"),
                                QStringLiteral("+8108012345678"),
                                QStringLiteral("+3680123456789"),
                                QStringLiteral("+11415555123"),
                                QStringLiteral("+61183112345678"),
                                QStringLiteral("+5590211234567890"),
                                QStringLiteral("+52115512345678"),
                                QStringLiteral("+620812345678")};
    for (const QString& input : inputs) {
        QCOMPARE(PhoneNumbers::toE164(input, QStringLiteral("ID")),
                 PhoneNumbers::toE164Parsed(input, QStringLiteral("ID")));
    }
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
