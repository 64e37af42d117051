#include "testsupport/CliRunner.h"

#include "testsupport/TestPaths.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace CliRunner {

Run amanahctl(const QStringList& args, const QMap<QString, QString>& env)
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
    if (!p.waitForFinished(300000)) {
        p.kill();
        return r;
    }
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString workspaceArg(const WorkspaceLocation& loc)
{
    if (!loc.isPostgres()) {
        return loc.path;
    }
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(loc.user, loc.password, loc.host, QString::number(loc.port), loc.database);
}

} // namespace CliRunner
