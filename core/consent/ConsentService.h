#pragma once

#include "core/common/Result.h"
#include "core/consent/ConsentStatus.h"
#include "core/domain/ConsentEvent.h"
#include "core/rules/FairUse.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>

#include <functional>

/// The consent ledger: grants and withdrawals are appended (never changed); the current
/// state per customer and purpose is derived from them (the latest event by time, kept in
/// the consent_state projection in the same transaction). Evidence (e.g. an IP address) is
/// personal data: encrypted under the customer's key, bound to
/// consent_events|evidence|<customer id>/<purpose id>/<occurred ms>/<0|1>.
class ConsentService
{
public:
    /// One grant or withdrawal to record.
    struct Input
    {
        QString customerId;
        QString purposeCode;
        bool granted = true;
        ConsentEvent::Channel channel = ConsentEvent::Channel::WebCheckbox;
        QString evidence; ///< free text: form id, IP address, call reference...
        qint64 noticeVersionId = 0; ///< 0: the version in effect when it happened
        QDateTime occurred; ///< invalid: now; never in the future
        qint64 requestId = 0; ///< a linked request (e.g. a withdrawal request)
    };

    /// (done, total); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ConsentService(std::shared_ptr<Session> session);

    /// Appends an event and updates the current state; audited. Returns the event id.
    Result<qint64> record(const Input& input);
    /// Records a grant (shorthand).
    Result<qint64> grant(const QString& customerId,
                         const QString& purposeCode,
                         ConsentEvent::Channel channel,
                         const QString& evidence = {});
    /// Records a withdrawal: one action, effective at once (audience exports stop including
    /// the customer from this moment).
    Result<qint64> withdraw(const QString& customerId,
                            const QString& purposeCode,
                            ConsentEvent::Channel channel,
                            const QString& evidence = {});

    /// Current consent per purpose (every active purpose, plus inactive ones with events).
    Result<QList<ConsentStatus>> current(const QString& customerId);
    /// Every event of the customer, newest first, evidence decrypted.
    Result<QList<ConsentHistoryItem>> history(const QString& customerId);

    /// Whether the customer's data may be used for the purpose at @p at (FairUse.h). An
    /// unknown customer or purpose is a refusal with its reason, not an error.
    Result<FairUse::Decision>
    mayUse(const QString& customerId, const QString& purposeCode, const QDateTime& at = QDateTime());

    /// Ids of the customers mayUse() allows for the purpose now, ordered by id.
    Result<QStringList> audience(const QString& purposeCode);
    /// A recipient an audience export can name.
    struct ExportRecipient
    {
        qint64 id = 0;
        QString name;
    };
    /// The recipients an export can name (id and name, by name; officer: ManagePolicy).
    Result<QList<ExportRecipient>> exportRecipients();
    /// What an audience export wrote.
    struct ExportResult
    {
        qint64 exported = 0; ///< customers written to the file
        QStringList damaged; ///< ids of customers left out: their key or a field failed authentication
    };
    /// Writes the audience as CSV for a mailing tool (customer_id, external_ref, full_name,
    /// email, phone, language, consent_at; formulas neutralised, control characters escaped)
    /// and audits the export with the purpose and counts (officer: ManagePolicy). A customer
    /// whose data cannot be decrypted is left out and named in ExportResult::damaged; everyone
    /// else is still exported (the caller reports the damaged ones).
    /// @p recipientId (0: none) names who receives the file: then a disclosure (source
    /// 'export', the purpose and its data categories) is recorded for every exported customer
    /// in the audit entry's transaction. Cancelled through @p progress: ErrorCode::Cancelled,
    /// nothing audited or recorded (the caller discards the partial file).
    Result<ExportResult>
    exportAudience(const QString& purposeCode, QIODevice* out, const Progress& progress = {}, qint64 recipientId = 0);

    /// The AAD row id of an event's evidence.
    static QString evidenceRowId(const QString& customerId, qint64 purposeId, qint64 occurredMs, bool granted);
    /// The consent_state upsert for one event (shared with the bulk writer).
    static QString stateUpsertSql();

private:
    struct PurposeRow
    {
        qint64 id = 0;
        Purpose::LegalBasis basis = Purpose::LegalBasis::Consent;
        bool marketing = false;
        bool active = true;
    };
    Result<PurposeRow> purposeRow(const QString& code);
    /// Audience rows as (id, consent ms) pages; shared by audience() and exportAudience().
    Status forEachAudienceBatch(const PurposeRow& p,
                                const std::function<Status(const QList<QPair<QString, qint64>>&)>& fn,
                                qint64* total);

    std::shared_ptr<Session> m_session;
};
