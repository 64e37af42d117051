#include "core/crypto/Aead.h"
#include "core/crypto/AeadCipher.h"
#include "core/crypto/Base32.h"
#include "core/crypto/BlindIndex.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Hkdf.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/Random.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/Sha256.h"

#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

namespace {

// The value of a Result, or a default value when it failed (the next check then fails
// cleanly instead of dereferencing an empty Result).
template <typename T> T take(Result<T> result)
{
    return result.ok() ? std::move(result).value() : T();
}

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecureBytes key(const QByteArray& bytes)
{
    return SecureBytes::fromByteArray(bytes);
}

} // namespace

/// Known-answer and misuse tests of the crypto primitives (everything but TOTP and Vault).
class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void botanVersion();

    void secureBytes();
    void random();

    void sha256_data();
    void sha256();
    void sha256Incremental();
    void sha256File();

    void hmac_data();
    void hmac();
    void hmacReuseAndCopy();

    void hkdf_data();
    void hkdf();
    void hkdfLabelsSeparate();

    void aesGcmVectors_data();
    void aesGcmVectors();
    void aeadRoundTrip_data();
    void aeadRoundTrip();
    void aeadFreshNonce();
    void aeadRefusesTampering();
    void aeadRefusesTruncation();
    void aeadRefusesUnknownVersion();
    void aeadRefusesWrongKeyAndContext();
    void aeadRefusesBadKey();
    void aeadReusedCipherObjectsHoldOnlyTheirOwnKey();

    void argon2id_data();
    void argon2id();
    void argon2idDefaults();
    void argon2idRefusesBadParams_data();
    void argon2idRefusesBadParams();

    void base32_data();
    void base32();
    void base32Tolerant_data();
    void base32Tolerant();
    void base32Invalid_data();
    void base32Invalid();

    void blindIndex();
};

void TestCrypto::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(Crypto::init().ok()); // cached
}

void TestCrypto::botanVersion()
{
    QVERIFY(Crypto::botanVersion().startsWith(QStringLiteral("2.")));
}

void TestCrypto::secureBytes()
{
    SecureBytes empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), 0);
    QVERIFY(empty.data() == nullptr);

    const SecureBytes a = SecureBytes::fromByteArray(QByteArrayLiteral("secret"));
    QCOMPARE(a.size(), 6);
    QCOMPARE(a.toByteArray(), QByteArrayLiteral("secret"));

    SecureBytes copy = a;
    QVERIFY(copy.equals(a));
    QVERIFY(copy.data() != a.data()); // deep copy
    copy.data()[0] = 'S';
    QVERIFY(!copy.equals(a));
    QVERIFY(!a.equals(SecureBytes::fromByteArray(QByteArrayLiteral("secre"))));
    QVERIFY(empty.equals(SecureBytes()));

    SecureBytes moved = std::move(copy);
    QCOMPARE(moved.toByteArray(), QByteArrayLiteral("Secret"));
    QVERIFY(copy.isEmpty()); // NOLINT(bugprone-use-after-move): documented state

    moved.clear();
    QVERIFY(moved.isEmpty());
    QCOMPARE(SecureBytes(4).toByteArray(), QByteArray(4, '\0'));
}

void TestCrypto::random()
{
    QCOMPARE(Random::bytes(0).size(), 0);
    QCOMPARE(Random::bytes(-1).size(), 0);
    const QByteArray a = Random::bytes(32);
    const QByteArray b = Random::bytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
    const SecureBytes s = Random::secureBytes(32);
    QCOMPARE(s.size(), 32);
    QVERIFY(!s.equals(Random::secureBytes(32)));
}

void TestCrypto::sha256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArrayLiteral("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(input), digest);
    QCOMPARE(Hmac::sha256(input), digest);
}

void TestCrypto::sha256Incremental()
{
    const QByteArray data = QByteArrayLiteral("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    Sha256 sha;
    for (qsizetype i = 0; i < data.size(); i += 7) {
        sha.update(data.mid(i, 7));
    }
    QCOMPARE(sha.final(), Sha256::hash(data));
    QCOMPARE(sha.final(), Sha256::hash(QByteArray())); // final() resets
}

void TestCrypto::sha256File()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray data(200000, 'x');
    QCOMPARE(file.write(data), data.size());
    file.close();
    Result<QByteArray> digest = Sha256::hashFile(file.fileName());
    QVERIFY(digest.ok());
    QCOMPARE(*digest, Sha256::hash(data));
    Result<QByteArray> missing = Sha256::hashFile(file.fileName() + QStringLiteral(".missing"));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.errorString().isEmpty());
}

