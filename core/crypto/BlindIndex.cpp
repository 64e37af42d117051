#include "core/crypto/BlindIndex.h"

#include <botan/mem_ops.h>

BlindIndex::BlindIndex(const SecureBytes& key)
    : m_hmac(key)
{ }

QByteArray BlindIndex::compute(const QString& kind, const QString& normalisedValue) const
{
    if (!m_hmac.isValid()) {
        return {};
    }
    const QByteArray kindBytes = kind.toUtf8();
    QByteArray valueBytes = normalisedValue.toUtf8();
    const char separator = '\0';
    m_hmac.update(kindBytes);
    m_hmac.update(&separator, 1);
    m_hmac.update(valueBytes);
    Botan::secure_scrub_memory(valueBytes.data(), static_cast<size_t>(valueBytes.size())); // personal data
    QByteArray index = m_hmac.final();
    index.truncate(Size);
    return index;
}
