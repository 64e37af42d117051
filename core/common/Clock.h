#pragma once

#include <QDateTime>

/// The source of "now" for everything time-dependent (deadlines, TOTP, lock-outs,
/// retention, audit timestamps). Tests replace it with MockClock.
class Clock
{
public:
    virtual ~Clock() = default;

    /// The current time in UTC.
    virtual QDateTime now() const = 0;

    /// Milliseconds since the Unix epoch, the form stored in the database.
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    /// The clock in use: the system clock unless a test installed another.
    static Clock& instance();
    /// Replaces the process-wide clock (tests only); nullptr restores the system clock.
    static void setInstance(Clock* clock);
};

/// The wall clock.
class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that stands still until told to move; thread-safe enough for tests.
class MockClock : public Clock
{
public:
    explicit MockClock(const QDateTime& start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));

    QDateTime now() const override;
    void set(const QDateTime& at);
    void advanceSeconds(qint64 seconds);
    void advanceMs(qint64 ms);

private:
    qint64 m_ms;
};
