#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// A customer whose personal data the workspace holds. In memory only after
/// decryption; in the database every personal field is an AEAD blob.
struct Customer
{
    enum class Status { Active, Restricted, Erased };

    QString id; ///< UUID, also the AAD row id of every field blob
    QString externalRef;
    QString fullName;
    QString email;
    QString phone; ///< E.164 where it could be normalised
    QString address;
    QDate birthDate;
    QString notes;
    QString country; ///< ISO 3166-1 alpha-2
    QString jurisdiction; ///< a rule set code, e.g. "GDPR", "UU_PDP"
    QString source;
    QString language; ///< preferred language for receipts and letters: "en", "id", ... (empty: workspace default)
    Status status = Status::Active;
    bool objected = false;
    QDateTime created;
    QDateTime updated;
    int version = 0;

    static QString statusCode(Status s);
    static bool statusFromCode(const QString& code, Status* out);
};
