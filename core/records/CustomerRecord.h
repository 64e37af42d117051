#pragma once

#include "core/consent/ConsentStatus.h"
#include "core/domain/Customer.h"
#include "core/domain/Request.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// A data-subject request as the record view lists it (filled in by the requests issue).
struct RequestSummary
{
    qint64 id = 0;
    Request::Type type = Request::Type::Access;
    Request::State state = Request::State::Received;
    QDateTime received;
    QDateTime due;
};

/// A disclosure to a third party as the record view lists it.
struct DisclosureSummary
{
    qint64 id = 0;
    QString recipient;
    QString purposeCode;
    QDateTime disclosed;
    QStringList dataCategories;
    QString source; ///< "manual", "import" or "export"
};

/// Everything the customer record page shows.
struct CustomerRecord
{
    Customer customer;
    QList<ConsentStatus> consents; ///< one per active purpose (and inactive ones with events)
    QList<ConsentHistoryItem> history; ///< newest first
    QList<RequestSummary> requests; ///< newest first
    QList<DisclosureSummary> disclosures;
};
