// `amanahctl erasure status` and `erasure certificate` as scripts see them: the record of an
// erasure before and after execution, holds and recipients, no personal data, the PDF and its
// SHA-256, and the exit statuses of refusals.
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "testsupport/CliRunner.h"
#include "testsupport/SqliteReader.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestPaths.h"
#include "testsupport/TestWorkspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliRunner::Run;
using CliRunner::workspaceArg;

// Every call signs in with the test workspace's staff password.
Run amanahctl(const QStringList& args)
{
    return CliRunner::amanahctl(args, {{QStringLiteral("AMANAH_PASSWORD"), TestWorkspace::staffPassword()}});
}

// "key: value" lines; repeated keys keep every value.
QMultiMap<QString, QString> fields(const QString& out)
{
    QMultiMap<QString, QString> m;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QLatin1String(": "));
        m.insert(line.left(colon), line.mid(colon + 2));
    }
    return m;
}

} // namespace

class TestErasureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusAndCertificate();
    void executeWaitsForReaders();
};

void TestErasureCli::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(QFile::exists(QStringLiteral(AMANAH_BINARY_DIR "/bin/amanahctl")));
}

void TestErasureCli::statusAndCertificate()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    auto manager = tw.signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    QVERIFY(agent && officer && manager);
    const Database& db = *tw.workspace()->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, created_at, updated_at) VALUES "
                                   "('ShipFast', 'processor', 'ID', ?, ?)"),
                    {now, now})
                .ok());
    Customer c;
    c.fullName = QStringLiteral("Wibisana Erasable");
    c.email = QStringLiteral("wibisana@example.org");
    c.externalRef = QStringLiteral("REF-501");
    c.address = QStringLiteral("Jalan Mawar 3");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto customer = CustomerService(agent).create(c);
    QVERIFY(customer.ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, disclosed_at, source, "
                                   "created_at) SELECT ?, id, ?, 'manual', ? FROM recipients"),
                    {*customer, now, now})
                .ok());
    RequestService requests(agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *customer;
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(officer).approve(r->id, QStringLiteral("Verified"), 2).ok());
    QVERIFY(ErasureService(agent).prepare(r->id).ok());

    const QString ws = workspaceArg(tw.location());
    const QString id = QString::number(r->id);
    auto status = [&](const QString& user) {
        return amanahctl({QStringLiteral("--workspace"),
                          ws,
                          QStringLiteral("erasure"),
                          QStringLiteral("status"),
                          QStringLiteral("--request"),
                          id,
                          QStringLiteral("--user"),
                          user});
    };
    Run before = status(QStringLiteral("officer"));
    QCOMPARE(before.status, 0);
    auto f = fields(before.out);
    QCOMPARE(f.value(QStringLiteral("state")), QStringLiteral("approved"));
    QVERIFY(f.value(QStringLiteral("prepared")).startsWith(QLatin1String("agent 20")));
    QCOMPARE(f.value(QStringLiteral("approved")), QStringLiteral("-"));
    QCOMPARE(f.value(QStringLiteral("executed")), QStringLiteral("-"));
    QVERIFY(
        f.value(QStringLiteral("recipient")).startsWith(QLatin1String("ShipFast notified - confirmed - overdue 0")));

    // The certificate needs an executed erasure.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("certificate.pdf"));
    const QStringList certArgs{QStringLiteral("--workspace"),
                               ws,
                               QStringLiteral("erasure"),
                               QStringLiteral("certificate"),
                               QStringLiteral("--request"),
                               id,
                               QStringLiteral("--out"),
                               pdf,
                               QStringLiteral("--user"),
                               QStringLiteral("officer")};
    QCOMPARE(amanahctl(certArgs).status, 9);

    QVERIFY(ErasureService(officer)
                .execute(r->id, QStringLiteral("Erasure asked for, nothing keeps it"), c.externalRef)
                .ok());
    Run after = status(QStringLiteral("agent"));
    QCOMPARE(after.status, 0);
    f = fields(after.out);
    QCOMPARE(f.value(QStringLiteral("request")), id);
    QCOMPARE(f.value(QStringLiteral("state")), QStringLiteral("executed"));
    QVERIFY(f.value(QStringLiteral("approved")).startsWith(QLatin1String("officer 20")));
    QVERIFY(f.value(QStringLiteral("executed")) != QStringLiteral("-"));
    QCOMPARE(f.value(QStringLiteral("destroyed")), QStringLiteral("data_key,customer_fields,disclosures"));
    QVERIFY(f.value(QStringLiteral("hold")).startsWith(QLatin1String("invoices until 20")));
    QVERIFY(f.value(QStringLiteral("hold")).contains(QLatin1String("UU KUP")));
    QVERIFY(f.value(QStringLiteral("recipient")).startsWith(QLatin1String("ShipFast notified - ")));
    QCOMPARE(f.value(QStringLiteral("certificate")), QStringLiteral("-"));
    for (const QString& secret : {c.fullName, c.email, c.externalRef, c.address, *customer}) {
        QVERIFY2(!after.out.contains(secret), qPrintable(secret));
    }

    Run cert = amanahctl(certArgs);
    QCOMPARE(cert.status, 0);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(cert.out.startsWith(sha + QStringLiteral("  ")));
    QCOMPARE(fields(status(QStringLiteral("officer")).out).value(QStringLiteral("certificate")), sha);

    // A manager reads the record (it is audit material) but not the checklist of recipients.
    Run asManager = status(QStringLiteral("manager"));
    QCOMPARE(asManager.status, 0);
    QCOMPARE(fields(asManager.out).value(QStringLiteral("state")), QStringLiteral("executed"));
    QVERIFY(!fields(asManager.out).contains(QStringLiteral("recipient")));
    // Refusals: a missing request, a missing option, an unknown subcommand.
    QCOMPARE(amanahctl({QStringLiteral("--workspace"),
                        ws,
                        QStringLiteral("erasure"),
                        QStringLiteral("status"),
                        QStringLiteral("--request"),
                        QStringLiteral("999"),
                        QStringLiteral("--user"),
                        QStringLiteral("officer")})
                 .status,
             3);
    QCOMPARE(amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("erasure"), QStringLiteral("status")}).status,
             2);
    QCOMPARE(amanahctl({QStringLiteral("--workspace"), ws, QStringLiteral("erasure"), QStringLiteral("undo")}).status,
             2);
}

