// The retention run at scale: AMANAH_BENCH_RETENTION customers (default 1,000,000, generated
// as in the customers section), a tenth of them last active 400 days ago under a "delete after
// 365 days without activity" rule; the invoice legal hold stays on (each deleted customer
// keeps name and address as a held record, the realistic and slower path). Prints the
// preview (dry run) time and the apply rate in customers per second (batches of 500).
#include "Bench.h"

#include "core/common/Clock.h"
#include "core/demo/DemoWorkspace.h"
#include "core/retention/RetentionRun.h"
#include "core/retention/RetentionService.h"
#include "testsupport/TestWorkspace.h"

#include <QElapsedTimer>

#include <cstdio>

namespace {
double secondsSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}
} // namespace

AMANAH_BENCH_SECTION(retention)
{
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("AMANAH_BENCH_RETENTION", &ok);
    const int population = ok && env > 0 ? env : 1000000;
    const int due = population / 10;
    qputenv("AMANAH_TEST_BACKEND", "sqlite");
    TestWorkspace tw;
    if (!tw.ok()) {
        std::fprintf(stderr, "retention: %s\n", qPrintable(tw.errorString()));
        return;
    }
    auto staff
        = tw.signInNewUser(QStringLiteral("bench"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    if (!staff || !DemoWorkspace::createPolicies(staff).ok()) {
        std::fprintf(stderr, "retention: set-up failed\n");
        return;
    }
    QElapsedTimer t;
    t.start();
    auto gen = DemoWorkspace::generate(staff, population, 11, [&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total) {
            std::fprintf(stderr,
                         "  generated %lld / %lld (%.0f s)\n",
                         static_cast<long long>(done),
                         static_cast<long long>(total),
                         secondsSince(t));
        }
    });
    if (!gen.ok()) {
        std::fprintf(stderr, "retention: generate failed: %s\n", qPrintable(gen.errorString()));
        return;
    }
    Bench::report("retention.population", population);
    Bench::report("retention.population_build_s", secondsSince(t));
    // The oldest tenth by creation order is due; everyone else was active yesterday. No open
    // requests in a generated workspace.
    const Database& db = staff->db();
    const qint64 now = Clock::instance().nowMs();
    const qint64 day = 24LL * 3600 * 1000;
    if (!db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ?"), {now - day}).ok()
        || !db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id IN (SELECT id FROM customers "
                                   "ORDER BY created_at, id LIMIT ?)"),
                    {now - 400 * day, due})
                .ok()
        || !db.exec(QStringLiteral("DELETE FROM requests")).ok()) {
        std::fprintf(stderr, "retention: ageing failed\n");
        return;
    }
    RetentionRule rule;
    rule.dataCategory = QStringLiteral("customer_record");
    rule.periodDays = 365;
    rule.trigger = RetentionRule::Trigger::LastActivity;
    rule.action = RetentionRule::Action::Delete;
    if (!RetentionService(staff).create(rule).ok()) {
        std::fprintf(stderr, "retention: rule failed\n");
        return;
    }

    RetentionRun run(staff);
    t.restart();
    auto plan = run.preview();
    const double previewS = secondsSince(t);
    if (!plan.ok()) {
        std::fprintf(stderr, "retention: preview failed: %s\n", qPrintable(plan.errorString()));
        return;
    }
    Bench::report("retention.preview_selected", static_cast<double>(plan->targets.size()));
    Bench::report("retention.preview_consent_events", static_cast<double>(plan->findings.value(0).consentEvents));
    Bench::report("retention.preview_ms", previewS * 1000);

    t.restart();
    auto out = run.apply(QStringLiteral("Benchmark: retention run over the generated population"),
                         [&](qint64 done, qint64 total) {
                             if (done % 10000 == 0) {
                                 std::fprintf(stderr,
                                              "  applied %lld / %lld (%.0f s)\n",
                                              static_cast<long long>(done),
                                              static_cast<long long>(total),
                                              secondsSince(t));
                             }
                             return true;
                         });
    const double applyS = secondsSince(t);
    if (!out.ok()) {
        std::fprintf(stderr, "retention: apply failed: %s\n", qPrintable(out.errorString()));
        return;
    }
    Bench::report("retention.apply_deleted", static_cast<double>(out->deleted));
    Bench::report("retention.apply_held_records_kept",
                  db.scalar(QStringLiteral("SELECT count(*) FROM held_records"))->toDouble());
    Bench::report("retention.apply_s", applyS);
    Bench::report("retention.apply_customers_per_s", static_cast<double>(out->deleted) / applyS);
    Bench::report("retention.remaining_customers",
                  db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toDouble());
}
