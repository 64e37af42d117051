// amanahctl commands for customers and consent: customer find, consent receipt,
// audience export, import customers. Hooked into Cli::run through runCustomerCommand().
#include "Cli.h"

#include "ExitCodes.h"

#include "core/common/SafeText.h"
#include "core/consent/ConsentReceipt.h"
#include "core/consent/ConsentService.h"
#include "core/customers/CustomerImporter.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};
} // namespace

QString Cli::customerHelpText()
{
    return Tr::tr("  customer find --user U (--email E | --phone P | --ref R | --name TEXT)\n"
                  "                  customers by exact email, phone (E.164), reference, or any part of\n"
                  "                  the name; prints id, reference, name, email, phone, status\n"
                  "                  (control characters as \\u001B; a damaged record is named and exits 11)\n"
                  "  consent receipt --user U --customer ID [--html LANG]\n"
                  "                  the customer's Kantara v1.1 consent receipt as JSON (or HTML en|id)\n"
                  "  audience export --user U --purpose CODE --out FILE [--recipient NAME]\n"
                  "                  CSV of exactly the customers the purpose may use now (audited);\n"
                  "                  naming a recipient records a disclosure to it for each customer;\n"
                  "                  damaged customers are left out and named, and it exits 11\n"
                  "  import customers FILE --user U [--good-rows-only] [--dry-run]\n"
                  "                  import customers and consents from CSV; lists every bad row\n");
}

int Cli::runCustomerCommand(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("customer")) {
        if (args.value(0) != QLatin1String("find")) {
            return usage(Tr::tr("Use: customer find --email E | --phone P | --ref R | --name TEXT."));
        }
        return commandCustomerFind(args.mid(1));
    }
    if (command == QLatin1String("consent")) {
        if (args.value(0) != QLatin1String("receipt")) {
            return usage(Tr::tr("Use: consent receipt --customer ID."));
        }
        return commandConsentReceipt(args.mid(1));
    }
    if (command == QLatin1String("audience")) {
        if (args.value(0) != QLatin1String("export")) {
            return usage(Tr::tr("Use: audience export --purpose CODE --out FILE."));
        }
        return commandAudienceExport(args.mid(1));
    }
    if (args.value(0) != QLatin1String("customers")) {
        return usage(Tr::tr("Use: import customers FILE."));
    }
    return commandImportCustomers(args.mid(1));
}

