#pragma once

#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

/// One recipient to tell about a request's outcome (GDPR Art. 19).
struct RecipientCheck
{
    qint64 recipientId = 0;
    QString name;
    QString country;
    QString contact;
    QDateTime notifiedAt; ///< invalid: not yet
    QString notifiedBy;
    QDateTime confirmedAt; ///< invalid: not yet
    QString confirmedBy;
    QDateTime dueBy; ///< confirmation expected by (invalid: the clock has not started)
    bool overdue = false; ///< not confirmed and past dueBy
};

/// The checklist of recipients to notify after an erasure, rectification or restriction: the
/// recipients that received the customer's data (a disclosures row), kept as rows of their own
/// once an erasure has destroyed the disclosures. Unconfirmed entries become overdue
/// notifyDays() after the request was executed or completed.
///
/// Permissions: HandleRequests to read and mark. Each mark is audited (recipient.notified,
/// recipient.confirmed) with ids only.
class RecipientNotificationService
{
public:
    static constexpr int kDefaultOverdueDays = 30;

    explicit RecipientNotificationService(std::shared_ptr<Session> session);

    /// The checklist of request @p requestId, by recipient name.
    Result<QList<RecipientCheck>> checklist(qint64 requestId);
    /// Marks @p recipientId told about request @p requestId (now, by the user).
    Status markNotified(qint64 requestId, qint64 recipientId);
    /// Marks that @p recipientId confirmed acting on it (now, by the user); needs notified first.
    Status markConfirmed(qint64 requestId, qint64 recipientId);

    /// Settings key of the days after which an unconfirmed recipient is overdue (default 30).
    static QString overdueDaysKey() { return QStringLiteral("recipients.notify_overdue_days"); }

private:
    Status mark(qint64 requestId, qint64 recipientId, bool confirm);

    std::shared_ptr<Session> m_session;
};
