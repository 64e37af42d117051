#pragma once

#include "core/common/Result.h"
#include "core/domain/RetentionRule.h"
#include "core/session/Session.h"

#include <QList>

/// Retention rules (officers manage them, Permission::ManagePolicy): per data category or
/// per purpose, a period, a trigger and an action. Also closes customer accounts, the
/// moment the trigger "account closed" counts from. The run itself is RetentionRun.
///
/// A rule's period ends exactly period_days x 24 hours after its trigger; a customer whose
/// period ends at or before "now" is due (the boundary instant is included).
class RetentionService
{
public:
    explicit RetentionService(std::shared_ptr<Session> session);

    /// Creates a rule (always active); returns its id.
    Result<qint64> create(const RetentionRule& rule);
    /// Changes a rule; Conflict when it changed since @p expectedVersion.
    Status update(const RetentionRule& rule, int expectedVersion);
    /// Deactivates a rule (rules are never deleted: the audit trail names them).
    Status deactivate(qint64 id, int expectedVersion);
    /// Every rule (inactive ones too when @p includeInactive), by id.
    Result<QList<RetentionRule>> list(bool includeInactive = false);
    Result<RetentionRule> get(qint64 id);

    /// Records that @p customerId closed their account now (agents and officers). Closing
    /// twice keeps the first date.
    Status closeAccount(const QString& customerId, const QString& reason);

    /// Stable codes used in the database, the audit trail and the CLI.
    static QString triggerCode(RetentionRule::Trigger t);
    static QString actionCode(RetentionRule::Action a);
    static bool triggerFromCode(const QString& code, RetentionRule::Trigger* out);
    static bool actionFromCode(const QString& code, RetentionRule::Action* out);
    /// Translated names for people.
    static QString triggerName(RetentionRule::Trigger t);
    static QString actionName(RetentionRule::Action a);

    /// The longest period a rule may have (100 years).
    static constexpr int kMaxPeriodDays = 36500;

private:
    Status validate(const RetentionRule& r);
    Status requireRead();
    Status writeAudit(const QString& action, const RetentionRule& r, int version);

    std::shared_ptr<Session> m_session;
};
