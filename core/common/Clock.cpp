#include "core/common/Clock.h"

#include <atomic>

namespace {
SystemClock g_systemClock;
std::atomic<Clock*> g_clock{&g_systemClock};
} // namespace

Clock& Clock::instance()
{
    return *g_clock.load();
}

void Clock::setInstance(Clock* clock)
{
    g_clock.store(clock ? clock : &g_systemClock);
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

MockClock::MockClock(const QDateTime& start)
    : m_ms(start.toMSecsSinceEpoch())
{ }

QDateTime MockClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC);
}

void MockClock::set(const QDateTime& at)
{
    m_ms = at.toMSecsSinceEpoch();
}

void MockClock::advanceSeconds(qint64 seconds)
{
    m_ms += seconds * 1000;
}

void MockClock::advanceMs(qint64 ms)
{
    m_ms += ms;
}
