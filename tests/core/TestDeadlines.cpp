// The deadline engine against hand-computed dates (ARCHITECTURE.md §6), and every valid and
// invalid transition of the request state machine.
#include "core/crypto/Crypto.h"
#include "core/rules/Deadlines.h"
#include "core/rules/RequestWorkflow.h"

#include <QTest>

namespace {
QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}
} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init().ok()); }
    void due_data();
    void due();
    void extension_data();
    void extension();
    void ccpaAcknowledgement();
    void parseJurisdiction();
    void transitions_data();
    void transitions();
};

void TestDeadlines::due_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<bool>("statutory");
    const int access = int(Request::Type::Access);
    const int erasure = int(Request::Type::Erasure);
    const int objection = int(Request::Type::Objection);
    const int rect = int(Request::Type::Rectification);
    // Calendar facts used below: 2026-01-31 is a Saturday, 2026-02-28 a Saturday, 2026-03-02 a
    // Monday, 2026-04-30 a Thursday, 2026-05-29 a Friday, 2026-06-29 a Monday, 2026-06-30 a
    // Tuesday, 2027-01-31 a Sunday, 2028-02-29 a Tuesday, 2028-03-29 a Wednesday.
    QTest::newRow("GDPR 31 Jan -> 28 Feb (Sat) rolls to Mon 2 Mar")
        << "GDPR" << access << "UTC" << utc("2026-01-31T10:00:00Z") << utc("2026-03-02T23:59:59.999Z") << true;
    QTest::newRow("GDPR 30 Mar -> 30 Apr")
        << "GDPR" << erasure << "UTC" << utc("2026-03-30T09:00:00Z") << utc("2026-04-30T23:59:59.999Z") << true;
    QTest::newRow("GDPR 31 Mar -> 30 Apr (no 31 Apr)")
        << "GDPR" << rect << "UTC" << utc("2026-03-31T09:00:00Z") << utc("2026-04-30T23:59:59.999Z") << true;
    QTest::newRow("GDPR 29 Feb (leap) -> 29 Mar")
        << "GDPR" << access << "UTC" << utc("2028-02-29T12:00:00Z") << utc("2028-03-29T23:59:59.999Z") << true;
    QTest::newRow("GDPR Friday evening in Jakarta -> Mon 29 Jun, end of day WIB")
        << "GDPR" << access << "Asia/Jakarta" << utc("2026-05-29T14:00:00Z") << utc("2026-06-29T16:59:59.999Z") << true;
    QTest::newRow("GDPR Friday 20:00 UTC is Saturday in Jakarta -> Tue 30 Jun")
        << "GDPR" << access << "Asia/Jakarta" << utc("2026-05-29T20:00:00Z") << utc("2026-06-30T16:59:59.999Z") << true;
    QTest::newRow("GDPR on a Saturday -> Tue 30 Jun")
        << "GDPR" << objection << "UTC" << utc("2026-05-30T08:00:00Z") << utc("2026-06-30T23:59:59.999Z") << true;
    QTest::newRow("GDPR across the year end -> Sun 31 Jan rolls to Mon 1 Feb")
        << "GDPR" << access << "UTC" << utc("2026-12-31T16:00:00Z") << utc("2027-02-01T23:59:59.999Z") << true;
    QTest::newRow("UU PDP access: 3 x 24 hours")
        << "UU_PDP" << access << "Asia/Jakarta" << utc("2026-05-29T14:00:00Z") << utc("2026-06-01T14:00:00Z") << true;
    QTest::newRow("UU PDP rectification across the year end")
        << "UU_PDP" << rect << "Asia/Jakarta" << utc("2026-12-30T23:30:00Z") << utc("2027-01-02T23:30:00Z") << true;
    QTest::newRow("UU PDP restriction on 29 Feb") << "UU_PDP" << int(Request::Type::Restriction) << "UTC"
                                                  << utc("2028-02-29T08:00:00Z") << utc("2028-03-03T08:00:00Z") << true;
    QTest::newRow("UU PDP consent withdrawal") << "UU_PDP" << int(Request::Type::ConsentWithdrawal) << "UTC"
                                               << utc("2026-01-31T10:00:00Z") << utc("2026-02-03T10:00:00Z") << true;
    QTest::newRow("UU PDP erasure: policy 30 days")
        << "UU_PDP" << erasure << "UTC" << utc("2026-01-31T10:00:00Z") << utc("2026-03-02T23:59:59.999Z") << false;
    QTest::newRow("UU PDP portability: policy 30 days")
        << "UU_PDP" << int(Request::Type::Portability) << "UTC" << utc("2026-12-15T10:00:00Z")
        << utc("2027-01-14T23:59:59.999Z") << false;
    QTest::newRow("CCPA know: 45 days") << "CCPA" << access << "UTC" << utc("2026-05-29T18:00:00Z")
                                        << utc("2026-07-13T23:59:59.999Z") << true;
    QTest::newRow("CCPA delete across the year end: 45 days")
        << "CCPA" << erasure << "UTC" << utc("2026-12-31T10:00:00Z") << utc("2027-02-14T23:59:59.999Z") << true;
    QTest::newRow("CCPA opt-out on a Saturday: 15 business days")
        << "CCPA" << objection << "UTC" << utc("2026-05-30T10:00:00Z") << utc("2026-06-19T23:59:59.999Z") << true;
    QTest::newRow("LGPD access across the year end: 15 days")
        << "LGPD" << access << "UTC" << utc("2026-12-20T10:00:00Z") << utc("2027-01-04T23:59:59.999Z") << true;
    QTest::newRow("LGPD erasure: policy")
        << "LGPD" << erasure << "UTC" << utc("2026-03-31T10:00:00Z") << utc("2026-04-30T23:59:59.999Z") << false;
}

