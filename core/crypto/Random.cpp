#include "core/crypto/Random.h"

#include <botan/system_rng.h>

#include <QtGlobal>

#include <atomic>
#include <cstring>

#include <pthread.h>

namespace {

// Bumped in a fork() child so that every per-thread nonce buffer it inherited is discarded.
std::atomic<quint64> g_forkGeneration{1};

void onForkChild()
{
    g_forkGeneration.fetch_add(1, std::memory_order_relaxed);
}

const bool g_atforkRegistered = pthread_atfork(nullptr, nullptr, &onForkChild) == 0;

struct NonceBuffer
{
    static constexpr std::size_t Capacity = 4096;
    uint8_t bytes[Capacity];
    std::size_t used = Capacity; // nothing left: refill on first use
    quint64 generation = 0;
};

thread_local NonceBuffer t_nonces;

} // namespace

bool Random::fill(void* out, std::size_t size) noexcept
{
    if (size == 0) {
        return true;
    }
    try {
        Botan::system_rng().randomize(static_cast<uint8_t*>(out), size);
        return true;
    } catch (...) {
        return false;
    }
}

bool Random::fillNonce(void* out, std::size_t size) noexcept
{
    NonceBuffer& buffer = t_nonces;
    const quint64 generation = g_forkGeneration.load(std::memory_order_relaxed);
    if (!g_atforkRegistered || size > NonceBuffer::Capacity / 4) {
        return fill(out, size); // no fork protection (or a large request): straight from the RNG
    }
    if (buffer.generation != generation || NonceBuffer::Capacity - buffer.used < size) {
        if (!fill(buffer.bytes, NonceBuffer::Capacity)) {
            buffer.used = NonceBuffer::Capacity;
            return false;
        }
        buffer.used = 0;
        buffer.generation = generation;
    }
    std::memcpy(out, buffer.bytes + buffer.used, size);
    // Wipe what was handed out so no later reader (or copy of memory) can return it twice.
    std::memset(buffer.bytes + buffer.used, 0, size);
    buffer.used += size;
    return true;
}

QByteArray Random::bytes(int n)
{
    if (n <= 0) {
        return {};
    }
    QByteArray out(n, Qt::Uninitialized);
    if (!fill(out.data(), static_cast<std::size_t>(n))) {
        // Fail closed: an all-zero "random" key or nonce would be far worse than stopping.
        qFatal("The system random number generator failed.");
    }
    return out;
}

SecureBytes Random::secureBytes(int n)
{
    if (n <= 0) {
        return {};
    }
    SecureBytes out(n);
    if (!fill(out.data(), static_cast<std::size_t>(n))) {
        qFatal("The system random number generator failed.");
    }
    return out;
}
