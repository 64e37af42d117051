#include "core/crypto/AeadCipher.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Vault.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {

// The value of a Result, or a default value when it failed (the next check then fails
// cleanly instead of dereferencing an empty Result).
template <typename T> T take(Result<T> result)
{
    return result.ok() ? std::move(result).value() : T();
}

// Small Argon2 settings so the suite stays fast; one test covers the defaults.
const KdfParams Fast{8192, 1, 1};

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = static_cast<char>(bytes.at(index) ^ (1 << bit));
    return bytes;
}

} // namespace

/// The key hierarchy: key slots, recovery key, customer data keys, field blobs and subkeys.
class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createAndLocked();
    void passwordSlotRoundTrip();
    void defaultParams();
    void wrongPassword();
    void slotBoundToWorkspaceAndLabel();
    void tamperedSlot_data();
    void tamperedSlot();
    void hostileSlotParams();
    void weakOrEmptyRefused();
    void passwordNormalised();

    void recoveryKeyFormat();
    void recoveryKeyParse_data();
    void recoveryKeyParse();
    void recoveryKeyParseRefused_data();
    void recoveryKeyParseRefused();
    void recoverySlotRoundTrip();
    void recoverySlotRefused();

    void customerKeyWrap();
    void customerKeyRefused();
    void fieldRoundTrip_data();
    void fieldRoundTrip();
    void fieldBytes();
    void fieldBitFlipRefused();
    void fieldMovedRefused();

    void subkeysStableAcrossUnlock();
    void secrets();
    void workspaceId();
    void concurrentUse();

private:
    QByteArray m_workspace;
    Vault m_vault;
};

void TestVault::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    m_workspace = Vault::newWorkspaceId();
    m_vault = Vault::create();
    QVERIFY(m_vault.isValid());
}

void TestVault::createAndLocked()
{
    const Vault locked;
    QVERIFY(!locked.isValid());
    QVERIFY(!locked.sameKeyAs(locked));
    QCOMPARE(locked.makePasswordSlot(QStringLiteral("password"), m_workspace, QStringLiteral("u"), Fast).code(),
             ErrorCode::Crypto);
    QByteArray wrapped;
    QVERIFY(!locked.newCustomerKey(QStringLiteral("c1"), &wrapped).ok());
    QVERIFY(!locked.blindIndex().isValid());
    QVERIFY(!locked.auditMac().isValid());
    QVERIFY(!locked.encryptSecret(QByteArrayLiteral("x"), {}).ok());
    QVERIFY(!Vault::create().sameKeyAs(m_vault));
    QVERIFY(m_vault.sameKeyAs(m_vault));
}

