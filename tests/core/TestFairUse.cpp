// mayUse's rule, data-driven across legal bases, stale notices, restriction and objection.
#include "core/crypto/Crypto.h"
#include "core/rules/FairUse.h"

#include <QTest>

using Reason = FairUse::Reason;
using Basis = Purpose::LegalBasis;
Q_DECLARE_METATYPE(Reason)
Q_DECLARE_METATYPE(Basis)
Q_DECLARE_METATYPE(Customer::Status)

class TestFairUse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void decide_data();
    void decide();
};

void TestFairUse::decide_data()
{
    QTest::addColumn<Basis>("basis");
    QTest::addColumn<bool>("marketing");
    QTest::addColumn<Customer::Status>("status");
    QTest::addColumn<bool>("objected");
    QTest::addColumn<bool>("hasEvent");
    QTest::addColumn<bool>("granted");
    QTest::addColumn<qint64>("grantNotice");
    QTest::addColumn<qint64>("latestMaterial");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<Reason>("reason");
    const auto A = Customer::Status::Active;
    const auto R = Customer::Status::Restricted;
    const auto E = Customer::Status::Erased;
    QTest::newRow("consent current") << Basis::Consent << true << A << false << true << true << 2LL << 2LL << true
                                     << Reason::ConsentGiven;
    QTest::newRow("consent newer than material")
        << Basis::Consent << false << A << false << true << true << 3LL << 2LL << true << Reason::ConsentGiven;
    QTest::newRow("consent never") << Basis::Consent << false << A << false << false << false << 0LL << 0LL << false
                                   << Reason::NoConsent;
    QTest::newRow("consent withdrawn") << Basis::Consent << true << A << false << true << false << 2LL << 2LL << false
                                       << Reason::ConsentWithdrawn;
    QTest::newRow("consent stale") << Basis::Consent << true << A << false << true << true << 1LL << 2LL << false
                                   << Reason::StaleConsent;
    QTest::newRow("consent no notice, material exists")
        << Basis::Consent << false << A << false << true << true << 0LL << 1LL << false << Reason::StaleConsent;
    QTest::newRow("consent no notices at all")
        << Basis::Consent << false << A << false << true << true << 0LL << 0LL << true << Reason::ConsentGiven;
    QTest::newRow("consent restricted") << Basis::Consent << false << R << false << true << true << 2LL << 2LL << false
                                        << Reason::Restricted;
    QTest::newRow("consent marketing objected")
        << Basis::Consent << true << A << true << true << true << 2LL << 2LL << false << Reason::Objected;
    QTest::newRow("consent non-marketing objected")
        << Basis::Consent << false << A << true << true << true << 2LL << 2LL << true << Reason::ConsentGiven;
    QTest::newRow("erased") << Basis::Contract << false << E << false << false << false << 0LL << 0LL << false
                            << Reason::CustomerErased;
    QTest::newRow("contract") << Basis::Contract << false << A << false << false << false << 0LL << 5LL << true
                              << Reason::OtherLegalBasis;
    QTest::newRow("contract objected") << Basis::Contract << false << A << true << false << false << 0LL << 0LL << true
                                       << Reason::OtherLegalBasis;
    QTest::newRow("contract restricted") << Basis::Contract << false << R << false << false << false << 0LL << 0LL
                                         << false << Reason::Restricted;
    QTest::newRow("legal obligation objected") << Basis::LegalObligation << false << A << true << false << false << 0LL
                                               << 0LL << true << Reason::OtherLegalBasis;
    QTest::newRow("legitimate interest") << Basis::LegitimateInterest << false << A << false << false << false << 0LL
                                         << 0LL << true << Reason::OtherLegalBasis;
    QTest::newRow("legitimate interest objected")
        << Basis::LegitimateInterest << false << A << true << false << false << 0LL << 0LL << false << Reason::Objected;
    QTest::newRow("public task objected")
        << Basis::PublicTask << false << A << true << false << false << 0LL << 0LL << false << Reason::Objected;
    QTest::newRow("vital interest objected") << Basis::VitalInterest << false << A << true << false << false << 0LL
                                             << 0LL << true << Reason::OtherLegalBasis;
    QTest::newRow("legitimate interest marketing objected")
        << Basis::LegitimateInterest << true << A << true << false << false << 0LL << 0LL << false << Reason::Objected;
}

void TestFairUse::decide()
{
    QFETCH(Basis, basis);
    QFETCH(bool, marketing);
    QFETCH(Customer::Status, status);
    QFETCH(bool, objected);
    QFETCH(bool, hasEvent);
    QFETCH(bool, granted);
    QFETCH(qint64, grantNotice);
    QFETCH(qint64, latestMaterial);
    QFETCH(bool, allowed);
    QFETCH(Reason, reason);
    FairUse::Facts f;
    f.legalBasis = basis;
    f.marketing = marketing;
    f.status = status;
    f.objected = objected;
    f.hasEvent = hasEvent;
    f.granted = granted;
    f.grantNoticeVersion = grantNotice;
    f.latestMaterialInEffect = latestMaterial;
    const FairUse::Decision d = FairUse::decide(f);
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(FairUse::reasonCode(d.reason), FairUse::reasonCode(reason));
    QVERIFY(!d.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFairUse)
#include "TestFairUse.moc"
