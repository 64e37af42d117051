// Workspace set-up, sign-in with and without two-factor, the throttle, password change,
// recovery and the duties that block a session (ARCHITECTURE.md §3, §4).
#include "core/common/Clock.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Totp.h"
#include "core/customers/CustomerService.h"
#include "core/session/AccountService.h"
#include "core/session/Authenticator.h"
#include "core/session/StaffService.h"
#include "core/storage/UserRepository.h"
#include "testsupport/TestBackend.h"
#include "testsupport/TestWorkspace.h"

#include <QTest>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);

QStringList actions(const Database& db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    while (q && q->next()) {
        out << q->value(0).toString();
    }
    return out;
}
} // namespace

class TestAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setUpCreatesAdminAndRecoverySlot();
    void setUpRefusesWeakPasswordAndSecondRun();
    void signInRightAndWrong();
    void unknownUserGetsSameAnswer();
    void throttleGrowsAndSurvivesRestart();
    void failedSignInsAreChainedIntoAudit();
    void twoFactorSignIn();
    void passwordChangeRewrapsOneSlotOnly();
    void oneTimePasswordBlocksServicesUntilChanged();
    void requiredTwoFactorBlocksUntilEnrolled();
    void recoveryResetsAdminPassword();
    void recoveryRefusesWrongKey();
    void disabledUserCannotSignIn();
    void lastAdminIsKept();

private:
    MockClock m_clock;
};

void TestAuthenticator::initTestCase()
{
    QVERIFY(Crypto::init().ok());
}

void TestAuthenticator::init()
{
    AMANAH_REQUIRE_BACKEND();
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestAuthenticator::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestAuthenticator::setUpCreatesAdminAndRecoverySlot()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    const Database& db = *tw.workspace()->database();
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM key_slots WHERE kind = 'recovery'"))->toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM key_slots WHERE kind = 'password'"))->toInt(), 1);
    QCOMPARE(tw.admin()->roles(), static_cast<int>(Role::Admin));
    // 32 bytes of base32 in groups of four: 52 characters and 12 dashes.
    QCOMPARE(tw.recoveryKey().count(QLatin1Char('-')), 12);
    QCOMPARE(tw.recoveryKey().size(), 64);
    const QStringList a = actions(db);
    QVERIFY(a.contains(QStringLiteral("workspace.create")));
    QVERIFY(a.contains(QStringLiteral("user.create")));
    QVERIFY(Authenticator(tw.workspace()).isInitialised().value());
}

void TestAuthenticator::setUpRefusesWeakPasswordAndSecondRun()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    WorkspaceSetupParams p;
    p.name = QStringLiteral("Again");
    p.adminUsername = QStringLiteral("root");
    p.adminPassword = QStringLiteral("another-long-password");
    auto again = Authenticator(tw.workspace()).setUp(p);
    QVERIFY(!again.ok());
    QCOMPARE(again.code(), ErrorCode::Conflict);

    QTemporaryDir dir;
    auto loc = TestBackend::freshLocation(dir.path());
    QVERIFY(loc.ok());
    auto ws = Workspace::open(*loc, Database::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    for (const QString& weak :
         {QStringLiteral("short"), QStringLiteral("password1234"), QStringLiteral("administrator")}) {
        p.adminPassword = weak;
        auto r = Authenticator(*ws).setUp(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
    }
    p.adminPassword = QStringLiteral("root-root-root-root");
    p.adminUsername = QStringLiteral("Bad Name!");
    QCOMPARE(Authenticator(*ws).setUp(p).code(), ErrorCode::InvalidInput);
    QVERIFY(!Authenticator(*ws).isInitialised().value());
}

void TestAuthenticator::signInRightAndWrong()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    Authenticator auth(tw.workspace());
    auto ok = auth.signIn(QStringLiteral("ADMIN"), TestWorkspace::adminPassword());
    QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
    QVERIFY((*ok)->vault().sameKeyAs(tw.admin()->vault()));
    auto wrong = auth.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password-here"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.code(), ErrorCode::Authentication);
    QCOMPARE(wrong.errorString(), QStringLiteral("The user name or password is wrong."));
}

