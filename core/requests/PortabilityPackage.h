#pragma once

#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

/// The answer to a portability request (GDPR Art. 20, UU PDP Ps 13): the data the customer
/// provided, in a structured, machine-readable form: JSON ("amanah.portability/1": schema,
/// requestId, customerId, generatedAt, providedData {full_name, email, phone, address,
/// birth_date, country, language}, consents [{purpose, granted, at, channel}]) and CSV
/// (section, field, value; formulas neutralised). Derived data (status, notes written by
/// staff, disclosures) is not "provided by" the customer and is left out.
struct PortabilityPackage
{
    struct Field
    {
        QString code;
        QString value;
    };
    struct ConsentChoice
    {
        QString purposeCode;
        bool granted = false;
        QDateTime at;
        QString channel;
    };

    qint64 requestId = 0;
    QString customerId;
    QDateTime generatedAt;
    QList<Field> providedData;
    QList<ConsentChoice> consents;

    QJsonObject toJson() const;
    QByteArray toCsv() const;

    /// The package of portability request @p requestId; no side effects.
    static Result<PortabilityPackage> build(const std::shared_ptr<Session>& session, qint64 requestId);

    struct Released
    {
        QString jsonPath;
        QString csvPath;
        QString jsonSha256;
        QString csvSha256;
    };
    /// Writes portability-request-<id>.json and .csv into @p directory, records their SHA-256
    /// (audit "request.package_released" and the request) and completes the approved request.
    static Result<Released>
    release(const std::shared_ptr<Session>& session, qint64 requestId, const QString& directory);
};
