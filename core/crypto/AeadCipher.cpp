#include "core/crypto/AeadCipher.h"

#include "core/crypto/Random.h"

#include <botan/aead.h>
#include <botan/mem_ops.h>
#include <botan/secmem.h>

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace {

constexpr const char* Algorithm = "AES-256/GCM";

Error invalidKeyError()
{
    return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The encryption key is missing or invalid."));
}

Error encryptError()
{
    return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The data could not be encrypted."));
}

Error authenticationError()
{
    return Error(
        ErrorCode::Crypto,
        QCoreApplication::translate(
            "Crypto",
            "The encrypted data could not be authenticated. The key is wrong, or the data was altered or moved."));
}

/// Set when this thread's cache is gone (thread exit): a cipher destroyed later by another
/// thread-local or static object then just frees its mode. Trivially destructible, so it can
/// still be read at that point.
thread_local bool t_modeCacheGone = false;

/// Cipher objects this thread finished with, key wiped, ready for the next key. Creating one
/// (an algorithm lookup by name, several allocations from Botan's locked pool) cost a quarter
/// of each customer's encryption in a bulk import, where every customer has a key of its own.
class ModeCache
{
public:
    ModeCache() = default;
    ModeCache(const ModeCache&) = delete;
    ModeCache& operator=(const ModeCache&) = delete;
    ~ModeCache() { t_modeCacheGone = true; }

    std::unique_ptr<Botan::AEAD_Mode> take(Botan::Cipher_Dir direction)
    {
        auto& free = slot(direction);
        if (free.empty()) {
            return Botan::AEAD_Mode::create_or_throw(Algorithm, direction);
        }
        std::unique_ptr<Botan::AEAD_Mode> mode = std::move(free.back());
        free.pop_back();
        return mode;
    }
    void give(std::unique_ptr<Botan::AEAD_Mode> mode, Botan::Cipher_Dir direction)
    {
        if (!mode) {
            return;
        }
        mode->clear(); // wipes the key schedule and state
        auto& free = slot(direction);
        if (free.size() < Capacity) {
            free.push_back(std::move(mode));
        }
    }

private:
    static constexpr size_t Capacity = 4;
    std::vector<std::unique_ptr<Botan::AEAD_Mode>>& slot(Botan::Cipher_Dir direction)
    {
        return direction == Botan::ENCRYPTION ? m_encryptors : m_decryptors;
    }
    std::vector<std::unique_ptr<Botan::AEAD_Mode>> m_encryptors;
    std::vector<std::unique_ptr<Botan::AEAD_Mode>> m_decryptors;
};

thread_local ModeCache t_modes;

std::unique_ptr<Botan::AEAD_Mode> takeMode(Botan::Cipher_Dir direction)
{
    if (t_modeCacheGone) {
        return Botan::AEAD_Mode::create_or_throw(Algorithm, direction);
    }
    return t_modes.take(direction);
}

void giveMode(std::unique_ptr<Botan::AEAD_Mode> mode, Botan::Cipher_Dir direction)
{
    if (t_modeCacheGone) {
        return; // freed here
    }
    t_modes.give(std::move(mode), direction);
}

} // namespace

struct AeadCipher::Impl
{
    Botan::secure_vector<uint8_t> key;
    std::unique_ptr<Botan::AEAD_Mode> encryptor; // created on first use
    std::unique_ptr<Botan::AEAD_Mode> decryptor; // created on first use
    Botan::secure_vector<uint8_t> buffer; // reused, so steady state allocates only the result

    ~Impl()
    {
        giveMode(std::move(encryptor), Botan::ENCRYPTION);
        giveMode(std::move(decryptor), Botan::DECRYPTION);
    }

    Botan::AEAD_Mode& mode(Botan::Cipher_Dir direction)
    {
        auto& slot = direction == Botan::ENCRYPTION ? encryptor : decryptor;
        if (!slot) {
            auto mode = takeMode(direction);
            mode->set_key(key);
            slot = std::move(mode);
        }
        return *slot;
    }

    // GCM hashes the associated data here, so it must come before start().
    static void setAssociatedData(Botan::AEAD_Mode& cipher, const QByteArray& ad)
    {
        cipher.set_associated_data(reinterpret_cast<const uint8_t*>(ad.constData()), static_cast<size_t>(ad.size()));
    }
};

AeadCipher::AeadCipher() = default;

