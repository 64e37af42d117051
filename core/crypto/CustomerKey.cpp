#include "core/crypto/CustomerKey.h"

#include "core/crypto/AeadCipher.h"

#include <botan/mem_ops.h>

#include <QCoreApplication>

#include <mutex>

namespace {

QByteArray fieldContext(const QString& table, const QString& column, const QString& rowId)
{
    const QChar separator = QLatin1Char('|');
    return QString(table + separator + column + separator + rowId).toUtf8();
}

Error noKeyError()
{
    return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The customer's data key is not available."));
}

void scrub(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached()) {
        Botan::secure_scrub_memory(bytes.data(), static_cast<size_t>(bytes.size()));
    }
}

} // namespace

struct CustomerKey::Impl
{
    std::mutex mutex;
    AeadCipher cipher;

    explicit Impl(const SecureBytes& key)
        : cipher(key)
    { }
};

CustomerKey::CustomerKey() = default;

CustomerKey::CustomerKey(const SecureBytes& key)
{
    if (key.size() == AeadCipher::KeySize) {
        m_impl = std::make_shared<Impl>(key);
    }
}

bool CustomerKey::isValid() const
{
    return m_impl != nullptr;
}

Result<QByteArray>
CustomerKey::encryptField(const QString& value, const QString& table, const QString& column, const QString& rowId) const
{
    QByteArray plain = value.toUtf8();
    Result<QByteArray> blob = encryptBytes(plain, table, column, rowId);
    scrub(plain);
    return blob;
}

Result<QString> CustomerKey::decryptField(const QByteArray& blob,
                                          const QString& table,
                                          const QString& column,
                                          const QString& rowId) const
{
    Result<QByteArray> plain = decryptBytes(blob, table, column, rowId);
    if (!plain.ok()) {
        return plain.error();
    }
    QString text = QString::fromUtf8(*plain);
    scrub(*plain);
    return text;
}

Result<QByteArray> CustomerKey::encryptBytes(const QByteArray& value,
                                             const QString& table,
                                             const QString& column,
                                             const QString& rowId) const
{
    if (!m_impl) {
        return noKeyError();
    }
    const QByteArray context = fieldContext(table, column, rowId);
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->cipher.encrypt(value, context);
}

Result<QByteArray> CustomerKey::decryptBytes(const QByteArray& blob,
                                             const QString& table,
                                             const QString& column,
                                             const QString& rowId) const
{
    if (!m_impl) {
        return noKeyError();
    }
    const QByteArray context = fieldContext(table, column, rowId);
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    return m_impl->cipher.decrypt(blob, context);
}
