#include "core/crypto/Vault.h"

#include "core/crypto/Aead.h"
#include "core/crypto/AeadCipher.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Hkdf.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>

#include <mutex>

namespace {

constexpr int KeySize = 32;

QByteArray passwordSlotContext(const QByteArray& workspaceId, const QString& slotLabel)
{
    return QByteArrayLiteral("amanah-slot/v1|") + workspaceId + '|' + slotLabel.toUtf8();
}

QByteArray recoverySlotContext(const QByteArray& workspaceId)
{
    return QByteArrayLiteral("amanah-recovery/v1|") + workspaceId;
}

QByteArray customerKeyContext(const QString& customerId)
{
    return QByteArrayLiteral("amanah-cdk/v1|") + customerId.toUtf8();
}

QByteArray secretContext(const QByteArray& aad)
{
    return QByteArrayLiteral("amanah-secret/v1|") + aad;
}

SecureBytes recoveryKek(const SecureBytes& recoveryKey, const QByteArray& salt)
{
    return Hkdf::derive(recoveryKey, salt, QByteArrayLiteral("amanah/recovery-kek/v1"), KeySize);
}

Error lockedError()
{
    return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The workspace is locked."));
}

Error damagedSlotError()
{
    return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The key slot is damaged."));
}

Error badWorkspaceIdError()
{
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("Crypto", "The workspace identifier is missing."));
}

} // namespace

struct Vault::Impl
{
    SecureBytes masterKey;
    SecureBytes wrapKey;
    SecureBytes blindKey;
    SecureBytes auditKey;
    SecureBytes secretsKey;
    // Wrapping and unwrapping customer keys is hot (imports, list views), so one keyed
    // cipher is kept instead of a new key schedule per call; the lock keeps Vault thread-safe.
    mutable std::mutex wrapMutex;
    mutable AeadCipher wrapCipher;

    explicit Impl(SecureBytes wmk)
        : masterKey(std::move(wmk))
        , wrapKey(Hkdf::derive(masterKey, QByteArrayLiteral("amanah/wrap/v1")))
        , blindKey(Hkdf::derive(masterKey, QByteArrayLiteral("amanah/blind/v1")))
        , auditKey(Hkdf::derive(masterKey, QByteArrayLiteral("amanah/audit/v1")))
        , secretsKey(Hkdf::derive(masterKey, QByteArrayLiteral("amanah/secrets/v1")))
        , wrapCipher(wrapKey)
    { }

    bool complete() const
    {
        return masterKey.size() == KeySize && wrapKey.size() == KeySize && blindKey.size() == KeySize
            && auditKey.size() == KeySize && secretsKey.size() == KeySize;
    }
};

Vault::Vault() = default;

Vault::Vault(SecureBytes masterKey)
{
    auto impl = std::make_shared<const Impl>(std::move(masterKey));
    if (impl->complete()) {
        m_impl = std::move(impl);
    }
}

Vault Vault::create()
{
    return Vault(Random::secureBytes(KeySize));
}

bool Vault::isValid() const
{
    return m_impl != nullptr;
}

bool Vault::sameKeyAs(const Vault& other) const
{
    return m_impl && other.m_impl && m_impl->masterKey.equals(other.m_impl->masterKey);
}

QByteArray Vault::newWorkspaceId()
{
    return Random::bytes(WorkspaceIdSize);
}

Result<KeySlot> Vault::makePasswordSlot(const QString& password,
                                        const QByteArray& workspaceId,
                                        const QString& slotLabel,
                                        const KdfParams& params) const
{
    if (!m_impl) {
        return lockedError();
    }
    if (workspaceId.isEmpty()) {
        return badWorkspaceIdError();
    }
    if (password.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Crypto", "The password is empty."));
    }
    // A floor for new slots only: weaker settings would make an offline guess too cheap.
    if (params.memoryKiB < 8192) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "The key derivation must use at least 8 MiB of memory."));
    }
    KeySlot slot;
    slot.salt = Random::bytes(SaltSize);
    slot.params = params;
    Result<SecureBytes> kek = Kdf::argon2id(password, slot.salt, params);
    if (!kek.ok()) {
        return kek.error();
    }
    Result<QByteArray> wrapped = Aead::encrypt(*kek, m_impl->masterKey, passwordSlotContext(workspaceId, slotLabel));
    if (!wrapped.ok()) {
        return wrapped.error();
    }
    slot.wrapped = *wrapped;
    return slot;
}

Result<Vault>
Vault::unlock(const QString& password, const KeySlot& slot, const QByteArray& workspaceId, const QString& slotLabel)
{
    if (workspaceId.isEmpty()) {
        return badWorkspaceIdError();
    }
    if (slot.isRecoverySlot() || slot.salt.isEmpty() || slot.wrapped.isEmpty()) {
        return damagedSlotError();
    }
    if (!Kdf::checkParams(slot.params).ok()) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate(
                         "Crypto", "The key slot asks for key derivation settings that are not allowed."));
    }
    Result<SecureBytes> kek = Kdf::argon2id(password, slot.salt, slot.params);
    if (!kek.ok()) {
        return kek.error();
    }
    Result<SecureBytes> wmk = Aead::decrypt(*kek, slot.wrapped, passwordSlotContext(workspaceId, slotLabel));
    if (!wmk.ok()) {
        // Indistinguishable by design from a slot of another user or workspace.
        return Error(ErrorCode::Authentication, QCoreApplication::translate("Crypto", "The password is not correct."));
    }
    if (wmk->size() != KeySize) {
        return damagedSlotError();
    }
    Vault vault(std::move(*wmk));
    if (!vault.isValid()) {
        return damagedSlotError();
    }
    return vault;
}

