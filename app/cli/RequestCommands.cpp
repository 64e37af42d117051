// amanahctl commands for data-subject requests: deadline (no workspace), requests list,
// requests package. Hooked into Cli::run through runRequestCommand().
#include "Cli.h"

#include "ExitCodes.h"

#include "core/common/Clock.h"
#include "core/documents/DocumentRenderer.h"
#include "core/requests/AccessPackage.h"
#include "core/requests/PortabilityPackage.h"
#include "core/requests/RequestService.h"
#include "core/rules/Deadlines.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};

// "consent-withdrawal" and "consent_withdrawal" both name the type.
bool parseType(const QString& text, Request::Type* out)
{
    QString code = text.trimmed().toLower();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    return Request::typeFromCode(code, out);
}

QString typeCodes()
{
    return QStringLiteral("access, rectification, erasure, restriction, objection, portability, consent_withdrawal");
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

QString Cli::requestHelpText()
{
    return Tr::tr("  deadline --jurisdiction gdpr|uupdp|ccpa|lgpd --type TYPE --received ISO-8601\n"
                  "           [--time-zone TZ] [--policy-days N]\n"
                  "                  the due date-time of a request (no workspace needed): prints\n"
                  "                  \"due: <UTC>\", \"acknowledge by: <UTC>\" where the law sets one, and\n"
                  "                  \"source: <article>\"; a time without offset is read as UTC; TYPE is\n"
                  "                  access, rectification, erasure, restriction, objection, portability\n"
                  "                  or consent_withdrawal\n"
                  "  requests list --user U [--overdue] [--state S] [--type T]\n"
                  "                  requests by effective due date, tab-separated: id, type, state,\n"
                  "                  due (UTC), overdue (1 or 0); no personal data\n"
                  "  requests package --user U --request ID --out DIR\n"
                  "                  release an approved access request's package (JSON and PDF) or a\n"
                  "                  portability request's (JSON and CSV); prints \"SHA-256  file\" lines\n");
}

int Cli::runRequestCommand(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("deadline")) {
        return commandDeadline(args);
    }
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        return commandRequestsList(args.mid(1));
    }
    if (sub == QLatin1String("package")) {
        return commandRequestsPackage(args.mid(1));
    }
    return usage(sub.isEmpty() ? Tr::tr("requests needs a subcommand: list or package.")
                               : Tr::tr("Unknown requests subcommand %1: use list or package.").arg(sub));
}

int Cli::commandDeadline(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("jurisdiction"),
                              QStringLiteral("type"),
                              QStringLiteral("received"),
                              QStringLiteral("time-zone"),
                              QStringLiteral("policy-days")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("deadline takes no argument %1.").arg(opts->positional.first()));
    }
    if (!opts->has(QStringLiteral("jurisdiction")) || !opts->has(QStringLiteral("type"))
        || !opts->has(QStringLiteral("received"))) {
        return usage(Tr::tr("deadline needs --jurisdiction J, --type T and --received DATE-TIME."));
    }
    auto j = Deadlines::parseJurisdiction(opts->value(QStringLiteral("jurisdiction")));
    if (!j) {
        return fail(j.error());
    }
    Request::Type type;
    if (!parseType(opts->value(QStringLiteral("type")), &type)) {
        return fail(
            Error(ErrorCode::InvalidInput,
                  Tr::tr("Unknown request type “%1”: use %2.").arg(opts->value(QStringLiteral("type")), typeCodes())));
    }
    QDateTime received = QDateTime::fromString(opts->value(QStringLiteral("received")).trimmed(), Qt::ISODateWithMs);
    if (!received.isValid()) {
        return fail(Error(ErrorCode::InvalidInput,
                          Tr::tr("--received needs an ISO 8601 date-time like 2026-01-31T10:00:00Z.")));
    }
    if (received.timeSpec() == Qt::LocalTime) {
        received.setTimeSpec(Qt::UTC); // no offset given: UTC, whatever this machine's zone
    }
    DeadlinePolicy policy;
    const QString zone = opts->has(QStringLiteral("time-zone"))
        ? opts->value(QStringLiteral("time-zone"))
        : (*j == Jurisdiction::UuPdp ? QStringLiteral("Asia/Jakarta") : QStringLiteral("UTC"));
    policy.timeZone = QTimeZone(zone.toUtf8());
    if (!policy.timeZone.isValid()) {
        return fail(Error(ErrorCode::InvalidInput, Tr::tr("Unknown time zone %1.").arg(zone)));
    }
    if (opts->has(QStringLiteral("policy-days"))) {
        bool ok = false;
        policy.policyDays = opts->value(QStringLiteral("policy-days")).toInt(&ok);
        if (!ok || policy.policyDays < 1 || policy.policyDays > 366) {
            return fail(Error(ErrorCode::InvalidInput, Tr::tr("--policy-days needs a number of days from 1 to 366.")));
        }
    }
    const Deadline d = Deadlines::compute(*j, type, received, policy);
    // Machine-readable labels: scripts parse these lines, so they are not translated.
    m_out << "due: " << iso(d.due) << '\n';
    if (d.acknowledgeBy.isValid()) {
        m_out << "acknowledge by: " << iso(d.acknowledgeBy) << '\n';
    }
    m_out << "source: " << d.source << '\n';
    if (d.extendable) {
        auto ext = Deadlines::extended(*j, type, received, policy);
        if (ext) {
            m_out << "extendable to: " << iso(*ext) << '\n';
        }
    }
    return ExitCode::Ok;
}

