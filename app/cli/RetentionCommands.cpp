// amanahctl commands for the retention run (issue #8): retention run --dry-run | --apply.
// Hooked into Cli::run through runRetentionCommand().
#include "Cli.h"

#include "ExitCodes.h"

#include "core/retention/RetentionRun.h"
#include "core/retention/RetentionService.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};

QString scopeOf(const RetentionRule& r)
{
    return r.purposeId > 0 ? QStringLiteral("purpose:%1").arg(r.purposeId)
                           : QStringLiteral("category:%1").arg(r.dataCategory);
}
} // namespace

QString Cli::retentionHelpText()
{
    return Tr::tr("  retention run --user U --dry-run\n"
                  "                  what a retention run would do now, per active rule (tab-separated:\n"
                  "                  rule id, scope, trigger, period in days, action, customers, consent\n"
                  "                  events, disclosures, held records) and in total; changes nothing\n"
                  "  retention run --user U --apply --justification TEXT [--batch N]\n"
                  "                  delete or anonymise what is due, in batches of N customers (default\n"
                  "                  500, each batch atomic), destroy held records whose hold has ended;\n"
                  "                  audited as retention.run with the justification (officers only)\n");
}

int Cli::runRetentionCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("run")) {
        return commandRetentionRun(args.mid(1));
    }
    return usage(sub.isEmpty() ? Tr::tr("retention needs a subcommand: run.")
                               : Tr::tr("Unknown retention subcommand %1: use run.").arg(sub));
}

int Cli::commandRetentionRun(const QStringList& args)
{
    auto opts = parseOptions(
        args,
        {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("justification"), QStringLiteral("batch")},
        {QStringLiteral("dry-run"), QStringLiteral("apply")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("retention run takes no argument %1.").arg(opts->positional.first()));
    }
    const bool dryRun = opts->has(QStringLiteral("dry-run"));
    const bool apply = opts->has(QStringLiteral("apply"));
    if (dryRun == apply) {
        return usage(Tr::tr("retention run needs either --dry-run or --apply."));
    }
    if (apply && !opts->has(QStringLiteral("justification"))) {
        return usage(Tr::tr("retention run --apply needs --justification TEXT."));
    }
    int batch = RetentionRun::kDefaultBatch;
    if (opts->has(QStringLiteral("batch"))) {
        bool ok = false;
        batch = opts->value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batch < 1 || batch > 100000) {
            return fail(Error(ErrorCode::InvalidInput, Tr::tr("--batch needs a number from 1 to 100000.")));
        }
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    RetentionRun run(*session);
    // Machine-readable labels: scripts parse these lines, so they are not translated.
    if (dryRun) {
        auto plan = run.preview();
        if (!plan) {
            return fail(plan.error());
        }
        for (const RetentionFinding& f : plan->findings) {
            m_out << QStringList{QString::number(f.rule.id),
                                 scopeOf(f.rule),
                                 RetentionService::triggerCode(f.rule.trigger),
                                 QString::number(f.rule.periodDays),
                                 RetentionService::actionCode(f.rule.action),
                                 QString::number(f.customers),
                                 QString::number(f.consentEvents),
                                 QString::number(f.disclosures),
                                 QString::number(f.heldRecords)}
                         .join(QLatin1Char('\t'))
                  << '\n';
        }
        m_out << "customers to delete: " << plan->count(RetentionRule::Action::Delete) << '\n'
              << "customers to anonymise: " << plan->count(RetentionRule::Action::Anonymise) << '\n'
              << "held records to destroy: " << plan->heldRecords.size() << '\n';
        return ExitCode::Ok;
    }
    auto out = run.apply(opts->value(QStringLiteral("justification")), {}, batch);
    if (!out) {
        return fail(out.error());
    }
    m_out << "deleted: " << out->deleted << '\n'
          << "anonymised: " << out->anonymised << '\n'
          << "held records destroyed: " << out->heldDestroyed << '\n'
          << "skipped: " << out->skipped << '\n'
          << "batches: " << out->batchesDone << '/' << out->batches << '\n';
    return ExitCode::Ok;
}
