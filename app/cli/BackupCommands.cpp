// amanahctl commands for backups (issue #17): backup, backup list, backup keep-days, restore.
// Hooked into Cli::run through runBackupCommand() and commandRestore().
#include "Cli.h"

#include "ExitCodes.h"

#include "core/backup/BackupService.h"
#include "core/backup/Restore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(amanahctl)
};
} // namespace

QString Cli::backupHelpText()
{
    return Tr::tr("  backup --user U [--out FILE | --dir FOLDER]\n"
                  "                  an online, consistent backup of an SQLite workspace while others work\n"
                  "                  (default: a new file in \"backups\" beside the workspace), with its\n"
                  "                  manifest and the erasure ledger beside it; prints the file (admins)\n"
                  "  backup list --user U\n"
                  "                  the backups of this workspace, newest first (tab-separated: file,\n"
                  "                  created, age in days, schema, audit head, erasures, kept|due), those\n"
                  "                  older than the keep-days setting marked due for deletion\n"
                  "  backup keep-days --user U DAYS\n"
                  "                  after how many days a backup is due for deletion (default 35)\n"
                  "  backup ledger --user U --dir FOLDER\n"
                  "                  write the erasure ledger into FOLDER and keep it current there after\n"
                  "                  every erasure: beside pg_dump backups of a PostgreSQL workspace\n"
                  "  restore BACKUP --into FILE --user U [--ledger LEDGER] [--replace]\n"
                  "                  restore a backup into a new workspace file (or replace FILE when no\n"
                  "                  program has it open); every erasure and retention deletion in the\n"
                  "                  ledger (default: the one beside the backup) is made again, audited,\n"
                  "                  before the workspace is put in place. Without the ledger: refused.\n"
                  "                  U signs in to the backup as it was (an administrator then)\n"
                  "  restore --ledger LEDGER --user U\n"
                  "                  after pg_restore into a new PostgreSQL workspace (--workspace): make\n"
                  "                  every erasure in the ledger again, before anyone works in it\n");
}

int Cli::runBackupCommand(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        return commandBackupList(args.mid(1));
    }
    if (sub == QLatin1String("keep-days")) {
        return commandBackupKeepDays(args.mid(1));
    }
    if (sub == QLatin1String("ledger")) {
        return commandBackupLedger(args.mid(1));
    }
    return commandBackupCreate(args);
}