AeadCipher::AeadCipher(const SecureBytes& key)
{
    if (key.size() == KeySize) {
        m_impl = std::make_unique<Impl>();
        m_impl->key.assign(key.data(), key.data() + key.size());
    }
}

AeadCipher::AeadCipher(AeadCipher&& other) noexcept = default;
AeadCipher& AeadCipher::operator=(AeadCipher&& other) noexcept = default;
AeadCipher::~AeadCipher() = default;

bool AeadCipher::isValid() const
{
    return m_impl != nullptr;
}

Result<QByteArray> AeadCipher::encrypt(const char* plaintext, qsizetype size, const QByteArray& associatedData)
{
    if (!m_impl) {
        return invalidKeyError();
    }
    if (size < 0 || (size > 0 && !plaintext)) {
        return encryptError();
    }
    uint8_t nonce[NonceSize];
    if (!Random::fillNonce(nonce, sizeof nonce)) {
        return encryptError();
    }
    try {
        Botan::AEAD_Mode& cipher = m_impl->mode(Botan::ENCRYPTION);
        Impl::setAssociatedData(cipher, associatedData);
        cipher.start(nonce, sizeof nonce);
        auto* begin = reinterpret_cast<const uint8_t*>(plaintext);
        m_impl->buffer.assign(begin, begin + size);
        cipher.finish(m_impl->buffer); // in place: the plaintext is overwritten by ciphertext || tag
        const auto& sealed = m_impl->buffer;
        QByteArray blob(1 + NonceSize + static_cast<qsizetype>(sealed.size()), Qt::Uninitialized);
        blob[0] = Version;
        std::memcpy(blob.data() + 1, nonce, NonceSize);
        std::memcpy(blob.data() + 1 + NonceSize, sealed.data(), sealed.size());
        return blob;
    } catch (const std::exception&) {
        scrubBuffer();
        return encryptError();
    }
}

Result<QByteArray> AeadCipher::encrypt(const QByteArray& plaintext, const QByteArray& associatedData)
{
    return encrypt(plaintext.constData(), plaintext.size(), associatedData);
}

Result<QByteArray> AeadCipher::encrypt(const SecureBytes& plaintext, const QByteArray& associatedData)
{
    return encrypt(reinterpret_cast<const char*>(plaintext.data()), plaintext.size(), associatedData);
}

Status AeadCipher::decryptInPlace(const QByteArray& blob, const QByteArray& associatedData)
{
    if (!m_impl) {
        return invalidKeyError();
    }
    if (blob.size() < Overhead) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("Crypto", "The encrypted data is too short. It may be damaged."));
    }
    if (blob.at(0) != Version) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("Crypto", "The encrypted data has an unknown format version."));
    }
    try {
        Botan::AEAD_Mode& cipher = m_impl->mode(Botan::DECRYPTION);
        Impl::setAssociatedData(cipher, associatedData);
        const auto* bytes = reinterpret_cast<const uint8_t*>(blob.constData());
        cipher.start(bytes + 1, NonceSize);
        m_impl->buffer.assign(bytes + 1 + NonceSize, bytes + blob.size());
        cipher.finish(m_impl->buffer); // throws Invalid_Authentication_Tag on any mismatch
        return {};
    } catch (const std::exception&) {
        // Botan may have left unauthenticated plaintext in the buffer.
        scrubBuffer();
        return authenticationError();
    }
}

Result<QByteArray> AeadCipher::decrypt(const QByteArray& blob, const QByteArray& associatedData)
{
    Status status = decryptInPlace(blob, associatedData);
    if (!status.ok()) {
        return status.error();
    }
    const auto& plain = m_impl->buffer;
    QByteArray out(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size()));
    scrubBuffer();
    return out;
}

Result<SecureBytes> AeadCipher::decryptSecure(const QByteArray& blob, const QByteArray& associatedData)
{
    Status status = decryptInPlace(blob, associatedData);
    if (!status.ok()) {
        return status.error();
    }
    const auto& plain = m_impl->buffer;
    SecureBytes out(plain.data(), static_cast<qsizetype>(plain.size()));
    scrubBuffer();
    return out;
}

void AeadCipher::scrubBuffer()
{
    if (m_impl && !m_impl->buffer.empty()) {
        Botan::secure_scrub_memory(m_impl->buffer.data(), m_impl->buffer.size());
        m_impl->buffer.clear();
    }
}
