#pragma once

#include "core/common/Result.h"

#include <QString>

/// Staff passwords per NIST SP 800-63B: length, not composition. At least 8 characters
/// with a second factor and 15 without, up to 256, any Unicode (NFKC-normalised), not on
/// the blocklist of common passwords, not the user name.
class PasswordPolicy
{
public:
    static constexpr int kMinWithSecondFactor = 8;
    static constexpr int kMinWithoutSecondFactor = 15;
    static constexpr int kMax = 256;

    /// Ok, or InvalidInput with a sentence telling the user why.
    static Status check(const QString& password, bool hasSecondFactor, const QString& username = {});

    /// True when @p password (case-insensitive) is on the blocklist.
    static bool isBlocked(const QString& password);

    /// The number of entries on the blocklist (tests check it is at least 10,000).
    static int blocklistSize();
};
