#include "testsupport/ReportFixture.h"

#include "core/customers/CustomerService.h"

namespace ReportFixture {
namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

qint64 at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

struct Req
{
    const char* type;
    const char* state;
    qint64 received;
    qint64 due;
    QVariant extendedDue; ///< null: none
    qint64 pausedMs;
    QVariant pausedSince; ///< null: not paused
    qint64 updated;
    QVariant reason; ///< rejections
};

bool run(const Database& db, const QString& sql, const QVariantList& values, QString* error)
{
    auto q = db.exec(sql, values);
    if (!q) {
        *error = q.errorString();
        return false;
    }
    return true;
}

} // namespace

QDateTime now()
{
    return QDateTime(QDate(2026, 4, 10), QTime(10, 0), Qt::UTC);
}

ReportPeriod period()
{
    return {QDate(2026, 1, 1), QDate(2026, 3, 31)};
}

QString build(TestWorkspace& tw, MockClock& clock, QString* error)
{
    const Database& db = *tw.workspace()->database();
    const qint64 n = now().toMSecsSinceEpoch();
    const QVariant none;
    // Open now (2026-04-10 10:00 UTC): o1 and o4 due soon, o2 and o6 overdue.
    const QList<Req> requests{
        {"access", "received", n - 5 * kDay, n + kDay, none, 0, none, n - 5 * kDay, none}, // o1: soon
        {"access", "in_review", n - 20 * kDay, n - 3 * kDay, none, 0, none, n - 4 * kDay, none}, // o2: overdue
        {"erasure", "approved", n - 5 * kDay, n + 10 * kDay, none, 0, none, n - kDay, none}, // o3
        // o4: due yesterday, but paused for two days (running): due tomorrow, soon.
        {"rectification", "identity_verification", n - 9 * kDay, n - kDay, none, 0, n - 2 * kDay, n - 2 * kDay, none},
        {"objection", "received", n - 30 * kDay, n - 10 * kDay, n + 5 * kDay, 0, none, n - 12 * kDay, none}, // o5
        {"portability", "in_review", n - 30 * kDay, n - 5 * kDay, none, kDay, none, n - 6 * kDay, none}, // o6: overdue
        // Answered in the period (Jakarta months): Jan a1 on time, a2 late; Feb a3, a5 on time;
        // Mar a4 on time (extension), a6 late.
        {"access",
         "completed",
         at("2026-01-05T00:00:00Z"),
         at("2026-01-20T00:00:00Z"),
         none,
         0,
         none,
         at("2026-01-15T00:00:00Z"),
         none}, // a1: 10 days
        {"access",
         "completed",
         at("2026-01-10T00:00:00Z"),
         at("2026-01-20T00:00:00Z"),
         none,
         0,
         none,
         at("2026-01-25T00:00:00Z"),
         none}, // a2: 15 days, late
        {"erasure",
         "executed",
         at("2026-01-21T20:00:00Z"),
         at("2026-02-05T00:00:00Z"),
         none,
         0,
         none,
         at("2026-01-31T20:00:00Z"),
         none}, // a3: 10 days, 1 Feb 03:00 in Jakarta
        {"rectification",
         "rejected",
         at("2026-02-01T00:00:00Z"),
         at("2026-02-10T00:00:00Z"),
         at("2026-03-10T00:00:00Z"),
         0,
         none,
         at("2026-03-01T00:00:00Z"),
         QStringLiteral("no_matching_customer")}, // a4: 28 days
        {"access",
         "rejected",
         at("2026-02-10T00:00:00Z"),
         at("2026-02-20T00:00:00Z"),
         none,
         3 * kDay,
         none,
         at("2026-02-22T00:00:00Z"),
         QStringLiteral("manifestly_unfounded_or_excessive")}, // a5: 12 days, paused 3 days
        {"erasure",
         "executed",
         at("2026-02-15T00:00:00Z"),
         at("2026-03-01T00:00:00Z"),
         none,
         0,
         none,
         at("2026-03-05T00:00:00Z"),
         none}, // a6: 18 days, late
        // Outside: before the period, withdrawn (no answer), 1 April 01:00 in Jakarta.
        {"access",
         "completed",
         at("2025-12-01T00:00:00Z"),
         at("2025-12-31T00:00:00Z"),
         none,
         0,
         none,
         at("2025-12-20T00:00:00Z"),
         none},
        {"access",
         "withdrawn",
         at("2026-02-01T00:00:00Z"),
         at("2026-02-20T00:00:00Z"),
         none,
         0,
         none,
         at("2026-02-10T00:00:00Z"),
         none},
        {"erasure",
         "executed",
         at("2026-03-20T00:00:00Z"),
         at("2026-04-20T00:00:00Z"),
         none,
         0,
         none,
         at("2026-03-31T18:00:00Z"),
         none},
    };
    for (const Req& r : requests) {
        if (!run(db,
                 QStringLiteral("INSERT INTO requests (type, channel, received_at, jurisdiction, due_at, "
                                "extended_due_at, state, paused_ms, paused_since, reason_code, created_at, "
                                "updated_at) VALUES (?, 'email', ?, 'GDPR', ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {QString::fromLatin1(r.type),
                  r.received,
                  r.due,
                  r.extendedDue,
                  QString::fromLatin1(r.state),
                  r.pausedMs,
                  r.pausedSince,
                  r.reason,
                  r.received,
                  r.updated},
                 error)) {
            return {};
        }
    }

    // Three customers, two purposes, notices v1 (material, 2025) and v2 (material, 1 March 2026).
    auto agent = tw.signInNewUser(QStringLiteral("fixture-agent"), static_cast<int>(Role::Agent));
    if (!agent) {
        *error = QStringLiteral("no agent");
        return {};
    }
    QStringList customers;
    for (const char* name : {"Ani Lestari", "Budi Santoso", "Citra Dewi"}) {
        Customer c;
        c.fullName = QString::fromLatin1(name);
        c.country = QStringLiteral("ID");
        c.jurisdiction = QStringLiteral("UU_PDP");
        auto id = CustomerService(agent).create(c);
        if (!id) {
            *error = id.errorString();
            return {};
        }
        customers << *id;
    }
    for (const char* code : {"newsletter", "profiling"}) {
        if (!run(db,
                 QStringLiteral("INSERT INTO purposes (code, name, legal_basis, created_at, updated_at) VALUES (?, "
                                "?, 'consent', 0, 0)"),
                 {QString::fromLatin1(code), QString::fromLatin1(code)},
                 error)) {
            return {};
        }
    }
    for (const auto& [label, effective] : QList<QPair<QString, qint64>>{
             {QStringLiteral("v1"), at("2025-06-01T00:00:00Z")}, {QStringLiteral("v2"), at("2026-03-01T00:00:00Z")}}) {
        if (!run(db,
                 QStringLiteral("INSERT INTO notice_versions (label, language, body, effective_at, material, "
                                "published_at) VALUES (?, 'en', 'Notice', ?, 1, ?)"),
                 {label, effective, effective},
                 error)) {
            return {};
        }
    }
    auto idOf = [&](const char* table, const char* column, const QString& value) {
        auto v = db.scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                               .arg(QString::fromLatin1(table), QString::fromLatin1(column)),
                           {value});
        return v ? v->toLongLong() : 0;
    };
    const qint64 newsletter = idOf("purposes", "code", QStringLiteral("newsletter"));
    const qint64 profiling = idOf("purposes", "code", QStringLiteral("profiling"));
    const qint64 v1 = idOf("notice_versions", "label", QStringLiteral("v1"));
    const qint64 v2 = idOf("notice_versions", "label", QStringLiteral("v2"));
    struct Ev
    {
        int customer;
        qint64 purpose;
        int granted;
        qint64 at;
        qint64 notice;
    };
    // In the period: newsletter Jan 2 given, Feb 1 withdrawn, Mar 1 given; profiling Feb 1 given.
    const QList<Ev> events{{0, newsletter, 1, at("2026-01-10T00:00:00Z"), v1},
                           {1, newsletter, 1, at("2026-01-12T00:00:00Z"), v1},
                           {0, newsletter, 0, at("2026-02-03T00:00:00Z"), v1},
                           {2, newsletter, 1, at("2026-03-15T00:00:00Z"), v2},
                           {0, profiling, 1, at("2026-02-20T00:00:00Z"), v1},
                           {1, profiling, 1, at("2025-12-30T00:00:00Z"), v1}, // before the period
                           {1, profiling, 0, at("2026-03-31T17:30:00Z"), v1}}; // 1 April in Jakarta
    for (const Ev& e : events) {
        if (!run(db,
                 QStringLiteral("INSERT INTO consent_events (customer_id, purpose_id, granted, occurred_at, "
                                "recorded_at, channel, notice_version_id) VALUES (?, ?, ?, ?, ?, 'web_checkbox', ?)"),
                 {customers[e.customer], e.purpose, e.granted, e.at, e.at, e.notice},
                 error)) {
            return {};
        }
    }
    // The current state: Budi's newsletter and Ani's profiling grants are under v1: stale.
    const QList<Ev> state{{0, newsletter, 0, 0, v1},
                          {1, newsletter, 1, 0, v1},
                          {2, newsletter, 1, 0, v2},
                          {0, profiling, 1, 0, v1},
                          {1, profiling, 0, 0, v1}};
    for (const Ev& s : state) {
        if (!run(db,
                 QStringLiteral("INSERT INTO consent_state (customer_id, purpose_id, granted, event_id, occurred_at, "
                                "notice_version_id) VALUES (?, ?, ?, 0, 0, ?)"),
                 {customers[s.customer], s.purpose, s.granted, s.notice},
                 error)) {
            return {};
        }
    }

    // Audit actions: two retention runs and three notifications in the period, one run after.
    auto record = [&](const char* action, const QDateTime& when) {
        clock.set(when);
        AuditRecord rec;
        rec.action = QString::fromLatin1(action);
        rec.objectType = QStringLiteral("fixture");
        return tw.admin()->audit(rec).ok();
    };
    const QDateTime feb(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    const QDateTime mar(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    if (!record("retention.run", feb) || !record("retention.run", feb) || !record("recipient.notified", mar)
        || !record("recipient.notified", mar) || !record("recipient.notified", mar)
        || !record("retention.run", QDateTime(QDate(2026, 4, 5), QTime(12, 0), Qt::UTC))) {
        *error = QStringLiteral("audit append failed");
        return {};
    }
    clock.set(now());
    return customers.first();
}

} // namespace ReportFixture
