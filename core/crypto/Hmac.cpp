#include "core/crypto/Hmac.h"

#include "core/crypto/Sha256.h"

#include <botan/mac.h>
#include <botan/mem_ops.h>

struct Hmac::Impl
{
    SecureBytes key; // kept so that a copy can be keyed too
    std::unique_ptr<Botan::MessageAuthenticationCode> mac;
    bool pending = false; // update() was called since the last final()

    explicit Impl(const SecureBytes& k)
        : key(k)
        , mac(Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)"))
    {
        mac->set_key(key.data(), static_cast<size_t>(key.size()));
    }
};

Hmac::Hmac() = default;

Hmac::Hmac(const SecureBytes& key)
{
    if (key.isEmpty()) {
        return;
    }
    try {
        m_impl = std::make_unique<Impl>(key);
    } catch (const std::exception&) {
        m_impl.reset(); // isValid() reports it
    }
}

Hmac::Hmac(const Hmac& other)
    : Hmac(other.m_impl ? other.m_impl->key : SecureBytes())
{ }

Hmac::Hmac(Hmac&& other) noexcept = default;

Hmac& Hmac::operator=(const Hmac& other)
{
    if (this != &other) {
        *this = Hmac(other);
    }
    return *this;
}

Hmac& Hmac::operator=(Hmac&& other) noexcept = default;
Hmac::~Hmac() = default;

bool Hmac::isValid() const
{
    return m_impl != nullptr;
}

QByteArray Hmac::mac(const QByteArray& message)
{
    if (!m_impl) {
        return {};
    }
    if (m_impl->pending) {
        uint8_t discard[Size]; // drop a half-fed message
        m_impl->mac->final(discard);
    }
    update(message);
    return final();
}

void Hmac::update(const char* data, qsizetype size)
{
    if (m_impl && size > 0) {
        m_impl->mac->update(reinterpret_cast<const uint8_t*>(data), static_cast<size_t>(size));
        m_impl->pending = true;
    }
}

QByteArray Hmac::final()
{
    if (!m_impl) {
        return {};
    }
    QByteArray out(Size, Qt::Uninitialized);
    m_impl->mac->final(reinterpret_cast<uint8_t*>(out.data()));
    m_impl->pending = false;
    return out;
}

bool Hmac::verify(const QByteArray& message, const QByteArray& expected)
{
    const QByteArray actual = mac(message);
    if (actual.isEmpty() || actual.size() != expected.size()) {
        return false;
    }
    return Botan::constant_time_compare(reinterpret_cast<const uint8_t*>(actual.constData()),
                                        reinterpret_cast<const uint8_t*>(expected.constData()),
                                        static_cast<size_t>(actual.size()));
}

QByteArray Hmac::sha256(const QByteArray& data)
{
    return Sha256::hash(data);
}
