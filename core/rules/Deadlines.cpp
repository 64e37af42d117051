#include "core/rules/Deadlines.h"

#include <QCoreApplication>

namespace {

using Type = Request::Type;

// The end of a local calendar day: a period "expires at the end of the last hour" of it.
QDateTime endOfDay(const QDate& day, const QTimeZone& tz)
{
    return QDateTime(day, QTime(23, 59, 59, 999), tz).toUTC();
}

QDate localDate(const QDateTime& t, const QTimeZone& tz)
{
    return t.toTimeZone(tz).date();
}

QDate rollWeekend(QDate d)
{
    while (d.dayOfWeek() > 5) {
        d = d.addDays(1);
    }
    return d;
}

} // namespace

Result<Jurisdiction> Deadlines::parseJurisdiction(const QString& code)
{
    const QString c = code.trimmed().toUpper().remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (c == QLatin1String("GDPR")) {
        return Jurisdiction::Gdpr;
    }
    if (c == QLatin1String("UUPDP")) {
        return Jurisdiction::UuPdp;
    }
    if (c == QLatin1String("CCPA") || c == QLatin1String("CPRA") || c == QLatin1String("CCPA/CPRA")) {
        return Jurisdiction::Ccpa;
    }
    if (c == QLatin1String("LGPD")) {
        return Jurisdiction::Lgpd;
    }
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("Deadlines", "Unknown jurisdiction “%1”: use GDPR, UU_PDP, CCPA or LGPD.")
                     .arg(code));
}

QString Deadlines::jurisdictionCode(Jurisdiction j)
{
    switch (j) {
    case Jurisdiction::Gdpr:
        return QStringLiteral("GDPR");
    case Jurisdiction::UuPdp:
        return QStringLiteral("UU_PDP");
    case Jurisdiction::Ccpa:
        return QStringLiteral("CCPA");
    case Jurisdiction::Lgpd:
        return QStringLiteral("LGPD");
    }
    return {};
}

QDate Deadlines::addMonthsRolled(const QDate& start, int months)
{
    // QDate::addMonths clamps to the month's last day when the day does not exist
    // (31 January + 1 month = 28/29 February), which is Reg. 1182/71 Art. 3(2)(c).
    return rollWeekend(start.addMonths(months));
}

QDate Deadlines::addBusinessDays(const QDate& start, int days)
{
    QDate d = start;
    int left = days;
    while (left > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5) {
            --left;
        }
    }
    return d;
}

Deadline Deadlines::compute(Jurisdiction j, Type type, const QDateTime& received, const DeadlinePolicy& policy)
{
    const QTimeZone& tz = policy.timeZone;
    const QDate day = localDate(received, tz);
    Deadline d;
    auto policyPeriod = [&](const QString& why) {
        d.due = endOfDay(day.addDays(policy.policyDays), tz);
        d.statutory = false;
        d.source = why;
    };
    switch (j) {
    case Jurisdiction::Gdpr:
        // GDPR Art. 12(3): without undue delay and within one month of receipt, extendable by
        // two further months; the month is counted by Reg. 1182/71 Art. 3. Withdrawal of
        // consent (Art. 7(3)) is answered within the same period at the latest.
        d.due = endOfDay(addMonthsRolled(day, 1), tz);
        d.extendable = true;
        d.source = QStringLiteral("GDPR Art. 12(3); Reg. 1182/71 Art. 3");
        break;
    case Jurisdiction::UuPdp:
        switch (type) {
        case Type::Rectification: // UU 27/2022 Ps 30(2)
        case Type::Access: // Ps 32(2)
        case Type::ConsentWithdrawal: // Ps 40(2): stop processing
        case Type::Restriction: // Ps 41(3)
            d.due = received.toUTC().addSecs(3 * 24 * 3600);
            d.source = type == Type::Rectification ? QStringLiteral("UU 27/2022 Ps 30(2)")
                : type == Type::Access             ? QStringLiteral("UU 27/2022 Ps 32(2)")
                : type == Type::ConsentWithdrawal  ? QStringLiteral("UU 27/2022 Ps 40(2)")
                                                   : QStringLiteral("UU 27/2022 Ps 41(3)");
            break;
        case Type::Erasure: // Ps 43, 44: no statutory hours
            policyPeriod(QStringLiteral("UU 27/2022 Ps 43, 44 (workspace policy)"));
            break;
        case Type::Portability: // Ps 13: no statutory hours
            policyPeriod(QStringLiteral("UU 27/2022 Ps 13 (workspace policy)"));
            break;
        case Type::Objection:
            policyPeriod(QStringLiteral("UU 27/2022 (workspace policy)"));
            break;
        }
        break;
    case Jurisdiction::Ccpa:
        switch (type) {
        case Type::Objection: // opt-out of sale or sharing
        case Type::ConsentWithdrawal: // opt-out
        case Type::Restriction: // limit the use of sensitive personal information
            // 11 CCR §7026(f), §7027(g): 15 business days, no extension.
            d.due = endOfDay(addBusinessDays(day, 15), tz);
            d.source
                = type == Type::Restriction ? QStringLiteral("11 CCR §7027(g)") : QStringLiteral("11 CCR §7026(f)");
            break;
        default:
            // Know (access, portability), delete, correct: 11 CCR §7021: confirm receipt within
            // 10 business days, respond within 45 calendar days, extendable by 45 more.
            d.acknowledgeBy = endOfDay(addBusinessDays(day, 10), tz);
            d.due = endOfDay(day.addDays(45), tz);
            d.extendable = true;
            d.source = QStringLiteral("11 CCR §7021");
            break;
        }
        break;
    case Jurisdiction::Lgpd:
        if (type == Type::Access || type == Type::Portability) {
            // LGPD Art. 19(II): a full statement within 15 days of the request.
            d.due = endOfDay(day.addDays(15), tz);
            d.source = QStringLiteral("LGPD Art. 19(II)");
        } else {
            policyPeriod(QStringLiteral("LGPD Art. 18 (workspace policy)"));
        }
        break;
    }
    return d;
}

Result<QDateTime>
Deadlines::extended(Jurisdiction j, Type type, const QDateTime& received, const DeadlinePolicy& policy)
{
    const Deadline base = compute(j, type, received, policy);
    if (!base.extendable) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Deadlines", "The law does not allow this request's deadline to be extended."));
    }
    const QDate day = localDate(received, policy.timeZone);
    if (j == Jurisdiction::Gdpr) {
        // One month plus two further months, counted from receipt.
        return endOfDay(addMonthsRolled(day, 3), policy.timeZone);
    }
    return endOfDay(day.addDays(90), policy.timeZone); // CCPA: 45 + 45 days
}
