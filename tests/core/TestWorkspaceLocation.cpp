// Parsing what a user types as a workspace: a file, a URL, a libpq key/value string.
#include "core/crypto/Crypto.h"
#include "core/storage/WorkspaceLocation.h"

#include <QTest>

class TestWorkspaceLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void displayNameHidesPassword();
};

void TestWorkspaceLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("file") << "/tmp/shop.amanah" << false << "" << 5432 << ""
                          << ""
                          << "";
    QTest::newRow("url") << "postgresql://staff:s%40cret@db.local:6543/amanah" << true << "db.local" << 6543 << "amanah"
                         << "staff"
                         << "s@cret";
    QTest::newRow("url default port") << "postgres://db/amanah?sslmode=require" << true << "db" << 5432 << "amanah"
                                      << ""
                                      << "";
    QTest::newRow("key value") << "host=10.0.0.5 port=5433 dbname=shop user=amanah password='a b\\'c'" << true
                               << "10.0.0.5" << 5433 << "shop"
                               << "amanah"
                               << "a b'c";
    QTest::newRow("key value default host") << "dbname=shop" << true << "localhost" << 5432 << "shop"
                                            << ""
                                            << "";
}

void TestWorkspaceLocation::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    auto loc = WorkspaceLocation::parse(text);
    QVERIFY2(loc.ok(), qPrintable(loc.errorString()));
    QCOMPARE(loc->isPostgres(), postgres);
    if (!postgres) {
        QCOMPARE(loc->path, text);
        return;
    }
    QCOMPARE(loc->host, host);
    QCOMPARE(loc->port, port);
    QCOMPARE(loc->database, database);
    QCOMPARE(loc->user, user);
    QCOMPARE(loc->password, password);
}

void TestWorkspaceLocation::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "   ";
    QTest::newRow("no database") << "postgresql://db.local";
    QTest::newRow("bad port") << "host=db port=99999 dbname=x";
    QTest::newRow("unclosed quote") << "host=db dbname='x";
    QTest::newRow("other scheme") << "mysql://db/x";
    QTest::newRow("key value without dbname") << "host=db user=x";
}

void TestWorkspaceLocation::refuses()
{
    QFETCH(QString, text);
    auto loc = WorkspaceLocation::parse(text);
    QVERIFY(!loc.ok());
    QCOMPARE(loc.code(), ErrorCode::InvalidInput);
    QVERIFY(!loc.errorString().isEmpty());
}

void TestWorkspaceLocation::displayNameHidesPassword()
{
    auto loc = WorkspaceLocation::parse(QStringLiteral("postgresql://staff:topsecret@db:5432/shop"));
    QVERIFY(loc.ok());
    QCOMPARE(loc->displayName(), QStringLiteral("postgresql://staff@db:5432/shop"));
}

QTEST_GUILESS_MAIN(TestWorkspaceLocation)
#include "TestWorkspaceLocation.moc"
