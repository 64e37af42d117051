#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>

/// One-shot AES-256/GCM in the project's blob format (see AeadCipher). Each call sets up a
/// key schedule; for many messages under one key use AeadCipher. Thread-safe.
class Aead
{
public:
    /// Encrypts \a plaintext under the 32-byte \a key bound to \a associatedData.
    [[nodiscard]] static Result<QByteArray>
    encrypt(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData);
    /// Encrypts a secret (a key to wrap, a TOTP secret) under \a key bound to \a associatedData.
    [[nodiscard]] static Result<QByteArray>
    encrypt(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& associatedData);
    /// Decrypts \a blob into secure memory; fails with ErrorCode::Crypto on any mismatch.
    [[nodiscard]] static Result<SecureBytes>
    decrypt(const SecureBytes& key, const QByteArray& blob, const QByteArray& associatedData);
    /// Decrypts \a blob into an ordinary byte array (for data that is not a key).
    [[nodiscard]] static Result<QByteArray>
    decryptToByteArray(const SecureBytes& key, const QByteArray& blob, const QByteArray& associatedData);
};
