#pragma once

#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// A consent receipt for one customer in the Kantara Initiative Consent Receipt
/// Specification v1.1 shape: the structured object (for the UI's printable PDF), its JSON
/// and an HTML rendering in English or Indonesian (QTextDocument can print it).
struct ConsentReceipt
{
    struct PurposeEntry
    {
        QString purpose; ///< the purpose's name
        QStringList purposeCategory; ///< e.g. "Marketing"
        QString consentType; ///< "EXPLICIT" (consent basis) or "NOT_REQUIRED"
        QStringList piiCategory; ///< data categories
        bool primaryPurpose = false;
        QString termination; ///< how consent ends
        bool thirdPartyDisclosure = false;
        QString thirdPartyName;
        QDateTime grantedAt;
    };
    struct Controller
    {
        QString piiController;
        QString contact;
        QString address;
        QString email;
        QString phone;
        QString url;
    };

    QString version = QStringLiteral("KI-CR-v1.1.0");
    QString jurisdiction;
    QDateTime consentTimestamp;
    QString collectionMethod;
    QString consentReceiptId;
    QString language;
    QString piiPrincipalId;
    QList<Controller> piiControllers;
    QString policyUrl;
    QString service; ///< the shop's service name
    QList<PurposeEntry> purposes;
    bool sensitive = false;
    QStringList spiCat;

    /// The Kantara v1.1 JSON object.
    QJsonObject toJson() const;
    /// A printable page in @p language ("en" or "id"; others fall back to English).
    QString toHtml(const QString& language) const;

    /// The top-level fields Kantara v1.1 requires.
    static QStringList requiredFields();
    /// Empty when @p json has every required field with the right JSON type; else what is wrong.
    static QStringList check(const QJsonObject& json);

    /// The receipt of @p customerId's current grants (ViewCustomers; audited as consent.receipt).
    static Result<ConsentReceipt> forCustomer(const std::shared_ptr<Session>& session, const QString& customerId);
};
