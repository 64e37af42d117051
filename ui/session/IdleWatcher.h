#pragma once

#include "core/session/IdleLock.h"

#include <QObject>

class QTimer;

/// Watches the whole application's input (mouse, keyboard, wheel, touch) and asks IdleLock,
/// once a second, whether the window must lock. Time comes from the project Clock, so tests
/// move a MockClock and call check().
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// Starts watching (after sign-in); the idle time starts now.
    void start(int timeoutMinutes);
    /// Stops watching (signed out or locked).
    void stop();
    bool isActive() const { return m_active; }
    void setTimeoutMinutes(int minutes) { m_lock.setTimeoutMinutes(minutes); }
    int timeoutMinutes() const { return m_lock.timeoutMinutes(); }

    /// Emits idle() when the timeout has passed; returns whether it did.
    bool check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IdleLock m_lock;
    QTimer* m_timer = nullptr;
    bool m_active = false;
};
