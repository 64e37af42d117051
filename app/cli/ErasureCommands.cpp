// amanahctl commands for erasures: erasure prepare and execute (the four-eyes steps), erasure
// status (the accountability record, no personal data) and erasure certificate (the PDF).
// Hooked into Cli::run through runErasureCommand().
#include "Cli.h"

#include "ExitCodes.h"

#include "core/common/SafeText.h"
#include "core/documents/DocumentRenderer.h"
#include "core/erasure/ErasureCertificate.h"
#include "core/erasure/ErasureService.h"
#include "core/rules/RequestWorkflow.h"
#include "core/thirdparties/RecipientNotificationService.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}
} // namespace

QString Cli::erasureHelpText()
{
    return Tr::tr("  erasure status --user U --request ID\n"
                  "                  an erasure request's record, one \"key: value\" line each: state,\n"
                  "                  prepared, approved, executed (user and UTC time), destroyed (category\n"
                  "                  codes), one \"hold:\" line per held record (category, until, basis) and\n"
                  "                  one \"recipient:\" line per recipient to notify (notified, confirmed,\n"
                  "                  overdue); no personal data\n"
                  "  erasure certificate --user U --request ID --out FILE\n"
                  "                  write the certificate of an executed erasure (PDF, workspace\n"
                  "                  language); prints \"SHA-256  file\"\n")
        + Tr::tr("  erasure prepare --user U --request ID\n"
                 "                  prepare an approved erasure request; a second officer executes it\n"
                 "  erasure execute --user U --request ID --justification TEXT --reference REF\n"
                 "                  erase the customer for good (REF: the customer reference typed again).\n"
                 "                  Exit 15 when another program still reads the workspace: the data is\n"
                 "                  deleted but the request stays approved; close it and run this again\n");
}

int Cli::runErasureCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("prepare") || sub == QLatin1String("execute")) {
        return commandErasureStep(sub == QLatin1String("execute"), args.mid(1));
    }
    if (sub == QLatin1String("status") || sub == QLatin1String("certificate")) {
        auto opts = parseOptions(
            args.mid(1),
            {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("request"), QStringLiteral("out")});
        if (!opts) {
            return usage(opts.errorString());
        }
        bool ok = false;
        const qint64 id = opts->value(QStringLiteral("request")).toLongLong(&ok);
        const bool certificate = sub == QLatin1String("certificate");
        if (!ok || id <= 0 || !opts->positional.isEmpty()
            || certificate == opts->value(QStringLiteral("out")).isEmpty()) {
            return usage(certificate ? Tr::tr("erasure certificate needs --request ID and --out FILE.")
                                     : Tr::tr("erasure status needs --request ID."));
        }
        auto session = openSignedIn(*opts);
        if (!session) {
            return fail(session.error());
        }
        return certificate ? commandErasureCertificate(*session, id, opts->value(QStringLiteral("out")))
                           : commandErasureStatus(*session, id);
    }
    return usage(sub.isEmpty()
                     ? Tr::tr("erasure needs a subcommand: prepare, execute, status or certificate.")
                     : Tr::tr("Unknown erasure subcommand %1: use prepare, execute, status or certificate.").arg(sub));
}

int Cli::commandErasureStep(bool execute, const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("request"),
                              QStringLiteral("justification"),
                              QStringLiteral("reference")});
    if (!opts) {
        return usage(opts.errorString());
    }
    bool ok = false;
    const qint64 id = opts->value(QStringLiteral("request")).toLongLong(&ok);
    const bool complete = execute
        ? opts->has(QStringLiteral("justification")) && opts->has(QStringLiteral("reference"))
        : !opts->has(QStringLiteral("justification")) && !opts->has(QStringLiteral("reference"));
    if (!ok || id <= 0 || !opts->positional.isEmpty() || !complete) {
        return usage(execute ? Tr::tr("erasure execute needs --request ID, --justification TEXT and --reference REF.")
                             : Tr::tr("erasure prepare needs --request ID."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    ErasureService erasures(*session);
    if (!execute) {
        auto p = erasures.prepare(id);
        if (!p) {
            return fail(p.error());
        }
        m_out << "prepared: " << id << '\n';
        return ExitCode::Ok;
    }
    if (auto st
        = erasures.execute(id, opts->value(QStringLiteral("justification")), opts->value(QStringLiteral("reference")));
        !st) {
        return fail(st.error());
    }
    m_out << "executed: " << id << '\n';
    return ExitCode::Ok;
}

int Cli::commandErasureStatus(const std::shared_ptr<Session>& session, qint64 id)
{
    auto e = ErasureService(session).record(id);
    if (!e) {
        return fail(e.error());
    }
    auto line = [&](const char* key, const QString& value) {
        m_out << key << ": " << SafeText::escaped(value) << '\n'; // names typed by staff reach the terminal escaped
    };
    auto who = [](const QString& name, const QDateTime& at) {
        return name.isEmpty() && !at.isValid() ? QStringLiteral("-") : QStringLiteral("%1 %2").arg(name, iso(at));
    };
    line("request", QString::number(e->requestId));
    line("state", Request::stateCode(e->state));
    line("prepared", who(e->preparedByName, e->preparedAt));
    line("approved", who(e->approvedByName, e->approvedAt));
    line("shredded", iso(e->shreddedAt));
    line("executed", iso(e->executedAt));
    line("destroyed", e->categories.isEmpty() ? QStringLiteral("-") : e->categories.join(QLatin1Char(',')));
    for (const ErasureRecord::Held& h : e->holds) {
        line("hold", QStringLiteral("%1 until %2 (%3)").arg(h.category, iso(h.heldUntil), h.basis));
    }
    if (session->can(Permission::HandleRequests)) {
        auto recipients = RecipientNotificationService(session).checklist(id);
        if (!recipients) {
            return fail(recipients.error());
        }
        for (const RecipientCheck& r : *recipients) {
            line("recipient",
                 QStringLiteral("%1 notified %2 confirmed %3 overdue %4")
                     .arg(r.name,
                          iso(r.notifiedAt),
                          iso(r.confirmedAt),
                          r.overdue ? QStringLiteral("1") : QStringLiteral("0")));
        }
    }
    line("certificate", e->certificateSha256.isEmpty() ? QStringLiteral("-") : e->certificateSha256);
    return ExitCode::Ok;
}

int Cli::commandErasureCertificate(const std::shared_ptr<Session>& session, qint64 id, const QString& path)
{
    auto sha = ErasureCertificate::write(session, id, path, &DocumentRenderer::htmlToPdf);
    if (!sha) {
        return fail(sha.error());
    }
    m_out << *sha << "  " << QDir::toNativeSeparators(path) << '\n';
    return ExitCode::Ok;
}