void TestAuthenticator::unknownUserGetsSameAnswer()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto r = Authenticator(tw.workspace()).signIn(QStringLiteral("nobody"), QStringLiteral("whatever-password"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorString(), QStringLiteral("The user name or password is wrong."));
    QCOMPARE(tw.workspace()->database()->scalar(QStringLiteral("SELECT count(*) FROM pending_audit"))->toInt(), 1);
}

void TestAuthenticator::throttleGrowsAndSurvivesRestart()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.signInNewUser(QStringLiteral("dewi"), kAgent));
    Authenticator auth(tw.workspace());
    // The free attempts.
    for (int i = 0; i < Authenticator::kFreeAttempts - 1; ++i) {
        QCOMPARE(auth.signIn(QStringLiteral("dewi"), QStringLiteral("not-the-password")).errorString(),
                 QStringLiteral("The user name or password is wrong."));
    }
    // The third failure starts a 30-second delay; during it even the right password is refused.
    QVERIFY(!auth.signIn(QStringLiteral("dewi"), QStringLiteral("not-the-password")).ok());
    auto locked = auth.signIn(QStringLiteral("dewi"), TestWorkspace::staffPassword());
    QVERIFY(!locked.ok());
    QVERIFY(locked.errorString().contains(QLatin1String("Too many failed attempts")));

    // A restart does not clear it.
    QVERIFY2(tw.reopen(), qPrintable(tw.errorString()));
    Authenticator again(tw.workspace());
    QVERIFY(!again.signIn(QStringLiteral("dewi"), TestWorkspace::staffPassword()).ok());

    // After the delay, another failure doubles it.
    m_clock.advanceSeconds(Authenticator::kFirstDelaySeconds + 1);
    QVERIFY(!again.signIn(QStringLiteral("dewi"), QStringLiteral("not-the-password")).ok());
    m_clock.advanceSeconds(Authenticator::kFirstDelaySeconds + 1);
    QVERIFY(!again.signIn(QStringLiteral("dewi"), TestWorkspace::staffPassword()).ok()); // still locked (60 s)
    m_clock.advanceSeconds(Authenticator::kFirstDelaySeconds);
    auto in = again.signIn(QStringLiteral("dewi"), TestWorkspace::staffPassword());
    QVERIFY2(in.ok(), qPrintable(in.errorString()));
    QCOMPARE((*in)->user().failedAttempts, 0);
    auto user = UserRepository(*tw.workspace()->database()).byUsername(QStringLiteral("dewi"));
    QCOMPARE(user->failedAttempts, 0);
    QVERIFY(!user->lockedUntil.isValid());
}

void TestAuthenticator::failedSignInsAreChainedIntoAudit()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    Authenticator auth(tw.workspace());
    QVERIFY(!auth.signIn(QStringLiteral("admin"), QStringLiteral("wrong-password-1")).ok());
    QVERIFY(!auth.signIn(QStringLiteral("ghost"), QStringLiteral("wrong-password-2")).ok());
    const Database& db = *tw.workspace()->database();
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pending_audit"))->toInt(), 2);
    QVERIFY(auth.signIn(QStringLiteral("admin"), TestWorkspace::adminPassword()).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pending_audit"))->toInt(), 0);
    const QStringList a = actions(db);
    QCOMPARE(a.count(QStringLiteral("auth.sign_in_failed")), 2);
    QCOMPARE(a.last(), QStringLiteral("auth.sign_in"));
    auto v = tw.admin()->auditLog().verify();
    QVERIFY2(v.ok() && v->intact, qPrintable(v.ok() ? v->problem : v.errorString()));
}

