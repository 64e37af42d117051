#pragma once

#include "core/common/Result.h"
#include "core/crypto/BlindIndex.h"
#include "core/crypto/CustomerKey.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/KeySlot.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// The unlocked key hierarchy of one workspace (ARCHITECTURE.md §3): the Workspace Master Key
/// (WMK) and its HKDF-SHA256 subkeys for wrapping customer keys, blind indexes, the audit MAC
/// and staff secrets.
///
/// A cheap, copyable handle to immutable keys: copies share them, and every method may be
/// called from several threads at once. A default-constructed Vault is locked (isValid() false).
class Vault
{
public:
    static constexpr int WorkspaceIdSize = 16;
    static constexpr int SaltSize = 16;
    static constexpr int RecoveryKeySize = 32;

    Vault();

    /// A new vault with a random WMK, for a new workspace.
    static Vault create();
    /// True when the vault holds keys.
    bool isValid() const;
    /// True when \a other holds the same WMK (constant-time; for tests and diagnostics).
    bool sameKeyAs(const Vault& other) const;

    /// A key slot opening this vault with \a password (Argon2id, random salt), bound to
    /// \a workspaceId and \a slotLabel (e.g. the user's login), so it cannot be reused elsewhere.
    [[nodiscard]] Result<KeySlot> makePasswordSlot(const QString& password,
                                                   const QByteArray& workspaceId,
                                                   const QString& slotLabel,
                                                   const KdfParams& params = {}) const;
    /// Opens a vault from a password slot; a wrong password fails with ErrorCode::Authentication.
    [[nodiscard]] static Result<Vault>
    unlock(const QString& password, const KeySlot& slot, const QByteArray& workspaceId, const QString& slotLabel);

    /// A new random 32-byte recovery key, to be shown to the user once.
    static SecureBytes generateRecoveryKey();
    /// The recovery key as base32 in dash-separated groups of four ("ABCD-EFGH-...").
    static QString formatRecoveryKey(const SecureBytes& recoveryKey);
    /// Reads a recovery key typed by the user; spaces, dashes and case do not matter.
    [[nodiscard]] static Result<SecureBytes> parseRecoveryKey(const QString& text);
    /// A key slot opening this vault with \a recoveryKey, bound to \a workspaceId.
    [[nodiscard]] Result<KeySlot> makeRecoverySlot(const SecureBytes& recoveryKey, const QByteArray& workspaceId) const;
    /// Opens a vault from a recovery slot; a wrong key fails with ErrorCode::Authentication.
    [[nodiscard]] static Result<Vault>
    unlockWithRecoveryKey(const SecureBytes& recoveryKey, const KeySlot& slot, const QByteArray& workspaceId);

    /// A new random data key for \a customerId; its wrapped form (to store) goes to \a wrappedOut.
    [[nodiscard]] Result<CustomerKey> newCustomerKey(const QString& customerId, QByteArray* wrappedOut) const;
    /// Unwraps the stored data key of \a customerId; a key of another customer is refused.
    [[nodiscard]] Result<CustomerKey> unwrapCustomerKey(const QString& customerId, const QByteArray& wrapped) const;

    /// A blind-index calculator keyed with the blind-index subkey (invalid if locked).
    BlindIndex blindIndex() const;
    /// An HMAC-SHA256 keyed with the audit subkey, for the audit chain (invalid if locked).
    Hmac auditMac() const;

    /// Encrypts a staff secret (e.g. a TOTP secret) under the secrets subkey bound to \a aad.
    [[nodiscard]] Result<QByteArray> encryptSecret(const QByteArray& plain, const QByteArray& aad) const;
    /// Encrypts a staff secret held in secure memory under the secrets subkey bound to \a aad.
    [[nodiscard]] Result<QByteArray> encryptSecret(const SecureBytes& plain, const QByteArray& aad) const;
    /// Decrypts a staff secret made by encryptSecret with the same \a aad.
    [[nodiscard]] Result<SecureBytes> decryptSecret(const QByteArray& blob, const QByteArray& aad) const;

    /// A new random 16-byte workspace identifier.
    static QByteArray newWorkspaceId();

private:
    struct Impl;
    explicit Vault(SecureBytes masterKey);

    std::shared_ptr<const Impl> m_impl;
};
