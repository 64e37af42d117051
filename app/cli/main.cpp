#include "Cli.h"
#include "ExitCodes.h"

#include "core/Version.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Amanah"));
    QCoreApplication::setApplicationName(QStringLiteral("Amanah"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AMANAH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (auto st = Crypto::init(); !st) {
        err << "amanahctl: " << st.errorString() << Qt::endl;
        return ExitCode::Crypto;
    }
    Cli cli(out, err);
    const int status = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return status;
}
