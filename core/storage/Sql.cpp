#include "core/storage/Sql.h"

#include <sqlite3.h>

namespace Sql {

Table::Table(const char* name, std::initializer_list<const char*> columns)
    : m_name(QString::fromLatin1(name))
{
    m_columns.reserve(int(columns.size()));
    for (const char* c : columns) {
        m_columns << QString::fromLatin1(c);
    }
}

int Table::indexOf(const char* column) const
{
    return m_columns.indexOf(QLatin1String(column));
}

QString Table::columnList(const QString& alias) const
{
    if (alias.isEmpty()) {
        return m_columns.join(QLatin1String(", "));
    }
    QStringList prefixed;
    prefixed.reserve(m_columns.size());
    for (const QString& c : m_columns) {
        prefixed << alias + QLatin1Char('.') + c;
    }
    return prefixed.join(QLatin1String(", "));
}

QString Table::select(const QString& rest, const QString& alias) const
{
    QString sql = QLatin1String("SELECT ") + columnList(alias) + QLatin1String(" FROM ") + m_name;
    if (!alias.isEmpty()) {
        sql += QLatin1Char(' ') + alias;
    }
    if (!rest.isEmpty()) {
        sql += QLatin1Char(' ') + rest;
    }
    return sql;
}

QString Table::insert() const
{
    return QLatin1String("INSERT INTO ") + m_name + QLatin1String(" (") + columnList() + QLatin1String(") VALUES (")
        + placeholders(int(m_columns.size())) + QLatin1Char(')');
}

QString Table::update(const QStringList& set, const QString& rest) const
{
    QStringList assignments;
    assignments.reserve(set.size());
    for (const QString& c : set) {
        Q_ASSERT_X(m_columns.contains(c), "Sql::Table::update", "not a column of this table");
        assignments << c + QLatin1String(" = ?");
    }
    QString sql = QLatin1String("UPDATE ") + m_name + QLatin1String(" SET ") + assignments.join(QLatin1String(", "));
    if (!rest.isEmpty()) {
        sql += QLatin1Char(' ') + rest;
    }
    return sql;
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i) {
        s += i ? QLatin1String(", ?") : QLatin1String("?");
    }
    return s;
}

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

QVariant blobOrNull(const QByteArray& bytes)
{
    return bytes.isEmpty() ? nullBlob() : QVariant(bytes);
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

namespace {

// QSQLITE reports the code sqlite3_step returned; the connection turns extended result codes
// on (Database::configure), so a constraint arrives as SQLITE_CONSTRAINT_<kind>. A bare
// SQLITE_CONSTRAINT (another connection's settings) is still recognised as a constraint.
int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

// A SQLSTATE is five characters; SQLite's codes are at most four digits.
bool isSqlState(const QSqlError& error)
{
    return error.nativeErrorCode().size() == 5;
}

} // namespace

bool isUniqueViolation(const QSqlError& error)
{
    if (isSqlState(error)) {
        return error.nativeErrorCode() == QLatin1String("23505");
    }
    const int c = sqliteCode(error);
    return c == SQLITE_CONSTRAINT_UNIQUE || c == SQLITE_CONSTRAINT_PRIMARYKEY;
}

bool isConstraintViolation(const QSqlError& error)
{
    if (isSqlState(error)) {
        return error.nativeErrorCode().startsWith(QLatin1String("23")); // integrity constraint violation
    }
    const int c = sqliteCode(error);
    return c >= 0 && (c & 0xff) == SQLITE_CONSTRAINT;
}

} // namespace Sql
