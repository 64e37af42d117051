#include "core/crypto/Kdf.h"

#include <botan/mem_ops.h>
#include <botan/pwdhash.h>
#include <botan/secmem.h>

#include <QCoreApplication>

namespace {

// The UTF-8 bytes of the NFKC form of the password, in secure memory. NFKC makes the same
// password typed on different keyboards or input methods derive the same key.
Botan::secure_vector<char> passwordBytes(const QString& password)
{
    QString normalised = password.normalized(QString::NormalizationForm_KC);
    QByteArray utf8 = normalised.toUtf8();
    Botan::secure_vector<char> out(utf8.constBegin(), utf8.constEnd());
    Botan::secure_scrub_memory(utf8.data(), static_cast<size_t>(utf8.size()));
    // Only scrub our own buffer: when nothing changed, normalized() shares the caller's.
    if (normalised.isDetached()) {
        Botan::secure_scrub_memory(normalised.data(), static_cast<size_t>(normalised.size()) * sizeof(QChar));
    }
    return out;
}

} // namespace

Status Kdf::checkParams(const KdfParams& params)
{
    const bool ok = params.parallelism >= 1 && params.parallelism <= MaxParallelism && params.iterations >= 1
        && params.iterations <= MaxIterations && params.memoryKiB >= 8 * params.parallelism
        && params.memoryKiB <= MaxMemoryKiB;
    if (!ok) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "The key derivation settings are not allowed."));
    }
    return {};
}

Result<SecureBytes> Kdf::argon2id(const QString& password, const QByteArray& salt, const KdfParams& params)
{
    Status check = checkParams(params);
    if (!check.ok()) {
        return check.error();
    }
    if (salt.size() < 8) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Crypto", "The salt is too short."));
    }
    try {
        auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
        auto hash = family->from_params(params.memoryKiB, params.iterations, params.parallelism);
        const Botan::secure_vector<char> pw = passwordBytes(password);
        SecureBytes key(KeySize);
        hash->derive_key(key.data(),
                         KeySize,
                         pw.data(),
                         pw.size(),
                         reinterpret_cast<const uint8_t*>(salt.constData()),
                         static_cast<size_t>(salt.size()));
        return key;
    } catch (const std::exception&) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The key derivation failed."));
    }
}
