#pragma once

#include "core/common/Result.h"
#include "core/domain/Request.h"
#include "core/erasure/CustomerShredder.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

/// A category the erasure destroys, with how many rows or fields.
struct ErasureCategory
{
    QString code; ///< see CustomerShredder::categoryName
    qint64 count = 0;
};

/// A recipient that received the customer's data and must be told (GDPR Art. 19).
struct ErasureRecipient
{
    qint64 id = 0;
    QString name;
    QString country;
    QString contact;
    qint64 disclosures = 0;
    QDateTime lastDisclosed;
};

/// What executing the erasure would do, for the preview and confirmation forms.
struct ErasurePreview
{
    qint64 requestId = 0;
    int requestVersion = 0;
    QString customerId;
    QString customerName; ///< shown to the staff deciding; never stored elsewhere
    QString reference; ///< what the approver types again: the external reference, else the customer id
    QStringList fields; ///< customer field codes holding data
    QList<ErasureCategory> destroyed;
    QList<ApplicableHold> holds;
    QList<ErasureRecipient> recipients;
    qint64 preparedBy = 0; ///< 0: not prepared yet
    QString preparedByName;
    QDateTime preparedAt;
    /// The customer's data was already deleted by an earlier execution that could not empty
    /// the log: executing again finishes (no customer, reference or counts are shown then).
    bool shredded = false;
};

/// What an erasure does to one kind of copy of the customer's data (translated, for the
/// preview and confirmation screens; the certificate says the same in the workspace language).
struct ErasureCopyFate
{
    QString copies; ///< e.g. "Amanah backups made before the erasure"
    QString fate; ///< e.g. "erased again when restored through Amanah"
};

/// The accountability record of one erasure request (no personal data).
struct ErasureRecord
{
    qint64 requestId = 0;
    Request::State state = Request::State::Received;
    QString jurisdiction;
    QDateTime received;
    qint64 preparedBy = 0;
    QString preparedByName;
    QDateTime preparedAt;
    qint64 approvedBy = 0;
    QString approvedByName;
    QDateTime approvedAt;
    QDateTime shreddedAt; ///< the customer's data was deleted (before executedAt, or alone while unfinished)
    QDateTime executedAt;
    QString justification;
    QStringList categories;
    QString pseudonym;
    QString certificateSha256;
    struct Held
    {
        qint64 id = 0;
        QString category;
        QString basis;
        QStringList fields;
        QDateTime heldUntil;
    };
    QList<Held> holds; ///< held records still kept
    QStringList holdsAtExecution; ///< "category|until" as recorded by the execution
};

/// A held record opened by an officer.
struct HeldRecordContent
{
    qint64 id = 0;
    QString category;
    QString basis;
    QDateTime heldUntil;
    QList<QPair<QString, QString>> fields; ///< field code -> value
};

/// Erasure with a logged justification (ARCHITECTURE.md §6, issue #7): an agent or officer
/// prepares an approved erasure request (preview of what goes, what a legal hold keeps, whom to
/// tell); a second officer, not the preparer, confirms with a written justification and the
/// customer reference typed again.
///
/// Execution has two steps because a committed deletion cannot be undone (issue #17): one
/// transaction shreds the customer (CustomerShredder), clears the requester details and
/// records the shred (audit "erasure.shred"); the request stays approved. Then the SQLite log
/// is checkpointed and truncated (Database::truncateWal, waiting for readers); only when that
/// succeeds does a second transaction move the request to Executed (audit "erasure.execute").
/// If it fails, execute() says so and the request stays approved: executing it again (the
/// same checks: a second officer, the reference typed again) skips the shred and finishes.
///
/// Permissions: PrepareErasure to preview and prepare; ApproveErasure (and not being the
/// preparer) to execute; ApproveErasure to read held records and to manage hold rules;
/// RunRetention to destroy held records whose hold has ended.
class ErasureService
{
public:
    /// The shortest justification accepted.
    static constexpr int kMinJustification = 20;

    explicit ErasureService(std::shared_ptr<Session> session);

    /// What becomes of each kind of copy once an erasure is executed: the workspace and its
    /// log at once; Amanah backups when restored (the restore re-applies the erasure ledger);
    /// copies made outside Amanah keep the data until they are destroyed.
    static QList<ErasureCopyFate> copyFates();

    /// What executing the erasure of request @p requestId would do (PrepareErasure or ApproveErasure).
    Result<ErasurePreview> preview(qint64 requestId);
    /// Records the user as preparer of the approved erasure request (PrepareErasure).
    Result<ErasurePreview> prepare(qint64 requestId);
    /// Executes the prepared erasure (ApproveErasure; the user is not the preparer). Refused,
    /// changing nothing, when the justification is shorter than kMinJustification or
    /// @p typedReference is not the preview's reference. ErrorCode::Busy when the data was
    /// deleted but the log could not be emptied (another program reads the workspace): the
    /// request stays approved and executing again finishes.
    Status execute(qint64 requestId, const QString& justification, const QString& typedReference);
    /// The erasure record of a request (HandleRequests, ApproveErasure or ViewAudit).
    Result<ErasureRecord> record(qint64 requestId);

    /// Opens a held record (ApproveErasure: officers only; audited).
    Result<HeldRecordContent> readHeld(qint64 heldId);
    /// Destroys held records whose hold ended before now (RunRetention), those of erasure
    /// request @p requestId only, or all (0). Returns how many.
    Result<int> destroyExpiredHolds(qint64 requestId = 0);

    /// The workspace's hold rules (ApproveErasure).
    struct HoldRule
    {
        qint64 id = 0;
        QString category;
        QString basis;
        int years = 0;
        QStringList fields;
        bool fromActivity = true; ///< counted from the last activity, else from the erasure
        bool active = true;
    };
    Result<QList<HoldRule>> holdRules();
    /// Adds (id 0) or changes a hold rule (ManagePolicy: officers). Returns its id.
    Result<qint64> saveHoldRule(const HoldRule& rule);

private:
    Result<Request> loadErasure(qint64 requestId);
    Result<ErasurePreview> buildPreview(const Request& r);
    Result<ErasurePreview> shreddedPreview(const Request& r);
    Result<bool> shredPending(qint64 requestId);
    QString referenceCheck(const QString& typedReference) const;
    Status checkRetry(qint64 requestId, const QString& typedReference);
    Status shredStep(qint64 requestId, const QString& why, const QString& typedReference);
    Status finishStep(qint64 requestId, const QString& why);
    QString userName(qint64 id);

    std::shared_ptr<Session> m_session;
};
