// Several programs on one SQLite workspace: the GUI's own opening path (the sign-in screen,
// its worker, the name index and the pages' workers) in this process, amanahctl writing and
// reading in others, round after round. After each round nobody writes into a deleted log,
// every write is visible to the other program, the file is intact and the chain verifies;
// after the GUI quits, every entry of every program is still there.
//
// The bug this guards against: opening and closing the workspace file outside SQLite (a
// header check on every connection) dropped every POSIX lock the GUI held on it; the next
// amanahctl to exit then believed it was the last user, checkpointed and deleted the -wal
// and -shm the GUI went on writing into (SQLite's "How To Corrupt", §2.2).
#include "UiTestSupport.h"

#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/demo/DemoWorkspace.h"
#include "core/domain/Customer.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sys/stat.h>

namespace {

using CliRunner::amanahctl;
using CliRunner::Run;

/// This process's descriptors whose file was deleted, as /proc/self/fd shows them.
QStringList deletedDescriptors()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.endsWith(QLatin1String(" (deleted)"))) {
            deleted << target;
        }
    }
    return deleted;
}

/// Whether /proc/locks lists a lock of this process on @p path (by device and inode).
bool holdsLockOn(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return false;
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly)) {
        return false;
    }
    // e.g. "1: POSIX  ADVISORY  READ 4242 fd:01:123456 1073741826 1073741826"
    const QString inode = QStringLiteral(":%1").arg(st.st_ino);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QStringList f = QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 6 && f.at(1) == QLatin1String("POSIX") && f.at(4) == pid && f.at(5).endsWith(inode)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSharedWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guiAndCliShareOneFile();
    void openingAgainKeepsThisProcessLocks();
    void secondDesktopComesAndGoes();

private:
    Run cli(const QStringList& args, const QString& user, const QString& password);
    QString m_path;
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestSharedWorkspace::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
    QVERIFY(m_ws->signInNewUser(QStringLiteral("andi"), static_cast<int>(Role::Agent)));
    m_path = m_ws->location().path;
    m_ws->close(); // from here on, only the programs under test have the file open
}

Run TestSharedWorkspace::cli(const QStringList& args, const QString& user, const QString& password)
{
    QStringList all{QStringLiteral("--workspace"), m_path, QStringLiteral("--lang"), QStringLiteral("en")};
    all << args << QStringLiteral("--user") << user;
    return amanahctl(all, {{QStringLiteral("AMANAH_PASSWORD"), password}});
}

