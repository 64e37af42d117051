#pragma once

// Runs the built amanahctl as a script would (header-only; for the CLI suites).

#include "core/storage/WorkspaceLocation.h"
#include "testsupport/TestPaths.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRun {

struct Run
{
    int status = -1; ///< exit status; -1 timed out, -2 crashed
    QString out;
    QString err;
};

/// amanahctl @p args with @p env added (AMANAH_PASSWORD and AMANAH_WORKSPACE only from @p env).
inline Run amanahctl(const QStringList& args, const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AMANAH_PASSWORD"));
    e.remove(QStringLiteral("AMANAH_WORKSPACE"));
    e.remove(QStringLiteral("QT_QPA_PLATFORM")); // amanahctl picks offscreen itself
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl"), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The --workspace argument for @p loc (a file path or a postgresql:// URL).
inline QString workspaceArg(const WorkspaceLocation& loc)
{
    if (!loc.isPostgres()) {
        return loc.path;
    }
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(loc.user, loc.password, loc.host, QString::number(loc.port), loc.database);
}

} // namespace CliRun
