#include "core/crypto/Hkdf.h"

#include <botan/kdf.h>

SecureBytes Hkdf::derive(const SecureBytes& ikm, const QByteArray& label, int length)
{
    return derive(ikm, QByteArray(), label, length);
}

SecureBytes Hkdf::derive(const SecureBytes& ikm, const QByteArray& salt, const QByteArray& label, int length)
{
    constexpr int MaxLength = 255 * 32;
    if (ikm.isEmpty() || length < 1 || length > MaxLength) {
        return {};
    }
    try {
        auto hkdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
        SecureBytes out(length);
        hkdf->kdf(out.data(),
                  static_cast<size_t>(length),
                  ikm.data(),
                  static_cast<size_t>(ikm.size()),
                  reinterpret_cast<const uint8_t*>(salt.constData()),
                  static_cast<size_t>(salt.size()),
                  reinterpret_cast<const uint8_t*>(label.constData()),
                  static_cast<size_t>(label.size()));
        return out;
    } catch (const std::exception&) {
        return {};
    }
}
