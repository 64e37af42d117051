#include "Cli.h"

#include "ExitCodes.h"

#include "core/Version.h"
#include "core/audit/AuditService.h"
#include "core/common/Translations.h"
#include "core/crypto/Crypto.h"
#include "core/demo/DemoWorkspace.h"
#include "core/session/Authenticator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <climits>
#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};
} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

QString Cli::helpText() const
{
    return Tr::tr("Usage: amanahctl [--workspace W] [--lang en|id] COMMAND [options]\n"
                  "\n"
                  "Amanah from scripts: the same core services as the desktop application.\n"
                  "\n"
                  "Global options:\n"
                  "  --workspace W   the workspace: an SQLite file, a postgresql:// URL or a\n"
                  "                  libpq \"host=... dbname=...\" string (default: $AMANAH_WORKSPACE)\n"
                  "  --lang L        language of messages: en or id (default: the system's)\n"
                  "  -h, --help      this help\n"
                  "  -v, --version   the version of amanahctl\n"
                  "\n"
                  "Commands:\n"
                  "  init --name N --admin USER [--display-name D] [--jurisdiction J]\n"
                  "                  create a workspace; the administrator's password comes from\n"
                  "                  $AMANAH_PASSWORD or is asked on the terminal; prints the recovery key\n"
                  "  demo            create the demo workspace (default: the per-user demo file)\n"
                  "  info --user U   schema version, backend, server version and row counts\n"
                  "  audit verify --user U [--checkpoint SEQ:MAC]\n"
                  "                  recompute the audit chain; prints \"intact up to entry N, head SEQ:MAC\"\n"
                  "                  (exit 0) or the first broken entry and the problem (exit 10). With a\n"
                  "                  checkpoint from an earlier export or report, a removed tail is caught\n"
                  "  audit export --user U --format csv|json --out PATH [--from DATE] [--to DATE]\n"
                  "                  write the audit entries of a period (dates YYYY-MM-DD in UTC, both\n"
                  "                  included) with the chain head; CSV cells cannot run as formulas\n"
                  "%1"
                  "\n"
                  "Commands other than init and demo sign in as a staff user: --user U (or\n"
                  "$AMANAH_USER), the password from $AMANAH_PASSWORD or the terminal, and\n"
                  "--code C (or $AMANAH_TOTP_CODE) where two-factor sign-in is on.\n"
                  "\n"
                  "Exit status:\n"
                  "  0 success            1 other failure       2 usage error\n"
                  "  3 not found          4 not a workspace     5 newer schema\n"
                  "  6 server unreachable 7 authentication      8 permission denied\n"
                  "  9 input refused     10 audit chain broken 11 crypto failure\n"
                  " 12 read-only         13 conflict           14 database error\n"
                  " 15 workspace busy (close other programs on it and run the command again)\n")
        .arg(customerHelpText() + requestHelpText() + reportHelpText() + policyHelpText() + erasureHelpText()
             + retentionHelpText() + backupHelpText());
}

int Cli::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    QString lang;
    QString command;
    QStringList rest;
    m_workspace = qEnvironmentVariable("AMANAH_WORKSPACE");

    // Global options come before the command; the command's own options after it.
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (!command.isEmpty()) {
            rest << a;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            m_out << helpText();
            return ExitCode::Ok;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            m_out << "amanahctl " << AMANAH_VERSION << " (Qt " << qVersion() << ", Botan " << Crypto::botanVersion()
                  << ")\n";
            return ExitCode::Ok;
        } else if (a == QLatin1String("--workspace") || a == QLatin1String("--lang")) {
            if (args.isEmpty()) {
                return usage(Tr::tr("%1 needs a value.").arg(a));
            }
            (a == QLatin1String("--workspace") ? m_workspace : lang) = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            m_workspace = a.section(QLatin1Char('='), 1);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.section(QLatin1Char('='), 1);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usage(Tr::tr("Unknown option %1.").arg(a));
        } else {
            command = a;
        }
    }
    if (!lang.isEmpty() && !Translations::available().contains(lang)) {
        return usage(Tr::tr("Unknown language %1: use en or id.").arg(lang));
    }
    Translations::install(lang);

    if (command.isEmpty()) {
        return usage(Tr::tr("No command given."));
    }
    if (command == QLatin1String("info")) {
        return commandInfo(rest);
    }
    if (command == QLatin1String("init")) {
        return commandInit(rest);
    }
    if (command == QLatin1String("demo")) {
        return commandDemo(rest);
    }
    if (command == QLatin1String("audit")) {
        return commandAudit(rest);
    }
    if (command == QLatin1String("customer") || command == QLatin1String("consent")
        || command == QLatin1String("audience") || command == QLatin1String("import")) {
        return runCustomerCommand(command, rest);
    }
    if (command == QLatin1String("deadline") || command == QLatin1String("requests")) {
        return runRequestCommand(command, rest);
    }
    if (command == QLatin1String("report")) {
        return commandReport(rest);
    }
    if (command == QLatin1String("ropa")) {
        return runPolicyCommand(rest);
    }
    if (command == QLatin1String("erasure")) {
        return runErasureCommand(rest);
    }
    if (command == QLatin1String("retention")) {
        return runRetentionCommand(rest);
    }
    if (command == QLatin1String("backup")) {
        return runBackupCommand(rest);
    }
    if (command == QLatin1String("restore")) {
        return commandRestore(rest);
    }
    return usage(Tr::tr("Unknown command %1.").arg(command));
}