// RFC 4231, HMAC-SHA-256 results (test case 5 is a truncated output and is left out).
void TestCrypto::hmac_data()
{
    QTest::addColumn<QByteArray>("keyBytes");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("mac");
    QTest::newRow("rfc4231 1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                               << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("rfc4231 2") << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
                               << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("rfc4231 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                               << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("rfc4231 4") << hex("0102030405060708090a0b0c0d0e0f10111213141516171819") << QByteArray(50, '\xcd')
                               << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("rfc4231 6") << QByteArray(131, '\xaa')
                               << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
                               << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("rfc4231 7") << QByteArray(131, '\xaa')
                               << QByteArrayLiteral("This is a test using a larger than block-size key and a larger "
                                                    "than block-size data. The key needs to be hashed before being "
                                                    "used by the HMAC algorithm.")
                               << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCrypto::hmac()
{
    QFETCH(QByteArray, keyBytes);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, mac);
    Hmac h(key(keyBytes));
    QVERIFY(h.isValid());
    QCOMPARE(h.mac(message), mac);
    QCOMPARE(h.mac(message), mac); // reusable
    for (const char ch : message) {
        h.update(&ch, 1);
    }
    QCOMPARE(h.final(), mac);
    QVERIFY(h.verify(message, mac));
    QByteArray wrong = mac;
    wrong[5] = static_cast<char>(wrong.at(5) ^ 0x20);
    QVERIFY(!h.verify(message, wrong));
    QVERIFY(!h.verify(message, mac.left(16)));
}

void TestCrypto::hmacReuseAndCopy()
{
    Hmac h(key(QByteArrayLiteral("Jefe")));
    const QByteArray expected = hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    h.update(QByteArrayLiteral("half-fed message that mac() must discard"));
    QCOMPARE(h.mac(QByteArrayLiteral("what do ya want for nothing?")), expected);

    Hmac copy(h);
    QCOMPARE(copy.mac(QByteArrayLiteral("what do ya want for nothing?")), expected);
    Hmac assigned;
    QVERIFY(!assigned.isValid());
    QVERIFY(assigned.mac(QByteArrayLiteral("x")).isEmpty());
    assigned = h;
    QCOMPARE(assigned.mac(QByteArrayLiteral("what do ya want for nothing?")), expected);
    QVERIFY(!Hmac(SecureBytes()).isValid());
}

// RFC 5869 appendix A, test cases 1 and 3 (SHA-256).
void TestCrypto::hkdf_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    QTest::newRow("rfc5869 1")
        << QByteArray(22, '\x0b') << hex("000102030405060708090a0b0c") << hex("f0f1f2f3f4f5f6f7f8f9")
        << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    QTest::newRow("rfc5869 3")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

void TestCrypto::hkdf()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    QCOMPARE(Hkdf::derive(key(ikm), salt, info, static_cast<int>(okm.size())).toByteArray(), okm);
    if (salt.isEmpty()) {
        QCOMPARE(Hkdf::derive(key(ikm), info, static_cast<int>(okm.size())).toByteArray(), okm);
    }
}

void TestCrypto::hkdfLabelsSeparate()
{
    const SecureBytes master = Random::secureBytes(32);
    const SecureBytes a = Hkdf::derive(master, QByteArrayLiteral("amanah/wrap/v1"));
    const SecureBytes b = Hkdf::derive(master, QByteArrayLiteral("amanah/blind/v1"));
    QCOMPARE(a.size(), 32);
    QVERIFY(!a.equals(b));
    QVERIFY(a.equals(Hkdf::derive(master, QByteArrayLiteral("amanah/wrap/v1"))));
    QVERIFY(Hkdf::derive(SecureBytes(), QByteArrayLiteral("x")).isEmpty());
    QVERIFY(Hkdf::derive(master, QByteArrayLiteral("x"), 0).isEmpty());
    QVERIFY(Hkdf::derive(master, QByteArrayLiteral("x"), 255 * 32 + 1).isEmpty());
}

// McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test cases 13-16 (AES-256),
// fed to the decryptor as blobs: 0x01 || IV || C || T.
void TestCrypto::aesGcmVectors_data()
{
    QTest::addColumn<QByteArray>("k");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("p");
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("ct");
    const QByteArray k15 = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray iv15 = hex("cafebabefacedbaddecaf888");
    const QByteArray p15 = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray c15 = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
    QTest::newRow("tc13") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray() << QByteArray()
                          << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("tc14") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
                          << hex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("tc15") << k15 << iv15 << p15 << QByteArray() << c15 + hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("tc16") << k15 << iv15 << p15.left(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
                          << c15.left(60) + hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::aesGcmVectors()
{
    QFETCH(QByteArray, k);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, p);
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, ct);
    const QByteArray blob = QByteArray(1, AeadCipher::Version) + iv + ct;
    Result<QByteArray> plain = Aead::decryptToByteArray(key(k), blob, a);
    QVERIFY2(plain.ok(), qPrintable(plain.errorString()));
    QCOMPARE(*plain, p);
    Result<SecureBytes> secure = Aead::decrypt(key(k), blob, a);
    QVERIFY(secure.ok());
    QCOMPARE(secure->toByteArray(), p);
    // Our own encryption of the same plaintext decrypts back (its nonce is random).
    Result<QByteArray> ours = Aead::encrypt(key(k), p, a);
    QVERIFY(ours.ok());
    QCOMPARE(ours->size(), p.size() + AeadCipher::Overhead);
    QCOMPARE(ours->at(0), AeadCipher::Version);
    QCOMPARE(*Aead::decryptToByteArray(key(k), *ours, a), p);
}

void TestCrypto::aeadRoundTrip_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 15, 16, 17, 40, 1000, 70000}) {
        QTest::addRow("%d bytes", size) << size;
    }
}

