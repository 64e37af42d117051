// NIST SP 800-63B passwords (length, not composition; blocklist; any Unicode) and the
// idle lock's timing on the mock clock.
#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/rules/PasswordPolicy.h"
#include "core/session/IdleLock.h"

#include <QTest>

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void blocklistIsLarge();
    void policy_data();
    void policy();
    void idleLockFollowsTheClock();
};

void TestPasswordPolicy::blocklistIsLarge()
{
    QVERIFY(PasswordPolicy::blocklistSize() >= 10000);
    QVERIFY(PasswordPolicy::isBlocked(QStringLiteral("Password")));
    QVERIFY(PasswordPolicy::isBlocked(QStringLiteral("12345678")));
    QVERIFY(PasswordPolicy::isBlocked(QStringLiteral("basketball")));
    QVERIFY(!PasswordPolicy::isBlocked(QStringLiteral("kopi susu di pagi hari")));
}

void TestPasswordPolicy::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("twoFactor");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7 chars with 2fa") << "abcdxyz" << true << false;
    QTest::newRow("8 chars with 2fa") << "kx8#pq2m" << true << true;
    QTest::newRow("8 chars without 2fa") << "kx8#pq2m" << false << false;
    QTest::newRow("15 chars without 2fa") << "nasi goreng ok!" << false << true;
    QTest::newRow("no composition rules") << "alllowercaseletters" << false << true;
    QTest::newRow("blocked word") << "administrator" << true << false;
    QTest::newRow("blocked, other case") << "PaSsWoRd1234" << true << false;
    QTest::newRow("user name") << "dewi.lestari" << true << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('k')) << false << true;
    QTest::newRow("256 chars") << QString(256, QLatin1Char('z')) << false << true;
    QTest::newRow("257 chars") << QString(257, QLatin1Char('z')) << false << false;
    // Code points, not UTF-16 units: 8 emoji are 16 units but 8 characters.
    QTest::newRow("emoji") << QString::fromUtf8("🔑🌙🍵🐈🌴🎈🧩🦋") << true << true;
    QTest::newRow("arabic") << QString::fromUtf8("كلمة سر طويلة جدا") << false << true;
    QTest::newRow("indonesian") << QStringLiteral("kata sandi yang panjang") << false << true;
}

void TestPasswordPolicy::policy()
{
    QFETCH(QString, password);
    QFETCH(bool, twoFactor);
    QFETCH(bool, accepted);
    const Status st = PasswordPolicy::check(password, twoFactor, QStringLiteral("dewi.lestari"));
    QCOMPARE(st.ok(), accepted);
    if (!accepted) {
        QCOMPARE(st.code(), ErrorCode::InvalidInput);
        QVERIFY(!st.errorString().isEmpty());
    }
}

void TestPasswordPolicy::idleLockFollowsTheClock()
{
    MockClock clock;
    Clock::setInstance(&clock);
    IdleLock lock; // default 10 minutes
    QCOMPARE(lock.timeoutMinutes(), 10);
    clock.advanceSeconds(9 * 60 + 59);
    QVERIFY(!lock.isDue());
    lock.activity();
    clock.advanceSeconds(9 * 60);
    QVERIFY(!lock.isDue());
    QCOMPARE(lock.remainingMs(), qint64(60000));
    clock.advanceSeconds(60);
    QVERIFY(lock.isDue());
    lock.setTimeoutMinutes(15);
    QVERIFY(!lock.isDue());
    lock.setTimeoutMinutes(0); // at least one minute
    QCOMPARE(lock.timeoutMinutes(), 1);
    Clock::setInstance(nullptr);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
