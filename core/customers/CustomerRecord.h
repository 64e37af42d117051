#pragma once

#include "core/domain/ConsentEvent.h"
#include "core/domain/Customer.h"
#include "core/domain/Purpose.h"
#include "core/domain/Request.h"
#include "core/rules/FairUse.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The current consent of one customer for one purpose (derived from the events).
struct ConsentStatus
{
    enum class State { NoDecision, Granted, Withdrawn };

    Purpose purpose;
    State state = State::NoDecision;
    bool stale = false; ///< granted under a notice older than a material one in effect
    qint64 eventId = 0; ///< the event that decided the state (0: none)
    QDateTime at; ///< when that event happened
    ConsentEvent::Channel channel = ConsentEvent::Channel::WebCheckbox;
    qint64 noticeVersionId = 0;
    QString noticeLabel;
    FairUse::Decision use; ///< mayUse() for this purpose now

    static QString stateCode(State s);
};

/// One line of the consent timeline, decrypted (evidence is personal data).
struct ConsentHistoryItem
{
    ConsentEvent event;
    QString purposeCode;
    QString purposeName;
    QString noticeLabel; ///< empty: no notice version recorded
    QString recordedBy; ///< staff username (empty: unknown / system)
    bool evidenceUnreadable = false;
};

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
