#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>

/// HMAC-SHA256 keyed once and reused for many messages (no per-message key setup), e.g. for
/// verifying the audit chain. Use mac() for one message or update()/final() for several parts.
///
/// Not thread-safe: one object per thread. Copies are independent objects with the same key.
class Hmac
{
public:
    static constexpr int Size = 32;

    Hmac();
    /// An HMAC-SHA256 keyed with \a key; isValid() is false if \a key is empty.
    explicit Hmac(const SecureBytes& key);
    Hmac(const Hmac& other);
    Hmac(Hmac&& other) noexcept;
    Hmac& operator=(const Hmac& other);
    Hmac& operator=(Hmac&& other) noexcept;
    ~Hmac();

    /// True when the object holds a key.
    bool isValid() const;

    /// The 32-byte MAC of \a message (discards any pending update()).
    QByteArray mac(const QByteArray& message);
    /// Adds \a size bytes at \a data to the message being authenticated.
    void update(const char* data, qsizetype size);
    /// Adds \a data to the message being authenticated.
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    /// The 32-byte MAC of everything passed to update() since the last final(); resets.
    QByteArray final();
    /// Constant-time check that \a expected is the MAC of \a message.
    bool verify(const QByteArray& message, const QByteArray& expected);

    /// SHA-256 of \a data (32 bytes).
    static QByteArray sha256(const QByteArray& data);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};
