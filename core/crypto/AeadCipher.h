#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>

/// AES-256/GCM bound to one key, reusable for many messages without a new key schedule.
///
/// Blob format: `version (1 byte, 0x01) || nonce (12 random bytes) || ciphertext || tag (16)`.
/// Ciphertext and tag are standard GCM (associated data = the caller's, unchanged), so
/// published test vectors decrypt as blobs; a future format version must bind its own
/// version into the associated data.
/// A wrong key, a changed byte, other associated data, a truncated blob or an unknown version
/// all fail with ErrorCode::Crypto, never with garbage.
///
/// Not thread-safe: one object per thread (or a lock around it). Moving is cheap; copying is
/// not offered because each object owns Botan cipher state.
class AeadCipher
{
public:
    static constexpr char Version = 0x01;
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    /// Bytes a blob adds to its plaintext.
    static constexpr int Overhead = 1 + NonceSize + TagSize;

    AeadCipher();
    /// A cipher for \a key; isValid() is false unless the key has 32 bytes.
    explicit AeadCipher(const SecureBytes& key);
    AeadCipher(AeadCipher&& other) noexcept;
    AeadCipher& operator=(AeadCipher&& other) noexcept;
    AeadCipher(const AeadCipher&) = delete;
    AeadCipher& operator=(const AeadCipher&) = delete;
    ~AeadCipher();

    /// True when the object holds a usable key.
    bool isValid() const;

    /// Encrypts \a size bytes at \a plaintext bound to \a associatedData; returns the blob.
    [[nodiscard]] Result<QByteArray> encrypt(const char* plaintext, qsizetype size, const QByteArray& associatedData);
    /// Encrypts \a plaintext bound to \a associatedData; returns the blob.
    [[nodiscard]] Result<QByteArray> encrypt(const QByteArray& plaintext, const QByteArray& associatedData);
    /// Encrypts a secret (e.g. a key to wrap) bound to \a associatedData; returns the blob.
    [[nodiscard]] Result<QByteArray> encrypt(const SecureBytes& plaintext, const QByteArray& associatedData);

    /// Decrypts \a blob made with the same associated data into an ordinary byte array.
    [[nodiscard]] Result<QByteArray> decrypt(const QByteArray& blob, const QByteArray& associatedData);
    /// Decrypts \a blob into secure memory (for wrapped keys and secrets).
    [[nodiscard]] Result<SecureBytes> decryptSecure(const QByteArray& blob, const QByteArray& associatedData);

private:
    struct Impl;
    /// Decrypts into the internal buffer; the caller copies the plaintext out, then scrubs.
    [[nodiscard]] Status decryptInPlace(const QByteArray& blob, const QByteArray& associatedData);
    void scrubBuffer();

    std::unique_ptr<Impl> m_impl;
};