int Cli::usage(const QString& message)
{
    m_err << "amanahctl: " << message << '\n' << Tr::tr("Run amanahctl --help for the commands.") << '\n';
    return ExitCode::Usage;
}

int Cli::fail(const Error& error)
{
    m_err << "amanahctl: " << error.message << '\n';
    return ExitCode::forError(error);
}

Result<Cli::Options> Cli::parseOptions(const QStringList& args, const QStringList& keys, const QStringList& flags)
{
    Options opts;
    QStringList rest = args;
    while (!rest.isEmpty()) {
        const QString a = rest.takeFirst();
        if (!a.startsWith(QLatin1String("--"))) {
            opts.positional << a;
            continue;
        }
        QString key = a.mid(2);
        QString value;
        const int eq = key.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
        }
        if (flags.contains(key)) {
            opts.values.insert(key, QStringLiteral("1"));
            continue;
        }
        if (!keys.contains(key) && key != QLatin1String("workspace")) {
            return Error(ErrorCode::InvalidInput, Tr::tr("Unknown option %1.").arg(a));
        }
        if (eq < 0) {
            if (rest.isEmpty()) {
                return Error(ErrorCode::InvalidInput, Tr::tr("%1 needs a value.").arg(a));
            }
            value = rest.takeFirst();
        }
        if (key == QLatin1String("workspace")) {
            m_workspace = value;
        } else {
            opts.values.insert(key, value);
        }
    }
    return opts;
}

Result<std::shared_ptr<Workspace>> Cli::openWorkspace(Database::OpenMode mode)
{
    if (m_workspace.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("No workspace: give --workspace W or set AMANAH_WORKSPACE."));
    }
    auto location = WorkspaceLocation::parse(m_workspace);
    if (!location) {
        return location.error();
    }
    return Workspace::open(*location, mode);
}

Result<QString> Cli::readSecret(const char* envVar, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar)) {
        return qEnvironmentVariable(envVar);
    }
    if (!isatty(STDIN_FILENO)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("No password: set %1 or run amanahctl on a terminal.").arg(QString::fromLatin1(envVar)));
    }
    auto ask = [&](const QString& text) {
        m_err << text << ' ';
        m_err.flush();
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        QTextStream in(stdin);
        const QString line = in.readLine();
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        m_err << '\n';
        return line;
    };
    const QString first = ask(prompt);
    if (confirm && ask(Tr::tr("Repeat it:")) != first) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The two passwords differ."));
    }
    return first;
}

Result<std::shared_ptr<Session>> Cli::signIn(const std::shared_ptr<Workspace>& ws, const Options& opts)
{
    const QString user
        = opts.has(QStringLiteral("user")) ? opts.value(QStringLiteral("user")) : qEnvironmentVariable("AMANAH_USER");
    if (user.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Sign in with --user U (or set AMANAH_USER)."));
    }
    auto password = readSecret("AMANAH_PASSWORD", Tr::tr("Password for %1:").arg(user));
    if (!password) {
        return password.error();
    }
    Authenticator auth(ws);
    auto pending = auth.checkPassword(user, *password);
    if (!pending) {
        return pending.error();
    }
    QString code = opts.has(QStringLiteral("code")) ? opts.value(QStringLiteral("code"))
                                                    : qEnvironmentVariable("AMANAH_TOTP_CODE");
    if ((*pending)->needsCode() && code.isEmpty()) {
        auto typed = readSecret("AMANAH_TOTP_CODE", Tr::tr("Two-factor code:"));
        if (!typed) {
            return typed.error();
        }
        code = *typed;
    }
    auto session = (*pending)->complete(code);
    if (!session) {
        return session.error();
    }
    if ((*session)->mustChangePassword()) {
        return Error(ErrorCode::Authentication,
                     Tr::tr("This account must change its one-time password first: sign in once in the Amanah "
                            "application."));
    }
    return session;
}

