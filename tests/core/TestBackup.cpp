// Backups and restore (issue #17): an online backup holds a consistent copy; restoring a backup
// older than two erasures and a retention run brings none of those customers back (the ledger
// beside the backup is re-applied and audited before the workspace is put in place); a restore
// without its ledger, with an altered or a stale ledger, or over a workspace still open is
// refused and changes nothing; backups older than the keep-days setting are listed as due.
#include "core/backup/BackupService.h"
#include "core/backup/Restore.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureLedger.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "core/retention/RetentionRun.h"
#include "core/retention/RetentionService.h"
#include "core/session/Authenticator.h"
#include "testsupport/CliRunner.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
const QString kWhy = QStringLiteral("Customer asked for erasure; nothing keeps the data.");
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void init();
    void cleanup()
    {
        m_agent.reset();
        m_officer.reset();
        m_officer2.reset();
        m_tw.reset();
        Clock::setInstance(nullptr);
    }

    void postgresIsBackedUpWithPgDump();
    void postgresRestoredWithPgDumpAndLedger();
    void restoreReappliesLaterErasures();
    void restoreWithoutLedgerIsRefused();
    void alteredOrStaleLedgerIsRefused();
    void replaceRefusedWhileOpen();
    void oldBackupsAreDue();

private:
    void makeFixture();
    QString addCustomer(const QString& ref, const QString& name);
    void erase(const QString& customerId, const QString& ref);
    std::shared_ptr<Session> signIn(const std::shared_ptr<Workspace>& ws);

    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    std::shared_ptr<Session> m_agent;
    std::shared_ptr<Session> m_officer;
    std::shared_ptr<Session> m_officer2;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
};

void TestBackup::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(kStart);
    Clock::setInstance(&m_clock);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_dir = QDir(m_tmp->path());
}

void TestBackup::makeFixture()
{
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    m_agent = m_tw->signInNewUser(QStringLiteral("agent"), kAgent);
    m_officer = m_tw->signInNewUser(QStringLiteral("officer"), kOfficer);
    m_officer2 = m_tw->signInNewUser(QStringLiteral("officer2"), kOfficer);
    QVERIFY(m_agent && m_officer && m_officer2);
}

QString TestBackup::addCustomer(const QString& ref, const QString& name)
{
    Customer c;
    c.externalRef = ref;
    c.fullName = name;
    c.email = ref.toLower() + QStringLiteral("@example.org");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto id = CustomerService(m_agent).create(c);
    return id ? *id : QString();
}

void TestBackup::erase(const QString& customerId, const QString& ref)
{
    RequestService requests(m_agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = customerId;
    in.requester.name = QStringLiteral("Requester");
    in.requester.email = QStringLiteral("requester@example.org");
    auto r = requests.intake(in);
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(m_officer).approve(r->id, QStringLiteral("Verified"), 2).ok());
    auto p = ErasureService(m_officer).prepare(r->id);
    QVERIFY2(p.ok(), qPrintable(p.errorString()));
    auto st = ErasureService(m_officer2).execute(r->id, kWhy, ref);
    QVERIFY2(st.ok(), qPrintable(st.errorString()));
}

std::shared_ptr<Session> TestBackup::signIn(const std::shared_ptr<Workspace>& ws)
{
    auto s = Authenticator(ws).signIn(QStringLiteral("admin"), TestWorkspace::adminPassword());
    return s ? *s : nullptr;
}

void TestBackup::postgresIsBackedUpWithPgDump()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only: SQLite workspaces are backed up by Amanah");
    }
    makeFixture();
    const QString path = m_dir.filePath(QStringLiteral("pg.amanah-backup"));
    auto b = BackupService(m_tw->admin()).create(path);
    QCOMPARE(b.code(), ErrorCode::InvalidInput);
    QVERIFY(b.errorString().contains(QLatin1String("pg_dump")));
    QVERIFY(!QFile::exists(path));
}

