#pragma once

#include "core/crypto/Kdf.h"

#include <QByteArray>

/// A wrapped copy of the Workspace Master Key, as the storage layer persists it. Plain data:
/// it holds nothing secret without the password or recovery key that opens it.
struct KeySlot
{
    /// Random 16 bytes fed to the key derivation.
    QByteArray salt;
    /// Argon2id settings for a password slot; all zero for a recovery slot.
    KdfParams params;
    /// The WMK as an AES-256/GCM blob (see AeadCipher), bound to workspace and slot label.
    QByteArray wrapped;

    /// True for a slot opened by the recovery key rather than a password.
    bool isRecoverySlot() const { return params.memoryKiB == 0 && params.iterations == 0 && params.parallelism == 0; }
};