int Cli::commandCustomerFind(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("email"),
                              QStringLiteral("phone"),
                              QStringLiteral("ref"),
                              QStringLiteral("name")});
    if (!opts) {
        return usage(opts.errorString());
    }
    const int given = int(opts->has(QStringLiteral("email"))) + int(opts->has(QStringLiteral("phone")))
        + int(opts->has(QStringLiteral("ref"))) + int(opts->has(QStringLiteral("name")));
    if (given != 1) {
        return usage(Tr::tr("customer find needs exactly one of --email, --phone, --ref, --name."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    CustomerService svc(*session);
    QStringList ids;
    if (opts->has(QStringLiteral("name"))) {
        auto index = NameIndex::forWorkspace((*session)->workspace().get());
        if (auto st = index->buildInBackground(*session).result(); !st) {
            return fail(st.error());
        }
        auto found = svc.search(opts->value(QStringLiteral("name")));
        if (!found) {
            return fail(found.error());
        }
        ids = found->ids;
    } else {
        const auto kind = opts->has(QStringLiteral("email")) ? CustomerService::Lookup::Email
            : opts->has(QStringLiteral("phone"))             ? CustomerService::Lookup::Phone
                                                             : CustomerService::Lookup::ExternalRef;
        const QString value = opts->value(opts->has(QStringLiteral("email"))       ? QStringLiteral("email")
                                              : opts->has(QStringLiteral("phone")) ? QStringLiteral("phone")
                                                                                   : QStringLiteral("ref"));
        auto found = svc.find(kind, value);
        if (!found) {
            return fail(found.error());
        }
        ids = *found;
    }
    auto rows = svc.summaries(ids);
    if (!rows) {
        return fail(rows.error());
    }
    int damaged = 0;
    for (const CustomerService::Summary& s : *rows) {
        if (s.damaged) {
            // Never a line of blank fields: the damaged customer is named by its id only.
            m_err << "amanahctl: " << Tr::tr("customer %1: damaged record, cannot be decrypted.").arg(s.id) << '\n';
            ++damaged;
            continue;
        }
        QStringList cells{s.id, s.externalRef, s.fullName, s.email, s.phone, Customer::statusCode(s.status)};
        for (QString& cell : cells) {
            cell = SafeText::escaped(cell); // a TAB or an ESC in a name cannot shift columns or drive the terminal
        }
        m_out << cells.join(QLatin1Char('\t')) << '\n';
    }
    if (rows->isEmpty()) {
        m_err << Tr::tr("No customer matches.") << '\n';
        return ExitCode::NotFound;
    }
    return damaged ? ExitCode::Crypto : ExitCode::Ok;
}

int Cli::reportDamaged(const QStringList& ids)
{
    for (const QString& id : ids) {
        m_err << "amanahctl: " << Tr::tr("customer %1: damaged record, cannot be decrypted; left out.").arg(id) << '\n';
    }
    if (ids.isEmpty()) {
        return ExitCode::Ok;
    }
    m_err << "amanahctl: "
          << Tr::tr("%n customer(s) left out because their data is damaged; everyone else was written.",
                    nullptr,
                    static_cast<int>(ids.size()))
          << '\n';
    return ExitCode::Crypto;
}

int Cli::commandConsentReceipt(const QStringList& args)
{
    auto opts = parseOptions(
        args, {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("customer"), QStringLiteral("html")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->has(QStringLiteral("customer"))) {
        return usage(Tr::tr("consent receipt needs --customer ID."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    auto receipt = ConsentReceipt::forCustomer(*session, opts->value(QStringLiteral("customer")));
    if (!receipt) {
        return fail(receipt.error());
    }
    // The receipt holds personal data: control characters reach the terminal escaped.
    if (opts->has(QStringLiteral("html"))) {
        m_out << SafeText::escaped(receipt->toHtml(opts->value(QStringLiteral("html"))), SafeText::Lines::Multi)
              << '\n';
    } else {
        m_out << SafeText::escaped(QString::fromUtf8(QJsonDocument(receipt->toJson()).toJson(QJsonDocument::Indented)),
                                   SafeText::Lines::Multi);
    }
    return ExitCode::Ok;
}

int Cli::commandAudienceExport(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("purpose"),
                              QStringLiteral("out"),
                              QStringLiteral("recipient")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->has(QStringLiteral("purpose")) || !opts->has(QStringLiteral("out"))) {
        return usage(Tr::tr("audience export needs --purpose CODE and --out FILE."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    ConsentService consent(*session);
    qint64 recipientId = 0;
    if (opts->has(QStringLiteral("recipient"))) {
        const QString name = opts->value(QStringLiteral("recipient")).trimmed();
        auto recipients = consent.exportRecipients();
        if (!recipients) {
            return fail(recipients.error());
        }
        for (const ConsentService::ExportRecipient& r : *recipients) {
            recipientId = r.name == name ? r.id : recipientId;
        }
        if (!recipientId) {
            return fail(Error(ErrorCode::NotFound, Tr::tr("There is no recipient named %1.").arg(name)));
        }
    }
    QSaveFile file(opts->value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error(ErrorCode::ReadOnly, Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    }
    auto result = consent.exportAudience(opts->value(QStringLiteral("purpose")), &file, {}, recipientId);
    if (!result) {
        file.cancelWriting();
        return fail(result.error());
    }
    if (!file.commit()) {
        return fail(Error(ErrorCode::ReadOnly, Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
    }
    m_out << Tr::tr("%n customer(s) exported to %1.", nullptr, static_cast<int>(result->exported)).arg(file.fileName())
          << '\n';
    return reportDamaged(result->damaged);
}

int Cli::commandImportCustomers(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"), QStringLiteral("code")},
                             {QStringLiteral("good-rows-only"), QStringLiteral("dry-run")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (opts->positional.size() != 1) {
        return usage(Tr::tr("import customers needs one FILE."));
    }
    QFile file(opts->positional.first());
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(ErrorCode::NotFound, Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
    }
    const QByteArray data = file.readAll();
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    CustomerImporter importer(*session);
    const auto mapping = CustomerImporter::guessMapping(CustomerImporter::header(data));
    auto report = opts->has(QStringLiteral("dry-run"))
        ? importer.validate(data, mapping)
        : importer.run(data,
                       mapping,
                       opts->has(QStringLiteral("good-rows-only")) ? CustomerImporter::Policy::GoodRowsOnly
                                                                   : CustomerImporter::Policy::AllOrNothing);
    if (!report) {
        return fail(report.error());
    }
    for (const CustomerImporter::Problem& p : report->problems) {
        m_err << Tr::tr("line %1: %2").arg(p.line).arg(p.reason) << '\n';
    }
    m_out << Tr::tr("Rows: %1, valid: %2, bad: %3 (duplicates: %4), imported: %5, consent events: %6")
                 .arg(report->rows)
                 .arg(report->good)
                 .arg(report->problems.size())
                 .arg(report->duplicates)
                 .arg(report->imported)
                 .arg(report->consentEvents)
          << '\n';
    if (!report->problems.isEmpty() && report->imported == 0 && !opts->has(QStringLiteral("dry-run"))) {
        m_err << Tr::tr("Nothing was imported: fix the rows above, or use --good-rows-only.") << '\n';
        return ExitCode::InvalidInput;
    }
    return report->problems.isEmpty() ? ExitCode::Ok : ExitCode::InvalidInput;
}