void TestVault::passwordSlotRoundTrip()
{
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("correct horse battery"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY2(slot.ok(), qPrintable(slot.errorString()));
    QCOMPARE(slot->salt.size(), Vault::SaltSize);
    QVERIFY(slot->params == Fast);
    QVERIFY(!slot->isRecoverySlot());
    QCOMPARE(slot->wrapped.size(), 32 + AeadCipher::Overhead);

    Result<Vault> opened
        = Vault::unlock(QStringLiteral("correct horse battery"), *slot, m_workspace, QStringLiteral("siti"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QVERIFY(opened->sameKeyAs(m_vault));

    // Two slots for the same password differ (fresh salt and nonce).
    Result<KeySlot> other
        = m_vault.makePasswordSlot(QStringLiteral("correct horse battery"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(other.ok());
    QVERIFY(other->salt != slot->salt);
    QVERIFY(other->wrapped != slot->wrapped);
}

void TestVault::defaultParams()
{
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("a long default passphrase"), m_workspace, QStringLiteral("admin"));
    QVERIFY(slot.ok());
    QVERIFY(slot->params == KdfParams());
    Result<Vault> opened
        = Vault::unlock(QStringLiteral("a long default passphrase"), *slot, m_workspace, QStringLiteral("admin"));
    QVERIFY(opened.ok());
    QVERIFY(opened->sameKeyAs(m_vault));
}

void TestVault::wrongPassword()
{
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(slot.ok());
    for (const QString& guess : {QStringLiteral("right passwort"), QStringLiteral("Right password"), QString()}) {
        Result<Vault> opened = Vault::unlock(guess, *slot, m_workspace, QStringLiteral("siti"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), ErrorCode::Authentication);
        QVERIFY(!opened.errorString().isEmpty());
        QVERIFY(!opened.errorString().contains(guess.isEmpty() ? QStringLiteral("\x01") : guess));
    }
}

void TestVault::slotBoundToWorkspaceAndLabel()
{
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(slot.ok());
    Result<Vault> otherWorkspace
        = Vault::unlock(QStringLiteral("right password"), *slot, Vault::newWorkspaceId(), QStringLiteral("siti"));
    QVERIFY(!otherWorkspace.ok());
    QCOMPARE(otherWorkspace.code(), ErrorCode::Authentication);
    Result<Vault> otherLabel
        = Vault::unlock(QStringLiteral("right password"), *slot, m_workspace, QStringLiteral("budi"));
    QVERIFY(!otherLabel.ok());
    QCOMPARE(otherLabel.code(), ErrorCode::Authentication);
    QVERIFY(!Vault::unlock(QStringLiteral("right password"), *slot, QByteArray(), QStringLiteral("siti")).ok());
}

void TestVault::tamperedSlot_data()
{
    QTest::addColumn<int>("part"); // 0 salt, 1 wrapped, 2 iterations, 3 memory
    QTest::newRow("salt") << 0;
    QTest::newRow("wrapped") << 1;
    QTest::newRow("iterations") << 2;
    QTest::newRow("memory") << 3;
}

void TestVault::tamperedSlot()
{
    QFETCH(int, part);
    Result<KeySlot> made
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(made.ok());
    KeySlot slot = *made;
    switch (part) {
    case 0:
        slot.salt = flipBit(slot.salt, 3, 0);
        break;
    case 1:
        slot.wrapped = flipBit(slot.wrapped, 20, 7);
        break;
    case 2:
        slot.params.iterations = 2;
        break;
    default:
        slot.params.memoryKiB = 8200;
        break;
    }
    Result<Vault> opened = Vault::unlock(QStringLiteral("right password"), slot, m_workspace, QStringLiteral("siti"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Authentication);
}

void TestVault::hostileSlotParams()
{
    Result<KeySlot> made
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(made.ok());
    KeySlot slot = *made;
    slot.params.memoryKiB = 0xffffffffu; // would ask for 4 TiB
    Result<Vault> opened = Vault::unlock(QStringLiteral("right password"), slot, m_workspace, QStringLiteral("siti"));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Crypto);
    slot = *made;
    slot.params = KdfParams{0, 0, 0}; // looks like a recovery slot
    QVERIFY(!Vault::unlock(QStringLiteral("right password"), slot, m_workspace, QStringLiteral("siti")).ok());
}

void TestVault::weakOrEmptyRefused()
{
    Result<KeySlot> weak
        = m_vault.makePasswordSlot(QStringLiteral("password"), m_workspace, QStringLiteral("u"), {1024, 1, 1});
    QVERIFY(!weak.ok());
    QCOMPARE(weak.code(), ErrorCode::InvalidInput);
    Result<KeySlot> empty = m_vault.makePasswordSlot(QString(), m_workspace, QStringLiteral("u"), Fast);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.code(), ErrorCode::InvalidInput);
    QVERIFY(!m_vault.makePasswordSlot(QStringLiteral("password"), QByteArray(), QStringLiteral("u"), Fast).ok());
}

void TestVault::passwordNormalised()
{
    // "café" typed with a combining accent opens a slot made with the precomposed letter.
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("caf\u00e9 \uFB01ve"), m_workspace, QStringLiteral("u"), Fast);
    QVERIFY(slot.ok());
    Result<Vault> opened = Vault::unlock(QStringLiteral("cafe\u0301 five"), *slot, m_workspace, QStringLiteral("u"));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QVERIFY(opened->sameKeyAs(m_vault));
}

void TestVault::recoveryKeyFormat()
{
    const SecureBytes key = Vault::generateRecoveryKey();
    QCOMPARE(key.size(), 32);
    QVERIFY(!key.equals(Vault::generateRecoveryKey()));
    const QString text = Vault::formatRecoveryKey(key);
    const QStringList groups = text.split(QLatin1Char('-'));
    QCOMPARE(groups.size(), 13); // 52 base32 characters
    for (const QString& group : groups) {
        QCOMPARE(group.size(), 4);
        QCOMPARE(group, group.toUpper());
    }
    Result<SecureBytes> parsed = Vault::parseRecoveryKey(text);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->equals(key));
}

void TestVault::recoveryKeyParse_data()
{
    QTest::addColumn<QString>("typed");
    const QString formatted = Vault::formatRecoveryKey(SecureBytes::fromByteArray(QByteArray(32, '\x5a')));
    QTest::newRow("as printed") << formatted;
    QTest::newRow("lower case") << formatted.toLower();
    QTest::newRow("spaces instead of dashes") << QString(formatted).replace(QLatin1Char('-'), QLatin1Char(' '));
    QTest::newRow("no separators") << QString(formatted).remove(QLatin1Char('-'));
    QTest::newRow("messy") << QStringLiteral("  ")
            + QString(formatted).replace(QLatin1Char('-'), QStringLiteral(" - ")).toLower() + QStringLiteral("\n");
}

void TestVault::recoveryKeyParse()
{
    QFETCH(QString, typed);
    Result<SecureBytes> parsed = Vault::parseRecoveryKey(typed);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed->toByteArray(), QByteArray(32, '\x5a'));
}