void TestDeadlines::due()
{
    QFETCH(QString, jurisdiction);
    QFETCH(int, type);
    QFETCH(QString, zone);
    QFETCH(QDateTime, received);
    QFETCH(QDateTime, due);
    QFETCH(bool, statutory);
    DeadlinePolicy policy;
    policy.timeZone = QTimeZone(zone.toLatin1());
    QVERIFY(policy.timeZone.isValid());
    auto j = Deadlines::parseJurisdiction(jurisdiction);
    QVERIFY(j.ok());
    const Deadline d = Deadlines::compute(*j, static_cast<Request::Type>(type), received, policy);
    QCOMPARE(d.due, due);
    QCOMPARE(d.statutory, statutory);
    QVERIFY(!d.source.isEmpty());
}

void TestDeadlines::extension_data()
{
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<int>("type");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<QDateTime>("extended");
    QTest::newRow("GDPR + 2 months: 31 Jan -> 30 Apr")
        << "GDPR" << int(Request::Type::Access) << utc("2026-01-31T10:00:00Z") << utc("2026-04-30T23:59:59.999Z");
    QTest::newRow("GDPR + 2 months: 30 Nov -> 28 Feb (Sun) -> 1 Mar 2027")
        << "GDPR" << int(Request::Type::Erasure) << utc("2026-11-30T10:00:00Z") << utc("2027-03-01T23:59:59.999Z");
    QTest::newRow("CCPA 45 + 45 days") << "CCPA" << int(Request::Type::Access) << utc("2026-05-29T18:00:00Z")
                                       << utc("2026-08-27T23:59:59.999Z");
    QTest::newRow("UU PDP: none") << "UU_PDP" << int(Request::Type::Access) << utc("2026-05-29T18:00:00Z")
                                  << QDateTime();
    QTest::newRow("CCPA opt-out: none") << "CCPA" << int(Request::Type::Objection) << utc("2026-05-29T18:00:00Z")
                                        << QDateTime();
    QTest::newRow("LGPD: none") << "LGPD" << int(Request::Type::Access) << utc("2026-05-29T18:00:00Z") << QDateTime();
}

