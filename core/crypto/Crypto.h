#pragma once

#include "core/common/Result.h"

#include <QString>

/// Entry point of the crypto layer. Botan stays behind core/crypto: no other folder
/// includes a Botan header, and every Botan exception is caught here.
class Crypto
{
public:
    /// Disables core dumps and runs the known-answer self-tests (SHA-256, HMAC-SHA256,
    /// AES-256/GCM, Argon2id, TOTP). Called once by both executables and by every test's
    /// initTestCase; later calls return the first result.
    static Status init();

    /// The Botan version the program runs with, e.g. "2.19.3".
    static QString botanVersion();
};
