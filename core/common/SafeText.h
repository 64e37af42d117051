#pragma once

#include <QChar>
#include <QString>

/// The one place that decides which characters may not reach a terminal or a spreadsheet raw
/// (issue #17): they are refused in personal fields on entry and import (CustomerService::
/// validate) and written as visible escapes by every terminal and CSV output.
///
/// Unsafe, everywhere:
///  - Unicode category Cc: the C0 controls U+0000-U+001F (NUL, BEL, ESC ...), DEL U+007F and
///    the C1 controls U+0080-U+009F (U+009B is a one-character CSI on some terminals);
///  - the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069
///    ("Trojan Source": they reorder what the reader sees);
///  - the line and paragraph separators U+2028 and U+2029.
/// Multi-line fields (address, notes) and CSV cells may still hold TAB, LF and CR.
///
/// Everything else is text: every script (Arabic, Devanagari, Han ...), combining marks,
/// emoji with their joiners and variation selectors (ZWJ U+200D, ZWNJ U+200C, U+FE0F), and
/// the implicit direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C), which mixed
/// Arabic and Latin names legitimately carry and which cannot reorder text on their own.
///
/// Escapes are "\u" and four upper-case hex digits (ESC is "\u001B"). A backslash is not
/// escaped itself, so ordinary data prints unchanged; since new input can no longer hold the
/// characters above, "\u001B" typed literally and a real ESC stored before this rule can only
/// be told apart in the application.
class SafeText
{
public:
    enum class Lines {
        Single, ///< names, email, phone, references, codes; terminal columns
        Multi, ///< address, notes, CSV cells: TAB, LF and CR are kept
    };

    /// True when @p c may not appear raw in a field or an output of kind @p lines.
    static bool isUnsafe(QChar c, Lines lines = Lines::Single);
    /// The index of the first unsafe character of @p text, or -1.
    static qsizetype firstUnsafe(const QString& text, Lines lines = Lines::Single);
    /// "U+001B" for ESC: how messages name a character that cannot be shown.
    static QString codePoint(QChar c);
    /// @p text with every unsafe character written as "\uXXXX"; @p text itself when it has none.
    static QString escaped(const QString& text, Lines lines = Lines::Single);
};