void TestCrypto::aeadRoundTrip()
{
    QFETCH(int, size);
    const SecureBytes k = Random::secureBytes(32);
    const QByteArray plain = Random::bytes(size);
    const QByteArray ad = QByteArrayLiteral("customers|email|42");
    AeadCipher cipher(k);
    QVERIFY(cipher.isValid());
    for (int round = 0; round < 3; ++round) { // the cipher object is reused
        Result<QByteArray> blob = cipher.encrypt(plain, ad);
        QVERIFY(blob.ok());
        QCOMPARE(blob->size(), size + AeadCipher::Overhead);
        Result<QByteArray> back = cipher.decrypt(*blob, ad);
        QVERIFY(back.ok());
        QCOMPARE(*back, plain);
        Result<SecureBytes> secure = cipher.decryptSecure(*blob, ad);
        QVERIFY(secure.ok());
        QCOMPARE(secure->toByteArray(), plain);
    }
    Result<QByteArray> fromSecret = cipher.encrypt(SecureBytes::fromByteArray(plain), ad);
    QVERIFY(fromSecret.ok());
    QCOMPARE(*cipher.decrypt(*fromSecret, ad), plain);
}

void TestCrypto::aeadFreshNonce()
{
    AeadCipher cipher(Random::secureBytes(32));
    const QByteArray plain = QByteArrayLiteral("same text");
    const QByteArray a = take(cipher.encrypt(plain, {}));
    const QByteArray b = take(cipher.encrypt(plain, {}));
    QVERIFY(a != b);
    QVERIFY(a.mid(1, AeadCipher::NonceSize) != b.mid(1, AeadCipher::NonceSize));
}

void TestCrypto::aeadRefusesTampering()
{
    const SecureBytes k = Random::secureBytes(32);
    AeadCipher cipher(k);
    const QByteArray ad = QByteArrayLiteral("ctx");
    const QByteArray blob = take(cipher.encrypt(QByteArray(40, 'p'), ad));
    for (qsizetype i = 0; i < blob.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray bad = blob;
            bad[i] = static_cast<char>(bad.at(i) ^ (1 << bit));
            Result<QByteArray> result = cipher.decrypt(bad, ad);
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            QCOMPARE(result.code(), ErrorCode::Crypto);
            QVERIFY(!result.errorString().isEmpty());
        }
    }
    QVERIFY(cipher.decrypt(blob, ad).ok()); // the object still works after failures
}

