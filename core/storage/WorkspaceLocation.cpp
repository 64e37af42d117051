#include "core/storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLocation)
};

bool looksLikeKeyValue(const QString& text)
{
    static const QRegularExpression keyValue(QStringLiteral("^\\s*(host|hostaddr|port|dbname|user|password)\\s*="));
    return keyValue.match(text).hasMatch();
}

// libpq's key=value form: values may be single-quoted with backslash escapes.
Result<WorkspaceLocation> parseKeyValue(const QString& text)
{
    WorkspaceLocation loc;
    loc.backend = WorkspaceLocation::Backend::Postgres;
    QStringList extra;
    int i = 0;
    const int n = text.size();
    while (i < n) {
        while (i < n && text.at(i).isSpace()) {
            ++i;
        }
        if (i >= n) {
            break;
        }
        const int eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The connection string is incomplete: every setting needs a value."));
        }
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text.at(i).isSpace()) {
            ++i;
        }
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                return Error(ErrorCode::InvalidInput, Tr::tr("The connection string has an unclosed quote."));
            }
        } else {
            while (i < n && !text.at(i).isSpace()) {
                value += text.at(i++);
            }
        }
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            loc.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            loc.port = value.toInt(&ok);
            if (!ok || loc.port <= 0 || loc.port > 65535) {
                return Error(ErrorCode::InvalidInput, Tr::tr("The port must be a number from 1 to 65535."));
            }
        } else if (key == QLatin1String("dbname")) {
            loc.database = value;
        } else if (key == QLatin1String("user")) {
            loc.user = value;
        } else if (key == QLatin1String("password")) {
            loc.password = value;
        } else if (!key.isEmpty()) {
            extra << key + QLatin1Char('=') + value;
        } else {
            return Error(ErrorCode::InvalidInput, Tr::tr("The connection string has a value without a name."));
        }
    }
    loc.options = extra.join(QLatin1Char(';'));
    if (loc.database.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The connection string names no database (dbname=...)."));
    }
    if (loc.host.isEmpty()) {
        loc.host = QStringLiteral("localhost");
    }
    return loc;
}

Result<WorkspaceLocation> parseUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The connection string is not a valid address. Use postgresql://user@host:port/database."));
    }
    WorkspaceLocation loc;
    loc.backend = WorkspaceLocation::Backend::Postgres;
    loc.host = url.host();
    loc.port = url.port(5432);
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.password = url.password(QUrl::FullyDecoded);
    loc.database = url.path(QUrl::FullyDecoded).mid(1);
    if (loc.database.isEmpty() || loc.database.contains(QLatin1Char('/'))) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The connection string names no database after the host."));
    }
    QStringList extra;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        extra << item.first + QLatin1Char('=') + item.second;
    }
    loc.options = extra.join(QLatin1Char(';'));
    return loc;
}

} // namespace

Result<WorkspaceLocation> WorkspaceLocation::parse(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("No workspace was given."));
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        return parseUrl(text);
    }
    if (looksLikeKeyValue(text)) {
        return parseKeyValue(text);
    }
    if (text.contains(QLatin1String("://"))) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Only SQLite files and postgresql:// connection strings are supported."));
    }
    return sqliteFile(text);
}

WorkspaceLocation WorkspaceLocation::sqliteFile(const QString& filePath)
{
    WorkspaceLocation loc;
    loc.backend = Backend::Sqlite;
    loc.path = QDir::cleanPath(QFileInfo(filePath).absoluteFilePath());
    return loc;
}

QString WorkspaceLocation::displayName() const
{
    if (backend == Backend::Sqlite) {
        return QDir::toNativeSeparators(path);
    }
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        s += user + QLatin1Char('@');
    }
    return s + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
}
