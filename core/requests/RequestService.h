#pragma once

#include "core/common/Result.h"
#include "core/domain/Customer.h"
#include "core/domain/Request.h"
#include "core/rules/Deadlines.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// Who asked: personal data, stored only encrypted (under the matched customer's key, or
/// under a key of the request's own that the vault wraps).
struct RequestRequester
{
    QString name;
    QString email;
    QString phone;
    QString address; ///< postal requests
    QString notes; ///< e.g. "acting for her father, power of attorney seen"

    bool isEmpty() const
    {
        return name.trimmed().isEmpty() && email.trimmed().isEmpty() && phone.trimmed().isEmpty()
            && address.trimmed().isEmpty() && notes.trimmed().isEmpty();
    }
    /// One line for display: "name <email> phone".
    QString displayText() const;
};

/// The intake form.
struct RequestInput
{
    Request::Type type = Request::Type::Access;
    QString channel; ///< a code of RequestService::channels()
    QDateTime received; ///< invalid: now; may be earlier (post), never in the future
    RequestRequester requester;
    QString customerId; ///< the matched customer (empty: none, or newCustomer)
    std::optional<Customer> newCustomer; ///< create this customer and match the request to it
    QString jurisdiction; ///< empty: the customer's, else the workspace's
    QStringList purposeCodes; ///< objection / consent withdrawal: the purposes named
    qint64 assignee = 0; ///< 0: nobody yet
    QString note; ///< shown in the history (no requester details: they have their own fields)
};

/// What intake() did.
struct RequestIntake
{
    qint64 id = 0;
    QString customerId; ///< the matched (or newly created) customer; empty: none
    qint64 duplicateOf = 0; ///< an open request of the same type from the same customer (0: none)
    QString jurisdiction;
    QDateTime due;
    QDateTime acknowledgeBy; ///< invalid where the law sets none
    QString source; ///< the article the period comes from
    bool statutory = true; ///< false: workspace policy period
};

/// The Requests page's filters; empty members do not filter.
struct RequestQueueFilter
{
    QList<Request::State> states; ///< empty: every state
    std::optional<Request::Type> type;
    std::optional<qint64> assignee; ///< 0: unassigned
    QString jurisdiction;
    bool openOnly = false; ///< only requests not yet closed
    bool overdueOnly = false; ///< open and past the effective due date
    int dueWithinHours = 0; ///< > 0: open and due within that many hours (overdue included)
};

/// One row of the queue: codes, dates and names of staff; the customer's display name only
/// when the user may view customers. No requester details.
struct RequestQueueRow
{
    qint64 id = 0;
    Request::Type type = Request::Type::Access;
    Request::State state = Request::State::Received;
    QString customerId;
    QString customerName; ///< decrypted display name (empty: none or not allowed)
    QString jurisdiction;
    QString channel;
    QDateTime received;
    QDateTime due; ///< the effective due date: extension and verification pauses included
    QDateTime acknowledgeBy;
    qint64 assignee = 0;
    QString assigneeName;
    bool open = true;
    bool overdue = false; ///< open and past due
    bool dueSoon = false; ///< open, not overdue, due within two days (RequestService::kDueSoonHours)
    bool paused = false; ///< the clock stands still (identity verification)
    bool extended = false;
    qint64 duplicateOf = 0;
    int version = 0;
};

struct RequestQueuePage
{
    QList<RequestQueueRow> rows;
    qint64 total = 0; ///< rows matching the filter
};

/// One line of a request's history: a transition (from -> to) or an event that keeps the
/// state (assignment, extension, verification details, package release).
struct RequestHistoryItem
{
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0;
    QString actor; ///< staff username (empty: unknown)
    QString kind; ///< "intake", "transition", "assign", "extend", "release"
    std::optional<Request::State> from;
    Request::State to = Request::State::Received;
    QString note; ///< why (justification, reason, note)
};

