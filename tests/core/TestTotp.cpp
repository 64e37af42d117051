#include "core/common/Clock.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

Q_DECLARE_METATYPE(TotpAlgorithm)

namespace {

// RFC 6238 appendix B seeds: ASCII "1234567890" repeated to the hash's output length.
SecureBytes seedFor(TotpAlgorithm algorithm)
{
    const int length = algorithm == TotpAlgorithm::Sha1 ? 20 : algorithm == TotpAlgorithm::Sha256 ? 32 : 64;
    QByteArray seed;
    while (seed.size() < length) {
        seed += QByteArrayLiteral("1234567890");
    }
    return SecureBytes::fromByteArray(seed.left(length));
}

QDateTime at(qint64 unixTime)
{
    return QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC);
}

} // namespace

/// RFC 6238 / RFC 4226 codes, verification window, replay information and provisioning URI.
class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void rfc6238_data();
    void rfc6238();
    void sixDigits();
    void invalidParameters();
    void currentCodeUsesClock();
    void verifyWindow_data();
    void verifyWindow();
    void verifyInput_data();
    void verifyInput();
    void replayStep();
    void generateSecret();
    void provisioningUri();
};

void TestTotp::initTestCase()
{
    QVERIFY(Crypto::init().ok());
}

void TestTotp::cleanup()
{
    Clock::setInstance(nullptr);
}

// ARCHITECTURE.md §9 (RFC 6238 appendix B): 8 digits, 30 s steps.
void TestTotp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<TotpAlgorithm>("algorithm");
    QTest::addColumn<QString>("expected");
    struct Row
    {
        qint64 time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const Row rows[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Row& row : rows) {
        QTest::addRow("SHA1 %lld", row.time) << row.time << TotpAlgorithm::Sha1 << QString::fromLatin1(row.sha1);
        QTest::addRow("SHA256 %lld", row.time) << row.time << TotpAlgorithm::Sha256 << QString::fromLatin1(row.sha256);
        QTest::addRow("SHA512 %lld", row.time) << row.time << TotpAlgorithm::Sha512 << QString::fromLatin1(row.sha512);
    }
}

void TestTotp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(TotpAlgorithm, algorithm);
    QFETCH(QString, expected);
    const SecureBytes seed = seedFor(algorithm);
    QCOMPARE(Totp::code(seed, time, 8, 30, algorithm), expected);
    qint64 step = -1;
    QVERIFY(Totp::verify(seed, expected, at(time), 0, &step, 8, 30, algorithm));
    QCOMPARE(step, time / 30);
}

void TestTotp::sixDigits()
{
    const SecureBytes seed = seedFor(TotpAlgorithm::Sha1);
    // 10^6 divides 10^8, so the 6-digit code is the tail of the 8-digit one.
    QCOMPARE(Totp::code(seed, 59), QStringLiteral("287082"));
    QCOMPARE(Totp::code(seed, 1111111109), QStringLiteral("081804"));
    QCOMPARE(Totp::code(seed, 1111111109, 7), QStringLiteral("7081804"));
}

void TestTotp::invalidParameters()
{
    const SecureBytes seed = seedFor(TotpAlgorithm::Sha1);
    QVERIFY(Totp::code(SecureBytes(), 59).isEmpty());
    QVERIFY(Totp::code(seed, 59, 5).isEmpty());
    QVERIFY(Totp::code(seed, 59, 9).isEmpty());
    QVERIFY(Totp::code(seed, 59, 6, 0).isEmpty());
    QVERIFY(Totp::code(seed, -1).isEmpty());
    QVERIFY(!Totp::verify(SecureBytes(), QStringLiteral("287082"), at(59)));
    QVERIFY(!Totp::verify(seed, QStringLiteral("287082"), QDateTime()));
    QVERIFY(!Totp::verify(seed, QStringLiteral("287082"), at(59), -1));
}

void TestTotp::currentCodeUsesClock()
{
    MockClock clock(at(1234567890));
    Clock::setInstance(&clock);
    const SecureBytes seed = seedFor(TotpAlgorithm::Sha1);
    QCOMPARE(Totp::currentCode(seed, 8), QStringLiteral("89005924"));
    clock.set(at(2000000000));
    QCOMPARE(Totp::currentCode(seed, 8), QStringLiteral("69279037"));
}

