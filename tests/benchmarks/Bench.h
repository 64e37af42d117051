#pragma once

#include <QElapsedTimer>

#include <cstdint>
#include <vector>

/// A tiny benchmark framework: sections register themselves by name; main() runs the ones
/// named on the command line (all when none) and each prints plain "name value" lines.
namespace Bench {

using SectionFunction = void (*)();

struct Section
{
    const char* name;
    SectionFunction run;
};

/// Every registered section, in registration order.
std::vector<Section>& sections();

/// Registers a section at static-initialisation time (use AMANAH_BENCH_SECTION).
struct Registration
{
    Registration(const char* name, SectionFunction run);
};

/// Prints one figure as "name value", e.g. "crypto.unlock_default_ms 412.3".
void report(const char* name, double value);

/// Calls \a op (which performs \a perCall operations) repeatedly for at least \a seconds;
/// returns operations per second.
template <typename Op> double ratePerSecond(Op&& op, double seconds = 1.0, std::int64_t perCall = 1)
{
    for (int i = 0; i < 16; ++i) {
        op(); // warm up caches and lazily created state
    }
    QElapsedTimer timer;
    timer.start();
    std::int64_t calls = 0;
    std::int64_t batch = 64;
    while (timer.nsecsElapsed() < static_cast<qint64>(seconds * 1e9)) {
        for (std::int64_t i = 0; i < batch; ++i) {
            op();
        }
        calls += batch;
        batch *= 2;
    }
    return static_cast<double>(calls * perCall) * 1e9 / static_cast<double>(timer.nsecsElapsed());
}

/// Keeps the optimiser from discarding a result.
template <typename T> void keep(const T& value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace Bench

/// Defines and registers a benchmark section: AMANAH_BENCH_SECTION(crypto) { ... }
#define AMANAH_BENCH_SECTION(id)                                                                                       \
    static void amanahBench_##id();                                                                                    \
    static const Bench::Registration amanahBenchRegistration_##id(#id, &amanahBench_##id);                             \
    static void amanahBench_##id()
