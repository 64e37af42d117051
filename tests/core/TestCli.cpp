// amanahctl as a script sees it: help and version, creating workspaces, signing in, and a
// clear line plus a documented exit status for every kind of bad input, leaving files as
// they were; damaged customer rows named (exit 11) and control characters escaped.
#include "core/consent/ConsentService.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/CustomerKey.h"
#include "core/customers/CustomerService.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Database.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRunner::amanahctl;
using CliRunner::Run;

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void initSignInAndInfo();
    void badWorkspaces_data();
    void badWorkspaces();
    void newerSchema();
    void demoCommand();
    void audienceExportToRecipient();
    void indonesianMessages();
    void damagedRowsAndControlCharacters();

private:
    QString workspaceArg(const QString& dir);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

QString TestCli::workspaceArg(const QString& dir)
{
    auto loc = TestBackend::freshLocation(dir);
    if (!loc) {
        return {};
    }
    if (!loc->isPostgres()) {
        return loc->path;
    }
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(loc->user, loc->password, loc->host, QString::number(loc->port), loc->database);
}

void TestCli::helpAndVersion()
{
    Run help = amanahctl({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("Usage: amanahctl")));
    QVERIFY(help.out.contains(QLatin1String("10 audit chain broken")));
    Run version = amanahctl({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith(QLatin1String("amanahctl ")));
    QVERIFY(version.out.contains(QLatin1String("Botan 2.19")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("info")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("info"), QStringLiteral("--workspace")};
    QTest::newRow("no workspace") << QStringList{QStringLiteral("info")};
    QTest::newRow("bad language") << QStringList{
        QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("info")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    Run r = amanahctl(args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.startsWith(QLatin1String("amanahctl: ")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::initSignInAndInfo()
{
    QTemporaryDir dir;
    const QString ws = workspaceArg(dir.path());
    QVERIFY(!ws.isEmpty());
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("cli-admin-password-1")}};
    Run weak = amanahctl({QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("init"),
                          QStringLiteral("--name"),
                          QStringLiteral("Toko"),
                          QStringLiteral("--admin"),
                          QStringLiteral("root")},
                         {{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("password")}});
    QCOMPARE(weak.status, 9);
    QVERIFY(weak.err.contains(QLatin1String("password")));
    if (!TestBackend::isPostgres()) {
        QVERIFY2(!QFile::exists(ws), "a refused init leaves no file behind");
    }
    Run init = amanahctl({QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("init"),
                          QStringLiteral("--name"),
                          QStringLiteral("Toko"),
                          QStringLiteral("--admin"),
                          QStringLiteral("root")},
                         pw);
    QCOMPARE(init.status, 0);
    const QStringList lines = init.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.last().count(QLatin1Char('-')), 12); // the recovery key, 13 groups
    Run again = amanahctl({QStringLiteral("--workspace"),
                           ws,
                           QStringLiteral("init"),
                           QStringLiteral("--name"),
                           QStringLiteral("Toko"),
                           QStringLiteral("--admin"),
                           QStringLiteral("root")},
                          pw);
    QCOMPARE(again.status, 13);

    Run noUser = amanahctl({QStringLiteral("info"), QStringLiteral("--workspace"), ws}, pw);
    QCOMPARE(noUser.status, 9);
    Run wrong = amanahctl(
        {QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--user"), QStringLiteral("root")},
        {{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("not-the-password")}});
    QCOMPARE(wrong.status, 7);
    QVERIFY(wrong.err.contains(QLatin1String("wrong")));
    Run info = amanahctl(
        {QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--user"), QStringLiteral("root")},
        pw);
    QCOMPARE(info.status, 0);
    QVERIFY(info.out.contains(QLatin1String("Name:           Toko")));
    QVERIFY(info.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    QVERIFY(info.out.contains(QLatin1String("users:             1")));
    QVERIFY(!info.out.contains(QLatin1String("cli-admin-password")));
}

void TestCli::badWorkspaces_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("missing file") << "missing" << 3;
    QTest::newRow("text file") << "text" << 4;
    QTest::newRow("directory") << "directory" << 9;
    QTest::newRow("unwritable folder") << "proc" << 12;
    QTest::newRow("unreachable server") << "unreachable" << 6;
    QTest::newRow("wrong server password") << "pgpassword" << 7;
}

void TestCli::badWorkspaces()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QTemporaryDir dir;
    QString ws;
    QByteArray before;
    if (kind == QLatin1String("missing")) {
        ws = dir.filePath(QStringLiteral("nope.amanah"));
    } else if (kind == QLatin1String("text")) {
        ws = dir.filePath(QStringLiteral("customers.csv"));
        QFile f(ws);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,email\nDewi,dewi@contoh.co.id\n");
        f.close();
        before = digest(ws);
    } else if (kind == QLatin1String("directory")) {
        ws = dir.path();
    } else if (kind == QLatin1String("proc")) {
        ws = QStringLiteral("/proc/amanah.amanah");
    } else if (kind == QLatin1String("unreachable")) {
        ws = QStringLiteral("postgresql://amanah:secret@127.0.0.1:1/shop");
    } else {
        if (TestBackend::postgresUrl().isEmpty()) {
            QSKIP("needs the PostgreSQL test cluster");
        }
        auto loc = WorkspaceLocation::parse(TestBackend::postgresUrl());
        ws = QStringLiteral("postgresql://%1:wrong-password@%2:%3/postgres")
                 .arg(loc->user, loc->host, QString::number(loc->port));
    }
    const QStringList args = kind == QLatin1String("proc") ? QStringList{QStringLiteral("--workspace"),
                                                                         ws,
                                                                         QStringLiteral("init"),
                                                                         QStringLiteral("--name"),
                                                                         QStringLiteral("X"),
                                                                         QStringLiteral("--admin"),
                                                                         QStringLiteral("root")}
                                                           : QStringList{QStringLiteral("info"),
                                                                         QStringLiteral("--workspace"),
                                                                         ws,
                                                                         QStringLiteral("--user"),
                                                                         QStringLiteral("root")};
    Run r = amanahctl(args, {{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("cli-admin-password-1")}});
    QCOMPARE(r.status, status);
    QVERIFY(r.err.startsWith(QLatin1String("amanahctl: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')) >= 1, true);
    QVERIFY(!r.err.contains(QLatin1String("secret")));
    QVERIFY(!r.err.contains(QLatin1String("wrong-password")));
    if (!before.isEmpty()) {
        QCOMPARE(digest(ws), before);
    }
    if (kind == QLatin1String("missing")) {
        QVERIFY(!QFile::exists(ws));
    }
}

void TestCli::newerSchema()
{
    if (TestBackend::isPostgres()) {
        QSKIP("the file case is the one a user copies around; PostgreSQL's is in TestDatabase");
    }
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("future.amanah"));
    {
        auto db = Database::open(WorkspaceLocation::sqliteFile(ws), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY((*db)
                    ->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at, "
                                          "app_version) VALUES (999, 'future', 0, '9.0')"))
                    .ok());
    }
    const QByteArray before = digest(ws);
    Run r = amanahctl({QStringLiteral("info"), QStringLiteral("--workspace"), ws});
    QCOMPARE(r.status, 5);
    QVERIFY(r.err.contains(QLatin1String("newer version of Amanah")));
    QCOMPARE(digest(ws), before);
}

void TestCli::demoCommand()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only: the demo workspace is a file");
    }
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.amanah"));
    Run demo = amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("demo")});
    QCOMPARE(demo.status, 0);
    QVERIFY(demo.out.contains(QLatin1String("agent / amanah-demo-agent")));
    Run again = amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("demo")});
    QCOMPARE(again.status, 13);
    Run info = amanahctl({QStringLiteral("info"),
                          QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("--user"),
                          QStringLiteral("manager")},
                         {{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("amanah-demo-manager")}});
    QCOMPARE(info.status, 0);
    QVERIFY(info.out.contains(QLatin1String("users:             4")));
}

