#pragma once

#include "core/crypto/Hmac.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

/// Blind index for exact lookups of encrypted fields:
/// HMAC-SHA256(blind key, UTF-8(kind) || 0x00 || UTF-8(normalised value)) truncated to 16 bytes.
/// The kind ("email", "phone", "external_ref") keeps equal values of different kinds apart.
/// The caller normalises the value (email trimmed and lower-cased, phone in E.164).
///
/// Not thread-safe: compute() reuses one keyed HMAC. Copies are independent and cheap to use.
class BlindIndex
{
public:
    static constexpr int Size = 16;

    BlindIndex() = default;
    /// A blind index keyed with \a key (the vault's blind-index subkey).
    explicit BlindIndex(const SecureBytes& key);

    /// True when the object holds a key.
    bool isValid() const { return m_hmac.isValid(); }
    /// The 16-byte index of \a normalisedValue for \a kind (empty if the object has no key).
    QByteArray compute(const QString& kind, const QString& normalisedValue) const;
    /// A customer's pseudonymous id, as tombstones and the erasure ledger record it: the index
    /// of @p customerId under the kind "erasure_pseudonym", in hex. Stable per workspace; the
    /// customer id cannot be read back from it.
    QString customerPseudonym(const QString& customerId) const
    {
        return QString::fromLatin1(compute(QStringLiteral("erasure_pseudonym"), customerId).toHex());
    }

private:
    mutable Hmac m_hmac;
};