void TestVault::recoveryKeyParseRefused_data()
{
    QTest::addColumn<QString>("typed");
    const QString formatted = Vault::formatRecoveryKey(Vault::generateRecoveryKey());
    QTest::newRow("empty") << QString();
    QTest::newRow("one group missing") << formatted.left(formatted.size() - 5);
    QTest::newRow("one character extra") << formatted + QLatin1Char('A');
    QTest::newRow("digit one") << QStringLiteral("1") + formatted.mid(1);
    QTest::newRow("totp secret") << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestVault::recoveryKeyParseRefused()
{
    QFETCH(QString, typed);
    Result<SecureBytes> parsed = Vault::parseRecoveryKey(typed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    QVERIFY(!parsed.errorString().isEmpty());
}

void TestVault::recoverySlotRoundTrip()
{
    const SecureBytes recovery = Vault::generateRecoveryKey();
    Result<KeySlot> slot = m_vault.makeRecoverySlot(recovery, m_workspace);
    QVERIFY(slot.ok());
    QVERIFY(slot->isRecoverySlot());
    QCOMPARE(slot->params.memoryKiB, 0u);
    QCOMPARE(slot->params.iterations, 0u);
    QCOMPARE(slot->params.parallelism, 0u);
    // The user types the printed key back in lower case with spaces.
    const QString typed = Vault::formatRecoveryKey(recovery).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    Result<SecureBytes> parsed = Vault::parseRecoveryKey(typed);
    QVERIFY(parsed.ok());
    Result<Vault> opened = Vault::unlockWithRecoveryKey(*parsed, *slot, m_workspace);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    QVERIFY(opened->sameKeyAs(m_vault));
}

void TestVault::recoverySlotRefused()
{
    const SecureBytes recovery = Vault::generateRecoveryKey();
    Result<KeySlot> slot = m_vault.makeRecoverySlot(recovery, m_workspace);
    QVERIFY(slot.ok());
    Result<Vault> wrongKey = Vault::unlockWithRecoveryKey(Vault::generateRecoveryKey(), *slot, m_workspace);
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.code(), ErrorCode::Authentication);
    QVERIFY(!Vault::unlockWithRecoveryKey(recovery, *slot, Vault::newWorkspaceId()).ok());
    QVERIFY(!Vault::unlockWithRecoveryKey(SecureBytes::fromByteArray(QByteArray(16, 'x')), *slot, m_workspace).ok());
    QVERIFY(!m_vault.makeRecoverySlot(SecureBytes::fromByteArray(QByteArray(16, 'x')), m_workspace).ok());
    // A recovery slot is not a password slot and the other way round.
    QVERIFY(!Vault::unlock(QStringLiteral("anything"), *slot, m_workspace, QStringLiteral("recovery")).ok());
    Result<KeySlot> passwordSlot
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(passwordSlot.ok());
    QVERIFY(!Vault::unlockWithRecoveryKey(recovery, *passwordSlot, m_workspace).ok());
}

void TestVault::customerKeyWrap()
{
    QByteArray wrapped;
    Result<CustomerKey> cdk = m_vault.newCustomerKey(QStringLiteral("cust-1"), &wrapped);
    QVERIFY(cdk.ok());
    QVERIFY(cdk->isValid());
    QCOMPARE(wrapped.size(), 32 + AeadCipher::Overhead);
    Result<QByteArray> blob = cdk->encryptField(
        QStringLiteral("Siti Rahma"), QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("1"));
    QVERIFY(blob.ok());

    Result<CustomerKey> again = m_vault.unwrapCustomerKey(QStringLiteral("cust-1"), wrapped);
    QVERIFY(again.ok());
    Result<QString> name
        = again->decryptField(*blob, QStringLiteral("customers"), QStringLiteral("name"), QStringLiteral("1"));
    QVERIFY(name.ok());
    QCOMPARE(*name, QStringLiteral("Siti Rahma"));
}

void TestVault::customerKeyRefused()
{
    QByteArray wrapped;
    QVERIFY(m_vault.newCustomerKey(QStringLiteral("cust-1"), &wrapped).ok());
    Result<CustomerKey> otherCustomer = m_vault.unwrapCustomerKey(QStringLiteral("cust-2"), wrapped);
    QVERIFY(!otherCustomer.ok());
    QCOMPARE(otherCustomer.code(), ErrorCode::Crypto);
    QVERIFY(!otherCustomer.errorString().isEmpty());
    QVERIFY(!Vault::create().unwrapCustomerKey(QStringLiteral("cust-1"), wrapped).ok()); // other workspace
    QVERIFY(!m_vault.unwrapCustomerKey(QStringLiteral("cust-1"), flipBit(wrapped, 30, 2)).ok());
    QVERIFY(!m_vault.unwrapCustomerKey(QStringLiteral("cust-1"), QByteArray()).ok());
    QVERIFY(!m_vault.newCustomerKey(QStringLiteral("cust-1"), nullptr).ok());
    QVERIFY(!m_vault.newCustomerKey(QString(), &wrapped).ok());
    const CustomerKey none;
    QVERIFY(!none.isValid());
    QVERIFY(
        !none.encryptField(QStringLiteral("x"), QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("1")).ok());
}

void TestVault::fieldRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("name") << QStringLiteral("Siti Nurhaliza binti Rahman");
    QTest::newRow("email") << QStringLiteral("siti@example.co.id");
    QTest::newRow("arabic") << QStringLiteral("\u0633\u064a\u062a\u064a");
    QTest::newRow("emoji") << QStringLiteral("Budi \U0001F600");
    QTest::newRow("long note") << QString(5000, QLatin1Char('n'));
}

