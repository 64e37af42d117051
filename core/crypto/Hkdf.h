#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>

/// HKDF-SHA256 (RFC 5869) for deriving independent subkeys from one high-entropy key.
class Hkdf
{
public:
    /// Expands \a ikm into \a length bytes for the purpose named by \a label (no salt).
    /// Returns an empty buffer if \a ikm is empty or \a length is outside 1..8160.
    static SecureBytes derive(const SecureBytes& ikm, const QByteArray& label, int length = 32);
    /// Same with an explicit extract \a salt (RFC 5869 "salt"; \a label is "info").
    static SecureBytes derive(const SecureBytes& ikm, const QByteArray& salt, const QByteArray& label, int length);
};
