#include "core/domain/Request.h"

#include <array>

namespace {
const std::array<std::pair<Request::Type, const char*>, 7> kTypes{{
    {Request::Type::Access, "access"},
    {Request::Type::Rectification, "rectification"},
    {Request::Type::Erasure, "erasure"},
    {Request::Type::Restriction, "restriction"},
    {Request::Type::Objection, "objection"},
    {Request::Type::Portability, "portability"},
    {Request::Type::ConsentWithdrawal, "consent_withdrawal"},
}};
const std::array<std::pair<Request::State, const char*>, 8> kStates{{
    {Request::State::Received, "received"},
    {Request::State::IdentityVerification, "identity_verification"},
    {Request::State::InReview, "in_review"},
    {Request::State::Approved, "approved"},
    {Request::State::Completed, "completed"},
    {Request::State::Rejected, "rejected"},
    {Request::State::Withdrawn, "withdrawn"},
    {Request::State::Executed, "executed"},
}};
} // namespace

QString Request::typeCode(Type t)
{
    for (const auto& [type, code] : kTypes) {
        if (type == t) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

bool Request::typeFromCode(const QString& code, Type* out)
{
    for (const auto& [type, c] : kTypes) {
        if (code == QLatin1String(c)) {
            *out = type;
            return true;
        }
    }
    return false;
}

QString Request::stateCode(State s)
{
    for (const auto& [state, code] : kStates) {
        if (state == s) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

bool Request::stateFromCode(const QString& code, State* out)
{
    for (const auto& [state, c] : kStates) {
        if (code == QLatin1String(c)) {
            *out = state;
            return true;
        }
    }
    return false;
}