void TestVault::fieldRoundTrip()
{
    QFETCH(QString, value);
    QByteArray wrapped;
    const CustomerKey cdk = take(m_vault.newCustomerKey(QStringLiteral("cust-9"), &wrapped));
    Result<QByteArray> blob
        = cdk.encryptField(value, QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("9"));
    QVERIFY(blob.ok());
    QCOMPARE(blob->size(), value.toUtf8().size() + AeadCipher::Overhead);
    if (!value.isEmpty()) {
        QVERIFY(!blob->contains(value.toUtf8()));
    }
    Result<QString> back
        = cdk.decryptField(*blob, QStringLiteral("customers"), QStringLiteral("notes"), QStringLiteral("9"));
    QVERIFY(back.ok());
    QCOMPARE(*back, value);
}

void TestVault::fieldBytes()
{
    QByteArray wrapped;
    const CustomerKey cdk = take(m_vault.newCustomerKey(QStringLiteral("cust-3"), &wrapped));
    const QByteArray evidence = QByteArray("\x00\x01\xff ip=203.0.113.7\x00", 20);
    Result<QByteArray> blob = cdk.encryptBytes(
        evidence, QStringLiteral("consent_events"), QStringLiteral("evidence"), QStringLiteral("77"));
    QVERIFY(blob.ok());
    Result<QByteArray> back
        = cdk.decryptBytes(*blob, QStringLiteral("consent_events"), QStringLiteral("evidence"), QStringLiteral("77"));
    QVERIFY(back.ok());
    QCOMPARE(*back, evidence);
}