void TestCrypto::aeadRefusesTruncation()
{
    AeadCipher cipher(Random::secureBytes(32));
    const QByteArray blob = take(cipher.encrypt(QByteArray(40, 'p'), {}));
    for (qsizetype length = 0; length < blob.size(); ++length) {
        Result<QByteArray> result = cipher.decrypt(blob.left(length), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::Crypto);
    }
    QVERIFY(!cipher.decrypt(blob + '\0', {}).ok());
}

void TestCrypto::aeadRefusesUnknownVersion()
{
    AeadCipher cipher(Random::secureBytes(32));
    const QByteArray blob = take(cipher.encrypt(QByteArrayLiteral("x"), {}));
    for (char version : {'\x00', '\x02', '\xff'}) {
        QByteArray other = blob;
        other[0] = version;
        Result<QByteArray> result = cipher.decrypt(other, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::Crypto);
        QVERIFY(result.errorString().contains(QStringLiteral("version")));
    }
}

void TestCrypto::aeadRefusesWrongKeyAndContext()
{
    const SecureBytes k = Random::secureBytes(32);
    const QByteArray blob = take(Aead::encrypt(k, QByteArrayLiteral("alice@example.org"), QByteArrayLiteral("a")));
    QVERIFY(Aead::decrypt(k, blob, QByteArrayLiteral("a")).ok());
    Result<SecureBytes> wrongKey = Aead::decrypt(Random::secureBytes(32), blob, QByteArrayLiteral("a"));
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.code(), ErrorCode::Crypto);
    QVERIFY(!Aead::decrypt(k, blob, QByteArrayLiteral("b")).ok());
    QVERIFY(!Aead::decrypt(k, blob, QByteArray()).ok());
    QVERIFY(!Aead::decryptToByteArray(k, blob, QByteArrayLiteral("a ")).ok());
}

// AeadCipher reuses this thread's Botan cipher objects across keys (their key wiped in
// between): each cipher must encrypt and decrypt under its own key only, however the objects
// were passed around — more keys than the cache holds, both directions, interleaved.
void TestCrypto::aeadReusedCipherObjectsHoldOnlyTheirOwnKey()
{
    std::vector<SecureBytes> keys;
    std::vector<QByteArray> blobs;
    for (int i = 0; i < 9; ++i) {
        keys.push_back(Random::secureBytes(32));
        AeadCipher cipher(keys.back());
        blobs.push_back(take(cipher.encrypt(QByteArray::number(i), QByteArrayLiteral("ctx"))));
        QCOMPARE(take(cipher.decrypt(blobs.back(), QByteArrayLiteral("ctx"))), QByteArray::number(i));
    }
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 9; ++i) {
            AeadCipher cipher(keys[static_cast<size_t>(i)]);
            QCOMPARE(take(cipher.decrypt(blobs[static_cast<size_t>(i)], QByteArrayLiteral("ctx"))),
                     QByteArray::number(i));
            const QByteArray other = blobs[static_cast<size_t>((i + 1) % 9)];
            QVERIFY(!cipher.decrypt(other, QByteArrayLiteral("ctx")).ok());
            const QByteArray again = take(cipher.encrypt(QByteArrayLiteral("again"), QByteArrayLiteral("ctx")));
            AeadCipher stranger(keys[static_cast<size_t>((i + 4) % 9)]);
            QVERIFY(!stranger.decrypt(again, QByteArrayLiteral("ctx")).ok());
        }
    }
}

void TestCrypto::aeadRefusesBadKey()
{
    for (int size : {0, 16, 31, 33}) {
        const SecureBytes k = Random::secureBytes(size);
        AeadCipher cipher(k);
        QVERIFY(!cipher.isValid());
        Result<QByteArray> blob = cipher.encrypt(QByteArrayLiteral("x"), {});
        QVERIFY(!blob.ok());
        QCOMPARE(blob.code(), ErrorCode::Crypto);
        QVERIFY(!Aead::encrypt(k, QByteArrayLiteral("x"), {}).ok());
    }
}

