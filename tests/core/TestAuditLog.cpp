// The tamper-evident chain (ARCHITECTURE.md §7) over 10,000+ entries: every single-column
// alteration, a deletion, a swap, a forged insertion and a truncated tail is caught and the
// first broken sequence number is the right one. Tampering goes behind the application's back,
// as an attacker holding the file (SQLite, triggers dropped) or the server (PostgreSQL
// superuser, triggers bypassed) would.
#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/session/Session.h"
#include "core/storage/AuditLog.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

constexpr qint64 kChain = 10000;

const QStringList kColumns = {QStringLiteral("seq"),
                              QStringLiteral("occurred_at"),
                              QStringLiteral("actor_id"),
                              QStringLiteral("actor"),
                              QStringLiteral("role"),
                              QStringLiteral("action"),
                              QStringLiteral("object_type"),
                              QStringLiteral("object_id"),
                              QStringLiteral("justification"),
                              QStringLiteral("details"),
                              QStringLiteral("prev_mac"),
                              QStringLiteral("mac")};

// A raw connection that tampers with one copy of the workspace, then goes away.
class Tamperer
{
public:
    explicit Tamperer(const WorkspaceLocation& loc)
        : m_name(QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(loc.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (loc.isPostgres()) {
            const WorkspaceLocation super = TestBackend::asSuperuser(loc);
            db.setHostName(super.host);
            db.setPort(super.port);
            db.setDatabaseName(super.database);
            db.setUserName(super.user);
            db.setPassword(super.password);
        } else {
            db.setDatabaseName(loc.path);
        }
        m_ok = db.open();
        if (!m_ok) {
            m_error = db.lastError().text();
            return;
        }
        // An attacker with the file drops the triggers; one with the server bypasses them.
        if (loc.isPostgres()) {
            m_ok = exec(QStringLiteral("SET session_replication_role = replica"));
        } else {
            m_ok = exec(QStringLiteral("DROP TRIGGER audit_log_no_update"))
                && exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        }
    }
    ~Tamperer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    bool exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (values.isEmpty()) { // CREATE DATABASE and SET cannot be prepared on PostgreSQL
            if (!q.exec(sql)) {
                m_error = sql + QStringLiteral(": ") + q.lastError().text();
                return false;
            }
            return true;
        }
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        return true;
    }
    QVariantList row(qint64 seq)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT ") + kColumns.join(QLatin1String(", "))
                  + QStringLiteral(" FROM audit_log WHERE seq = ?"));
        q.addBindValue(seq);
        QVariantList out;
        if (q.exec() && q.next()) {
            for (int i = 0; i < kColumns.size(); ++i) {
                out << q.value(i);
            }
        }
        return out;
    }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void intactChainVerifies();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void checkpointWithWrongMacIsDetected();
    void progressAndCancel();
    void appConnectionCannotChangeTheTrail();
    void headParsesAndPrints();

private:
    struct Copy
    {
        WorkspaceLocation location;
        QString error;
    };
    Copy copyMaster();
    void dropCopy(const WorkspaceLocation& loc);
    Result<AuditLog::Verification> verifyCopy(const WorkspaceLocation& loc,
                                              const std::optional<AuditLog::Head>& checkpoint);

    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_master;
    WorkspaceLocation m_masterLocation;
    Vault m_vault;
    qint64 m_last = 0;
    AuditLog::Head m_head;
    QTemporaryDir m_copies;
    int m_copyCount = 0;
};

