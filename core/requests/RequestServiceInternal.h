#pragma once

// Shared by the parts of RequestService (RequestService.cpp: intake and reading,
// RequestTransitions.cpp: workflow changes, RequestFulfilment.cpp: effects and the answer,
// RequestTables.cpp: channels, methods and reasons).
// Not part of the core's public API.

#include "core/requests/RequestService.h"

#include <functional>
#include <optional>

namespace RequestInternal {
/// The audit object type of a request.
inline QString objectType()
{
    return QStringLiteral("request");
}
/// The refusal of a stale change.
Error conflict();
} // namespace RequestInternal

/// One planned change of a request row: the new state (if any), extra columns, and what the
/// history and audit entry say.
struct RequestService::Change
{
    std::optional<Request::State> to;
    QStringList sets;
    QVariantList values;
    QString kind = QStringLiteral("transition");
    QString note;
    QString justification;
    QString details;
    std::function<Status()> effects; ///< runs after the workflow check, in the transaction
};