// The README's PostgreSQL procedure, run for real: pg_dump, an erasure after it, pg_restore into
// a new database, then `restore --ledger` (Restore::applyLedger) before anyone works in it.
void TestBackup::postgresRestoredWithPgDumpAndLedger()
{
    if (!TestBackend::isPostgres()) {
        QSKIP("PostgreSQL only");
    }
    makeFixture();
    const QString ayu = addCustomer(QStringLiteral("REF-AYU"), QStringLiteral("Ayu Kusuma Wardhani"));
    const QString eko = addCustomer(QStringLiteral("REF-EKO"), QStringLiteral("Eko Prasetyo"));
    auto ledgerPath = BackupService(m_tw->admin()).exportLedger(m_dir.filePath(QStringLiteral("dumps")));
    QVERIFY2(ledgerPath.ok(), qPrintable(ledgerPath.errorString()));
    const QString pgbin = QStringLiteral("/usr/lib/postgresql/15/bin/");
    const QString dump = m_dir.filePath(QStringLiteral("dumps/shop.dump"));
    QProcess p;
    p.start(pgbin + QStringLiteral("pg_dump"),
            {QStringLiteral("--format=custom"),
             QStringLiteral("--file=") + dump,
             QStringLiteral("--dbname=") + CliRunner::workspaceArg(m_tw->location())});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    m_clock.set(kStart.addDays(1));
    erase(ayu, QStringLiteral("REF-AYU"));
    auto followed = ErasureLedger::readFile(*ledgerPath);
    QVERIFY2(followed.ok(), qPrintable(followed.errorString()));
    QCOMPARE(followed->entries.size(), 1);

    auto fresh = TestBackend::freshLocation(m_dir.path(), QStringLiteral("unused"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.errorString()));
    p.start(pgbin + QStringLiteral("pg_restore"),
            {QStringLiteral("--no-owner"),
             QStringLiteral("--no-acl"),
             QStringLiteral("--dbname=") + CliRunner::workspaceArg(*fresh),
             dump});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    auto ws = Workspace::open(*fresh);
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    const Database& rdb = *(*ws)->database();
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {ayu})->toInt(), 1);
    auto admin = signIn(*ws);
    QVERIFY(admin);
    auto out = Restore::applyLedger(admin, *ledgerPath);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->deleted, 1);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {ayu})->toInt(), 0);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id = ?"), {ayu})->toInt(), 0);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {eko})->toInt(), 1);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ledger.apply'"))->toInt(), 1);
    auto verified = admin->auditLog().verify();
    QVERIFY(verified.ok() && verified->intact);
    // Applying it again changes nothing; a ledger of another workspace is refused.
    auto again = Restore::applyLedger(admin, *ledgerPath);
    QVERIFY(again.ok());
    QCOMPARE(again->deleted, 0);
    QCOMPARE(again->recorded, 0);
    TestWorkspace other;
    QVERIFY(other.ok());
    QCOMPARE(Restore::applyLedger(other.admin(), *ledgerPath).code(), ErrorCode::Crypto);
}