int Cli::commandRequestsList(const QStringList& args)
{
    auto opts = parseOptions(
        args,
        {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("type")},
        {QStringLiteral("overdue")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("requests list takes no argument %1.").arg(opts->positional.first()));
    }
    RequestQueueFilter filter;
    filter.overdueOnly = opts->has(QStringLiteral("overdue"));
    if (opts->has(QStringLiteral("state"))) {
        Request::State s;
        if (!Request::stateFromCode(opts->value(QStringLiteral("state")).trimmed().toLower(), &s)) {
            return fail(Error(ErrorCode::InvalidInput,
                              Tr::tr("Unknown state “%1”: use received, identity_verification, in_review, approved, "
                                     "completed, rejected, withdrawn or executed.")
                                  .arg(opts->value(QStringLiteral("state")))));
        }
        filter.states << s;
    }
    if (opts->has(QStringLiteral("type"))) {
        Request::Type t;
        if (!parseType(opts->value(QStringLiteral("type")), &t)) {
            return fail(Error(
                ErrorCode::InvalidInput,
                Tr::tr("Unknown request type “%1”: use %2.").arg(opts->value(QStringLiteral("type")), typeCodes())));
        }
        filter.type = t;
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    RequestService service(*session);
    constexpr int kPage = 1000;
    for (int offset = 0;; offset += kPage) {
        auto page = service.queue(filter, offset, kPage);
        if (!page) {
            return fail(page.error());
        }
        for (const RequestQueueRow& r : page->rows) {
            m_out << QStringList{QString::number(r.id),
                                 Request::typeCode(r.type),
                                 Request::stateCode(r.state),
                                 iso(r.due),
                                 r.overdue ? QStringLiteral("1") : QStringLiteral("0")}
                         .join(QLatin1Char('\t'))
                  << '\n';
        }
        if (page->rows.size() < kPage) {
            break;
        }
    }
    return ExitCode::Ok;
}

int Cli::commandRequestsPackage(const QStringList& args)
{
    auto opts = parseOptions(
        args, {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("request"), QStringLiteral("out")});
    if (!opts) {
        return usage(opts.errorString());
    }
    bool ok = false;
    const qint64 id = opts->value(QStringLiteral("request")).toLongLong(&ok);
    if (!ok || id <= 0 || opts->value(QStringLiteral("out")).isEmpty()) {
        return usage(Tr::tr("requests package needs --request ID and --out DIR."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    auto request = RequestService(*session).get(id);
    if (!request) {
        return fail(request.error());
    }
    const QString dir = opts->value(QStringLiteral("out"));
    auto line = [&](const QString& sha, const QString& path) {
        m_out << sha << "  " << QDir::toNativeSeparators(path) << '\n'; // sha256sum's format
    };
    if (request->request.type == Request::Type::Portability) {
        auto released = PortabilityPackage::release(*session, id, dir);
        if (!released) {
            return fail(released.error());
        }
        line(released->jsonSha256, released->jsonPath);
        line(released->csvSha256, released->csvPath);
        return ExitCode::Ok;
    }
    auto released = AccessPackage::release(*session, id, dir, &DocumentRenderer::htmlToPdf);
    if (!released) {
        return fail(released.error());
    }
    line(released->jsonSha256, released->jsonPath);
    line(released->pdfSha256, released->pdfPath);
    return ExitCode::Ok;
}
