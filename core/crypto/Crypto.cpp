#include "core/crypto/Crypto.h"

#include "core/crypto/AeadCipher.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/SecureBytes.h"
#include "core/crypto/Sha256.h"
#include "core/crypto/Totp.h"

#include <botan/aead.h>
#include <botan/version.h>

#include <QCoreApplication>

#include <mutex>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

SecureBytes secureHex(const char* text)
{
    return SecureBytes::fromByteArray(hex(text));
}

// A core file would hold whatever was in memory at the crash: the WMK, customer keys and
// decrypted personal data. Nothing in the program needs one, so forbid them: RLIMIT_CORE 0
// for the classic kernel dump (honoured by systemd-coredump too), and PR_SET_DUMPABLE 0,
// which also stops piped core handlers and ptrace attachment by other same-user processes.
bool disableCoreDumps()
{
    struct rlimit limit = {0, 0};
    const bool rlimitOk = setrlimit(RLIMIT_CORE, &limit) == 0;
    const bool prctlOk = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return rlimitOk && prctlOk;
}

bool testSha256()
{
    return Sha256::hash(QByteArrayLiteral("abc"))
        == hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// RFC 4231 test case 2.
bool testHmac()
{
    Hmac hmac(SecureBytes::fromByteArray(QByteArrayLiteral("Jefe")));
    return hmac.mac(QByteArrayLiteral("what do ya want for nothing?"))
        == hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, with AAD),
// straight through Botan, then a round trip and a tamper check of the project's blob format.
bool testAesGcm()
{
    try {
        const SecureBytes key = secureHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        const QByteArray expected = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                        "76fc6ece0f4e1768cddf8853bb2d551b");
        auto gcm = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
        gcm->set_key(key.data(), static_cast<size_t>(key.size()));
        gcm->set_associated_data(reinterpret_cast<const uint8_t*>(aad.constData()), static_cast<size_t>(aad.size()));
        gcm->start(reinterpret_cast<const uint8_t*>(iv.constData()), static_cast<size_t>(iv.size()));
        Botan::secure_vector<uint8_t> buffer(plain.constBegin(), plain.constEnd());
        gcm->finish(buffer);
        if (QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()))
            != expected) {
            return false;
        }
        AeadCipher cipher(key);
        Result<QByteArray> blob = cipher.encrypt(plain, aad);
        if (!blob.ok()) {
            return false;
        }
        Result<QByteArray> back = cipher.decrypt(*blob, aad);
        QByteArray tampered = *blob;
        tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 1);
        return back.ok() && *back == plain && !cipher.decrypt(tampered, aad).ok();
    } catch (const std::exception&) {
        return false;
    }
}

// Produced with the reference implementation:
// echo -n password | argon2 somesalt -id -t 2 -k 64 -p 1 -l 32 -r
bool testArgon2id()
{
    KdfParams params;
    params.memoryKiB = 64;
    params.iterations = 2;
    params.parallelism = 1;
    Result<SecureBytes> key = Kdf::argon2id(QStringLiteral("password"), QByteArrayLiteral("somesalt"), params);
    return key.ok() && key->toByteArray() == hex("16a1a498734609dd01456da406de9f3d9da93e6c86c300a12fc1465214ce4922");
}

// RFC 6238 appendix B, SHA-1, T = 59.
bool testTotp()
{
    const SecureBytes seed = SecureBytes::fromByteArray(QByteArrayLiteral("12345678901234567890"));
    return Totp::code(seed, 59, 8, 30, TotpAlgorithm::Sha1) == QStringLiteral("94287082");
}

Status runInit()
{
    // Checked but not fatal: a sandbox may refuse prctl, and the self-tests matter more.
    (void)disableCoreDumps();

    struct SelfTest
    {
        const char* name;
        bool (*run)();
    };
    const SelfTest tests[] = {
        {"SHA-256", testSha256},
        {"HMAC-SHA256", testHmac},
        {"AES-256/GCM", testAesGcm},
        {"Argon2id", testArgon2id},
        {"TOTP", testTotp},
    };
    for (const SelfTest& test : tests) {
        if (!test.run()) {
            return Error(
                ErrorCode::Crypto,
                QCoreApplication::translate("Crypto", "The %1 self-test failed. Encryption is not safe to use.")
                    .arg(QLatin1String(test.name)));
        }
    }
    return {};
}

} // namespace

Status Crypto::init()
{
    static std::once_flag once;
    static Status result;
    std::call_once(once, [] { result = runInit(); });
    return result;
}

QString Crypto::botanVersion()
{
    return QString::fromStdString(Botan::short_version_string());
}
