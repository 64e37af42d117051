#include "ui/session/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::start(int timeoutMinutes)
{
    m_lock.setTimeoutMinutes(timeoutMinutes);
    m_lock.activity();
    m_active = true;
    m_timer->start();
}

void IdleWatcher::stop()
{
    m_active = false;
    m_timer->stop();
}

bool IdleWatcher::check()
{
    if (!m_active || !m_lock.isDue()) {
        return false;
    }
    stop();
    emit idle();
    return true;
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::KeyPress:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_lock.activity();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
