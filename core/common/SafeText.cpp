#include "core/common/SafeText.h"

bool SafeText::isUnsafe(QChar c, Lines lines)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
        return lines == Lines::Single || (u != u'\t' && u != u'\n' && u != u'\r');
    }
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029;
}

qsizetype SafeText::firstUnsafe(const QString& text, Lines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isUnsafe(text.at(i), lines)) {
            return i;
        }
    }
    return -1;
}

QString SafeText::codePoint(QChar c)
{
    return QLatin1String("U+") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

QString SafeText::escaped(const QString& text, Lines lines)
{
    qsizetype at = firstUnsafe(text, lines);
    if (at < 0) {
        return text;
    }
    QString out = text.left(at);
    out.reserve(text.size() + 16);
    for (; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (isUnsafe(c, lines)) {
            out += QLatin1String("\\u")
                + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}
