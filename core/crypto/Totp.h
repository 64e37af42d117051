#pragma once

#include "core/crypto/SecureBytes.h"

#include <QDateTime>
#include <QString>

/// The HMAC behind a TOTP code (RFC 6238 §1.2).
enum class TotpAlgorithm { Sha1, Sha256, Sha512 };

/// Time-based one-time passwords (RFC 6238 over RFC 4226), for staff second factors.
/// Time comes from the caller or from Clock::instance(), so tests can fix it. Thread-safe.
class Totp
{
public:
    static constexpr int SecretSize = 20;
    static constexpr int DefaultDigits = 6;
    static constexpr int DefaultPeriod = 30;

    /// The code for \a unixTime; empty if \a secret is empty, \a digits is not 6..8,
    /// \a period < 1 or \a unixTime < 0.
    static QString code(const SecureBytes& secret,
                        qint64 unixTime,
                        int digits = DefaultDigits,
                        int period = DefaultPeriod,
                        TotpAlgorithm algorithm = TotpAlgorithm::Sha1);
    /// The code for the current time of Clock::instance().
    static QString currentCode(const SecureBytes& secret,
                               int digits = DefaultDigits,
                               int period = DefaultPeriod,
                               TotpAlgorithm algorithm = TotpAlgorithm::Sha1);
    /// The time step (counter) that \a unixTime falls in.
    static qint64 timeStep(qint64 unixTime, int period = DefaultPeriod);

    /// True if \a code (spaces ignored) matches a step within \a window steps of \a now.
    /// Compares in constant time and always checks the whole window. On success
    /// \a matchedStep receives the step, so callers can refuse a replay of the same (or an
    /// older) step.
    static bool verify(const SecureBytes& secret,
                       const QString& code,
                       const QDateTime& now,
                       int window = 1,
                       qint64* matchedStep = nullptr,
                       int digits = DefaultDigits,
                       int period = DefaultPeriod,
                       TotpAlgorithm algorithm = TotpAlgorithm::Sha1);

    /// A new random 20-byte secret (RFC 4226's recommended length for SHA-1).
    static SecureBytes generateSecret();

    /// The otpauth://totp/ URI that authenticator apps read from a QR code.
    static QString provisioningUri(const SecureBytes& secret,
                                   const QString& issuer,
                                   const QString& account,
                                   int digits = DefaultDigits,
                                   int period = DefaultPeriod,
                                   TotpAlgorithm algorithm = TotpAlgorithm::Sha1);
};