void TestVault::fieldBitFlipRefused()
{
    QByteArray wrapped;
    const CustomerKey cdk = take(m_vault.newCustomerKey(QStringLiteral("cust-4"), &wrapped));
    const QString table = QStringLiteral("customers");
    const QString column = QStringLiteral("email");
    const QString row = QStringLiteral("4");
    const QByteArray blob
        = take(cdk.encryptField(QStringLiteral("a.field.of.forty.bytes@example.co.id...."), table, column, row));
    QCOMPARE(blob.size(), 40 + AeadCipher::Overhead);
    for (qsizetype i = 0; i < blob.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            Result<QString> result = cdk.decryptField(flipBit(blob, i, bit), table, column, row);
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            QCOMPARE(result.code(), ErrorCode::Crypto);
        }
    }
    QVERIFY(cdk.decryptField(blob, table, column, row).ok());
}

void TestVault::fieldMovedRefused()
{
    QByteArray wrappedA;
    QByteArray wrappedB;
    const CustomerKey a = take(m_vault.newCustomerKey(QStringLiteral("cust-a"), &wrappedA));
    const CustomerKey b = take(m_vault.newCustomerKey(QStringLiteral("cust-b"), &wrappedB));
    const QString t = QStringLiteral("customers");
    const QByteArray blob
        = take(a.encryptField(QStringLiteral("+6281234567890"), t, QStringLiteral("phone"), QStringLiteral("10")));
    QVERIFY(a.decryptField(blob, t, QStringLiteral("phone"), QStringLiteral("10")).ok());

    struct Case
    {
        const CustomerKey* key;
        QString table;
        QString column;
        QString row;
    };
    const Case cases[] = {
        {&a, t, QStringLiteral("email"), QStringLiteral("10")}, // other column
        {&a, t, QStringLiteral("phone"), QStringLiteral("11")}, // other row
        {&a, QStringLiteral("staff"), QStringLiteral("phone"), QStringLiteral("10")}, // other table
        {&b, t, QStringLiteral("phone"), QStringLiteral("10")}, // other customer's key
        {&a, t, QStringLiteral("phone|1"), QStringLiteral("0")}, // shifted separators
    };
    for (const Case& c : cases) {
        Result<QString> result = c.key->decryptField(blob, c.table, c.column, c.row);
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::Crypto);
        QVERIFY(!result.errorString().isEmpty());
    }
}

