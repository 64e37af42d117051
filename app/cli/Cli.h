#pragma once

#include "core/backup/Restore.h"
#include "core/common/Result.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"

#include <QMap>
#include <memory>

#include <QStringList>
#include <QTextStream>

/// amanahctl: Amanah from scripts. Parses the command line, runs one command, returns
/// the exit status (ExitCodes.h). Messages go to stderr, results to stdout.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);

    /// Runs the command in @p arguments (argv, program name first).
    int run(const QStringList& arguments);

private:
    /// Options shared by commands: --workspace, --user, --code, and the command's own.
    struct Options
    {
        QStringList positional;
        QMap<QString, QString> values;
        bool has(const QString& key) const { return values.contains(key); }
        QString value(const QString& key) const { return values.value(key); }
    };
    /// Parses "--key value" / "--key=value" pairs; @p flags take no value. Unknown keys are refused.
    Result<Options> parseOptions(const QStringList& args, const QStringList& keys, const QStringList& flags = {});
    /// Opens the workspace named by --workspace (or AMANAH_WORKSPACE).
    Result<std::shared_ptr<Workspace>> openWorkspace(Database::OpenMode mode = Database::OpenMode::MustExist);
    /// Signs in as --user (or AMANAH_USER) with AMANAH_PASSWORD or a prompt on a terminal,
    /// and --code / AMANAH_TOTP_CODE where two-factor is on.
    Result<std::shared_ptr<Session>> signIn(const std::shared_ptr<Workspace>& ws, const Options& opts);
    /// openWorkspace() and signIn() in one: what most commands start with.
    Result<std::shared_ptr<Session>> openSignedIn(const Options& opts);
    /// A password from @p envVar, or typed on the terminal without echo.
    Result<QString> readSecret(const char* envVar, const QString& prompt, bool confirm = false);

    int commandInfo(const QStringList& args);
    int commandInit(const QStringList& args);
    int commandDemo(const QStringList& args);
    int commandAudit(const QStringList& args);
    int auditVerify(const QStringList& args);
    int auditExport(const QStringList& args);
    // Customers and consent (CustomerCommands.cpp).
    int runCustomerCommand(const QString& command, const QStringList& args);
    static QString customerHelpText();
    int commandCustomerFind(const QStringList& args);
    int commandConsentReceipt(const QStringList& args);
    int commandAudienceExport(const QStringList& args);
    int commandImportCustomers(const QStringList& args);
    /// Names each customer a bulk command left out as damaged on stderr; ExitCode::Crypto when any.
    int reportDamaged(const QStringList& ids);
    // Data-subject requests and deadlines (RequestCommands.cpp).
    int runRequestCommand(const QString& command, const QStringList& args);
    static QString requestHelpText();
    int commandDeadline(const QStringList& args);
    int commandRequestsList(const QStringList& args);
    int commandRequestsPackage(const QStringList& args);
    // Compliance reports (ReportCommands.cpp).
    static QString reportHelpText();
    int commandReport(const QStringList& args);
    // Record of processing (PolicyCommands.cpp).
    int runPolicyCommand(const QStringList& args);
    static QString policyHelpText();
    // Erasures (ErasureCommands.cpp).
    int runErasureCommand(const QStringList& args);
    static QString erasureHelpText();
    int commandErasureStep(bool execute, const QStringList& args);
    int commandErasureStatus(const std::shared_ptr<Session>& session, qint64 id);
    int commandErasureCertificate(const std::shared_ptr<Session>& session, qint64 id, const QString& path);
    // The retention run (RetentionCommands.cpp).
    int runRetentionCommand(const QStringList& args);
    static QString retentionHelpText();
    int commandRetentionRun(const QStringList& args);
    // Backups (BackupCommands.cpp).
    static QString backupHelpText();
    int runBackupCommand(const QStringList& args);
    int commandBackupCreate(const QStringList& args);
    int commandBackupList(const QStringList& args);
    int commandBackupKeepDays(const QStringList& args);
    int commandBackupLedger(const QStringList& args);
    int commandRestore(const QStringList& args);
    int commandRestoreLedger(const Options& opts);
    int printRestoreOutcome(const Restore::Outcome& outcome);
    int fail(const Error& error);
    int usage(const QString& message);
    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_workspace;
};