int Cli::commandBackupCreate(const QStringList& args)
{
    auto opts = parseOptions(
        args, {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("out"), QStringLiteral("dir")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("Unknown backup subcommand %1: use list or keep-days, or none to back up.")
                         .arg(opts->positional.first()));
    }
    if (opts->has(QStringLiteral("out")) && opts->has(QStringLiteral("dir"))) {
        return usage(Tr::tr("backup takes --out FILE or --dir FOLDER, not both."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    BackupService backups(*session);
    QString path = opts->value(QStringLiteral("out"));
    if (path.isEmpty()) {
        const QString dir
            = opts->has(QStringLiteral("dir")) ? opts->value(QStringLiteral("dir")) : backups.defaultFolder();
        path = backups.suggestedPath(dir);
    }
    auto info = backups.create(path);
    if (!info) {
        return fail(info.error());
    }
    m_out << QDir::toNativeSeparators(info->path) << '\n';
    m_err << Tr::tr("Backed up: schema %1, audit head %2, %3 erasures in the ledger, %4 bytes.")
                 .arg(info->schemaVersion)
                 .arg(info->auditHead.section(QLatin1Char(':'), 0, 0))
                 .arg(info->erasures)
                 .arg(info->sizeBytes)
          << '\n';
    return ExitCode::Ok;
}

int Cli::commandBackupList(const QStringList& args)
{
    auto opts = parseOptions(args, {QStringLiteral("user"), QStringLiteral("code")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty()) {
        return usage(Tr::tr("backup list takes no argument %1.").arg(opts->positional.first()));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    auto list = BackupService(*session).list();
    if (!list) {
        return fail(list.error());
    }
    // Machine-readable: scripts parse these lines, so the labels are not translated.
    for (const BackupInfo& b : *list) {
        m_out << QStringList{QDir::toNativeSeparators(b.path),
                             b.createdAt.toString(Qt::ISODate),
                             QString::number(b.ageDays),
                             QString::number(b.schemaVersion),
                             b.auditHead,
                             QString::number(b.erasures),
                             b.dueForDeletion ? QStringLiteral("due") : QStringLiteral("kept")}
                     .join(QLatin1Char('\t'))
              << '\n';
    }
    return ExitCode::Ok;
}

int Cli::commandBackupKeepDays(const QStringList& args)
{
    auto opts = parseOptions(args, {QStringLiteral("user"), QStringLiteral("code")});
    if (!opts) {
        return usage(opts.errorString());
    }
    bool ok = false;
    const int days = opts->positional.value(0).toInt(&ok);
    if (opts->positional.size() != 1 || !ok) {
        return usage(Tr::tr("backup keep-days needs a number of days."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    if (auto st = BackupService(*session).setKeepDays(days); !st) {
        return fail(st.error());
    }
    return ExitCode::Ok;
}

int Cli::commandBackupLedger(const QStringList& args)
{
    auto opts = parseOptions(args, {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("dir")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (!opts->positional.isEmpty() || !opts->has(QStringLiteral("dir"))) {
        return usage(Tr::tr("backup ledger needs --dir FOLDER."));
    }
    auto session = openSignedIn(*opts);
    if (!session) {
        return fail(session.error());
    }
    auto path = BackupService(*session).exportLedger(opts->value(QStringLiteral("dir")));
    if (!path) {
        return fail(path.error());
    }
    m_out << QDir::toNativeSeparators(*path) << '\n';
    return ExitCode::Ok;
}

int Cli::printRestoreOutcome(const Restore::Outcome& outcome)
{
    m_out << "ledger entries: " << outcome.ledgerEntries << '\n'
          << "deleted again: " << outcome.deleted << '\n'
          << "anonymised again: " << outcome.anonymised << '\n'
          << "recorded: " << outcome.recorded << '\n';
    return ExitCode::Ok;
}

int Cli::commandRestoreLedger(const Options& opts)
{
    auto session = openSignedIn(opts);
    if (!session) {
        return fail(session.error());
    }
    auto out = Restore::applyLedger(*session, opts.value(QStringLiteral("ledger")));
    if (!out) {
        return fail(out.error());
    }
    return printRestoreOutcome(*out);
}

int Cli::commandRestore(const QStringList& args)
{
    auto opts = parseOptions(
        args,
        {QStringLiteral("user"), QStringLiteral("code"), QStringLiteral("into"), QStringLiteral("ledger")},
        {QStringLiteral("replace")});
    if (!opts) {
        return usage(opts.errorString());
    }
    if (opts->positional.isEmpty() && opts->has(QStringLiteral("ledger")) && !opts->has(QStringLiteral("into"))) {
        return commandRestoreLedger(*opts);
    }
    if (opts->positional.size() != 1) {
        return usage(Tr::tr("restore needs one backup file."));
    }
    if (!opts->has(QStringLiteral("into"))) {
        return usage(Tr::tr("restore needs --into FILE, the workspace file to restore into."));
    }
    auto restore = Restore::prepare(opts->positional.first(),
                                    opts->value(QStringLiteral("into")),
                                    opts->value(QStringLiteral("ledger")),
                                    opts->has(QStringLiteral("replace")));
    if (!restore) {
        return fail(restore.error());
    }
    Restore::Outcome outcome;
    {
        auto session = signIn((*restore)->workspace(), *opts);
        if (!session) {
            return fail(session.error());
        }
        auto applied = (*restore)->apply(*session);
        if (!applied) {
            return fail(applied.error());
        }
        outcome = *applied;
    }
    if (auto st = (*restore)->finish(); !st) {
        return fail(st.error());
    }
    m_out << "restored: " << QDir::toNativeSeparators(QFileInfo(opts->value(QStringLiteral("into"))).absoluteFilePath())
          << '\n'
          << "backup created: " << (*restore)->backup().createdAt.toString(Qt::ISODate) << '\n';
    return printRestoreOutcome(outcome);
}
