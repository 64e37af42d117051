#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// A customer's data key (CDK): encrypts that customer's personal fields with AES-256/GCM.
///
/// Each blob is bound to its place, associated data = UTF-8 of `table|column|rowId`, so a blob
/// copied to another column, another row or another customer fails to decrypt. Obtain one
/// from Vault::newCustomerKey or Vault::unwrapCustomerKey.
///
/// Copies share one keyed cipher; all methods are thread-safe (a lock guards the cipher).
class CustomerKey
{
public:
    CustomerKey();
    /// A customer key over the 32 raw key bytes \a key (normally only the Vault calls this).
    explicit CustomerKey(const SecureBytes& key);

    /// True when the object holds a key.
    bool isValid() const;

    /// Encrypts the text field \a value for table/column/row \a rowId; returns the blob.
    [[nodiscard]] Result<QByteArray>
    encryptField(const QString& value, const QString& table, const QString& column, const QString& rowId) const;
    /// Decrypts a text field blob stored at table/column/row \a rowId.
    [[nodiscard]] Result<QString>
    decryptField(const QByteArray& blob, const QString& table, const QString& column, const QString& rowId) const;
    /// Encrypts binary data (e.g. consent evidence) for table/column/row \a rowId.
    [[nodiscard]] Result<QByteArray>
    encryptBytes(const QByteArray& value, const QString& table, const QString& column, const QString& rowId) const;
    /// Decrypts a binary blob stored at table/column/row \a rowId.
    [[nodiscard]] Result<QByteArray>
    decryptBytes(const QByteArray& blob, const QString& table, const QString& column, const QString& rowId) const;

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};
