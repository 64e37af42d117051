#include "core/session/IdleLock.h"

#include <QtGlobal>

IdleLock::IdleLock(int timeoutMinutes)
    : m_lastActivityMs(Clock::instance().nowMs())
    , m_timeoutMs(qint64(qMax(1, timeoutMinutes)) * 60000)
{ }

void IdleLock::activity()
{
    m_lastActivityMs = Clock::instance().nowMs();
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_timeoutMs = qint64(qMax(1, minutes)) * 60000;
}

bool IdleLock::isDue() const
{
    return remainingMs() == 0;
}

qint64 IdleLock::remainingMs() const
{
    const qint64 idle = Clock::instance().nowMs() - m_lastActivityMs;
    return qMax<qint64>(0, m_timeoutMs - idle);
}