void TestVault::subkeysStableAcrossUnlock()
{
    Result<KeySlot> slot
        = m_vault.makePasswordSlot(QStringLiteral("right password"), m_workspace, QStringLiteral("siti"), Fast);
    QVERIFY(slot.ok());
    const Vault reopened
        = take(Vault::unlock(QStringLiteral("right password"), *slot, m_workspace, QStringLiteral("siti")));
    const QString email = QStringLiteral("siti@example.co.id");

    const QByteArray index = m_vault.blindIndex().compute(QStringLiteral("email"), email);
    QCOMPARE(index.size(), 16);
    QCOMPARE(reopened.blindIndex().compute(QStringLiteral("email"), email), index);
    QVERIFY(reopened.blindIndex().compute(QStringLiteral("phone"), email) != index);
    QVERIFY(Vault::create().blindIndex().compute(QStringLiteral("email"), email) != index);

    Hmac audit = m_vault.auditMac();
    Hmac auditAgain = reopened.auditMac();
    const QByteArray entry = QByteArrayLiteral("seq=1|actor=siti|action=customer.create");
    QCOMPARE(audit.mac(entry), auditAgain.mac(entry));
    QCOMPARE(audit.mac(entry).size(), 32);
    QVERIFY(Vault::create().auditMac().mac(entry) != audit.mac(entry));
    // The audit key is not the blind-index key.
    QVERIFY(audit.mac(QByteArrayLiteral("email") + '\0' + email.toUtf8()).left(16) != index);

    QByteArray wrapped;
    const CustomerKey cdk = take(m_vault.newCustomerKey(QStringLiteral("cust-5"), &wrapped));
    const QByteArray blob
        = take(cdk.encryptField(email, QStringLiteral("customers"), QStringLiteral("email"), QStringLiteral("5")));
    const CustomerKey viaReopened = take(reopened.unwrapCustomerKey(QStringLiteral("cust-5"), wrapped));
    QCOMPARE(*viaReopened.decryptField(blob, QStringLiteral("customers"), QStringLiteral("email"), QStringLiteral("5")),
             email);
}

void TestVault::secrets()
{
    const QByteArray totpSecret = QByteArrayLiteral("12345678901234567890");
    const QByteArray aad = QByteArrayLiteral("staff|totp_secret|7");
    Result<QByteArray> blob = m_vault.encryptSecret(totpSecret, aad);
    QVERIFY(blob.ok());
    Result<SecureBytes> back = m_vault.decryptSecret(*blob, aad);
    QVERIFY(back.ok());
    QCOMPARE(back->toByteArray(), totpSecret);
    Result<QByteArray> fromSecure = m_vault.encryptSecret(SecureBytes::fromByteArray(totpSecret), aad);
    QVERIFY(fromSecure.ok());
    QCOMPARE(m_vault.decryptSecret(*fromSecure, aad)->toByteArray(), totpSecret);
    Result<SecureBytes> otherRow = m_vault.decryptSecret(*blob, QByteArrayLiteral("staff|totp_secret|8"));
    QVERIFY(!otherRow.ok());
    QCOMPARE(otherRow.code(), ErrorCode::Crypto);
    QVERIFY(!Vault::create().decryptSecret(*blob, aad).ok());
}

void TestVault::workspaceId()
{
    const QByteArray a = Vault::newWorkspaceId();
    QCOMPARE(a.size(), 16);
    QVERIFY(a != Vault::newWorkspaceId());
}

void TestVault::concurrentUse()
{
    // One Vault and one shared CustomerKey used from several threads at once.
    QByteArray wrapped;
    const CustomerKey shared = take(m_vault.newCustomerKey(QStringLiteral("cust-shared"), &wrapped));
    const QString t = QStringLiteral("customers");
    const QString c = QStringLiteral("name");
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int n = 0; n < 4; ++n) {
        threads.emplace_back([&, n] {
            const Vault vault = m_vault; // copies share the keys
            const QString row = QString::number(n);
            for (int i = 0; i < 300; ++i) {
                const QString value = QStringLiteral("name %1/%2").arg(n).arg(i);
                Result<QByteArray> blob = shared.encryptField(value, t, c, row);
                Result<QString> back
                    = blob.ok() ? shared.decryptField(*blob, t, c, row) : Result<QString>(blob.error());
                Result<CustomerKey> again = vault.unwrapCustomerKey(QStringLiteral("cust-shared"), wrapped);
                const bool indexOk = vault.blindIndex().compute(QStringLiteral("email"), value).size() == 16;
                if (!back.ok() || *back != value || !again.ok() || !indexOk) {
                    ++failures;
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