void TestSharedWorkspace::guiAndCliShareOneFile()
{
    // The GUI as a user starts it: a window on the file, the sign-in screen, its worker.
    auto window = UiTestSupport::openWindow(WorkspaceLocation::sqliteFile(m_path));
    QVERIFY(window);
    QVERIFY(holdsLockOn(m_path));
    UiTestSupport::typeSignIn(window->signInWidget(), QStringLiteral("andi"), TestWorkspace::staffPassword());
    QTRY_VERIFY_WITH_TIMEOUT(window->session(), 20000);
    auto session = window->session();
    QTRY_VERIFY_WITH_TIMEOUT(NameIndex::existing(window->workspace().get())
                                 && NameIndex::existing(window->workspace().get())->isReady(),
                             20000);
    QVERIFY2(holdsLockOn(m_path), "after sign-in the GUI holds no lock on its workspace");

    const QString admin = QStringLiteral("admin");
    const QString adminPw = TestWorkspace::adminPassword();
    const QString agent = QStringLiteral("andi");
    const QString agentPw = TestWorkspace::staffPassword();
    std::optional<CustomerService> customers(std::in_place, session);
    const int rounds = 4;
    for (int round = 0; round < rounds; ++round) {
        // A write in the GUI process, on the GUI's own connection.
        Customer c;
        c.fullName = QStringLiteral("Gui Person %1").arg(round);
        c.email = QStringLiteral("gui%1@contoh.co.id").arg(round);
        c.country = QStringLiteral("ID");
        c.jurisdiction = QStringLiteral("UU_PDP");
        const auto created = customers->create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));

        // Writes in another program: an import of two customers (and its sign-in and import
        // entries in the audit trail); it exits, as a nightly job does.
        const QString csvPath
            = QDir(QFileInfo(m_path).absolutePath()).filePath(QStringLiteral("round%1.csv").arg(round));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("name,email\nCli Person %1a,cli%1a@contoh.co.id\nCli Person %1b,cli%1b@contoh.co.id\n")
                      .arg(round)
                      .toUtf8());
        csv.close();
        const Run imported = cli({QStringLiteral("import"), QStringLiteral("customers"), csvPath}, agent, agentPw);
        QVERIFY2(imported.status == 0, qPrintable(imported.err + imported.out));

        // Nobody deleted the GUI's log, and the GUI still holds its lock.
        QVERIFY2(deletedDescriptors().isEmpty(), qPrintable(deletedDescriptors().join(QLatin1Char('\n'))));
        QVERIFY2(holdsLockOn(m_path), qPrintable(QStringLiteral("round %1: the GUI lost its lock").arg(round)));

        // Each program sees the other's writes.
        for (const QString& email :
             {QStringLiteral("cli%1a@contoh.co.id").arg(round), QStringLiteral("cli%1b@contoh.co.id").arg(round)}) {
            const auto found = customers->find(CustomerService::Lookup::Email, email);
            QVERIFY2(found.ok(), qPrintable(found.errorString()));
            QCOMPARE(found->size(), 1);
        }
        const Run find = cli(
            {QStringLiteral("customer"), QStringLiteral("find"), QStringLiteral("--email"), c.email}, agent, agentPw);
        QVERIFY2(find.status == 0, qPrintable(find.err));
        QVERIFY2(find.out.contains(*created), qPrintable(find.out));

        // The file is intact and the chain verifies, seen from a third program.
        const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")}, admin, adminPw);
        QVERIFY2(verify.status == 0 && verify.out.contains(QLatin1String("intact")),
                 qPrintable(verify.err + verify.out));
        auto check = Database::open(WorkspaceLocation::sqliteFile(m_path), Database::OpenMode::MustExist);
        QVERIFY2(check.ok(), qPrintable(check.errorString()));
        auto integrity = (*check)->scalar(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.ok());
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));
    }
    QVERIFY(deletedDescriptors().isEmpty());

    // What the trail holds now, counted on the GUI's connection.
    auto entries = window->workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(entries.ok());
    const qint64 entriesBefore = entries->toLongLong();
    QVERIFY(entriesBefore > 0);

    // The GUI quits; then the other programs' and the GUI's entries are all still there.
    customers.reset();
    session.reset();
    window.reset();
    QVERIFY(!holdsLockOn(m_path));
    auto reopened = Database::open(WorkspaceLocation::sqliteFile(m_path), Database::OpenMode::MustExist);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    auto count = (*reopened)->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    QVERIFY(count.ok());
    QCOMPARE(count->toInt(), rounds * 3);
    auto after = (*reopened)->scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(after.ok());
    QCOMPARE(after->toLongLong(), entriesBefore);
    auto integrity = (*reopened)->scalar(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(integrity.ok());
    QCOMPARE(integrity->toString(), QStringLiteral("ok"));
    reopened->reset();
    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")}, admin, adminPw);
    QVERIFY2(verify.status == 0 && verify.out.contains(QLatin1String("intact")), qPrintable(verify.err + verify.out));
}

void TestSharedWorkspace::openingAgainKeepsThisProcessLocks()
{
    // The smallest form of the same rule: a second connection of this process, opened and
    // closed, leaves the first one's lock in place.
    QTemporaryDir dir;
    const auto location = WorkspaceLocation::sqliteFile(dir.filePath(QStringLiteral("locks.amanah")));
    auto first = Database::open(location, Database::OpenMode::CreateIfMissing);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY((*first)->scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).ok());
    QVERIFY(holdsLockOn(location.path));
    for (int i = 0; i < 3; ++i) {
        auto second = (*first)->reopen();
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        second->reset();
        QVERIFY2(holdsLockOn(location.path), "opening the workspace again dropped this process's lock");
    }
}

