// Compliance reports at scale: a one-year report over AMANAH_BENCH_REPORT_CUSTOMERS customers
// (default 1,000,000, generated through the bulk writer with ~5 consent events each) and
// AMANAH_BENCH_REPORT_REQUESTS requests (default 100,000, bulk SQL inserts). Prints the time
// of the figures (targets: 3 s without the chain), the audit chain verification, the PDF
// (target 10 s) and the CSV bundle, and the figures on a worker thread (the dashboard's path).
#include "Bench.h"

#include "core/common/Clock.h"
#include "core/demo/DemoWorkspace.h"
#include "core/documents/DocumentRenderer.h"
#include "core/reports/ReportService.h"
#include "testsupport/TestWorkspace.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <random>

namespace {

int envCount(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Requests received over the last 13 months, in every state; closed ones answered 1-40 days
// after receipt against a 30-day deadline (some extended, some paused), in one transaction.
Status insertRequests(const Database& db, int count, qint64 nowMs)
{
    static const char* const types[]
        = {"access", "rectification", "erasure", "restriction", "objection", "portability", "consent_withdrawal"};
    static const char* const states[] = {
        "received", "identity_verification", "in_review", "approved", "completed", "rejected", "withdrawn", "executed"};
    constexpr qint64 kDay = 24 * 3600 * 1000;
    std::mt19937 rng(11);
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    // One statement prepared once and executed per row, inside the transaction.
    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO requests (type, channel, received_at, jurisdiction, due_at, "
                                       "extended_due_at, state, paused_ms, reason_code, created_at, updated_at) "
                                       "VALUES (?, 'email', ?, 'GDPR', ?, ?, ?, ?, ?, ?, ?)"))) {
        return db.storageError(insert.lastError());
    }
    QVariantList values;
    auto flush = [&]() -> Status {
        for (int k = 0; k < values.size(); ++k) {
            insert.bindValue(k, values.at(k));
        }
        values.clear();
        return insert.exec() ? Status() : Status(db.storageError(insert.lastError()));
    };
    for (int i = 0; i < count; ++i) {
        const qint64 received = nowMs - 395 * kDay + 395 * kDay * i / count;
        const qint64 due = received + 30 * kDay;
        const char* type = types[rng() % 7];
        // Older requests are mostly closed; the last month's mostly open.
        const bool recent = nowMs - received < 30 * kDay;
        const char* state = states[recent ? rng() % 4 : 4 + rng() % 4];
        if (!recent && qstrcmp(state, "executed") == 0 && qstrcmp(type, "erasure") != 0) {
            state = "completed";
        }
        const qint64 updated = std::min(nowMs, received + static_cast<qint64>(1 + rng() % 40) * kDay);
        values << QString::fromLatin1(type) << received << due
               << (rng() % 10 == 0 ? QVariant(due + 60 * kDay) : QVariant()) << QString::fromLatin1(state)
               << static_cast<qint64>(rng() % 3) * kDay
               << (qstrcmp(state, "rejected") == 0 ? QVariant(QStringLiteral("other")) : QVariant()) << received
               << updated;
        if (auto st = flush(); !st) {
            return st;
        }
    }
    return (*tx)->commit();
}

} // namespace