void TestCli::audienceExportToRecipient()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only: the demo workspace is a file");
    }
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("demo.amanah"));
    QCOMPARE(amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("demo")}).status, 0);
    auto db = Database::open(WorkspaceLocation::sqliteFile(ws), Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    QVERIFY((*db)
                ->exec(QStringLiteral("INSERT INTO recipients (name, role, country, created_at, updated_at) VALUES "
                                      "('Mail Co', 'processor', 'ID', 0, 0)"))
                .ok());
    const QMap<QString, QString> officer{{QStringLiteral("AMANAH_PASSWORD"), QStringLiteral("amanah-demo-officer")}};
    auto exportTo = [&](const QString& out, const QString& recipient) {
        return amanahctl({QStringLiteral("audience"),
                          QStringLiteral("export"),
                          QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("--user"),
                          QStringLiteral("officer"),
                          QStringLiteral("--purpose"),
                          QStringLiteral("newsletter"),
                          QStringLiteral("--out"),
                          out,
                          QStringLiteral("--recipient"),
                          recipient},
                         officer);
    };
    // An unknown recipient: exit 3, no file, nothing recorded.
    const QString nobody = dir.filePath(QStringLiteral("nobody.csv"));
    Run unknown = exportTo(nobody, QStringLiteral("Nobody Ltd"));
    QCOMPARE(unknown.status, 3);
    QVERIFY2(unknown.err.contains(QLatin1String("Nobody Ltd")), qPrintable(unknown.err));
    QVERIFY(!QFile::exists(nobody));
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM disclosures"))->toInt(), 0);

    // Named: one disclosure per exported customer, source export.
    const QString out = dir.filePath(QStringLiteral("audience.csv"));
    Run named = exportTo(out, QStringLiteral("Mail Co"));
    QCOMPARE(named.status, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const int customers = static_cast<int>(file.readAll().count('\n')) - 1;
    QVERIFY(customers > 0);
    QCOMPARE((*db)
                 ->scalar(QStringLiteral("SELECT count(DISTINCT customer_id) FROM disclosures d JOIN recipients r ON "
                                         "r.id = d.recipient_id WHERE r.name = 'Mail Co' AND d.source = 'export'"))
                 ->toInt(),
             customers);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM disclosures"))->toInt(), customers);
}

void TestCli::indonesianMessages()
{
    QTemporaryDir dir;
    Run en = amanahctl({QStringLiteral("--lang"),
                        QStringLiteral("en"),
                        QStringLiteral("info"),
                        QStringLiteral("--workspace"),
                        dir.filePath(QStringLiteral("nope.amanah"))});
    Run id = amanahctl({QStringLiteral("--lang"),
                        QStringLiteral("id"),
                        QStringLiteral("info"),
                        QStringLiteral("--workspace"),
                        dir.filePath(QStringLiteral("nope.amanah"))});
    QCOMPARE(en.status, 3);
    QCOMPARE(id.status, 3);
    QVERIFY(en.err.contains(QLatin1String("There is no workspace file")));
    QVERIFY2(!id.err.contains(QLatin1String("There is no workspace file")), qPrintable(id.err));
}

void TestCli::damagedRowsAndControlCharacters()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer
        = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer) | static_cast<int>(Role::Agent));
    QVERIFY(officer);
    QVERIFY(DemoWorkspace::createPolicies(officer).ok());
    CustomerService customers(officer);
    ConsentService consent(officer);
    auto make = [&](const QString& name, const QString& email) -> QString {
        Customer c;
        c.fullName = name;
        c.email = email;
        c.jurisdiction = QStringLiteral("UU_PDP");
        auto id = customers.create(c);
        if (!id || !consent.grant(*id, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox)) {
            return {};
        }
        return *id;
    };
    const QString keyBroken = make(QStringLiteral("Kunci Rusak"), QStringLiteral("key@x.id"));
    const QString fieldBroken = make(QStringLiteral("Kolom Rusak"), QStringLiteral("field@x.id"));
    const QString fine = make(QStringLiteral("Baik Sekali"), QStringLiteral("fine@x.id"));
    const QString legacy = make(QStringLiteral("Lama"), QStringLiteral("legacy@x.id"));
    QVERIFY(!keyBroken.isEmpty() && !fieldBroken.isEmpty() && !fine.isEmpty() && !legacy.isEmpty());
    const Database& db = *tw.workspace()->database();
    // One byte flipped with plain SQL: in a wrapped data key, and in a field blob.
    auto flip = [&](const QString& select, const QString& update, const QString& id) {
        QByteArray b = db.scalar(select, {id})->toByteArray();
        b[b.size() / 2] = static_cast<char>(b[b.size() / 2] ^ 0x01);
        return db.exec(update, {b, id}).ok();
    };
    QVERIFY(flip(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"),
                 QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"),
                 keyBroken));
    QVERIFY(flip(QStringLiteral("SELECT full_name FROM customers WHERE id = ?"),
                 QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"),
                 fieldBroken));
    // A name stored before control characters were refused: encrypted here as the service would.
    const QString legacyName = QString::fromUtf8("Ann\x1B]0;owned\x07 \u202Eevil\tX\nY\u009B2J");
    auto key = officer->vault().unwrapCustomerKey(
        legacy,
        db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {legacy})->toByteArray());
    QVERIFY(key.ok());
    auto blob = key->encryptField(legacyName, QStringLiteral("customers"), QStringLiteral("full_name"), legacy);
    QVERIFY(blob.ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET full_name = ? WHERE id = ?"), {*blob, legacy}).ok());

    const QString ws = CliRunner::workspaceArg(tw.location());
    const QMap<QString, QString> pw{{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}};
    auto find = [&](const QString& email) {
        return amanahctl({QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("customer"),
                          QStringLiteral("find"),
                          QStringLiteral("--user"),
                          QStringLiteral("officer"),
                          QStringLiteral("--email"),
                          email},
                         pw);
    };
    // A damaged customer: exit 11, named as damaged, never a line of blank fields.
    for (const auto& [email, id] :
         {std::pair{QStringLiteral("key@x.id"), keyBroken}, std::pair{QStringLiteral("field@x.id"), fieldBroken}}) {
        Run r = find(email);
        QCOMPARE(r.status, 11);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(id) && r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    }
    Run inIndonesian = amanahctl({QStringLiteral("--lang"),
                                  QStringLiteral("id"),
                                  QStringLiteral("--workspace"),
                                  ws,
                                  QStringLiteral("customer"),
                                  QStringLiteral("find"),
                                  QStringLiteral("--user"),
                                  QStringLiteral("officer"),
                                  QStringLiteral("--email"),
                                  QStringLiteral("key@x.id")},
                                 pw);
    QCOMPARE(inIndonesian.status, 11);
    QVERIFY2(inIndonesian.err.contains(QLatin1String("catatan rusak")), qPrintable(inIndonesian.err));
    Run ok = find(QStringLiteral("fine@x.id"));
    QCOMPARE(ok.status, 0);
    QVERIFY(ok.out.contains(QLatin1String("Baik Sekali")));
    // A stored control character reaches the terminal escaped, in its own column.
    Run old = find(QStringLiteral("legacy@x.id"));
    QCOMPARE(old.status, 0);
    const QStringList lines = old.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList cells = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 6);
    QCOMPARE(cells.at(2), QStringLiteral("Ann\\u001B]0;owned\\u0007 \\u202Eevil\\u0009X\\u000AY\\u009B2J"));
    for (QChar c : {QChar(0x1B), QChar(0x07), QChar(0x202E), QChar(0x9B)}) {
        QVERIFY(!old.out.contains(c));
    }

    // The audience export skips the damaged customers, names them, writes everyone else, exits 11.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audience.csv"));
    Run exported = amanahctl({QStringLiteral("--workspace"),
                              ws,
                              QStringLiteral("audience"),
                              QStringLiteral("export"),
                              QStringLiteral("--user"),
                              QStringLiteral("officer"),
                              QStringLiteral("--purpose"),
                              QStringLiteral("newsletter"),
                              QStringLiteral("--out"),
                              path},
                             pw);
    QCOMPARE(exported.status, 11);
    QVERIFY2(exported.err.contains(keyBroken) && exported.err.contains(fieldBroken), qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QLatin1String("2 customer")), qPrintable(exported.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(fine) && csv.contains(legacy));
    QVERIFY(!csv.contains(keyBroken) && !csv.contains(fieldBroken));
    QVERIFY(!csv.contains(QLatin1String("Rusak")));
    // Escaped in the CSV too (line breaks and TAB stay inside the quoted cell).
    QVERIFY2(csv.contains(QStringLiteral("Ann\\u001B]0;owned\\u0007 \\u202Eevil\tX\nY\\u009B2J")), qPrintable(csv));
    for (QChar c : {QChar(0x1B), QChar(0x07), QChar(0x202E), QChar(0x9B)}) {
        QVERIFY(!csv.contains(c));
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = 'audience.export'"))->toString(),
             QStringLiteral("count=2;damaged=2"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