void TestAuthenticator::twoFactorSignIn()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    AccountService account(tw.admin());
    const auto enrolment = account.beginTwoFactor();
    QVERIFY(enrolment.provisioningUri.startsWith(QLatin1String("otpauth://totp/")));
    QCOMPARE(Base32::decode(enrolment.secretText).value().toByteArray(), enrolment.secret.toByteArray());
    QCOMPARE(account.confirmTwoFactor(enrolment, QStringLiteral("000000")).code(), ErrorCode::InvalidInput);
    QVERIFY(account.confirmTwoFactor(enrolment, Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch())).ok());
    QVERIFY(tw.admin()->user().totpEnrolled);

    Authenticator auth(tw.workspace());
    m_clock.advanceSeconds(60);
    auto pending = auth.checkPassword(QStringLiteral("admin"), TestWorkspace::adminPassword());
    QVERIFY(pending.ok());
    QVERIFY((*pending)->needsCode());
    QCOMPARE((*pending)->complete().code(), ErrorCode::Authentication); // no code
    auto wrong = (*pending)->complete(QStringLiteral("123456"));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.errorString().contains(QLatin1String("wrong")));
    const QString code = Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch());
    auto in = (*pending)->complete(code);
    QVERIFY2(in.ok(), qPrintable(in.errorString()));
    // The same code cannot be used twice.
    auto replay = auth.signIn(QStringLiteral("admin"), TestWorkspace::adminPassword(), code);
    QVERIFY(!replay.ok());
    QVERIFY(replay.errorString().contains(QLatin1String("already used")));
    m_clock.advanceSeconds(30);
    QVERIFY(auth.signIn(QStringLiteral("admin"),
                        TestWorkspace::adminPassword(),
                        Totp::code(enrolment.secret, m_clock.now().toSecsSinceEpoch()))
                .ok());
}

void TestAuthenticator::passwordChangeRewrapsOneSlotOnly()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("budi"), kAgent);
    QVERIFY(agent);
    const Database& db = *tw.workspace()->database();
    auto slotBytes = [&] {
        QMap<QString, QByteArray> m;
        auto q = db.exec(QStringLiteral("SELECT label, wrapped, salt FROM key_slots"));
        while (q && q->next()) {
            m.insert(q->value(0).toString(), q->value(1).toByteArray() + q->value(2).toByteArray());
        }
        return m;
    };
    const auto before = slotBytes();
    AccountService account(agent);
    QCOMPARE(
        account.changePassword(QStringLiteral("wrong-current-password"), QStringLiteral("a-brand-new-password")).code(),
        ErrorCode::Authentication);
    QCOMPARE(account.changePassword(TestWorkspace::staffPassword(), QStringLiteral("short")).code(),
             ErrorCode::InvalidInput);
    QVERIFY(account.changePassword(TestWorkspace::staffPassword(), QStringLiteral("a-brand-new-password")).ok());
    const auto after = slotBytes();
    QCOMPARE(after.size(), before.size());
    int changed = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value()) {
            ++changed;
            QCOMPARE(it.key(), Authenticator::slotLabel(agent->user().id));
        }
    }
    QCOMPARE(changed, 1);
    Authenticator auth(tw.workspace());
    QVERIFY(!auth.signIn(QStringLiteral("budi"), TestWorkspace::staffPassword()).ok());
    auto in = auth.signIn(QStringLiteral("budi"), QStringLiteral("a-brand-new-password"));
    QVERIFY2(in.ok(), qPrintable(in.errorString()));
    QVERIFY((*in)->vault().sameKeyAs(tw.admin()->vault()));
    QVERIFY(actions(db).contains(QStringLiteral("user.password_change")));
}

void TestAuthenticator::oneTimePasswordBlocksServicesUntilChanged()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    StaffService staff(tw.admin());
    const QString otp = StaffService::generateOneTimePassword();
    QVERIFY(staff.add(QStringLiteral("siti"), QStringLiteral("Siti"), kAgent, otp).ok());
    auto session = Authenticator(tw.workspace()).signIn(QStringLiteral("siti"), otp);
    QVERIFY2(session.ok(), qPrintable(session.errorString()));
    QVERIFY((*session)->mustChangePassword());
    CustomerService customers(*session);
    auto denied = customers.find(CustomerService::Lookup::Email, QStringLiteral("a@b.cd"));
    QCOMPARE(denied.code(), ErrorCode::PermissionDenied);
    QVERIFY(AccountService(*session).changePassword(otp, QStringLiteral("siti-chose-this-one")).ok());
    QVERIFY(!(*session)->mustChangePassword());
    QVERIFY(customers.find(CustomerService::Lookup::Email, QStringLiteral("a@b.cd")).ok());
}