// Vectors from the reference implementation (Debian package argon2), e.g.
//   echo -n password | argon2 somesalt -id -t 2 -k 64 -p 1 -l 32 -r
void TestCrypto::argon2id_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("parallelism");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("t2 m64 p1") << QStringLiteral("password") << QByteArrayLiteral("somesalt") << 64u << 2u << 1u
                               << hex("16a1a498734609dd01456da406de9f3d9da93e6c86c300a12fc1465214ce4922");
    QTest::newRow("t3 m256 p4") << QStringLiteral("password") << QByteArrayLiteral("somesalt") << 256u << 3u << 4u
                                << hex("079f6391325e5abd176a714532606b86314eefcbab56837ddcff0a4dfd7b0436");
    QTest::newRow("t1 m8192 p1") << QStringLiteral("password") << QByteArrayLiteral("somesalt") << 8192u << 1u << 1u
                                 << hex("07200454a4c2369a893741c6bf6355f29bf357857cc5eb8e8795104fbe70a38e");
    // NFKC: the ligature U+FB01 derives the same key as "fi" (echo -n fi | argon2 saltsalt1234 ...).
    QTest::newRow("nfkc ligature") << QString(QChar(0xFB01)) << QByteArrayLiteral("saltsalt1234") << 64u << 2u << 1u
                                   << hex("91a408893101706de2c9ff56f7b7987093f4b1d6d69f6bec9759fc167657773f");
    QTest::newRow("plain fi") << QStringLiteral("fi") << QByteArrayLiteral("saltsalt1234") << 64u << 2u << 1u
                              << hex("91a408893101706de2c9ff56f7b7987093f4b1d6d69f6bec9759fc167657773f");
    // NFKC composes "a + U+0308" to "ä": the reference got the precomposed UTF-8 bytes.
    QTest::newRow("nfkc combining") << QStringLiteral("pa\u0308sswo\u0308rd") << QByteArrayLiteral("somesaltsomesalt")
                                    << 128u << 2u << 2u
                                    << hex("3f8be515a3cebcac3f400100e4f4639a6b7fcecb45108c8d580b8a7acc2a9728");
    QTest::newRow("precomposed") << QStringLiteral("p\u00e4ssw\u00f6rd") << QByteArrayLiteral("somesaltsomesalt")
                                 << 128u << 2u << 2u
                                 << hex("3f8be515a3cebcac3f400100e4f4639a6b7fcecb45108c8d580b8a7acc2a9728");
}

void TestCrypto::argon2id()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, parallelism);
    QFETCH(QByteArray, expected);
    KdfParams params;
    params.memoryKiB = memoryKiB;
    params.iterations = iterations;
    params.parallelism = parallelism;
    Result<SecureBytes> derived = Kdf::argon2id(password, salt, params);
    QVERIFY2(derived.ok(), qPrintable(derived.errorString()));
    QCOMPARE(derived->toByteArray(), expected);
}

// The project default (m = 64 MiB, t = 3, p = 1):
//   echo -n password | argon2 somesalt -id -t 3 -k 65536 -p 1 -l 32 -r
void TestCrypto::argon2idDefaults()
{
    const KdfParams defaults;
    QCOMPARE(defaults.memoryKiB, 65536u);
    QCOMPARE(defaults.iterations, 3u);
    QCOMPARE(defaults.parallelism, 1u);
    QElapsedTimer timer;
    timer.start();
    Result<SecureBytes> derived = Kdf::argon2id(QStringLiteral("password"), QByteArrayLiteral("somesalt"), defaults);
    QVERIFY(derived.ok());
    QCOMPARE(derived->toByteArray(), hex("9e8789c8b42834220afc00085ac73acc308651216994abbfddd69b2592032efd"));
    qInfo("Argon2id with the default settings took %lld ms", timer.elapsed());
}

void TestCrypto::argon2idRefusesBadParams_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<quint32>("parallelism");
    QTest::addColumn<QByteArray>("salt");
    QTest::newRow("no lanes") << 64u << 1u << 0u << QByteArrayLiteral("somesalt");
    QTest::newRow("no passes") << 64u << 0u << 1u << QByteArrayLiteral("somesalt");
    QTest::newRow("memory below 8 per lane") << 31u << 1u << 4u << QByteArrayLiteral("somesalt");
    QTest::newRow("memory above limit") << Kdf::MaxMemoryKiB + 1 << 1u << 1u << QByteArrayLiteral("somesalt");
    QTest::newRow("hostile memory") << 0xffffffffu << 1u << 1u << QByteArrayLiteral("somesalt");
    QTest::newRow("too many passes") << 64u << Kdf::MaxIterations + 1 << 1u << QByteArrayLiteral("somesalt");
    QTest::newRow("too many lanes") << 1024u << 1u << Kdf::MaxParallelism + 1 << QByteArrayLiteral("somesalt");
    QTest::newRow("short salt") << 64u << 1u << 1u << QByteArrayLiteral("salt");
}

