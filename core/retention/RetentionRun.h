#pragma once

#include "core/common/Result.h"
#include "core/domain/RetentionRule.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

/// What one active rule finds due now (ids and counts only).
struct RetentionFinding
{
    RetentionRule rule;
    QString why; ///< a translated sentence: the trigger, the period and the cut-off date
    qint64 customers = 0; ///< customers the rule selects (a customer may match several rules)
    qint64 consentEvents = 0; ///< their consent events
    qint64 disclosures = 0; ///< their disclosure records
    qint64 heldRecords = 0; ///< held records past their hold (rules triggered by a hold's end)
};

/// One customer the run will delete or anonymise, and the rule that decided it.
struct RetentionTarget
{
    QString customerId;
    qint64 ruleId = 0;
    RetentionRule::Action action = RetentionRule::Action::Delete;
};

/// The dry run: what an apply would do now.
struct RetentionPlan
{
    QDateTime at;
    QList<RetentionFinding> findings;
    QList<RetentionTarget> targets; ///< each customer once; delete wins over anonymise
    QList<qint64> heldRecords; ///< held records whose hold (plus any grace period) has ended
    qint64 count(RetentionRule::Action action) const;
    /// The first @p n customer ids (officers only see a plan at all).
    QStringList sample(int n) const;
    bool isEmpty() const { return targets.isEmpty() && heldRecords.isEmpty(); }
};

/// What an apply did.
struct RetentionOutcome
{
    qint64 deleted = 0;
    qint64 anonymised = 0;
    qint64 heldDestroyed = 0;
    qint64 skipped = 0; ///< customers gone or erased between the plan and their batch
    int batches = 0;
    int batchesDone = 0;
    bool cancelled = false;
    QList<qint64> ruleIds;
    /// Customers deleted or anonymised: a GUI whose name index lives on another connection
    /// drops them from it (ids stay in memory only, never in the audit trail).
    QStringList removedCustomers;
};

/// The retention run (issue #8), officers only (Permission::RunRetention).
///
/// Selection, per active rule, among active customers (restricted and erased ones are left
/// alone) with no open request: the rule's trigger time is at or before now minus the
/// period (a customer exactly at the period's end is due):
/// - last activity: last_activity_at, or created_at when there was none;
/// - consent withdrawn: per purpose, the withdrawal of that purpose; per category, the
///   latest withdrawal when every consent of the customer is withdrawn;
/// - account closed: customers.closed_at (RetentionService::closeAccount);
/// - a rule per purpose only selects customers with a consent record for that purpose.
/// Held records (written by an erasure or an anonymisation) are destroyed once their hold
/// has ended, plus the period of an active "hold ended" rule for their category if any.
///
/// apply() recomputes the plan, then works in batches: each batch is one transaction with
/// its audit entry ("retention.batch", "held_record.destroy"); the whole run ends with one
/// "retention.run" entry carrying the justification. Cancelling stops between batches.
class RetentionRun
{
public:
    /// (done, total); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit RetentionRun(std::shared_ptr<Session> session);

    /// The dry run. Cancelled (ErrorCode::Cancelled) when @p progress returns false.
    Result<RetentionPlan> preview(const Progress& progress = {});
    /// Applies what is due now. A cancelled run is not an error: the outcome says so, and
    /// the batches done stay done. @p justification must say why (at least kMinJustification
    /// characters). ErrorCode::Busy when a batch was deleted but the SQLite log could not be
    /// emptied (another program reads the workspace): applying again finishes.
    Result<RetentionOutcome>
    apply(const QString& justification, const Progress& progress = {}, int batchSize = kDefaultBatch);

    /// Ok when @p justification says enough to be applied (what apply() checks first).
    static Status checkJustification(const QString& justification);

    static constexpr int kMinJustification = 10;
    static constexpr int kDefaultBatch = 500;

private:
    Result<RetentionPlan> plan(const Progress& progress);
    Status findCustomers(const RetentionRule& rule, qint64 cutoff, RetentionFinding* finding, RetentionPlan* plan);
    Status findHeld(RetentionPlan* plan);
    Status customerBatch(const QList<RetentionTarget>& batch, int number, RetentionOutcome* out);
    Status heldBatch(const QList<qint64>& batch, int number, RetentionOutcome* out);
    Status forget(const QStringList& customerIds);
    Status emptyLog();

    std::shared_ptr<Session> m_session;
};