/// Everything the request page shows.
struct RequestDetails
{
    Request request; ///< requesterDetails holds RequestRequester::displayText()
    RequestRequester requester;
    bool requesterUnreadable = false; ///< e.g. the customer was erased (crypto-shredded)
    QString customerName;
    QString assigneeName;
    QString verifiedByName;
    QString decidedByName;
    QDateTime effectiveDue;
    bool overdue = false;
    bool paused = false;
    QString deadlineSource; ///< e.g. "GDPR Art. 12(3); Reg. 1182/71 Art. 3"
    bool extendable = false; ///< the law allows an extension and none was taken yet
    QList<Request::State> next; ///< the states the workflow allows from here
};

/// A supervisory authority a customer may complain to.
struct ComplaintAuthority
{
    QString name;
    QString url;
};

/// The request desk (ARCHITECTURE.md §6): data-subject requests from intake to answer, with
/// their legal deadline. Every change is one transaction with its request_events row and
/// its audit entry (ids, codes and counts only; never requester details). Transitions go
/// through RequestWorkflow; a refused one changes nothing and says why. Changes take the
/// version the caller read: a stale one fails with Conflict.
///
/// Permissions: HandleRequests (agents, officers) to log, read, assign, verify, withdraw and
/// fulfil; DecideRequests (officers) to approve, reject and extend.
///
/// Workspace settings (settings table; all optional):
///  - "workspace.time_zone": IANA zone whose calendar days count (default Asia/Jakarta in a
///    UU_PDP workspace, else UTC);
///  - "requests.policy_days": days for rights without a statutory period (default 30);
///  - "requests.pause_during_verification" ("1"/"0", default "1"), overridable per rule set
///    with "requests.pause_during_verification.<GDPR|UU_PDP|CCPA|LGPD>": while a request is in
///    identity verification its clock stands still, and the effective due date moves by the
///    paused time. The default follows the common reading that a controller that cannot yet
///    identify the requester (GDPR Art. 12(6)) is not yet able to act; a workspace whose
///    counsel reads the period as running from receipt sets it to "0".
class RequestService
{
public:
    enum class VerificationMethod { SignedInAccount, EmailCode, IdDocumentSeen };
    enum class RejectReason {
        IdentityNotVerified,
        InsufficientVerification,
        NoMatchingCustomer,
        RequestNotCovered,
        OutsideJurisdiction,
        ManifestlyUnfounded, ///< manifestly unfounded or excessive (GDPR Art. 12(5))
        Other
    };
    /// Rows due within this many hours stand out in the queue.
    static constexpr int kDueSoonHours = 48;
    /// The shortest justification a rejection accepts.
    static constexpr int kMinJustification = 20;

    explicit RequestService(std::shared_ptr<Session> session);

    /// Logs a request (HandleRequests): defaults received to now and the jurisdiction to the
    /// customer's or the workspace's, computes the deadline, flags a duplicate, encrypts the
    /// requester details. With newCustomer it creates the customer too (EditCustomers).
    Result<RequestIntake> intake(const RequestInput& input);
    /// One request with its requester details decrypted (HandleRequests).
    Result<RequestDetails> get(qint64 id);
    /// A page of the queue sorted by effective due date (then id), @p offset rows in.
    Result<RequestQueuePage> queue(const RequestQueueFilter& filter, int offset = 0, int limit = 100);
    /// Requests per state matching @p filter (its states member is ignored).
    Result<QMap<Request::State, qint64>> countsByState(const RequestQueueFilter& filter = {});
    /// Staff who may handle requests (for the Assign list): id, username, display name.
    Result<QList<User>> assignableStaff();

