// Files Amanah creates are for their user alone: a workspace and its -wal/-shm, exports and
// the folders made for them are 0600 / 0700 even under the usual umask 022, from amanahctl
// and from the desktop application (its first run creates the demo workspace).
#include "core/crypto/Crypto.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using CliRunner::amanahctl;
using CliRunner::Run;

int modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

QString describe(const QString& path)
{
    return QStringLiteral("%1 is %2").arg(path, QString::number(modeOf(path), 8));
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliFilesArePrivate();
    void desktopFirstRunIsPrivate();

private:
    mode_t m_umask = 0;
};

void TestPrivateFiles::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanah")));
    m_umask = ::umask(022); // what most desktops and shells start with; the children inherit it
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestPrivateFiles::cliFilesArePrivate()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("shop.amanah"));
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("cli-admin-password-1")}};
    const Run init = amanahctl({QStringLiteral("--workspace"),
                                ws,
                                QStringLiteral("init"),
                                QStringLiteral("--name"),
                                QStringLiteral("Toko"),
                                QStringLiteral("--admin"),
                                QStringLiteral("root")},
                               pw);
    QVERIFY2(init.status == 0, qPrintable(init.err));
    QVERIFY2(modeOf(ws) == 0600, qPrintable(describe(ws)));

    // Another command writes while it lives (its sign-in entry): the log files it makes.
    const QString out = dir.filePath(QStringLiteral("trail.csv"));
    const Run exported = amanahctl({QStringLiteral("--workspace"),
                                    ws,
                                    QStringLiteral("audit"),
                                    QStringLiteral("export"),
                                    QStringLiteral("--user"),
                                    QStringLiteral("root"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("csv"),
                                    QStringLiteral("--out"),
                                    out},
                                   pw);
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
    QVERIFY2(modeOf(out) == 0600, qPrintable(describe(out)));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(ws + suffix)) {
            QVERIFY2(modeOf(ws + suffix) == 0600, qPrintable(describe(ws + suffix)));
        }
    }
}

void TestPrivateFiles::desktopFirstRunIsPrivate()
{
    // A first run in a new home: the demo workspace, its folders and a picture of the window.
    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    const QString png = home.filePath(QStringLiteral("window.png"));
    gui.start(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanah"), {QStringLiteral("--screenshot"), png});
    QVERIFY(gui.waitForFinished(240000));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());

    const QString demo = home.filePath(QStringLiteral(".local/share/Amanah/Amanah/demo.amanah"));
    QVERIFY2(QFile::exists(demo), qPrintable(demo));
    QVERIFY2(modeOf(demo) == 0600, qPrintable(describe(demo)));
    QVERIFY2(modeOf(png) == 0600, qPrintable(describe(png)));
    // Every folder and file it made under the home, settings included.
    QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    int seen = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.isSymLink()) {
            continue;
        }
        ++seen;
        const int want = info.isDir() ? 0700 : 0600;
        QVERIFY2((modeOf(path) & ~want) == 0, qPrintable(describe(path)));
    }
    QVERIFY(seen >= 5);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"
