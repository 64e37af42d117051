#include "core/io/CsvWriter.h"

#include "core/common/SafeText.h"

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString CsvWriter::quote(const QString& cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r'))) {
        return cell;
    }
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList& cells)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        // Escaped first: a cell that then starts with "\u" is no formula.
        out += quote(neutralise(SafeText::escaped(cells.at(i), SafeText::Lines::Multi)));
    }
    out += QLatin1String("\r\n");
    return out;
}
