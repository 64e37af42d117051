#include "core/rules/RequestWorkflow.h"

#include <QCoreApplication>

using State = Request::State;
using Type = Request::Type;

bool RequestWorkflow::isTerminal(State s)
{
    return s == State::Completed || s == State::Rejected || s == State::Withdrawn || s == State::Executed;
}

QList<State> RequestWorkflow::next(Type type, State from)
{
    QList<State> out;
    switch (from) {
    case State::Received:
        // A requester already identified at intake (a signed-in account) goes straight to review;
        // a request that cannot proceed (no matching customer) may be rejected at once.
        out = {State::IdentityVerification, State::InReview, State::Rejected};
        break;
    case State::IdentityVerification:
        out = {State::InReview, State::Rejected};
        break;
    case State::InReview:
        out = {State::Approved, State::Rejected};
        break;
    case State::Approved:
        out = {type == Type::Erasure ? State::Executed : State::Completed};
        break;
    case State::Completed:
    case State::Rejected:
    case State::Withdrawn:
    case State::Executed:
        return {};
    }
    out << State::Withdrawn;
    return out;
}

Status RequestWorkflow::check(Type type, State from, State to)
{
    if (next(type, from).contains(to)) {
        return {};
    }
    if (isTerminal(from)) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("RequestWorkflow", "This request is closed (%1); it cannot change.")
                         .arg(stateName(from)));
    }
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("RequestWorkflow", "A request that is “%1” cannot become “%2”.")
                     .arg(stateName(from), stateName(to)));
}

QString RequestWorkflow::stateName(State s)
{
    switch (s) {
    case State::Received:
        return QCoreApplication::translate("RequestWorkflow", "Received");
    case State::IdentityVerification:
        return QCoreApplication::translate("RequestWorkflow", "Identity verification");
    case State::InReview:
        return QCoreApplication::translate("RequestWorkflow", "In review");
    case State::Approved:
        return QCoreApplication::translate("RequestWorkflow", "Approved");
    case State::Completed:
        return QCoreApplication::translate("RequestWorkflow", "Completed");
    case State::Rejected:
        return QCoreApplication::translate("RequestWorkflow", "Rejected");
    case State::Withdrawn:
        return QCoreApplication::translate("RequestWorkflow", "Withdrawn");
    case State::Executed:
        return QCoreApplication::translate("RequestWorkflow", "Executed", "erasure carried out");
    }
    return {};
}

QString RequestWorkflow::typeName(Type t)
{
    switch (t) {
    case Type::Access:
        return QCoreApplication::translate("RequestWorkflow", "Access");
    case Type::Rectification:
        return QCoreApplication::translate("RequestWorkflow", "Rectification");
    case Type::Erasure:
        return QCoreApplication::translate("RequestWorkflow", "Erasure");
    case Type::Restriction:
        return QCoreApplication::translate("RequestWorkflow", "Restriction");
    case Type::Objection:
        return QCoreApplication::translate("RequestWorkflow", "Objection");
    case Type::Portability:
        return QCoreApplication::translate("RequestWorkflow", "Portability");
    case Type::ConsentWithdrawal:
        return QCoreApplication::translate("RequestWorkflow", "Consent withdrawal");
    }
    return {};
}
