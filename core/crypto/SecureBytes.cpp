#include "core/crypto/SecureBytes.h"

#include <botan/mem_ops.h>
#include <botan/secmem.h>

struct SecureBytes::Impl
{
    Botan::secure_vector<uint8_t> bytes;
};

SecureBytes::SecureBytes() = default;

SecureBytes::SecureBytes(qsizetype size)
{
    if (size > 0) {
        m_impl = std::make_unique<Impl>();
        m_impl->bytes.resize(static_cast<size_t>(size));
    }
}

SecureBytes::SecureBytes(const uint8_t* data, qsizetype size)
{
    if (data && size > 0) {
        m_impl = std::make_unique<Impl>();
        m_impl->bytes.assign(data, data + size);
    }
}

SecureBytes::SecureBytes(const SecureBytes& other)
{
    if (other.m_impl) {
        m_impl = std::make_unique<Impl>(*other.m_impl);
    }
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept = default;

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        m_impl = other.m_impl ? std::make_unique<Impl>(*other.m_impl) : nullptr;
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept = default;

// secure_vector's allocator scrubs on release, so the default destructor is enough.
SecureBytes::~SecureBytes() = default;

qsizetype SecureBytes::size() const
{
    return m_impl ? static_cast<qsizetype>(m_impl->bytes.size()) : 0;
}

const uint8_t* SecureBytes::data() const
{
    return m_impl && !m_impl->bytes.empty() ? m_impl->bytes.data() : nullptr;
}

uint8_t* SecureBytes::data()
{
    return m_impl && !m_impl->bytes.empty() ? m_impl->bytes.data() : nullptr;
}

void SecureBytes::clear()
{
    m_impl.reset();
}

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes)
{
    return SecureBytes(reinterpret_cast<const uint8_t*>(bytes.constData()), bytes.size());
}

QByteArray SecureBytes::toByteArray() const
{
    return m_impl ? QByteArray(reinterpret_cast<const char*>(m_impl->bytes.data()), size()) : QByteArray();
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (size() != other.size()) {
        return false;
    }
    if (size() == 0) {
        return true;
    }
    return Botan::constant_time_compare(data(), other.data(), static_cast<size_t>(size()));
}