void TestCrypto::argon2idRefusesBadParams()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, iterations);
    QFETCH(quint32, parallelism);
    QFETCH(QByteArray, salt);
    Result<SecureBytes> derived = Kdf::argon2id(QStringLiteral("password"), salt, {memoryKiB, iterations, parallelism});
    QVERIFY(!derived.ok());
    QCOMPARE(derived.code(), ErrorCode::InvalidInput);
    QVERIFY(!derived.errorString().isEmpty());
}

// RFC 4648 §10.
void TestCrypto::base32_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("padded");
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI")
                            << QStringLiteral("MZXW6YTBOI======");
    QTest::newRow("rfc6238 seed") << QByteArrayLiteral("12345678901234567890")
                                  << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                                  << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestCrypto::base32()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, encoded);
    QFETCH(QString, padded);
    QCOMPARE(Base32::encode(plain), encoded);
    QCOMPARE(Base32::encode(SecureBytes::fromByteArray(plain)), encoded);
    for (const QString& text : {encoded, padded}) {
        Result<SecureBytes> decoded = Base32::decode(text);
        QVERIFY2(decoded.ok(), qPrintable(text));
        QCOMPARE(decoded->toByteArray(), plain);
    }
}

void TestCrypto::base32Tolerant_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lower case") << QStringLiteral("mzxw6ytboi");
    QTest::newRow("mixed case padded") << QStringLiteral("MzXw6yTbOi======");
    QTest::newRow("spaces") << QStringLiteral(" MZXW 6YTB OI ");
    QTest::newRow("tab and newline") << QStringLiteral("MZXW\t6YTB\nOI==");
}

void TestCrypto::base32Tolerant()
{
    QFETCH(QString, text);
    Result<SecureBytes> decoded = Base32::decode(text);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->toByteArray(), QByteArrayLiteral("foobar"));
}

void TestCrypto::base32Invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW6YT1");
    QTest::newRow("digit 0") << QStringLiteral("MZXW6YT0");
    QTest::newRow("punctuation") << QStringLiteral("MZXW-6YTB");
    QTest::newRow("padding inside") << QStringLiteral("MY==MZXQ");
    QTest::newRow("one char") << QStringLiteral("M");
    QTest::newRow("three chars") << QStringLiteral("MZX");
    QTest::newRow("six chars") << QStringLiteral("MZXW6Y");
    QTest::newRow("leftover bits") << QStringLiteral("MZ");
    QTest::newRow("non-latin") << QString(QChar(0x0410)) + QStringLiteral("Y");
}

void TestCrypto::base32Invalid()
{
    QFETCH(QString, text);
    Result<SecureBytes> decoded = Base32::decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.code(), ErrorCode::InvalidInput);
    QVERIFY(!decoded.errorString().isEmpty());
}

void TestCrypto::blindIndex()
{
    const SecureBytes k = Random::secureBytes(32);
    const BlindIndex index(k);
    QVERIFY(index.isValid());
    const QString email = QStringLiteral("siti@example.co.id");
    const QByteArray a = index.compute(QStringLiteral("email"), email);
    QCOMPARE(a.size(), BlindIndex::Size);
    QCOMPARE(index.compute(QStringLiteral("email"), email), a); // deterministic
    QCOMPARE(BlindIndex(k).compute(QStringLiteral("email"), email), a); // same key, same index
    QVERIFY(index.compute(QStringLiteral("external_ref"), email) != a); // per kind
    QVERIFY(index.compute(QStringLiteral("email"), QStringLiteral("siti@example.co.ic")) != a);
    QVERIFY(BlindIndex(Random::secureBytes(32)).compute(QStringLiteral("email"), email) != a);
    // The 0x00 separator keeps (kind, value) pairs apart.
    QVERIFY(index.compute(QStringLiteral("ab"), QStringLiteral("c"))
            != index.compute(QStringLiteral("a"), QStringLiteral("bc")));
    // HMAC-SHA256(key, kind || 0x00 || value), first 16 bytes.
    Hmac reference(k);
    QCOMPARE(a, reference.mac(QByteArrayLiteral("email") + '\0' + email.toUtf8()).left(16));
    QVERIFY(BlindIndex().compute(QStringLiteral("email"), email).isEmpty());
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
