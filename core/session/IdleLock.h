#pragma once

#include "core/common/Clock.h"

/// Decides when an idle window must lock (default after 10 minutes without input). The
/// UI reports activity and asks isDue() on a timer; time comes from the project Clock, so
/// tests drive it with MockClock.
class IdleLock
{
public:
    explicit IdleLock(int timeoutMinutes = 10);

    /// Input happened now.
    void activity();
    /// Changes the timeout (minutes, at least 1) without resetting the idle time.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return int(m_timeoutMs / 60000); }
    /// True once the timeout has passed since the last activity.
    bool isDue() const;
    /// Milliseconds left before locking (0 when due).
    qint64 remainingMs() const;

private:
    qint64 m_lastActivityMs;
    qint64 m_timeoutMs;
};
