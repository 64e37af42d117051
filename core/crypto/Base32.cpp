#include "core/crypto/Base32.h"

#include <botan/mem_ops.h>

#include <QCoreApplication>

#include <utility>

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The 5-bit value of an upper-case alphabet character, or -1.
int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'2' && c <= u'7') {
        return c - u'2' + 26;
    }
    return -1;
}

Error invalidError()
{
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate(
                     "Crypto", "The text is not valid base32. Use only the letters A to Z and the digits 2 to 7."));
}

} // namespace

QString Base32::encode(const QByteArray& data)
{
    return encode(reinterpret_cast<const uint8_t*>(data.constData()), data.size());
}

QString Base32::encode(const SecureBytes& data)
{
    return encode(data.data(), data.size());
}

QString Base32::encode(const uint8_t* data, qsizetype size)
{
    QString out;
    out.reserve((size * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    buffer = 0;
    return out;
}

Result<SecureBytes> Base32::decode(const QString& text)
{
    // Collect the 5-bit values first; padding may only trail.
    QByteArray values;
    values.reserve(text.size());
    bool padding = false;
    for (const QChar ch : text) {
        if (ch.isSpace()) {
            continue;
        }
        if (ch == QLatin1Char('=')) {
            padding = true;
            continue;
        }
        const int v = valueOf(ch.toUpper().unicode());
        if (v < 0 || padding) {
            Botan::secure_scrub_memory(values.data(), static_cast<size_t>(values.size()));
            return invalidError();
        }
        values.append(static_cast<char>(v));
    }
    // 2, 4, 5 or 7 trailing characters hold whole bytes; 1, 3 or 6 cannot.
    const qsizetype tail = values.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6) {
        Botan::secure_scrub_memory(values.data(), static_cast<size_t>(values.size()));
        return invalidError();
    }
    SecureBytes out(values.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype pos = 0;
    for (const char v : std::as_const(values)) {
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[pos++] = static_cast<uint8_t>(buffer >> bits);
        }
    }
    const bool leftoverZero = (buffer & ((1u << bits) - 1)) == 0;
    buffer = 0;
    Botan::secure_scrub_memory(values.data(), static_cast<size_t>(values.size()));
    if (!leftoverZero) {
        return invalidError();
    }
    return out;
}
