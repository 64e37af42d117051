#include "Cli.h"
#include "ExitCodes.h"

#include "core/Version.h"
#include "core/common/PrivateFiles.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {
QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform looks up the runtime directory, which a server or a cron job without a
// login session does not have; that is expected there and must not reach a script's stderr
// (amanahctl's own messages are the only lines there).
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    g_previousHandler(type, context, message);
}
} // namespace

int main(int argc, char** argv)
{
    PrivateFiles::restrictProcess();
    // A QGuiApplication for the PDF documents (fonts, QPdfWriter), on the offscreen platform
    // unless the caller chose another: amanahctl runs on servers without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    g_previousHandler = qInstallMessageHandler(quietOffscreen);
    QGuiApplication app(argc, argv);
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
