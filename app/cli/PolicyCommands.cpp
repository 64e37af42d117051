// amanahctl's policy documents: `ropa export`, the record of processing activities (GDPR
// Art. 30, UU PDP Ps 31) as CSV or PDF, for officers and managers.

#include "Cli.h"

#include "ExitCodes.h"
#include "core/documents/DocumentRenderer.h"
#include "core/thirdparties/RopaExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QString Cli::policyHelpText()
{
    return Tr::tr("  ropa export --user U --format csv|pdf --out FILE [--language id|en]\n"
                  "                  the record of processing activities (GDPR Art. 30, UU PDP Ps 31):\n"
                  "                  one entry per active purpose with the controller, legal basis,\n"
                  "                  data categories, recipients, transfers, retention and security\n");
}

int Cli::runPolicyCommand(const QStringList& args)
{
    if (args.value(0) != QLatin1String("export")) {
        return usage(Tr::tr("ropa needs the subcommand export."));
    }
    auto opts = parseOptions(args.mid(1),
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("format"),
                              QStringLiteral("out"),
                              QStringLiteral("language")});
    if (!opts) {
        return usage(opts.errorString());
    }
    const QString format = opts->value(QStringLiteral("format"));
    const QString out = opts->value(QStringLiteral("out"));
    const QString language
        = opts->has(QStringLiteral("language")) ? opts->value(QStringLiteral("language")) : QStringLiteral("en");
    if ((format != QLatin1String("csv") && format != QLatin1String("pdf")) || out.isEmpty()
        || (language != QLatin1String("en") && language != QLatin1String("id"))) {
        return usage(Tr::tr("ropa export needs --format csv or pdf and --out FILE; --language is id or en."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    const bool csv = format == QLatin1String("csv");
    auto document = RopaExport::build(*session, csv ? RopaExport::Format::Csv : RopaExport::Format::Html, language);
    if (!document) {
        return fail(document.error());
    }
    if (!csv) {
        if (auto st = DocumentRenderer::htmlToPdf(*document, out, QStringLiteral("Record of processing activities"));
            !st) {
            return fail(st.error());
        }
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(document->toUtf8()) < 0 || !file.commit()) {
            return fail(Error(
                ErrorCode::ReadOnly,
                Tr::tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(out), file.errorString())));
        }
    }
    m_out << QDir::toNativeSeparators(out) << '\n';
    return ExitCode::Ok;
}
