// The permission matrix of ARCHITECTURE.md §4, every role against every permission, checked
// at the service level: a call without the permission returns PermissionDenied and the
// attempt is audited (the denial entry names the permission, never personal data).
#include "core/audit/AuditService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/rules/Permissions.h"
#include "core/session/StaffService.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QTest>

namespace {

// The matrix as the architecture states it, written out independently of Permissions.cpp.
bool expected(Role role, Permission p)
{
    switch (role) {
    case Role::Agent:
        return p == Permission::ViewCustomers || p == Permission::EditCustomers || p == Permission::RecordConsent
            || p == Permission::HandleRequests || p == Permission::PrepareErasure;
    case Role::Officer:
        return p != Permission::ManageUsers;
    case Role::Manager:
        return p == Permission::ViewAudit || p == Permission::ViewReports;
    case Role::Admin:
        return p == Permission::ViewAudit || p == Permission::ManageUsers;
    }
    return false;
}

// Calls a real service operation that needs @p p where one exists; otherwise the core
// check every service calls first.
Status probe(const std::shared_ptr<Session>& s, Permission p)
{
    switch (p) {
    case Permission::ViewCustomers: {
        auto r = CustomerService(s).find(CustomerService::Lookup::Email, QStringLiteral("probe@x.id"));
        return r ? Status() : Status(r.error());
    }
    case Permission::EditCustomers: {
        Customer c;
        c.fullName = QStringLiteral("Probe");
        c.jurisdiction = QStringLiteral("GDPR");
        auto r = CustomerService(s).create(c);
        return r ? Status() : Status(r.error());
    }
    case Permission::ManageUsers: {
        auto r = StaffService(s).list();
        return r ? Status() : Status(r.error());
    }
    case Permission::ViewAudit: {
        auto r = AuditService(s).count({});
        return r ? Status() : Status(r.error());
    }
    default:
        return s->require(p);
    }
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { AMANAH_REQUIRE_BACKEND(); }
    void refusalInsideATransactionIsStillAudited();
    void matrix_data();
    void matrix();
    void severalRolesCombine();

private:
    std::unique_ptr<TestWorkspace> m_tw;
    QMap<int, std::shared_ptr<Session>> m_sessions;
};

void TestPermissions::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    if (!TestBackend::unavailableReason().isEmpty()) {
        return;
    }
    m_tw = std::make_unique<TestWorkspace>();
    QVERIFY2(m_tw->ok(), qPrintable(m_tw->errorString()));
    for (Role r : Permissions::allRoles()) {
        auto s = m_tw->signInNewUser(Permissions::roleCode(r) + QStringLiteral("-user"), static_cast<int>(r));
        QVERIFY2(s, qPrintable(m_tw->errorString()));
        m_sessions.insert(static_cast<int>(r), s);
    }
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    for (Role r : Permissions::allRoles()) {
        for (Permission p : Permissions::allPermissions()) {
            QTest::newRow(qPrintable(Permissions::roleCode(r) + QLatin1Char('/') + Permissions::permissionCode(p)))
                << static_cast<int>(r) << static_cast<int>(p);
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    const auto p = static_cast<Permission>(permission);
    const bool allowed = expected(static_cast<Role>(role), p);
    QCOMPARE(Permissions::allows(role, p), allowed);
    auto session = m_sessions.value(role);
    QVERIFY(session);
    QCOMPARE(session->can(p), allowed);

    const Database& db = session->db();
    const qint64 before
        = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"))->toLongLong();
    const Status st = probe(session, p);
    const qint64 after
        = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied'"))->toLongLong();
    if (allowed) {
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
        QCOMPARE(after, before);
    } else {
        QCOMPARE(st.code(), ErrorCode::PermissionDenied);
        QVERIFY(!st.errorString().isEmpty());
        QCOMPARE(after, before + 1);
        auto last = db.exec(QStringLiteral("SELECT actor, details FROM audit_log ORDER BY seq DESC LIMIT 1"));
        QVERIFY(last.ok() && last->next());
        QCOMPARE(last->value(0).toString(), session->user().username);
        QCOMPARE(last->value(1).toString(), QStringLiteral("permission=") + Permissions::permissionCode(p));
    }
}

void TestPermissions::severalRolesCombine()
{
    const int agentManager = static_cast<int>(Role::Agent) | static_cast<int>(Role::Manager);
    QVERIFY(Permissions::allows(agentManager, Permission::ViewCustomers));
    QVERIFY(Permissions::allows(agentManager, Permission::ViewReports));
    QVERIFY(!Permissions::allows(agentManager, Permission::ApproveErasure));
    QVERIFY(!Permissions::allows(0, Permission::ViewAudit));
    int parsed = 0;
    QVERIFY(Permissions::rolesFromCodes(QStringLiteral("agent, Manager"), &parsed));
    QCOMPARE(parsed, agentManager);
    QVERIFY(!Permissions::rolesFromCodes(QStringLiteral("agent,root"), &parsed));
    QCOMPARE(Permissions::roleCodes(agentManager), QStringLiteral("agent,manager"));
}

// A refusal met inside a caller's transaction (a service calling another, as request intake
// creates a customer) is audited even though that transaction rolls back; and once only when it
// commits (issue #18).
void TestPermissions::refusalInsideATransactionIsStillAudited()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto manager = tw.signInNewUser(QStringLiteral("manager"), static_cast<int>(Role::Manager));
    QVERIFY(manager);
    const Database& db = *tw.workspace()->database();
    const auto denials = [&db] {
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission.denied' AND "
                                   "object_type = 'customers'"))
            ->toInt();
    };
    const int before = denials();
    Customer c;
    c.fullName = QStringLiteral("Siti Aminah");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    {
        auto tx = db.begin();
        QVERIFY(tx.ok());
        QCOMPARE(CustomerService(manager).create(c).code(), ErrorCode::PermissionDenied);
        // rolled back here, as the caller does after a refusal
    }
    QCOMPARE(denials(), before + 1);
    {
        auto tx = db.begin();
        QVERIFY(tx.ok());
        QCOMPARE(CustomerService(manager).create(c).code(), ErrorCode::PermissionDenied);
        QVERIFY((*tx)->commit().ok());
    }
    QCOMPARE(denials(), before + 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
    auto verified = tw.admin()->auditLog().verify();
    QVERIFY(verified.ok() && verified->intact);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