void TestAuditLog::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    if (!TestBackend::unavailableReason().isEmpty()) {
        return; // init() skips every test
    }
    Clock::setInstance(&m_clock);
    m_master = std::make_unique<TestWorkspace>();
    QVERIFY2(m_master->ok(), qPrintable(m_master->errorString()));
    const std::shared_ptr<Session>& admin = m_master->admin();
    m_vault = admin->vault();
    // One outer transaction around the appends keeps building 10,000 entries quick.
    {
        auto tx = admin->db().begin();
        QVERIFY(tx.ok());
        for (qint64 i = 0; i < kChain; ++i) {
            m_clock.advanceMs(1500);
            AuditRecord rec;
            rec.action = i % 3 == 0 ? QStringLiteral("customer.rectify") : QStringLiteral("customer.create");
            rec.objectType = QStringLiteral("customer");
            rec.objectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            rec.justification = i % 3 == 0 ? QStringLiteral("Corrected after a phone call #%1").arg(i) : QString();
            rec.details = QStringLiteral("fields=%1").arg(i % 7);
            QVERIFY(admin->audit(rec).ok());
        }
        QVERIFY((*tx)->commit().ok());
    }
    auto head = admin->auditLog().head();
    QVERIFY(head.ok());
    m_head = *head;
    m_last = head->seq;
    QVERIFY(m_last > kChain);
    m_masterLocation = m_master->location();
    if (!TestBackend::isPostgres()) {
        QVERIFY(admin->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        const QString kept = m_copies.filePath(QStringLiteral("master.amanah"));
        QVERIFY(QFile::copy(m_masterLocation.path, kept));
        m_masterLocation.path = kept;
    }
    // Closed: a PostgreSQL database used as a template may have no other connection.
    m_master.reset();
}

void TestAuditLog::init()
{
    AMANAH_REQUIRE_BACKEND();
}

void TestAuditLog::cleanupTestCase()
{
    m_master.reset();
    Clock::setInstance(nullptr);
}

TestAuditLog::Copy TestAuditLog::copyMaster()
{
    Copy c;
    c.location = m_masterLocation;
    ++m_copyCount;
    if (!m_masterLocation.isPostgres()) {
        c.location.path = m_copies.filePath(QStringLiteral("copy-%1.amanah").arg(m_copyCount));
        if (!QFile::copy(m_masterLocation.path, c.location.path)) {
            c.error = QStringLiteral("could not copy the workspace file");
        }
        return c;
    }
    // Names made here from a counter and random hex, never from input.
    c.location.database = QStringLiteral("c_%1_").arg(m_copyCount) + QUuid::createUuid().toString(QUuid::Id128);
    WorkspaceLocation admin = TestBackend::asSuperuser(m_masterLocation);
    admin.database = QStringLiteral("postgres");
    Tamperer server(admin);
    if (!server.exec(QStringLiteral("CREATE DATABASE ") + c.location.database + QStringLiteral(" TEMPLATE ")
                     + m_masterLocation.database + QStringLiteral(" OWNER ") + m_masterLocation.user)) {
        c.error = server.error();
    }
    return c;
}

void TestAuditLog::dropCopy(const WorkspaceLocation& loc)
{
    if (!loc.isPostgres()) {
        QFile::remove(loc.path);
        QFile::remove(loc.path + QStringLiteral("-wal"));
        QFile::remove(loc.path + QStringLiteral("-shm"));
        return;
    }
    WorkspaceLocation admin = TestBackend::asSuperuser(loc);
    admin.database = QStringLiteral("postgres");
    Tamperer server(admin);
    (void)server.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + loc.database);
}

Result<AuditLog::Verification> TestAuditLog::verifyCopy(const WorkspaceLocation& loc,
                                                        const std::optional<AuditLog::Head>& checkpoint)
{
    auto db = Database::open(loc);
    if (!db) {
        return db.error();
    }
    return AuditLog(*db, m_vault).verify(checkpoint);
}

