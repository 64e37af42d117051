#pragma once

#include "core/common/Result.h"
#include "core/domain/Request.h"

#include <QList>

/// The request state machine of ARCHITECTURE.md §6:
///   Received -> IdentityVerification -> InReview -> Approved -> Completed
///                                             \-> Rejected (reason, right to complain)
///   Erasure: InReview -> Approved (officer B) -> Executed (B != the preparer A)
///   Any open state -> Withdrawn (by the customer)
class RequestWorkflow
{
public:
    /// Ok when a request of @p type may move from @p from to @p to; otherwise a clear error.
    static Status check(Request::Type type, Request::State from, Request::State to);
    /// The states a request of @p type may move to from @p from.
    static QList<Request::State> next(Request::Type type, Request::State from);
    static bool isTerminal(Request::State s);
    /// The translated name of a state, for people.
    static QString stateName(Request::State s);
    /// The translated name of a request type.
    static QString typeName(Request::Type t);
};
