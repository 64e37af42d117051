#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

/// RFC 4648 base32 (alphabet A-Z 2-7), as used by authenticator apps and recovery keys.
class Base32
{
public:
    /// Upper-case base32 of \a data without '=' padding.
    static QString encode(const QByteArray& data);
    /// Upper-case base32 of a secret without '=' padding.
    static QString encode(const SecureBytes& data);
    /// Decodes \a text, ignoring spaces, case and trailing '=' padding; refuses other characters,
    /// impossible lengths and non-zero leftover bits.
    [[nodiscard]] static Result<SecureBytes> decode(const QString& text);

private:
    static QString encode(const uint8_t* data, qsizetype size);
};
