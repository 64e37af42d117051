#pragma once

#include <QString>

#include <optional>
#include <utility>

/// What kind of failure a core call reports. The CLI maps these to exit statuses
/// (see app/cli/ExitCodes.h), the GUI shows Error::message.
enum class ErrorCode {
    None = 0,
    InvalidInput, ///< the caller's input was refused (message says why)
    NotFound, ///< the object asked for does not exist
    PermissionDenied, ///< the signed-in user's roles do not allow this (audited)
    Conflict, ///< the row changed since it was read (optimistic locking)
    Authentication, ///< wrong password, wrong code, locked account
    Crypto, ///< a blob failed authentication, a self-test failed
    Storage, ///< the database refused or failed a statement
    Unreachable, ///< the database server could not be reached
    NotADatabase, ///< the file is not an SQLite database, or is damaged
    NewerSchema, ///< the database was written by a newer Amanah
    ReadOnly, ///< the file or its folder cannot be written
    Cancelled, ///< the user cancelled long work
    Busy, ///< another connection holds what the call needs (the message says what to close)
    Duplicate, ///< a row with the same unique key exists (a store turns it into the caller's words)
};

/// An error value: a code for programs and a translated sentence for people.
/// The message never contains personal data.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString msg)
        : code(c)
        , message(std::move(msg))
    { }
};

/// Either a value or an Error. Fallible core calls return this, never a silent default.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A fallible call with nothing to return.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& errorString() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;