AMANAH_BENCH_SECTION(report)
{
    const int population = envCount("AMANAH_BENCH_REPORT_CUSTOMERS", 1000000);
    const int requests = envCount("AMANAH_BENCH_REPORT_REQUESTS", 100000);
    qputenv("AMANAH_TEST_BACKEND", "sqlite");
    TestWorkspace tw;
    if (!tw.ok()) {
        std::fprintf(stderr, "report: %s\n", qPrintable(tw.errorString()));
        return;
    }
    auto staff
        = tw.signInNewUser(QStringLiteral("bench"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    auto manager = tw.signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    if (!staff || !manager || !DemoWorkspace::createPolicies(staff).ok()) {
        std::fprintf(stderr, "report: set-up failed\n");
        return;
    }
    QElapsedTimer t;
    t.start();
    auto gen = DemoWorkspace::generate(staff, population, 7, [&](qint64 done, qint64 total) {
        if (done % 200000 == 0 || done == total) {
            std::fprintf(stderr,
                         "  generated %lld / %lld (%.0f s)\n",
                         static_cast<long long>(done),
                         static_cast<long long>(total),
                         msSince(t) / 1000);
        }
    });
    if (!gen.ok()) {
        std::fprintf(stderr, "report: generate failed: %s\n", qPrintable(gen.errorString()));
        return;
    }
    Bench::report("report.customers_build_s", msSince(t) / 1000);
    const Database& db = staff->db();
    const qint64 nowMs = Clock::instance().nowMs();
    t.restart();
    if (auto st = insertRequests(db, requests, nowMs); !st) {
        std::fprintf(stderr, "report: requests failed: %s\n", qPrintable(st.errorString()));
        return;
    }
    Bench::report("report.requests_insert_ms", msSince(t));
    Bench::report("report.customers", db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toDouble());
    Bench::report("report.consent_events",
                  db.scalar(QStringLiteral("SELECT count(*) FROM consent_events"))->toDouble());
    Bench::report("report.requests", db.scalar(QStringLiteral("SELECT count(*) FROM requests"))->toDouble());
    Bench::report("report.audit_entries", db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toDouble());

    // One year up to today, as the manager sees it.
    ReportService reports(manager);
    const QDate today = Clock::instance().now().toTimeZone(reports.timeZone()).date();
    const ReportPeriod year{today.addYears(-1).addDays(1), today};
    t.restart();
    QList<double> stepMs;
    auto figures = reports.figures(year, false, [&](int, int) {
        stepMs << msSince(t);
        return true;
    });
    const double figuresMs = msSince(t);
    // Steps: open requests, answered per month, medians, consent, closed requests, audit actions.
    for (int i = 1; i < stepMs.size(); ++i) {
        std::printf("report.figures_step_ms[%d] %.1f\n", i, stepMs[i] - stepMs[i - 1]);
    }
    if (!figures) {
        std::fprintf(stderr, "report: figures failed: %s\n", qPrintable(figures.errorString()));
        return;
    }
    Bench::report("report.figures_ms", figuresMs);
    Bench::report("report.figures_answered", figures->answered);
    Bench::report("report.figures_consents_granted", figures->consentsGranted);
    Bench::report("report.figures_overdue_rows", figures->overdueRequests.size());
    t.restart();
    auto withChain = reports.figures(year, true);
    Bench::report("report.figures_with_chain_ms", msSince(t));
    Bench::report("report.chain_intact", withChain && withChain->chain.intact ? 1 : 0);

    // The dashboard's path: the same on a worker thread with its own connection.
    std::optional<Result<ComplianceFigures>> offThread;
    QThread* worker = QThread::create([&] { offThread = reports.figures(year, false); });
    t.restart();
    worker->start();
    worker->wait();
    delete worker;
    Bench::report("report.figures_worker_thread_ms", msSince(t));

    QTemporaryDir dir;
    t.restart();
    auto pdf = reports.exportReport(*figures,
                                    ReportService::Format::Pdf,
                                    QStringLiteral("en"),
                                    dir.filePath(QStringLiteral("report.pdf")),
                                    &DocumentRenderer::htmlToPdf);
    Bench::report("report.pdf_ms", msSince(t));
    Bench::report("report.figures_plus_pdf_ms", figuresMs + msSince(t));
    if (!pdf) {
        std::fprintf(stderr, "report: pdf failed: %s\n", qPrintable(pdf.errorString()));
    }
    t.restart();
    auto csv = reports.exportReport(
        *figures, ReportService::Format::Csv, QStringLiteral("id"), dir.filePath(QStringLiteral("csv")));
    Bench::report("report.csv_bundle_ms", msSince(t));
    if (!csv) {
        std::fprintf(stderr, "report: csv failed: %s\n", qPrintable(csv.errorString()));
    }
}
