#pragma once

#include "core/domain/ConsentEvent.h"
#include "core/domain/Purpose.h"
#include "core/domain/Request.h"
#include "core/records/CustomerRecord.h"

#include <QDateTime>
#include <QString>

/// Translated names of domain values for the GUI (the codes stay in core).
namespace DomainText {
QString channel(ConsentEvent::Channel channel);
QString consentState(ConsentStatus::State state);
QString legalBasis(Purpose::LegalBasis basis);
QString requestType(Request::Type type);
QString requestState(Request::State state);
/// How a disclosure was recorded: "manual", "import" or "export".
QString disclosureSource(const QString& code);
/// Local date and time, minutes precision; empty for an invalid time.
QString dateTime(const QDateTime& at);
/// Every channel in order, for combos.
QList<ConsentEvent::Channel> channels();
QList<Purpose::LegalBasis> legalBases();
} // namespace DomainText