void TestBackup::restoreReappliesLaterErasures()
{
    if (TestBackend::isPostgres()) {
        QSKIP("Amanah backs up SQLite workspaces; PostgreSQL: pg_dump (README)");
    }
    makeFixture();
    const QString ayu = addCustomer(QStringLiteral("REF-AYU"), QStringLiteral("Ayu Kusuma Wardhani"));
    const QString budi = addCustomer(QStringLiteral("REF-BUDI"), QStringLiteral("Budi Santoso"));
    const QString citra = addCustomer(QStringLiteral("REF-CITRA"), QStringLiteral("Citra Lestari"));
    const QString dewi = addCustomer(QStringLiteral("REF-DEWI"), QStringLiteral("Dewi Anggraini"));
    const QString eko = addCustomer(QStringLiteral("REF-EKO"), QStringLiteral("Eko Prasetyo"));
    QVERIFY(!ayu.isEmpty() && !budi.isEmpty() && !citra.isEmpty() && !dewi.isEmpty() && !eko.isEmpty());
    // Citra's last activity is long past (a delete rule), Dewi closed her account (anonymise).
    const Database& db = *m_tw->workspace()->database();
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ?"), {kStart.toMSecsSinceEpoch()}).ok());
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id = ?"),
                    {kStart.addYears(-3).toMSecsSinceEpoch(), citra})
                .ok());
    QVERIFY(RetentionService(m_agent).closeAccount(dewi, QStringLiteral("Closed by the customer")).ok());

    const QString backupPath = m_dir.filePath(QStringLiteral("backups/shop-1.amanah-backup"));
    auto made = BackupService(m_tw->admin()).create(backupPath);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    QCOMPARE(made->erasures, 0);
    QVERIFY(QFile::exists(made->path));
    QCOMPARE(QFile::permissions(made->path) & 0x0077, QFileDevice::Permissions());
    const QString ledgerPath
        = m_dir.filePath(QStringLiteral("backups/") + ErasureLedger::fileName(m_tw->admin()->workspaceId()));
    QVERIFY(QFile::exists(ledgerPath));
    QCOMPARE(QFile::permissions(ledgerPath) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(QFileInfo(backupPath).absolutePath()) & 0x0077, QFileDevice::Permissions());
    // The copy holds the customer (encrypted): without the ledger it would come back.
    const QByteArray ayuKey
        = db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {ayu})->toByteArray();
    QVERIFY(ayuKey.size() > 16);
    QVERIFY(readAll(made->path).contains(ayuKey));

    // After the backup: two erasures, one retention run (a deletion and an anonymisation),
    // and a customer created and erased who the backup never had.
    m_clock.set(kStart.addDays(1));
    erase(ayu, QStringLiteral("REF-AYU"));
    erase(budi, QStringLiteral("REF-BUDI"));
    const QString fajar = addCustomer(QStringLiteral("REF-FAJAR"), QStringLiteral("Fajar Nugroho"));
    erase(fajar, QStringLiteral("REF-FAJAR"));
    using T = RetentionRule::Trigger;
    using A = RetentionRule::Action;
    for (const auto& [trigger, action, days] :
         {std::tuple{T::LastActivity, A::Delete, 365}, std::tuple{T::AccountClosed, A::Anonymise, 30}}) {
        RetentionRule r;
        r.dataCategory = QStringLiteral("customer_record");
        r.periodDays = days;
        r.trigger = trigger;
        r.action = action;
        QVERIFY(RetentionService(m_officer).create(r).ok());
    }
    m_clock.set(kStart.addDays(40));
    QVERIFY(db.exec(QStringLiteral("UPDATE customers SET last_activity_at = ? WHERE id IN (?, ?)"),
                    {m_clock.nowMs(), dewi, eko})
                .ok());
    auto run = RetentionRun(m_officer).apply(QStringLiteral("Monthly retention run"));
    QVERIFY2(run.ok(), qPrintable(run.errorString()));
    QCOMPARE(run->deleted, 1);
    QCOMPARE(run->anonymised, 1);
    // The ledger beside the backups followed every one of them.
    auto fileLedger = ErasureLedger::readFile(ledgerPath);
    QVERIFY2(fileLedger.ok(), qPrintable(fileLedger.errorString()));
    QCOMPARE(fileLedger->entries.size(), 5);
    QVERIFY(!readAll(ledgerPath).contains("Ayu"));

    // The workspace is lost; the backup is restored on its own.
    const QString target = m_dir.filePath(QStringLiteral("restored/shop.db"));
    auto restore = Restore::prepare(backupPath, target);
    QVERIFY2(restore.ok(), qPrintable(restore.errorString()));
    QCOMPARE((*restore)->pendingEntries(), 5);
    QVERIFY(!QFile::exists(target));
    QCOMPARE((*restore)->finish().code(), ErrorCode::InvalidInput); // not before the ledger
    {
        auto session = signIn((*restore)->workspace());
        QVERIFY(session);
        auto out = (*restore)->apply(session);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(out->ledgerEntries, 5);
        QCOMPARE(out->deleted, 3); // Ayu, Budi, Citra
        QCOMPARE(out->anonymised, 1); // Dewi
        QCOMPARE(out->recorded, 1); // Fajar
    }
    QVERIFY(!QFile::exists(target));
    auto done = (*restore)->finish();
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    restore->reset();
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
    QCOMPARE(QFile::permissions(target) & 0x0077, QFileDevice::Permissions());

    auto ws = Workspace::open(WorkspaceLocation::sqliteFile(target));
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto admin = signIn(*ws);
    QVERIFY(admin);
    const Database& rdb = *(*ws)->database();
    for (const QString& gone : {ayu, budi, citra}) {
        QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {gone})->toInt(), 0);
        QCOMPARE(
            rdb.scalar(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id = ?"), {gone})->toInt(), 0);
    }
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT status FROM customers WHERE id = ?"), {dewi})->toString(),
             QStringLiteral("erased"));
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customer_keys WHERE customer_id = ?"), {dewi})->toInt(),
             0);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM tombstones"))->toInt(), 5);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'backup_manifest'"))->toInt(),
             0);
    // Eko, untouched, reads as before; the erased are not found.
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE status = 'active'"))->toInt(), 1);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erasure.reapply'"))->toInt(), 4);
    QCOMPARE(rdb.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'"))->toInt(), 1);
    auto verified = admin->auditLog().verify();
    QVERIFY2(verified.ok() && verified->intact, qPrintable(verified.ok() ? verified->problem : verified.errorString()));
    // Not a byte of the erased customers' keys is left in the restored file.
    QVERIFY(!readAll(target).contains(ayuKey));
    QVERIFY(!readAll(target + QStringLiteral("-wal")).contains(ayuKey));
    // Reads of a customer the ledger re-erased find nothing, of one it kept find them.
    auto found = CustomerService(admin).find(CustomerService::Lookup::ExternalRef, QStringLiteral("REF-AYU"));
    QVERIFY(!found.ok() || found->isEmpty());
}