void TestDeadlines::extension()
{
    QFETCH(QString, jurisdiction);
    QFETCH(int, type);
    QFETCH(QDateTime, received);
    QFETCH(QDateTime, extended);
    auto j = Deadlines::parseJurisdiction(jurisdiction);
    auto r = Deadlines::extended(*j, static_cast<Request::Type>(type), received);
    if (!extended.isValid()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY(!Deadlines::compute(*j, static_cast<Request::Type>(type), received).extendable);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(*r, extended);
}

void TestDeadlines::ccpaAcknowledgement()
{
    // Received Friday 29 May 2026: ten business days end on Friday 12 June.
    const Deadline d = Deadlines::compute(Jurisdiction::Ccpa, Request::Type::Access, utc("2026-05-29T18:00:00Z"));
    QCOMPARE(d.acknowledgeBy, utc("2026-06-12T23:59:59.999Z"));
    QVERIFY(!Deadlines::compute(Jurisdiction::Gdpr, Request::Type::Access, utc("2026-05-29T18:00:00Z"))
                 .acknowledgeBy.isValid());
}

void TestDeadlines::parseJurisdiction()
{
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("gdpr")).value(), Jurisdiction::Gdpr);
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("uupdp")).value(), Jurisdiction::UuPdp);
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("UU_PDP")).value(), Jurisdiction::UuPdp);
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("ccpa")).value(), Jurisdiction::Ccpa);
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("lgpd")).value(), Jurisdiction::Lgpd);
    QCOMPARE(Deadlines::parseJurisdiction(QStringLiteral("mars")).code(), ErrorCode::InvalidInput);
    for (Jurisdiction j : {Jurisdiction::Gdpr, Jurisdiction::UuPdp, Jurisdiction::Ccpa, Jurisdiction::Lgpd}) {
        QCOMPARE(Deadlines::parseJurisdiction(Deadlines::jurisdictionCode(j)).value(), j);
    }
}

void TestDeadlines::transitions_data()
{
    using S = Request::State;
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("valid");
    const QList<S> states{S::Received,
                          S::IdentityVerification,
                          S::InReview,
                          S::Approved,
                          S::Completed,
                          S::Rejected,
                          S::Withdrawn,
                          S::Executed};
    // The allowed moves, written out by hand from ARCHITECTURE.md §6.
    auto allowed = [](Request::Type t, S from, S to) {
        const bool open
            = from == S::Received || from == S::IdentityVerification || from == S::InReview || from == S::Approved;
        if (to == S::Withdrawn) {
            return open;
        }
        switch (from) {
        case S::Received:
            return to == S::IdentityVerification || to == S::InReview || to == S::Rejected;
        case S::IdentityVerification:
            return to == S::InReview || to == S::Rejected;
        case S::InReview:
            return to == S::Approved || to == S::Rejected;
        case S::Approved:
            return t == Request::Type::Erasure ? to == S::Executed : to == S::Completed;
        default:
            return false;
        }
    };
    for (Request::Type t : {Request::Type::Access, Request::Type::Erasure}) {
        for (S from : states) {
            for (S to : states) {
                QTest::newRow(qPrintable(Request::typeCode(t) + QLatin1Char(':') + Request::stateCode(from)
                                         + QStringLiteral("->") + Request::stateCode(to)))
                    << int(t) << int(from) << int(to) << allowed(t, from, to);
            }
        }
    }
}

void TestDeadlines::transitions()
{
    QFETCH(int, type);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, valid);
    const Status st = RequestWorkflow::check(
        static_cast<Request::Type>(type), static_cast<Request::State>(from), static_cast<Request::State>(to));
    QCOMPARE(st.ok(), valid);
    if (!valid) {
        QCOMPARE(st.code(), ErrorCode::InvalidInput);
        QVERIFY(!st.errorString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
