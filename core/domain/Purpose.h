#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// Why personal data is processed, on which legal basis, for how long, shared with whom.
struct Purpose
{
    enum class LegalBasis { Consent, Contract, LegalObligation, LegitimateInterest, VitalInterest, PublicTask };

    qint64 id = 0;
    QString code; ///< stable short code, e.g. "newsletter"
    QString name;
    QString description;
    LegalBasis legalBasis = LegalBasis::Consent;
    QStringList dataCategories;
    int retentionDays = 0; ///< 0: no retention period set (a minimisation problem)
    bool marketing = false;
    QString category; ///< Kantara purposeCategory, e.g. "Marketing", "Core function"
    QStringList sensitiveCategories; ///< special categories involved (Kantara spiCat); empty: none
    bool active = true;
    QList<qint64> recipientIds;
    QDateTime created;
    QDateTime updated;
    int version = 0;

    /// A purpose on the consent basis needs a current grant before any use.
    bool needsConsent() const { return legalBasis == LegalBasis::Consent; }

    static QString legalBasisCode(LegalBasis b);
    static bool legalBasisFromCode(const QString& code, LegalBasis* out);
};
