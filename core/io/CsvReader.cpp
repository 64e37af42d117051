#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    }
}

bool CsvReader::next(Record* out)
{
    const char* d = m_data.constData();
    const qint64 n = m_data.size();
    // Skip blank lines.
    while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\n' || (d[m_pos] == '\r' && (m_pos + 1 >= n || d[m_pos + 1] != '\n'))) {
            ++m_line;
        }
        ++m_pos;
    }
    if (m_pos >= n) {
        return false;
    }
    *out = Record();
    out->line = m_line;
    QByteArray field;
    bool invalidUtf8 = false;
    auto finishField = [&] {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decode(field);
        if (decode.hasError()) {
            invalidUtf8 = true;
        }
        out->fields << text;
        field.clear();
    };
    for (;;) {
        // At the start of a field.
        if (m_pos < n && d[m_pos] == '"') {
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && (m_pos + 1 >= n || d[m_pos + 1] != '\n'))) {
                    ++m_line;
                }
                // Copy a run of ordinary bytes at once (a 10 MB field stays linear).
                qint64 end = m_pos;
                while (end < n && d[end] != '"' && d[end] != '\n' && d[end] != '\r') {
                    ++end;
                }
                if (end == m_pos) {
                    field += c;
                    ++m_pos;
                } else {
                    field.append(d + m_pos, end - m_pos);
                    m_pos = end;
                }
            }
            if (!closed) {
                out->error = QCoreApplication::translate("CsvReader", "A quoted field is not closed.");
                finishField();
                return true;
            }
            if (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\n' && d[m_pos] != '\r') {
                if (out->error.isEmpty()) {
                    out->error = QCoreApplication::translate("CsvReader", "Unexpected text after a closing quote.");
                }
                // Keep the rest of the field so the record still ends where it should.
                while (m_pos < n && d[m_pos] != ',' && d[m_pos] != '\n' && d[m_pos] != '\r') {
                    field += d[m_pos++];
                }
            }
        } else {
            qint64 end = m_pos;
            while (end < n && d[end] != ',' && d[end] != '\n' && d[end] != '\r') {
                ++end;
            }
            field.append(d + m_pos, end - m_pos);
            m_pos = end;
        }
        finishField();
        if (m_pos >= n) {
            break;
        }
        if (d[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // End of record: CRLF, LF or CR.
        if (d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
        break;
    }
    if (invalidUtf8 && out->error.isEmpty()) {
        out->error = QCoreApplication::translate("CsvReader", "The line is not valid UTF-8 text.");
    }
    return true;
}