// A second desktop on the same file, signed in (its name index and workers start), quits while
// the first works on: the first keeps its lock and its log, and every program still sees
// every write. The second desktop is the real `amanah` program, three times over.
void TestSharedWorkspace::secondDesktopComesAndGoes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.amanah"));
    const auto location = WorkspaceLocation::sqliteFile(path);
    {
        auto made = DemoWorkspace::create(location, TestWorkspace::fastKdf(), 40);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
    } // closed: only the programs under test keep the file open
    DemoWorkspace::Account agent;
    DemoWorkspace::Account officer;
    for (const auto& a : DemoWorkspace::accounts()) {
        if (a.roles == static_cast<int>(Role::Agent) && agent.username.isEmpty()) {
            agent = a;
        }
        if ((a.roles & static_cast<int>(Role::Officer)) && officer.username.isEmpty()) {
            officer = a;
        }
    }
    QVERIFY(!agent.username.isEmpty() && !officer.username.isEmpty());

    auto window = UiTestSupport::openWindow(location);
    QVERIFY(window);
    UiTestSupport::typeSignIn(window->signInWidget(), agent.username, agent.password);
    QTRY_VERIFY_WITH_TIMEOUT(window->session(), 20000);
    CustomerService customers(window->session());
    for (int round = 0; round < 3; ++round) {
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanah"),
                     {QStringLiteral("--workspace"),
                      path,
                      QStringLiteral("--screenshot"),
                      dir.filePath(QStringLiteral("second%1.png").arg(round)),
                      QStringLiteral("--screenshot-signin-as"),
                      officer.username});
        QVERIFY(second.waitForStarted());
        // The first desktop writes while the second is signed in.
        Customer c;
        c.fullName = QStringLiteral("Pertama %1").arg(round);
        c.email = QStringLiteral("pertama%1@contoh.co.id").arg(round);
        c.country = QStringLiteral("ID");
        c.jurisdiction = QStringLiteral("UU_PDP");
        const auto created = customers.create(c);
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("second%1.png").arg(round))));

        // The second desktop is gone: the first keeps its lock and its log.
        QVERIFY2(deletedDescriptors().isEmpty(), qPrintable(deletedDescriptors().join(QLatin1Char('\n'))));
        QVERIFY2(holdsLockOn(path), qPrintable(QStringLiteral("round %1: the first desktop lost its lock").arg(round)));
        // A third program sees the first desktop's write, and the chain verifies.
        const Run find = amanahctl({QStringLiteral("--workspace"),
                                    path,
                                    QStringLiteral("customer"),
                                    QStringLiteral("find"),
                                    QStringLiteral("--email"),
                                    c.email,
                                    QStringLiteral("--user"),
                                    agent.username},
                                   {{QStringLiteral("AMANAH_PASSWORD"), agent.password}});
        QVERIFY2(find.status == 0 && find.out.contains(*created), qPrintable(find.err + find.out));
        const Run verify = amanahctl({QStringLiteral("--workspace"),
                                      path,
                                      QStringLiteral("audit"),
                                      QStringLiteral("verify"),
                                      QStringLiteral("--user"),
                                      officer.username},
                                     {{QStringLiteral("AMANAH_PASSWORD"), officer.password}});
        QVERIFY2(verify.status == 0 && verify.out.contains(QLatin1String("intact")),
                 qPrintable(verify.err + verify.out));
    }
    // The second desktop's sign-ins are in the first's view of the trail.
    auto signIns = window->workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'auth.sign_in' AND actor = ?"),
        {officer.username});
    QVERIFY(signIns.ok());
    QVERIFY2(signIns->toInt() >= 3, qPrintable(QString::number(signIns->toInt())));
}

QTEST_MAIN(TestSharedWorkspace)
#include "TestSharedWorkspace.moc"
