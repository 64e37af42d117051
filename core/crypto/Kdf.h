#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

/// Argon2id cost settings; the defaults are ARCHITECTURE.md §3's (64 MiB, 3 passes, 1 lane).
struct KdfParams
{
    quint32 memoryKiB = 65536;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    bool operator==(const KdfParams& other) const
    {
        return memoryKiB == other.memoryKiB && iterations == other.iterations && parallelism == other.parallelism;
    }
    bool operator!=(const KdfParams& other) const { return !(*this == other); }
};

/// Password-based key derivation.
class Kdf
{
public:
    /// Largest memory cost accepted (1 GiB), so a tampered key slot cannot exhaust memory.
    static constexpr quint32 MaxMemoryKiB = 1024 * 1024;
    /// Largest pass count accepted, so a tampered key slot cannot hang the program.
    static constexpr quint32 MaxIterations = 64;
    /// Largest lane count accepted.
    static constexpr quint32 MaxParallelism = 16;
    /// Length of the derived key in bytes.
    static constexpr int KeySize = 32;

    /// Argon2id of the NFKC-normalised UTF-8 \a password and \a salt: a 32-byte key.
    [[nodiscard]] static Result<SecureBytes>
    argon2id(const QString& password, const QByteArray& salt, const KdfParams& params);
    /// Refuses settings outside Argon2's rules or beyond the limits above.
    [[nodiscard]] static Status checkParams(const KdfParams& params);
};