void TestAuthenticator::requiredTwoFactorBlocksUntilEnrolled()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.signInNewUser(QStringLiteral("made"), kOfficer));
    QVERIFY(StaffService(tw.admin()).setRequireTwoFactor(true).ok());
    auto session = Authenticator(tw.workspace()).signIn(QStringLiteral("made"), TestWorkspace::staffPassword());
    QVERIFY(session.ok());
    QVERIFY((*session)->mustEnrolTwoFactor());
    QCOMPARE(CustomerService(*session).find(CustomerService::Lookup::Phone, QStringLiteral("+6281")).code(),
             ErrorCode::PermissionDenied);
    AccountService account(*session);
    const auto e = account.beginTwoFactor();
    QVERIFY(account.confirmTwoFactor(e, Totp::code(e.secret, m_clock.now().toSecsSinceEpoch())).ok());
    QVERIFY(!(*session)->mustEnrolTwoFactor());
    QVERIFY(CustomerService(*session).find(CustomerService::Lookup::Phone, QStringLiteral("+6281")).ok());
    QCOMPARE(account.disableTwoFactor(TestWorkspace::staffPassword()).code(), ErrorCode::InvalidInput);
}

void TestAuthenticator::recoveryResetsAdminPassword()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    QVERIFY(tw.signInNewUser(QStringLiteral("agent1"), kAgent));
    Authenticator auth(tw.workspace());
    // Lowercase with spaces instead of dashes is accepted.
    const QString typed = tw.recoveryKey().toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    QCOMPARE(auth.recover(typed, QStringLiteral("agent1"), QStringLiteral("new-admin-password")).code(),
             ErrorCode::PermissionDenied);
    auto session = auth.recover(typed, QStringLiteral("admin"), QStringLiteral("new-admin-password"));
    QVERIFY2(session.ok(), qPrintable(session.errorString()));
    QVERIFY(!auth.signIn(QStringLiteral("admin"), TestWorkspace::adminPassword()).ok());
    QVERIFY(auth.signIn(QStringLiteral("admin"), QStringLiteral("new-admin-password")).ok());
    QVERIFY(actions(*tw.workspace()->database()).contains(QStringLiteral("auth.recovered")));
}

void TestAuthenticator::recoveryRefusesWrongKey()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    Authenticator auth(tw.workspace());
    const QString other = Vault::formatRecoveryKey(Vault::generateRecoveryKey());
    auto r = auth.recover(other, QStringLiteral("admin"), QStringLiteral("new-admin-password"));
    QVERIFY(!r.ok());
    QCOMPARE(r.code(), ErrorCode::Authentication);
    QCOMPARE(auth.recover(QStringLiteral("ABCD-EFGH"), QStringLiteral("admin"), QStringLiteral("x")).code(),
             ErrorCode::InvalidInput);
    QVERIFY(auth.signIn(QStringLiteral("admin"), TestWorkspace::adminPassword()).ok());
}

void TestAuthenticator::disabledUserCannotSignIn()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("rina"), kAgent);
    QVERIFY(agent);
    StaffService staff(tw.admin());
    auto user = UserRepository(*tw.workspace()->database()).byUsername(QStringLiteral("rina"));
    QVERIFY(staff.setDisabled(user->id, true, user->version).ok());
    auto r = Authenticator(tw.workspace()).signIn(QStringLiteral("rina"), TestWorkspace::staffPassword());
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().contains(QLatin1String("disabled")));
    // A stale version is a conflict, not an overwrite.
    QCOMPARE(staff.setDisabled(user->id, false, user->version).code(), ErrorCode::Conflict);
}

void TestAuthenticator::lastAdminIsKept()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    StaffService staff(tw.admin());
    const User me = tw.admin()->user();
    QCOMPARE(staff.setRoles(me.id, kAgent, me.version).code(), ErrorCode::InvalidInput);
    QCOMPARE(staff.remove(me.id).code(), ErrorCode::InvalidInput);
    QCOMPARE(staff.setDisabled(me.id, true, me.version).code(), ErrorCode::InvalidInput);
    auto second = tw.signInNewUser(QStringLiteral("admin2"), static_cast<int>(Role::Admin));
    QVERIFY(second);
    QVERIFY(staff.remove(second->user().id).ok());
    QCOMPARE(UserRepository(*tw.workspace()->database()).slot(second->user().id).code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "TestAuthenticator.moc"
