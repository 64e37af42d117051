#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>

#include <cstddef>

/// Random bytes from the operating system (Botan::System_RNG, i.e. the kernel CSPRNG).
///
/// System_RNG rather than AutoSeeded_RNG: it is thread-safe without a lock of ours, never
/// needs reseeding, and is ~17x faster for nonces (ARCHITECTURE.md §3). All members are
/// safe to call from several threads at once.
class Random
{
public:
    /// \a n random bytes. The kernel RNG cannot fail once the system has booted; if it ever
    /// does, the process stops rather than continue with predictable keys or nonces.
    static QByteArray bytes(int n);
    /// \a n random bytes in secure memory (for keys). Stops the process if the RNG fails.
    static SecureBytes secureBytes(int n);
    /// Fills \a size bytes at \a out; returns false (never throws) if the RNG failed.
    [[nodiscard]] static bool fill(void* out, std::size_t size) noexcept;
    /// Fills \a size bytes at \a out with a fresh AEAD nonce; returns false if the RNG failed.
    ///
    /// Nonces are public, so they are served from a small per-thread buffer refilled from
    /// System_RNG in 4 KiB reads: one system call per ~340 nonces instead of one per nonce.
    /// A fork() child discards its inherited buffers (pthread_atfork), so parent and child
    /// never hand out the same bytes. Never use this for keys or salts.
    [[nodiscard]] static bool fillNonce(void* out, std::size_t size) noexcept;
};
