#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

/// Calls @p handler with the result of @p future on @p context's thread once it is ready;
/// nothing is called when @p context is destroyed first.
template <typename T, typename Handler> void whenReady(QObject* context, const QFuture<T>& future, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)]() {
        watcher->deleteLater();
        handler(watcher->result());
    });
    watcher->setFuture(future);
}
