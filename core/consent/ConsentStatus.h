#pragma once

#include "core/domain/ConsentEvent.h"
#include "core/domain/Purpose.h"
#include "core/rules/FairUse.h"

#include <QDateTime>
#include <QString>

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