SecureBytes Vault::generateRecoveryKey()
{
    return Random::secureBytes(RecoveryKeySize);
}

QString Vault::formatRecoveryKey(const SecureBytes& recoveryKey)
{
    const QString plain = Base32::encode(recoveryKey);
    QString out;
    out.reserve(plain.size() + plain.size() / 4);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0) {
            out.append(QLatin1Char('-'));
        }
        out.append(plain.at(i));
    }
    return out;
}

Result<SecureBytes> Vault::parseRecoveryKey(const QString& text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar ch : text) {
        if (!ch.isSpace() && ch != QLatin1Char('-')) {
            compact.append(ch);
        }
    }
    constexpr int Length = (RecoveryKeySize * 8 + 4) / 5; // 52 characters
    if (compact.size() != Length) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "A recovery key has %1 letters and digits; this one has %2.")
                         .arg(Length)
                         .arg(compact.size()));
    }
    Result<SecureBytes> key = Base32::decode(compact);
    if (!key.ok() || key->size() != RecoveryKeySize) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Crypto", "The recovery key is not valid. It uses only the letters A to Z and the digits 2 to 7."));
    }
    return key;
}

Result<KeySlot> Vault::makeRecoverySlot(const SecureBytes& recoveryKey, const QByteArray& workspaceId) const
{
    if (!m_impl) {
        return lockedError();
    }
    if (workspaceId.isEmpty()) {
        return badWorkspaceIdError();
    }
    if (recoveryKey.size() != RecoveryKeySize) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "The recovery key has the wrong length."));
    }
    KeySlot slot;
    slot.salt = Random::bytes(SaltSize);
    slot.params = KdfParams{0, 0, 0}; // full-entropy key: HKDF, no Argon2
    Result<QByteArray> wrapped
        = Aead::encrypt(recoveryKek(recoveryKey, slot.salt), m_impl->masterKey, recoverySlotContext(workspaceId));
    if (!wrapped.ok()) {
        return wrapped.error();
    }
    slot.wrapped = *wrapped;
    return slot;
}

Result<Vault>
Vault::unlockWithRecoveryKey(const SecureBytes& recoveryKey, const KeySlot& slot, const QByteArray& workspaceId)
{
    if (workspaceId.isEmpty()) {
        return badWorkspaceIdError();
    }
    if (!slot.isRecoverySlot() || slot.salt.isEmpty() || slot.wrapped.isEmpty()) {
        return damagedSlotError();
    }
    if (recoveryKey.size() != RecoveryKeySize) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "The recovery key has the wrong length."));
    }
    Result<SecureBytes> wmk
        = Aead::decrypt(recoveryKek(recoveryKey, slot.salt), slot.wrapped, recoverySlotContext(workspaceId));
    if (!wmk.ok()) {
        return Error(ErrorCode::Authentication,
                     QCoreApplication::translate("Crypto", "The recovery key is not correct for this workspace."));
    }
    if (wmk->size() != KeySize) {
        return damagedSlotError();
    }
    Vault vault(std::move(*wmk));
    if (!vault.isValid()) {
        return damagedSlotError();
    }
    return vault;
}

Result<CustomerKey> Vault::newCustomerKey(const QString& customerId, QByteArray* wrappedOut) const
{
    if (!m_impl) {
        return lockedError();
    }
    if (!wrappedOut || customerId.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Crypto", "The customer identifier is missing."));
    }
    const SecureBytes cdk = Random::secureBytes(KeySize);
    const QByteArray context = customerKeyContext(customerId);
    Result<QByteArray> wrapped = [&] {
        std::lock_guard<std::mutex> lock(m_impl->wrapMutex);
        return m_impl->wrapCipher.encrypt(cdk, context);
    }();
    if (!wrapped.ok()) {
        return wrapped.error();
    }
    *wrappedOut = *wrapped;
    return CustomerKey(cdk);
}

Result<CustomerKey> Vault::unwrapCustomerKey(const QString& customerId, const QByteArray& wrapped) const
{
    if (!m_impl) {
        return lockedError();
    }
    const QByteArray context = customerKeyContext(customerId);
    Result<SecureBytes> cdk = [&] {
        std::lock_guard<std::mutex> lock(m_impl->wrapMutex);
        return m_impl->wrapCipher.decryptSecure(wrapped, context);
    }();
    if (!cdk.ok()) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate(
                         "Crypto",
                         "The customer's data key could not be opened. It is damaged or belongs to another customer."));
    }
    if (cdk->size() != KeySize) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The customer's data key is damaged."));
    }
    return CustomerKey(*cdk);
}

BlindIndex Vault::blindIndex() const
{
    return m_impl ? BlindIndex(m_impl->blindKey) : BlindIndex();
}

Hmac Vault::auditMac() const
{
    return m_impl ? Hmac(m_impl->auditKey) : Hmac();
}

Result<QByteArray> Vault::encryptSecret(const QByteArray& plain, const QByteArray& aad) const
{
    if (!m_impl) {
        return lockedError();
    }
    return Aead::encrypt(m_impl->secretsKey, plain, secretContext(aad));
}

Result<QByteArray> Vault::encryptSecret(const SecureBytes& plain, const QByteArray& aad) const
{
    if (!m_impl) {
        return lockedError();
    }
    return Aead::encrypt(m_impl->secretsKey, plain, secretContext(aad));
}

Result<SecureBytes> Vault::decryptSecret(const QByteArray& blob, const QByteArray& aad) const
{
    if (!m_impl) {
        return lockedError();
    }
    return Aead::decrypt(m_impl->secretsKey, blob, secretContext(aad));
}
