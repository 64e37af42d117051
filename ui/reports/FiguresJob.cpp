#include "ui/reports/FiguresJob.h"

#include <QtConcurrent/QtConcurrentRun>

FiguresJob::FiguresJob(QObject* parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_progress.reset();
        emit finished(m_watcher->result());
    });
}

FiguresJob::~FiguresJob()
{
    wait();
}

void FiguresJob::wait()
{
    if (m_progress) {
        m_progress->cancel = true;
    }
    m_watcher->waitForFinished();
}

bool FiguresJob::start(const std::shared_ptr<ReportService>& service, const ReportPeriod& period, bool verifyChain)
{
    if (isRunning() || !service) {
        return false;
    }
    m_progress = std::make_shared<Progress>();
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher->setFuture(QtConcurrent::run([service, progress, period, verifyChain]() {
        Outcome out;
        auto f = service->figures(period, verifyChain, [progress](int done, int total) {
            progress->done = done;
            progress->total = total;
            return !progress->cancel.load();
        });
        out.ok = f.ok();
        if (f) {
            out.figures = *f;
        } else {
            out.error = f.error();
        }
        return out;
    }));
    return true;
}

void FiguresJob::cancel()
{
    if (m_progress) {
        m_progress->cancel = true;
    }
}