void TestTotp::verifyWindow_data()
{
    QTest::addColumn<qint64>("codeOffset"); // seconds between the code's time and "now"
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("stepOffset");
    QTest::newRow("same step") << qint64(0) << 1 << true << qint64(0);
    QTest::newRow("previous step") << qint64(-30) << 1 << true << qint64(-1);
    QTest::newRow("next step") << qint64(30) << 1 << true << qint64(1);
    QTest::newRow("two steps back, window 1") << qint64(-60) << 1 << false << qint64(0);
    QTest::newRow("two steps back, window 2") << qint64(-60) << 2 << true << qint64(-2);
    QTest::newRow("two steps ahead, window 1") << qint64(60) << 1 << false << qint64(0);
    QTest::newRow("previous step, window 0") << qint64(-30) << 0 << false << qint64(0);
    QTest::newRow("an hour old") << qint64(-3600) << 1 << false << qint64(0);
}

void TestTotp::verifyWindow()
{
    QFETCH(qint64, codeOffset);
    QFETCH(int, window);
    QFETCH(bool, accepted);
    QFETCH(qint64, stepOffset);
    const SecureBytes secret = Totp::generateSecret();
    const qint64 now = 1767603615; // 2026-01-05 09:00:15 UTC, mid-step
    const QString code = Totp::code(secret, now + codeOffset);
    qint64 step = -1;
    QCOMPARE(Totp::verify(secret, code, at(now), window, &step), accepted);
    if (accepted) {
        QCOMPARE(step, now / 30 + stepOffset);
    } else {
        QCOMPARE(step, qint64(-1)); // untouched on failure
    }
}

void TestTotp::verifyInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exact") << QStringLiteral("287082") << true;
    QTest::newRow("spaced") << QStringLiteral(" 287 082 ") << true;
    QTest::newRow("wrong") << QStringLiteral("287083") << false;
    QTest::newRow("too short") << QStringLiteral("28708") << false;
    QTest::newRow("too long") << QStringLiteral("2870820") << false;
    QTest::newRow("letters") << QStringLiteral("28708a") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0662\u0668\u0667\u0660\u0668\u0662") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTotp::verifyInput()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QCOMPARE(Totp::verify(seedFor(TotpAlgorithm::Sha1), typed, at(59), 0), accepted);
}

void TestTotp::replayStep()
{
    // The caller stores the last accepted step and refuses any step not after it.
    MockClock clock(at(1767603600));
    Clock::setInstance(&clock);
    const SecureBytes secret = Totp::generateSecret();
    const QString code = Totp::currentCode(secret);
    qint64 first = -1;
    QVERIFY(Totp::verify(secret, code, Clock::instance().now(), 1, &first));
    clock.advanceSeconds(10);
    qint64 again = -1;
    QVERIFY(Totp::verify(secret, code, Clock::instance().now(), 1, &again));
    QCOMPARE(again, first); // same step: a replay the caller refuses
    clock.advanceSeconds(30);
    qint64 next = -1;
    QVERIFY(Totp::verify(secret, Totp::currentCode(secret), Clock::instance().now(), 1, &next));
    QCOMPARE(next, first + 1);
}

void TestTotp::generateSecret()
{
    const SecureBytes a = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QVERIFY(!a.equals(Totp::generateSecret()));
    Result<SecureBytes> back = Base32::decode(Base32::encode(a));
    QVERIFY(back.ok());
    QVERIFY(back->equals(a));
}

void TestTotp::provisioningUri()
{
    const SecureBytes seed = seedFor(TotpAlgorithm::Sha1);
    const QString uri = Totp::provisioningUri(seed, QStringLiteral("Amanah Toko"), QStringLiteral("siti@toko.id"));
    QCOMPARE(uri,
             QStringLiteral("otpauth://totp/Amanah%20Toko:siti%40toko.id?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                            "&issuer=Amanah%20Toko&algorithm=SHA1&digits=6&period=30"));
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), QStringLiteral("Amanah Toko"));
    const QString sha512
        = Totp::provisioningUri(seed, QStringLiteral("A"), QStringLiteral("b"), 8, 60, TotpAlgorithm::Sha512);
    QVERIFY(sha512.endsWith(QStringLiteral("&algorithm=SHA512&digits=8&period=60")));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