void TestBackup::restoreWithoutLedgerIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    makeFixture();
    const QString backupPath = m_dir.filePath(QStringLiteral("b/shop.amanah-backup"));
    auto made = BackupService(m_tw->admin()).create(backupPath);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    const QString moved = m_dir.filePath(QStringLiteral("elsewhere.amanah-backup"));
    QVERIFY(QFile::copy(backupPath, moved));
    const QString target = m_dir.filePath(QStringLiteral("restored.db"));
    auto restore = Restore::prepare(moved, target);
    QCOMPARE(restore.code(), ErrorCode::NotFound);
    QVERIFY(restore.errorString().contains(QLatin1String("ledger")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
    // Named explicitly, it is found.
    const QString ledger = QFileInfo(backupPath).dir().filePath(ErasureLedger::fileName(m_tw->admin()->workspaceId()));
    auto named = Restore::prepare(moved, target, ledger);
    QVERIFY2(named.ok(), qPrintable(named.errorString()));
    named->reset(); // destroyed unfinished: the staged copy goes
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));
    // Not a backup at all.
    QCOMPARE(Restore::prepare(m_tw->location().path, target).code(), ErrorCode::NotADatabase);
    QFile junk(m_dir.filePath(QStringLiteral("junk.amanah-backup")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("'; DROP TABLE customers; --\n");
    junk.close();
    QCOMPARE(Restore::prepare(junk.fileName(), target).code(), ErrorCode::NotADatabase);
}

void TestBackup::alteredOrStaleLedgerIsRefused()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    makeFixture();
    const QString ayu = addCustomer(QStringLiteral("REF-AYU"), QStringLiteral("Ayu"));
    const QString budi = addCustomer(QStringLiteral("REF-BUDI"), QStringLiteral("Budi"));
    const QString backupPath = m_dir.filePath(QStringLiteral("b/shop.amanah-backup"));
    QVERIFY(BackupService(m_tw->admin()).create(backupPath).ok());
    const QString ledgerPath
        = QFileInfo(backupPath).dir().filePath(ErasureLedger::fileName(m_tw->admin()->workspaceId()));
    const QByteArray emptyLedger = readAll(ledgerPath);
    erase(ayu, QStringLiteral("REF-AYU"));
    erase(budi, QStringLiteral("REF-BUDI"));

    // One entry removed by hand: the MAC no longer matches.
    QJsonObject root = QJsonDocument::fromJson(readAll(ledgerPath)).object();
    QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    entries.removeAt(0);
    root.insert(QStringLiteral("entries"), entries);
    const QString altered = m_dir.filePath(QStringLiteral("altered.json"));
    QFile f(altered);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const QString target = m_dir.filePath(QStringLiteral("restored.db"));
    {
        auto restore = Restore::prepare(backupPath, target, altered);
        QVERIFY2(restore.ok(), qPrintable(restore.errorString()));
        auto session = signIn((*restore)->workspace());
        QVERIFY(session);
        auto out = (*restore)->apply(session);
        QCOMPARE(out.code(), ErrorCode::Crypto);
        QCOMPARE((*restore)->finish().code(), ErrorCode::InvalidInput);
    }
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));

    // A ledger older than the backup (the one written with an earlier backup).
    const QString backup2 = m_dir.filePath(QStringLiteral("b/shop-2.amanah-backup"));
    QVERIFY(BackupService(m_tw->admin()).create(backup2).ok());
    const QString stale = m_dir.filePath(QStringLiteral("stale.json"));
    QFile s(stale);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(emptyLedger);
    s.close();
    auto restore = Restore::prepare(backup2, target, stale);
    QCOMPARE(restore.code(), ErrorCode::InvalidInput);
    QVERIFY(restore.errorString().contains(QLatin1String("older")));
    QVERIFY(!QFile::exists(target));
}

