#pragma once

#include "core/common/Result.h"
#include "core/requests/RequestService.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// The answer to an access request (GDPR Art. 15, UU PDP Ps 7 and 32): everything the
/// workspace holds about the customer and how it is used, in the customer's language.
///
/// JSON schema "amanah.access-package/1" (resources/schemas/access-package.schema.json):
///   schema, requestId, customerId, jurisdiction, language, generatedAt (ISO 8601 UTC),
///   controller {name, contact, address, email, phone},
///   personalData {full_name, email, phone, address, birth_date, external_ref, notes, country,
///                 language, status, created_at},
///   purposes [{code, name, description, legalBasis, dataCategories[], retentionDays|null,
///              consent ("granted" | "not_required"), recipients[]}],
///   categories [], recipients [{name, role, country, safeguard, purposes[], dataCategories[],
///   disclosures, lastDisclosedAt|null}], retention [{scope, periodDays|null, trigger, action,
///   legalHoldBasis}], source {value, statement}, consentHistory [{at, purpose, purposeName,
///   granted, channel, notice, evidence, requestId|null}], rights {list [{code, text}],
///   complaint {authority, url, statement}}, automatedDecisionMaking {used, statement}.
///
/// build() is the preview: no side effects. release() writes the JSON and the PDF, records
/// their SHA-256 in the audit trail (request.package_released) and on the request, and
/// completes the request, in one transaction.
struct AccessPackage
{
    struct Controller
    {
        QString name;
        QString contact;
        QString address;
        QString email;
        QString phone;
    };
    struct PersonalField
    {
        QString code; ///< "full_name", "email", ...
        QString value;
    };
    struct PurposeEntry
    {
        QString code;
        QString name;
        QString description;
        QString legalBasis; ///< Purpose::legalBasisCode
        QStringList dataCategories;
        int retentionDays = 0; ///< 0: not set
        QString consent; ///< "granted" or "not_required"
        QStringList recipients;
    };
    struct RecipientEntry
    {
        QString name;
        QString role; ///< "processor" or "controller"
        QString country;
        QString safeguard;
        QStringList purposes;
        QStringList dataCategories;
        int disclosures = 0; ///< records of data actually sent to it
        QDateTime lastDisclosed;
    };
    struct RetentionEntry
    {
        QString scope; ///< a purpose name or a data category
        int periodDays = 0; ///< 0: not set
        QString trigger;
        QString action;
        QString legalHoldBasis;
    };
    struct ConsentEntry
    {
        QDateTime at;
        QString purposeCode;
        QString purposeName;
        bool granted = false;
        QString channel;
        QString notice;
        QString evidence;
        qint64 requestId = 0;
    };
    struct Right
    {
        QString code;
        QString text;
    };

    static QString schemaId() { return QStringLiteral("amanah.access-package/1"); }

    qint64 requestId = 0;
    QString customerId;
    QString jurisdiction;
    QString language; ///< "en" or "id": the customer's
    QDateTime generatedAt;
    Controller controller;
    QList<PersonalField> personalData;
    QList<PurposeEntry> purposes;
    QStringList categories;
    QList<RecipientEntry> recipients;
    QList<RetentionEntry> retention;
    QString source;
    QString sourceStatement;
    QList<ConsentEntry> consentHistory;
    QList<Right> rights;
    ComplaintAuthority authority;
    QString complaintStatement;
    bool automatedDecisionMaking = false;
    QString automatedDecisionStatement;

    QJsonObject toJson() const;
    /// A readable page in @p language ("en" or "id"), a fixed bilingual template.
    QString toHtml(const QString& language) const;
    /// The document title in @p language.
    QString title(const QString& language) const;

    /// The top-level members the schema requires.
    static QStringList requiredFields();
    /// The section titles every rendering has, in @p language.
    static QStringList sectionTitles(const QString& language);
    /// The customer's rights (complaint included) in @p language.
    static QList<Right> rightsFor(const QString& jurisdiction, const QString& language);

    /// The package of access request @p requestId (HandleRequests and ViewCustomers); no side
    /// effects: this is the preview the officer reviews before release.
    static Result<AccessPackage> build(const std::shared_ptr<Session>& session, qint64 requestId);

    /// Renders HTML to a PDF file (amanah_documents' DocumentRenderer::htmlToPdf).
    using PdfWriter = std::function<Status(const QString& html, const QString& path, const QString& title)>;

    /// The files written by a release and their SHA-256 (lower-case hex).
    struct Released
    {
        QString jsonPath;
        QString pdfPath;
        QString jsonSha256;
        QString pdfSha256;
    };
    /// Releases the package of an approved access request into @p directory
    /// (access-request-<id>.json and .pdf), audits the hashes and completes the request.
    static Result<Released>
    release(const std::shared_ptr<Session>& session, qint64 requestId, const QString& directory, const PdfWriter& pdf);
};
