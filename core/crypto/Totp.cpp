#include "core/crypto/Totp.h"

#include "core/common/Clock.h"
#include "core/crypto/Base32.h"
#include "core/crypto/Random.h"

#include <botan/mac.h>
#include <botan/mem_ops.h>

#include <QUrl>

#include <array>

namespace {

const char* macName(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha256:
        return "HMAC(SHA-256)";
    case TotpAlgorithm::Sha512:
        return "HMAC(SHA-512)";
    case TotpAlgorithm::Sha1:
        break;
    }
    return "HMAC(SHA-1)";
}

QString algorithmName(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case TotpAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    case TotpAlgorithm::Sha1:
        break;
    }
    return QStringLiteral("SHA1");
}

bool validParams(const SecureBytes& secret, int digits, int period)
{
    return !secret.isEmpty() && digits >= 6 && digits <= 8 && period >= 1;
}

// RFC 4226 §5.3: HMAC of the big-endian counter, dynamic truncation, modulo 10^digits.
// Throws on a Botan failure; callers catch.
quint32 hotp(Botan::MessageAuthenticationCode& mac, qint64 counter, int digits)
{
    uint8_t message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<uint8_t>(counter & 0xff);
        counter >>= 8;
    }
    std::array<uint8_t, 64> digest{};
    mac.update(message, sizeof message);
    mac.final(digest.data());
    const size_t length = mac.output_length();
    const size_t offset = digest[length - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(digest[offset] & 0x7f) << 24)
        | (static_cast<quint32>(digest[offset + 1]) << 16) | (static_cast<quint32>(digest[offset + 2]) << 8)
        | digest[offset + 3];
    Botan::secure_scrub_memory(digest.data(), digest.size());
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return binary % modulus;
}

std::unique_ptr<Botan::MessageAuthenticationCode> keyedMac(const SecureBytes& secret, TotpAlgorithm algorithm)
{
    auto mac = Botan::MessageAuthenticationCode::create_or_throw(macName(algorithm));
    mac->set_key(secret.data(), static_cast<size_t>(secret.size()));
    return mac;
}

QByteArray formatCode(quint32 value, int digits)
{
    QByteArray text(digits, '0');
    for (int i = digits - 1; i >= 0; --i) {
        text[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return text;
}

} // namespace

qint64 Totp::timeStep(qint64 unixTime, int period)
{
    return period > 0 && unixTime >= 0 ? unixTime / period : -1;
}

QString Totp::code(const SecureBytes& secret, qint64 unixTime, int digits, int period, TotpAlgorithm algorithm)
{
    if (!validParams(secret, digits, period) || unixTime < 0) {
        return {};
    }
    try {
        auto mac = keyedMac(secret, algorithm);
        return QString::fromLatin1(formatCode(hotp(*mac, timeStep(unixTime, period), digits), digits));
    } catch (const std::exception&) {
        return {};
    }
}

QString Totp::currentCode(const SecureBytes& secret, int digits, int period, TotpAlgorithm algorithm)
{
    return code(secret, Clock::instance().now().toSecsSinceEpoch(), digits, period, algorithm);
}

bool Totp::verify(const SecureBytes& secret,
                  const QString& code,
                  const QDateTime& now,
                  int window,
                  qint64* matchedStep,
                  int digits,
                  int period,
                  TotpAlgorithm algorithm)
{
    if (!validParams(secret, digits, period) || !now.isValid() || window < 0 || window > 10) {
        return false;
    }
    QByteArray typed;
    for (const QChar ch : code) {
        if (ch.isSpace()) {
            continue;
        }
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
            return false;
        }
        typed.append(static_cast<char>(ch.unicode()));
    }
    if (typed.size() != digits) {
        return false;
    }
    const qint64 current = timeStep(now.toSecsSinceEpoch(), period);
    if (current < 0) {
        return false;
    }
    try {
        auto mac = keyedMac(secret, algorithm);
        qint64 found = -1;
        // Check every step of the window, so the time taken does not say which one matched.
        for (qint64 step = current - window; step <= current + window; ++step) {
            if (step < 0) {
                continue;
            }
            const QByteArray expected = formatCode(hotp(*mac, step, digits), digits);
            const bool same = Botan::constant_time_compare(reinterpret_cast<const uint8_t*>(expected.constData()),
                                                           reinterpret_cast<const uint8_t*>(typed.constData()),
                                                           static_cast<size_t>(digits));
            if (same && found < 0) {
                found = step;
            }
        }
        if (found < 0) {
            return false;
        }
        if (matchedStep) {
            *matchedStep = found;
        }
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

SecureBytes Totp::generateSecret()
{
    return Random::secureBytes(SecretSize);
}

QString Totp::provisioningUri(const SecureBytes& secret,
                              const QString& issuer,
                              const QString& account,
                              int digits,
                              int period,
                              TotpAlgorithm algorithm)
{
    // Key URI format (Google Authenticator): otpauth://totp/Issuer:account?secret=...&issuer=...
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':')
        + QString::fromLatin1(QUrl::toPercentEncoding(account));
    QString uri = QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") + Base32::encode(secret)
        + QStringLiteral("&issuer=") + QString::fromLatin1(QUrl::toPercentEncoding(issuer))
        + QStringLiteral("&algorithm=") + algorithmName(algorithm) + QStringLiteral("&digits=")
        + QString::number(digits) + QStringLiteral("&period=") + QString::number(period);
    return uri;
}