Result<std::shared_ptr<Session>> Cli::openSignedIn(const Options& opts)
{
    auto ws = openWorkspace();
    if (!ws) {
        return ws.error();
    }
    return signIn(*ws, opts);
}

int Cli::commandInfo(const QStringList& args)
{
    auto opts = parseOptions(args, {QStringLiteral("user"), QStringLiteral("code")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("info takes no argument %1.").arg(opts->positional.first()));
    }
    if (m_workspace.isEmpty()) {
        return usage(Tr::tr("No workspace: give --workspace W or set AMANAH_WORKSPACE."));
    }
    auto ws = openWorkspace();
    if (!ws) {
        return fail(ws.error());
    }
    auto initialised = Authenticator(*ws).isInitialised();
    if (!initialised) {
        return fail(initialised.error());
    }
    if (*initialised) {
        auto session = signIn(*ws, *opts);
        if (!session) {
            return fail(session.error());
        }
    }
    auto info = (*ws)->info();
    if (!info) {
        return fail(info.error());
    }
    m_out << Tr::tr("Workspace:      %1").arg(info->location) << '\n';
    if (!info->name.isEmpty()) {
        m_out << Tr::tr("Name:           %1").arg(info->name) << '\n';
    }
    m_out << Tr::tr("Backend:        %1 (%2)").arg(info->backend, info->serverVersion) << '\n';
    m_out << Tr::tr("Schema version: %1 (this Amanah: %2)").arg(info->schemaVersion).arg(info->latestSchemaVersion)
          << '\n';
    for (const auto& [table, count] : info->counts) {
        m_out << QStringLiteral("  %1 %2").arg(table + QLatin1Char(':'), -18).arg(count) << '\n';
    }
    return ExitCode::Ok;
}

int Cli::commandInit(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("name"),
                              QStringLiteral("admin"),
                              QStringLiteral("display-name"),
                              QStringLiteral("jurisdiction")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->has(QStringLiteral("name")) || !opts->has(QStringLiteral("admin"))) {
        return usage(Tr::tr("init needs --name N and --admin USER."));
    }
    auto password = readSecret("AMANAH_PASSWORD",
                               Tr::tr("Password for the administrator %1:").arg(opts->value(QStringLiteral("admin"))),
                               true);
    if (!password) {
        return fail(password.error());
    }
    auto location = WorkspaceLocation::parse(m_workspace);
    if (m_workspace.isEmpty()) {
        return usage(Tr::tr("No workspace: give --workspace W or set AMANAH_WORKSPACE."));
    }
    if (!location) {
        return fail(location.error());
    }
    const bool existed = !location->isPostgres() && QFileInfo::exists(location->path);
    auto ws = Workspace::open(*location, Database::OpenMode::CreateIfMissing);
    if (!ws) {
        return fail(ws.error());
    }
    WorkspaceSetupParams params;
    params.name = opts->value(QStringLiteral("name"));
    params.adminUsername = opts->value(QStringLiteral("admin"));
    params.adminDisplayName = opts->value(QStringLiteral("display-name"));
    params.adminPassword = *password;
    if (opts->has(QStringLiteral("jurisdiction"))) {
        params.jurisdiction = opts->value(QStringLiteral("jurisdiction"));
    }
    auto setup = Authenticator(*ws).setUp(params);
    if (!setup) {
        const QString path = location->path;
        ws->reset();
        if (!existed && !location->isPostgres()) {
            // Leave nothing behind for a refused set-up.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return fail(setup.error());
    }
    m_out << Tr::tr("Workspace created: %1").arg(location->displayName()) << '\n';
    m_out << Tr::tr("Recovery key (store it offline now; it is shown only once):") << '\n';
    m_out << setup->recoveryKey << '\n';
    return ExitCode::Ok;
}

