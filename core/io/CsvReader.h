#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Reads CSV from outside (RFC 4180): comma-separated, fields optionally in double quotes
/// with "" for a quote and commas, CR and LF allowed inside; CRLF, LF or CR line ends; UTF-8
/// with or without a byte-order mark. Blank lines are skipped. Never throws, never loops:
/// every call consumes input; a malformed record is returned with an error and a line number.
class CsvReader
{
public:
    struct Record
    {
        qint64 line = 0; ///< the line the record starts on (1-based, counting embedded newlines)
        QStringList fields;
        QString error; ///< empty when the record is well-formed
    };

    explicit CsvReader(QByteArray data);

    /// The next record; false at the end of the input.
    bool next(Record* out);
    /// Bytes consumed so far and in all (for progress bars).
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_line = 1;
};
