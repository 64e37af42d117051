// The demo workspace: one account per role, customers readable through the services, and
// not one byte of a demo customer's name, email or phone in the database file, its WAL or
// journal, in any encoding the application could write.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/demo/DemoWorkspace.h"
#include "core/session/Authenticator.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void accountsPerRoleSignIn();
    void noPersonalDataOnDisk();
    void existingWorkspaceIsRefused();
};

void TestDemoWorkspace::accountsPerRoleSignIn()
{
    QTemporaryDir dir;
    const auto loc = WorkspaceLocation::sqliteFile(dir.filePath(QStringLiteral("demo.amanah")));
    auto demo = DemoWorkspace::create(loc, KdfParams{8 * 1024, 1, 1});
    QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
    QVERIFY(DemoWorkspace::isDemo(*demo->session->workspace()));
    int roles = 0;
    for (const auto& a : DemoWorkspace::accounts()) {
        auto s = Authenticator(demo->session->workspace()).signIn(a.username, a.password);
        QVERIFY2(s.ok(), qPrintable(a.username + QLatin1String(": ") + s.errorString()));
        QCOMPARE((*s)->roles(), a.roles);
        QVERIFY(!(*s)->mustChangePassword());
        roles |= a.roles;
    }
    QCOMPARE(roles, Permissions::kAllRoles);
    const auto agent = DemoWorkspace::accounts().at(1);
    auto session = Authenticator(demo->session->workspace()).signIn(agent.username, agent.password);
    CustomerService customers(*session);
    for (const Customer& c : DemoWorkspace::customers()) {
        auto ids = customers.find(CustomerService::Lookup::Email, c.email);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 1);
        QCOMPARE(customers.get(ids->first())->fullName, c.fullName);
    }
}

void TestDemoWorkspace::noPersonalDataOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.amanah"));
    {
        auto demo = DemoWorkspace::create(WorkspaceLocation::sqliteFile(path), KdfParams{8 * 1024, 1, 1});
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
        // Keep the WAL: read it while the workspace is still open, as a thief of a running laptop would.
        QByteArray wal;
        QFile w(path + QStringLiteral("-wal"));
        if (w.open(QIODevice::ReadOnly)) {
            wal = w.readAll();
        }
        QVERIFY(!wal.isEmpty());
        for (const Customer& c : DemoWorkspace::customers()) {
            QVERIFY2(!wal.contains(c.fullName.toUtf8()), qPrintable(c.fullName));
        }
    } // the app closes
    QByteArray disk;
    for (const QString& name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        disk += f.readAll();
    }
    QVERIFY(disk.size() > 4096);
    QStringList secrets;
    for (const Customer& c : DemoWorkspace::customers()) {
        secrets << c.fullName << c.email << c.phone << CustomerService::normalisePhone(c.phone) << c.address
                << c.externalRef;
    }
    for (const QString& secret : secrets) {
        QStringEncoder utf16le(QStringEncoder::Utf16LE);
        QStringEncoder utf16be(QStringEncoder::Utf16BE);
        for (const QByteArray& needle :
             {secret.toUtf8(), QByteArray(utf16le(secret)), QByteArray(utf16be(secret)), secret.toLower().toUtf8()}) {
            QVERIFY2(!disk.contains(needle), qPrintable(QStringLiteral("found on disk: ") + secret));
        }
    }
}

void TestDemoWorkspace::existingWorkspaceIsRefused()
{
    QTemporaryDir dir;
    const auto loc = WorkspaceLocation::sqliteFile(dir.filePath(QStringLiteral("demo.amanah")));
    QVERIFY(DemoWorkspace::create(loc, KdfParams{8 * 1024, 1, 1}).ok());
    auto again = DemoWorkspace::create(loc, KdfParams{8 * 1024, 1, 1});
    QVERIFY(!again.ok());
    QCOMPARE(again.code(), ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "TestDemoWorkspace.moc"