void TestAuditLog::intactChainVerifies()
{
    auto v = verifyCopy(m_masterLocation, m_head);
    QVERIFY2(v.ok(), qPrintable(v.errorString()));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, m_last);
    QCOMPARE(v->head.seq, m_head.seq);
    QCOMPARE(v->head.mac, m_head.mac);
    QCOMPARE(v->firstBroken, 0);
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("where"); // start, middle, end
    QTest::addColumn<bool>("withCheckpoint");
    for (const char* where : {"start", "middle", "end"}) {
        for (const QString& column : kColumns) {
            QTest::addRow("alter %s at %s", qPrintable(column), where)
                << QStringLiteral("alter") << column << QString::fromLatin1(where) << false;
        }
        // Removing the last entry is a truncated tail: only a checkpoint can tell.
        QTest::addRow("delete at %s", where)
            << QStringLiteral("delete") << QString() << QString::fromLatin1(where) << (qstrcmp(where, "end") == 0);
        QTest::addRow("swap at %s", where)
            << QStringLiteral("swap") << QString() << QString::fromLatin1(where) << false;
        QTest::addRow("insert at %s", where)
            << QStringLiteral("insert") << QString() << QString::fromLatin1(where) << false;
        QTest::addRow("truncate from %s", where)
            << QStringLiteral("truncate") << QString() << QString::fromLatin1(where) << true;
    }
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, kind);
    QFETCH(QString, column);
    QFETCH(QString, where);
    QFETCH(bool, withCheckpoint);

    const qint64 k = where == QLatin1String("start") ? 1 : where == QLatin1String("middle") ? m_last / 2 : m_last;
    Copy copy = copyMaster();
    QVERIFY2(copy.error.isEmpty(), qPrintable(copy.error));
    const auto cleanup = qScopeGuard([&] { dropCopy(copy.location); });
    qint64 expected = k;
    {
        Tamperer t(copy.location);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const QByteArray forged(32, '\x5a');
        if (kind == QLatin1String("alter")) {
            bool done = false;
            if (column == QLatin1String("seq")) {
                done = t.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000000 WHERE seq = ?"), {k});
            } else if (column == QLatin1String("occurred_at")) {
                done = t.exec(QStringLiteral("UPDATE audit_log SET occurred_at = occurred_at + 1 WHERE seq = ?"), {k});
            } else if (column == QLatin1String("actor_id")) {
                done = t.exec(QStringLiteral("UPDATE audit_log SET actor_id = COALESCE(actor_id, 0) + 1 WHERE seq = ?"),
                              {k});
            } else if (column == QLatin1String("prev_mac") || column == QLatin1String("mac")) {
                // Column names come from the fixed list above, never from input.
                done = t.exec(QStringLiteral("UPDATE audit_log SET ") + column + QStringLiteral(" = ? WHERE seq = ?"),
                              {forged, k});
            } else {
                done = t.exec(QStringLiteral("UPDATE audit_log SET ") + column + QStringLiteral(" = ") + column
                                  + QStringLiteral(" || 'x' WHERE seq = ?"),
                              {k});
            }
            QVERIFY2(done, qPrintable(t.error()));
        } else if (kind == QLatin1String("delete")) {
            QVERIFY2(t.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {k}), qPrintable(t.error()));
        } else if (kind == QLatin1String("swap")) {
            // Two neighbours exchange everything but their place in the sequence.
            const qint64 a = k == m_last ? k - 1 : k;
            const QVariantList ra = t.row(a);
            const QVariantList rb = t.row(a + 1);
            QCOMPARE(ra.size(), kColumns.size());
            const QString set = QStringLiteral("UPDATE audit_log SET occurred_at = ?, actor_id = ?, actor = ?, "
                                               "role = ?, action = ?, object_type = ?, object_id = ?, "
                                               "justification = ?, details = ?, prev_mac = ?, mac = ? WHERE seq = ?");
            QVERIFY2(t.exec(set, ra.mid(1) + QVariantList{a + 1}), qPrintable(t.error()));
            QVERIFY2(t.exec(set, rb.mid(1) + QVariantList{a}), qPrintable(t.error()));
            expected = a;
        } else if (kind == QLatin1String("insert")) {
            // A forged entry that claims to follow its predecessor; without the key its MAC is a guess.
            QByteArray prev(32, '\0');
            if (k > 1) {
                prev = t.row(k == m_last ? k : k - 1).value(11).toByteArray();
            }
            const qint64 at = k == m_last ? k + 1 : k;
            if (at <= m_last) {
                QVERIFY2(t.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000000 WHERE seq >= ?"), {at}),
                         qPrintable(t.error()));
                QVERIFY2(t.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 999999 WHERE seq >= 1000000")),
                         qPrintable(t.error()));
            }
            QVERIFY2(t.exec(QStringLiteral("INSERT INTO audit_log (seq, occurred_at, actor_id, actor, role, action, "
                                           "object_type, object_id, justification, details, prev_mac, mac) VALUES "
                                           "(?, ?, 1, 'admin', 'admin', 'customer.create', 'customer', ?, '', "
                                           "'fields=3', ?, ?)"),
                            {at, m_clock.nowMs(), QUuid::createUuid().toString(QUuid::WithoutBraces), prev, forged}),
                     qPrintable(t.error()));
            expected = at;
        } else if (kind == QLatin1String("truncate")) {
            // Everything after entry k goes (at the end: the last ten entries).
            const qint64 keep = k == m_last ? m_last - 10 : k;
            QVERIFY2(t.exec(QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {keep}), qPrintable(t.error()));
            expected = keep + 1;
        }
    }
    const std::optional<AuditLog::Head> checkpoint
        = withCheckpoint ? std::optional<AuditLog::Head>(m_head) : std::nullopt;
    auto v = verifyCopy(copy.location, checkpoint);
    QVERIFY2(v.ok(), qPrintable(v.errorString()));
    QVERIFY2(!v->intact, "the tampering went unnoticed");
    QCOMPARE(v->firstBroken, expected);
    QVERIFY(!v->problem.isEmpty());
    QCOMPARE(v->head.seq, expected - 1); // intact up to the entry before
}