// Issue #17: `erasure prepare` and `erasure execute`; an execution while this process holds a
// read snapshot of the file exits 15, names this process, deletes the customer and leaves the
// request approved; once the reader is gone, the same command finishes (exit 0).
void TestErasureCli::executeWaitsForReaders()
{
    AMANAH_REQUIRE_BACKEND();
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    QVERIFY(agent && officer);
    Customer c;
    c.fullName = QStringLiteral("Kartika Readblocked");
    c.externalRef = QStringLiteral("REF-777");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto customer = CustomerService(agent).create(c);
    QVERIFY(customer.ok());
    RequestService requests(agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *customer;
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(officer).approve(r->id, QStringLiteral("Verified"), 2).ok());

    const QString ws = workspaceArg(tw.location());
    const QString id = QString::number(r->id);
    auto run = [&](const QString& sub, const QString& user, const QStringList& more = {}) {
        return amanahctl(QStringList{QStringLiteral("--workspace"),
                                     ws,
                                     QStringLiteral("erasure"),
                                     sub,
                                     QStringLiteral("--request"),
                                     id,
                                     QStringLiteral("--user"),
                                     user}
                         + more);
    };
    const QStringList confirm{QStringLiteral("--justification"),
                              QStringLiteral("Erasure asked for by email, nothing keeps it"),
                              QStringLiteral("--reference"),
                              c.externalRef};
    QCOMPARE(run(QStringLiteral("execute"), QStringLiteral("officer")).status, 2); // options missing
    QCOMPARE(run(QStringLiteral("execute"), QStringLiteral("officer"), confirm).status, 9); // not prepared
    Run prepared = run(QStringLiteral("prepare"), QStringLiteral("agent"));
    QCOMPARE(prepared.status, 0);
    QCOMPARE(prepared.out, QStringLiteral("prepared: %1\n").arg(id));

    if (!TestBackend::isPostgres()) {
        SqliteReader reader(tw.location().path);
        QVERIFY(reader.ok());
        Run busy = run(QStringLiteral("execute"), QStringLiteral("officer"), confirm);
        QCOMPARE(busy.status, 15);
        QVERIFY2(busy.err.contains(QStringLiteral("The customer's data was deleted, but")), qPrintable(busy.err));
        QVERIFY2(busy.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(busy.err));
        QVERIFY(busy.err.contains(QStringLiteral("execute the erasure again to finish")));
        QVERIFY(busy.out.isEmpty());
        auto f = fields(run(QStringLiteral("status"), QStringLiteral("officer")).out);
        QCOMPARE(f.value(QStringLiteral("state")), QStringLiteral("approved"));
        QVERIFY(f.value(QStringLiteral("shredded")) != QStringLiteral("-"));
        QCOMPARE(f.value(QStringLiteral("executed")), QStringLiteral("-"));
        QCOMPARE(CustomerService(officer).get(*customer).code(), ErrorCode::NotFound);
    }
    Run done = run(QStringLiteral("execute"), QStringLiteral("officer"), confirm);
    QCOMPARE(done.status, 0);
    QCOMPARE(done.out, QStringLiteral("executed: %1\n").arg(id));
    auto f = fields(run(QStringLiteral("status"), QStringLiteral("officer")).out);
    QCOMPARE(f.value(QStringLiteral("state")), QStringLiteral("executed"));
    QVERIFY(f.value(QStringLiteral("shredded")) != QStringLiteral("-"));
    QVERIFY(f.value(QStringLiteral("executed")) != QStringLiteral("-"));
    QCOMPARE(run(QStringLiteral("execute"), QStringLiteral("officer"), confirm).status, 9); // nothing left
}

QTEST_GUILESS_MAIN(TestErasureCli)
#include "TestErasureCli.moc"
