#pragma once

#include <QDateTime>
#include <QString>

/// How long a category of data, or the data of a purpose, is kept and what happens then.
struct RetentionRule
{
    enum class Trigger { LastActivity, ConsentWithdrawn, AccountClosed, HoldEnded };
    enum class Action { Anonymise, Delete };

    qint64 id = 0;
    QString dataCategory; ///< empty when the rule is per purpose
    qint64 purposeId = 0; ///< 0 when the rule is per category
    int periodDays = 0;
    Trigger trigger = Trigger::LastActivity;
    Action action = Action::Delete;
    QString legalHoldBasis; ///< e.g. "UU KUP Ps 28(11): 10 years"
    bool active = true;
    QDateTime created;
    QDateTime updated;
    int version = 0;
};
