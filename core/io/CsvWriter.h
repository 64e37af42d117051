#pragma once

#include <QString>
#include <QStringList>

/// CSV as exports write it (RFC 4180: comma-separated, CRLF line ends, a field quoted when
/// it holds a comma, quote, CR or LF), with spreadsheet formulas neutralised: a cell that
/// starts with =, +, -, @, tab or CR is prefixed with an apostrophe so Excel, LibreOffice
/// and Sheets show it as text instead of running it (OWASP "CSV injection"). Control and bidi
/// characters other than TAB, LF and CR are written as "\u001B" escapes (SafeText), so
/// neither a spreadsheet nor `cat` in a terminal receives them raw.
class CsvWriter
{
public:
    /// @p cell with a leading apostrophe when a spreadsheet would read it as a formula.
    static QString neutralise(const QString& cell);
    /// @p cell quoted for RFC 4180 where needed (no neutralising).
    static QString quote(const QString& cell);
    /// One record: each cell escaped, neutralised and quoted, joined with commas, ending in CRLF.
    static QString row(const QStringList& cells);
};