void TestBackup::replaceRefusedWhileOpen()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    makeFixture();
    const QString ayu = addCustomer(QStringLiteral("REF-AYU"), QStringLiteral("Ayu"));
    const QString backupPath = m_dir.filePath(QStringLiteral("b/shop.amanah-backup"));
    QVERIFY(BackupService(m_tw->admin()).create(backupPath).ok());
    erase(ayu, QStringLiteral("REF-AYU"));
    // The ledger file beside the backup is lost, but the workspace being replaced knows.
    QVERIFY(QFile::remove(QFileInfo(backupPath).dir().filePath(ErasureLedger::fileName(m_tw->admin()->workspaceId()))));
    QVERIFY(BackupService(m_tw->admin()).create(m_dir.filePath(QStringLiteral("c/other.amanah-backup"))).ok());
    const QString target = m_tw->location().path;
    const QString ledger = m_dir.filePath(QStringLiteral("c/") + ErasureLedger::fileName(m_tw->admin()->workspaceId()));
    // Without --replace an existing file is refused.
    QCOMPARE(Restore::prepare(backupPath, target, ledger).code(), ErrorCode::InvalidInput);
    auto restore = Restore::prepare(backupPath, target, ledger, true);
    QVERIFY2(restore.ok(), qPrintable(restore.errorString()));
    {
        auto session = signIn((*restore)->workspace());
        QVERIFY(session);
        auto out = (*restore)->apply(session);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(out->deleted, 1);
    }
    // The fixture still has the workspace open: refused, the workspace untouched.
    const qint64 before
        = m_tw->workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong();
    QCOMPARE((*restore)->finish().code(), ErrorCode::Conflict);
    QCOMPARE(m_tw->workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong(),
             before);
    m_agent.reset();
    m_officer.reset();
    m_officer2.reset();
    m_tw->close();
    auto done = (*restore)->finish();
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QVERIFY(m_tw->reopen());
    const Database& db = *m_tw->workspace()->database();
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {ayu})->toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'"))->toInt(), 1);
}

void TestBackup::oldBackupsAreDue()
{
    if (TestBackend::isPostgres()) {
        QSKIP("SQLite only");
    }
    makeFixture();
    BackupService backups(m_tw->admin());
    QCOMPARE(*backups.keepDays(), BackupService::kDefaultKeepDays);
    auto first = backups.create(backups.suggestedPath(backups.defaultFolder()));
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY(first->path.startsWith(backups.defaultFolder()));
    m_clock.set(kStart.addDays(36));
    auto second = backups.create(backups.suggestedPath(backups.defaultFolder()));
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    auto list = backups.list();
    QVERIFY2(list.ok(), qPrintable(list.errorString()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).path, second->path);
    QVERIFY(!list->at(0).dueForDeletion);
    QVERIFY(list->at(1).dueForDeletion);
    QCOMPARE(list->at(1).ageDays, 36);
    QVERIFY(backups.setKeepDays(40).ok());
    QVERIFY(!backups.list()->at(1).dueForDeletion);
    QCOMPARE(backups.setKeepDays(0).code(), ErrorCode::InvalidInput);
    // Agents and officers do not back up.
    QCOMPARE(BackupService(m_agent).create(m_dir.filePath(QStringLiteral("x.amanah-backup"))).code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(BackupService(m_officer).list().code(), ErrorCode::PermissionDenied);
    auto audited = m_tw->workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'"));
    QCOMPARE(audited->toInt(), 2);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
