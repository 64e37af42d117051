// amanahctl report: a compliance report of a period as PDF or a folder of CSV files, for
// scheduled reporting. Hooked into Cli::run.
#include "Cli.h"

#include "ExitCodes.h"

#include "core/documents/DocumentRenderer.h"
#include "core/reports/ReportService.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};

QDate parseDate(const QString& text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

QString Cli::reportHelpText()
{
    return Tr::tr("  report --user U --from DATE --to DATE --format pdf|csv --lang en|id --out PATH\n"
                  "                  a compliance report of the period (YYYY-MM-DD, both included, in the\n"
                  "                  workspace's time zone): a PDF file, or a folder of CSV files; the\n"
                  "                  audit chain is verified for it; prints the files written; exit 10\n"
                  "                  when the chain is broken (the report is written and says so)\n");
}

int Cli::commandReport(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("from"),
                              QStringLiteral("to"),
                              QStringLiteral("format"),
                              QStringLiteral("lang"),
                              QStringLiteral("out")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("report takes no argument %1.").arg(opts->positional.first()));
    }
    for (const char* key : {"from", "to", "format", "out"}) {
        if (opts->value(QString::fromLatin1(key)).isEmpty()) {
            return usage(Tr::tr("report needs --from DATE, --to DATE, --format pdf|csv and --out PATH."));
        }
    }
    const ReportPeriod period{parseDate(opts->value(QStringLiteral("from"))),
                              parseDate(opts->value(QStringLiteral("to")))};
    if (!period.first.isValid() || !period.last.isValid()) {
        return fail(Error(ErrorCode::InvalidInput, Tr::tr("--from and --to need dates like 2026-01-31.")));
    }
    if (!period.isValid()) {
        return fail(Error(ErrorCode::InvalidInput, Tr::tr("--from must not be after --to.")));
    }
    const QString formatText = opts->value(QStringLiteral("format")).trimmed().toLower();
    if (formatText != QLatin1String("pdf") && formatText != QLatin1String("csv")) {
        return fail(Error(ErrorCode::InvalidInput, Tr::tr("--format must be pdf or csv.")));
    }
    const auto format = formatText == QLatin1String("pdf") ? ReportService::Format::Pdf : ReportService::Format::Csv;
    const QString language = opts->has(QStringLiteral("lang")) ? opts->value(QStringLiteral("lang")).trimmed().toLower()
                                                               : QStringLiteral("en");
    if (language != QLatin1String("en") && language != QLatin1String("id")) {
        return fail(Error(ErrorCode::InvalidInput, Tr::tr("--lang must be en or id.")));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    ReportService reports(*session);
    auto figures = reports.figures(period);
    if (!figures) {
        return fail(figures.error());
    }
    auto files = reports.exportReport(
        *figures, format, language, opts->value(QStringLiteral("out")), &DocumentRenderer::htmlToPdf);
    if (!files) {
        return fail(files.error());
    }
    for (const QString& f : *files) {
        m_out << QDir::toNativeSeparators(f) << '\n';
    }
    if (!figures->chain.intact) {
        m_err << "amanahctl: "
              << Tr::tr("The audit chain is broken at entry %1: %2")
                     .arg(figures->chain.firstBroken)
                     .arg(figures->chain.problem)
              << '\n';
        return ExitCode::AuditBroken;
    }
    return ExitCode::Ok;
}
