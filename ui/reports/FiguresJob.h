#pragma once

#include "core/reports/ReportService.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

/// Computes a report's figures on a worker thread (ReportService opens its own connection
/// there), with progress and cancel. One job at a time; the owner waits for it on destruction.
class FiguresJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        ComplianceFigures figures;
        Error error;
    };

    explicit FiguresJob(QObject* parent = nullptr);
    ~FiguresJob() override;

    /// Starts computing @p period with @p service (created on this thread); false while busy.
    bool start(const std::shared_ptr<ReportService>& service, const ReportPeriod& period, bool verifyChain);
    void cancel();
    bool isRunning() const { return m_progress != nullptr; }
    /// Waits for a running job (its result is dropped).
    void wait();
    /// Steps done and the number of steps of the running job.
    int done() const { return m_progress ? m_progress->done.load() : 0; }
    int total() const { return m_progress ? m_progress->total.load() : 0; }

signals:
    void finished(const FiguresJob::Outcome& outcome);

private:
    struct Progress
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancel{false};
    };
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<Progress> m_progress;
};
