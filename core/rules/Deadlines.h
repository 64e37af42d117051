#pragma once

#include "core/common/Result.h"
#include "core/domain/Request.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

/// The rule sets a request can be answered under (ARCHITECTURE.md §6).
enum class Jurisdiction { Gdpr, UuPdp, Ccpa, Lgpd };

/// When a data-subject request must be answered, and on which legal basis.
struct Deadline
{
    QDateTime due; ///< the answer is due by this instant (UTC)
    QDateTime acknowledgeBy; ///< CCPA: acknowledge receipt by then; invalid elsewhere
    bool extendable = false; ///< whether the law allows one extension
    QString source; ///< the article the period comes from, e.g. "GDPR Art. 12(3)"
    bool statutory = true; ///< false when no law fixes the period and workspace policy applies
};

/// Workspace choices the law leaves open.
struct DeadlinePolicy
{
    /// The time zone whose calendar days count (the controller's); periods end at the end
    /// of a local day (Reg. 1182/71 Art. 3(2)).
    QTimeZone timeZone = QTimeZone::utc();
    /// Days given to a right with no statutory period (UU PDP erasure and portability, ...).
    int policyDays = 30;
};

/// The deadline engine: the table of ARCHITECTURE.md §6 on the project's Clock-free inputs
/// (the receipt time is given), so every rule is testable with fixed dates.
class Deadlines
{
public:
    /// "GDPR", "UU_PDP", "CCPA" or "LGPD" (case-insensitive; "uupdp" accepted).
    static Result<Jurisdiction> parseJurisdiction(const QString& code);
    static QString jurisdictionCode(Jurisdiction j);

    /// The deadline for a request of @p type received at @p received.
    static Deadline
    compute(Jurisdiction j, Request::Type type, const QDateTime& received, const DeadlinePolicy& policy = {});

    /// The due date after the one extension the law allows (GDPR: two further months;
    /// CCPA: 45 further days). Refused where the law allows none.
    static Result<QDateTime>
    extended(Jurisdiction j, Request::Type type, const QDateTime& received, const DeadlinePolicy& policy = {});

    /// GDPR's month rule alone: the same-numbered day @p months later, or that month's last
    /// day if it has none; a Saturday or Sunday rolls to Monday (Reg. 1182/71 Art. 3).
    static QDate addMonthsRolled(const QDate& start, int months);
    /// @p days working days (Monday to Friday) after @p start.
    static QDate addBusinessDays(const QDate& start, int days);
};