    /// Assigns the request to @p userId (0: nobody); the user must be able to handle requests.
    Status assign(qint64 id, qint64 userId, int expectedVersion);
    /// Received -> IdentityVerification; the clock pauses where the workspace says so.
    Status startVerification(qint64 id, int expectedVersion);
    /// Records how identity was verified, by whom (the user) and when (now), and moves the
    /// request to InReview (from Received or IdentityVerification); a pause ends. An ID
    /// document is never stored: only that it was seen.
    Status recordVerification(qint64 id, VerificationMethod method, int expectedVersion);
    /// InReview -> Approved (DecideRequests); the justification is recorded.
    Status approve(qint64 id, const QString& justification, int expectedVersion);
    /// Any undecided state -> Rejected (DecideRequests), with a reason code and a written
    /// justification of at least kMinJustification characters.
    Status reject(qint64 id, RejectReason reason, const QString& justification, int expectedVersion);
    /// Extends the deadline once (DecideRequests) as far as the law allows, before the
    /// original deadline passes; @p reason is required. Returns the new due date.
    Result<QDateTime> extend(qint64 id, const QString& reason, int expectedVersion);
    /// Any open state -> Withdrawn: the customer withdrew the request.
    Status withdraw(qint64 id, const QString& note, int expectedVersion);
    /// Approved -> Completed with the effects of the type: restriction restricts the customer,
    /// objection and consent withdrawal withdraw the named purposes at once, rectification
    /// needs a rectification recorded with this request's id first. Access and portability
    /// complete through AccessPackage::release / PortabilityPackage::release; erasure is
    /// executed by the erasure service.
    Status complete(qint64 id, const QString& note, int expectedVersion);
    /// Every transition and event, oldest first: who, when, from, to, why.
    Result<QList<RequestHistoryItem>> history(qint64 id);
    /// The answer to the customer in @p language ("en" or "id"): the decision, for a rejection
    /// the reason and justification, and the right to complain to the authority.
    Result<QString> answer(qint64 id, const QString& language);

    /// The deadline policy of this workspace (time zone, policy days).
    Result<DeadlinePolicy> deadlinePolicy();
    /// Whether the clock pauses during identity verification for @p jurisdiction.
    Result<bool> pausesDuringVerification(const QString& jurisdiction);

    /// Used by the package releases: Approved -> Completed with the artefact hashes recorded,
    /// in the caller's transaction; @p action and @p details go to the audit entry.
    Status completeWithArtefact(
        qint64 id, const QString& sha256, const QString& action, const QString& details, const QString& note);

    /// Reads a request without permission checks (services that already checked).
    Result<Request> load(qint64 id);

    static QStringList channels(); ///< "email", "web_form", "phone", "in_store", "post", "in_app"
    static QString channelName(const QString& code);
    static QString methodCode(VerificationMethod m);
    static bool methodFromCode(const QString& code, VerificationMethod* out);
    static QString methodName(VerificationMethod m);
    static QList<RejectReason> rejectReasons();
    static QString reasonCode(RejectReason r);
    static bool reasonFromCode(const QString& code, RejectReason* out);
    static QString reasonName(RejectReason r);
    /// The authority a customer of @p jurisdiction may complain to, named in @p language.
    static ComplaintAuthority complaintAuthority(const QString& jurisdiction, const QString& language);
    /// The sentence stating the right to complain, in @p language ("en" or "id").
    static QString complaintSentence(const QString& jurisdiction, const QString& language);

    static QString timeZoneKey() { return QStringLiteral("workspace.time_zone"); }
    static QString policyDaysKey() { return QStringLiteral("requests.policy_days"); }
    static QString pauseKey() { return QStringLiteral("requests.pause_during_verification"); }

private:
    struct Change;
    Status refuseUnfinishedErasure(const Request& r);
    Status apply(qint64 id,
                 int expectedVersion,
                 Permission permission,
                 const QString& action,
                 const std::function<Status(const Request&, Change*)>& plan);
    Status requireRead(qint64 id = 0);
    Result<QString> workspaceSetting(const QString& key, const QString& fallback);
    Status applyFulfilment(const Request& r, const QString& note);
    Result<RequestRequester> readRequester(const Request& r, const QByteArray& blob, const QByteArray& wrappedKey);

    std::shared_ptr<Session> m_session;
};
