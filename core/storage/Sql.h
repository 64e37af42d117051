#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

class Database;

/// The vocabulary every store in core/storage shares: a table's columns declared once and the
/// statements built from them, the value conversions each store would otherwise repeat, and
/// the recognition of a constraint violation by its code (SQLSTATE on PostgreSQL, the extended
/// result code on SQLite), never by the driver's message text, which PostgreSQL translates.
namespace Sql {

/// A table and the columns a store reads and writes, in one order. Statements are built from
/// it, so a column is named in one place; the names are the store's own, never input.
class Table
{
public:
    Table(const char* name, std::initializer_list<const char*> columns);

    const QString& name() const { return m_name; }
    const QStringList& columns() const { return m_columns; }
    /// The position of @p column in columns() (the value index of a select()); -1 if absent.
    int indexOf(const char* column) const;

    /// "c.id, c.full_name, …" (no prefix when @p alias is empty).
    QString columnList(const QString& alias = {}) const;
    /// "SELECT <columns> FROM <name> [alias] " + @p rest (WHERE …, ORDER BY …).
    QString select(const QString& rest = {}, const QString& alias = {}) const;
    /// "INSERT INTO <name> (<columns>) VALUES (?, …)": values bound in columns() order.
    QString insert() const;
    /// "UPDATE <name> SET a = ?, b = ? " + @p rest: @p set must be columns of this table.
    QString update(const QStringList& set, const QString& rest) const;

private:
    QString m_name;
    QStringList m_columns;
};

/// "?, ?, ?" for @p n values.
QString placeholders(int n);
/// SQL NULL typed as a blob (PostgreSQL refuses an untyped NULL for a bytea parameter).
QVariant nullBlob();
/// @p bytes, or a blob NULL when empty.
QVariant blobOrNull(const QByteArray& bytes);
/// Milliseconds since the epoch (UTC) to a date-time; an invalid one for NULL.
QDateTime fromMs(const QVariant& v);
/// A date-time to milliseconds since the epoch; NULL for an invalid one.
QVariant toMs(const QDateTime& t);

/// A UNIQUE or PRIMARY KEY violation (SQLSTATE 23505; SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY).
bool isUniqueViolation(const QSqlError& error);
/// A CHECK, NOT NULL, FOREIGN KEY or UNIQUE violation: the statement broke a rule of the schema.
bool isConstraintViolation(const QSqlError& error);

} // namespace Sql
