#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/session/Session.h"

/// A signed-in user's own account: password and two-factor sign-in. Needs no role.
class AccountService
{
public:
    /// A two-factor set-up in progress: the secret to show (QR code and text) until confirmed.
    struct TotpEnrolment
    {
        SecureBytes secret;
        QString secretText; ///< base32, for typing into an authenticator app
        QString provisioningUri; ///< otpauth://totp/... for the QR code
    };

    explicit AccountService(std::shared_ptr<Session> session);

    /// Rewraps only this user's key slot under @p newPassword; @p currentPassword proves it is them.
    Status changePassword(const QString& currentPassword, const QString& newPassword);

    /// A new secret for an authenticator app; nothing is stored until confirmTwoFactor().
    TotpEnrolment beginTwoFactor() const;
    /// Stores the secret (encrypted) once @p code shows the app has it.
    Status confirmTwoFactor(const TotpEnrolment& enrolment, const QString& code);
    /// Turns two-factor off (refused when the workspace requires it).
    Status disableTwoFactor(const QString& currentPassword);

private:
    Status checkCurrentPassword(const QString& password) const;
    std::shared_ptr<Session> m_session;
};