int Cli::commandDemo(const QStringList& args)
{
    auto opts = parseOptions(args, {});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (m_workspace.isEmpty()) {
        m_workspace = Workspace::defaultDemoPath();
        QDir().mkpath(QFileInfo(m_workspace).absolutePath());
    }
    auto location = WorkspaceLocation::parse(m_workspace);
    if (!location) {
        return fail(location.error());
    }
    if (!location->isPostgres() && QFileInfo::exists(location->path)) {
        return fail(Error(
            ErrorCode::Conflict,
            Tr::tr("A workspace already exists at %1; the demo is made in a new one.").arg(location->displayName())));
    }
    auto demo = DemoWorkspace::create(*location);
    if (!demo) {
        if (!location->isPostgres()) {
            QFile::remove(location->path);
            QFile::remove(location->path + QStringLiteral("-wal"));
            QFile::remove(location->path + QStringLiteral("-shm"));
        }
        return fail(demo.error());
    }
    m_out << Tr::tr("Demo workspace created: %1").arg(location->displayName()) << '\n';
    for (const auto& a : DemoWorkspace::accounts()) {
        m_out << QStringLiteral("  %1 / %2  (%3)").arg(a.username, a.password, Permissions::roleCodes(a.roles)) << '\n';
    }
    return ExitCode::Ok;
}

int Cli::commandAudit(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("verify")) {
        return auditVerify(args.mid(1));
    }
    if (sub == QLatin1String("export")) {
        return auditExport(args.mid(1));
    }
    return usage(sub.isEmpty() ? Tr::tr("audit needs a subcommand: verify or export.")
                               : Tr::tr("Unknown audit subcommand %1: use verify or export.").arg(sub));
}

int Cli::auditVerify(const QStringList& args)
{
    auto opts = parseOptions(args, {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("checkpoint")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("audit verify takes no argument %1.").arg(opts->positional.first()));
    }
    std::optional<AuditLog::Head> checkpoint;
    if (opts->has(QStringLiteral("checkpoint"))) {
        auto parsed = AuditLog::Head::parse(opts->value(QStringLiteral("checkpoint")));
        if (!parsed) {
            return usage(parsed.errorString());
        }
        checkpoint = *parsed;
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    auto v = AuditService(*session).verify(checkpoint);
    if (!v) {
        return fail(v.error());
    }
    if (!v->intact) {
        m_out << Tr::tr("broken at entry %1: %2").arg(v->firstBroken).arg(v->problem) << '\n';
        m_out << Tr::tr("verified intact up to entry %1").arg(v->head.seq) << '\n';
        return ExitCode::AuditBroken;
    }
    m_out << Tr::tr("intact up to entry %1, head %2").arg(v->head.seq).arg(v->head.toString()) << '\n';
    return ExitCode::Ok;
}

int Cli::auditExport(const QStringList& args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("user"),
                              QStringLiteral("code"),
                              QStringLiteral("from"),
                              QStringLiteral("to"),
                              QStringLiteral("format"),
                              QStringLiteral("out")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("audit export takes no argument %1.").arg(opts->positional.first()));
    }
    const QString format = opts->value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usage(Tr::tr("audit export needs --format csv or --format json."));
    }
    if (opts->value(QStringLiteral("out")).isEmpty()) {
        return usage(Tr::tr("audit export needs --out PATH."));
    }
    AuditFilter period;
    for (const QString& key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!opts->has(key)) {
            continue;
        }
        const QDate d = QDate::fromString(opts->value(key), Qt::ISODate);
        if (!d.isValid()) {
            return usage(Tr::tr("--%1 needs a date like 2026-03-31.").arg(key));
        }
        // Whole days in UTC, both ends included: the filter's upper bound is exclusive.
        if (key == QLatin1String("from")) {
            period.from = d.startOfDay(Qt::UTC);
        } else {
            period.to = d.addDays(1).startOfDay(Qt::UTC);
        }
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    AuditService service(*session);
    const QString out = opts->value(QStringLiteral("out"));
    auto result = format == QLatin1String("csv") ? service.exportCsv(period, out) : service.exportJson(period, out);
    if (!result) {
        return fail(result.error());
    }
    m_out << QCoreApplication::translate("amanahctl",
                                         "%n audit entries written to %1, chain head %2",
                                         nullptr,
                                         static_cast<int>(qMin<qint64>(result->count, INT_MAX)))
                 .arg(QDir::toNativeSeparators(result->path), result->head.toString())
          << '\n';
    return ExitCode::Ok;
}
