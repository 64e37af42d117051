#pragma once

#include <QDateTime>
#include <QString>

/// One grant or withdrawal of consent (append-only; the current state is derived).
struct ConsentEvent
{
    enum class Channel { WebCheckbox, EmailLink, Phone, InStore, PaperForm, Import };

    qint64 id = 0;
    QString customerId;
    qint64 purposeId = 0;
    bool granted = true;
    QDateTime occurred;
    QDateTime recorded;
    Channel channel = Channel::WebCheckbox;
    qint64 noticeVersionId = 0; ///< 0: none
    QString evidence; ///< personal data (e.g. an IP address): stored encrypted
    qint64 recordedBy = 0;
    qint64 requestId = 0; ///< 0: not linked to a request

    static QString channelCode(Channel c);
    /// The row id bound into the AAD of an event's evidence: the event's natural key, known
    /// before the row is inserted (the bulk writer seals evidence before it has event ids).
    static QString evidenceRowId(const QString& customerId, qint64 purposeId, qint64 occurredMs, bool granted)
    {
        return QStringLiteral("%1/%2/%3/%4").arg(customerId).arg(purposeId).arg(occurredMs).arg(granted ? 1 : 0);
    }
    static bool channelFromCode(const QString& code, Channel* out);
};