void TestAuditLog::checkpointWithWrongMacIsDetected()
{
    AuditLog::Head rewritten = m_head;
    rewritten.seq = m_last / 2;
    auto v = verifyCopy(m_masterLocation, rewritten);
    QVERIFY2(v.ok(), qPrintable(v.errorString()));
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBroken, m_last / 2);
}

void TestAuditLog::progressAndCancel()
{
    auto db = Database::open(m_masterLocation);
    QVERIFY(db.ok());
    AuditLog log(*db, m_vault);
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    bool monotonic = true;
    auto v = log.verify(std::nullopt, [&](qint64 done, qint64 total) -> bool {
        monotonic = monotonic && done >= lastDone;
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(v.ok() && v->intact);
    QVERIFY(monotonic);
    QCOMPARE(lastDone, m_last);
    QCOMPARE(lastTotal, m_last);
    auto cancelled = log.verify(std::nullopt, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
}

void TestAuditLog::appConnectionCannotChangeTheTrail()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    const Database& db = *tw.workspace()->database();
    const qint64 before = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong();
    QVERIFY(before > 0);
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log")).ok());
    if (db.isPostgres()) {
        QVERIFY(!db.exec(QStringLiteral("TRUNCATE audit_log")).ok());
        // Defence in depth: the application's role holds no such privilege at all.
        for (const char* privilege : {"UPDATE", "DELETE", "TRUNCATE"}) {
            auto has = db.scalar(QStringLiteral("SELECT has_table_privilege('audit_log', ?)"),
                                 {QString::fromLatin1(privilege)});
            QVERIFY(has.ok());
            QVERIFY2(!has->toBool(), privilege);
        }
        auto insert = db.scalar(QStringLiteral("SELECT has_table_privilege('audit_log', 'INSERT')"));
        QVERIFY(insert.ok() && insert->toBool());
    } else {
        auto triggers = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                 "tbl_name = 'audit_log'"));
        QCOMPARE(triggers->toInt(), 2);
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log"))->toLongLong(), before);
    auto v = tw.admin()->auditLog().verify();
    QVERIFY(v.ok() && v->intact);
}

void TestAuditLog::headParsesAndPrints()
{
    const QString text = m_head.toString();
    auto parsed = AuditLog::Head::parse(text);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->seq, m_head.seq);
    QCOMPARE(parsed->mac, m_head.mac);
    QVERIFY(!AuditLog::Head::parse(QStringLiteral("12:abcd")).ok());
    QVERIFY(!AuditLog::Head::parse(QStringLiteral("x:") + QString(64, QLatin1Char('0'))).ok());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
