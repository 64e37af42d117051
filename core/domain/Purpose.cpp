#include "core/domain/Purpose.h"

QString Purpose::legalBasisCode(LegalBasis b)
{
    switch (b) {
    case LegalBasis::Consent:
        return QStringLiteral("consent");
    case LegalBasis::Contract:
        return QStringLiteral("contract");
    case LegalBasis::LegalObligation:
        return QStringLiteral("legal_obligation");
    case LegalBasis::LegitimateInterest:
        return QStringLiteral("legitimate_interest");
    case LegalBasis::VitalInterest:
        return QStringLiteral("vital_interest");
    case LegalBasis::PublicTask:
        return QStringLiteral("public_task");
    }
    return {};
}

bool Purpose::legalBasisFromCode(const QString& code, LegalBasis* out)
{
    for (LegalBasis b : {LegalBasis::Consent,
                         LegalBasis::Contract,
                         LegalBasis::LegalObligation,
                         LegalBasis::LegitimateInterest,
                         LegalBasis::VitalInterest,
                         LegalBasis::PublicTask}) {
        if (legalBasisCode(b) == code) {
            *out = b;
            return true;
        }
    }
    return false;
}
