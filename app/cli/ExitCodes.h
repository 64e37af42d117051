#pragma once

#include "core/common/Result.h"

/// amanahctl's exit statuses, one per kind of failure (documented in README.md and --help).
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1; ///< anything not listed below
constexpr int Usage = 2; ///< unknown command or option, missing argument
constexpr int NotFound = 3; ///< no such workspace, user or object
constexpr int NotADatabase = 4; ///< the file is not an Amanah workspace, or is damaged
constexpr int NewerSchema = 5; ///< written by a newer Amanah
constexpr int Unreachable = 6; ///< the PostgreSQL server could not be reached
constexpr int Authentication = 7; ///< wrong password or code, account locked
constexpr int PermissionDenied = 8; ///< the user's roles do not allow the command
constexpr int InvalidInput = 9; ///< input refused (the message says why)
constexpr int AuditBroken = 10; ///< the audit chain failed verification
constexpr int Crypto = 11; ///< a self-test failed or a blob failed authentication
constexpr int ReadOnly = 12; ///< the workspace or its folder cannot be written
constexpr int Conflict = 13; ///< someone else changed the object first
constexpr int Storage = 14; ///< the database refused a statement
constexpr int Busy = 15; ///< another program holds the workspace (the message says what to close)

/// The status for an error from core.
inline int forError(const Error& e)
{
    switch (e.code) {
    case ErrorCode::None:
        return Ok;
    case ErrorCode::InvalidInput:
        return InvalidInput;
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::PermissionDenied:
        return PermissionDenied;
    case ErrorCode::Conflict:
        return Conflict;
    case ErrorCode::Authentication:
        return Authentication;
    case ErrorCode::Crypto:
        return Crypto;
    case ErrorCode::Storage:
    case ErrorCode::Duplicate:
        return Storage;
    case ErrorCode::Unreachable:
        return Unreachable;
    case ErrorCode::NotADatabase:
        return NotADatabase;
    case ErrorCode::NewerSchema:
        return NewerSchema;
    case ErrorCode::ReadOnly:
        return ReadOnly;
    case ErrorCode::Busy:
        return Busy;
    case ErrorCode::Cancelled:
        return Failure;
    }
    return Failure;
}
} // namespace ExitCode
