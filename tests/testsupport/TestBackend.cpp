#include "testsupport/TestBackend.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace TestBackend {

bool isPostgres()
{
    return qEnvironmentVariable("AMANAH_TEST_BACKEND") == QLatin1String("postgres");
}

QString postgresUrl()
{
    return qEnvironmentVariable("AMANAH_TEST_PG");
}

QString unavailableReason()
{
    if (isPostgres() && postgresUrl().isEmpty()) {
        return QStringLiteral("AMANAH_TEST_PG is not set: run the suite through scripts/test.sh, which starts "
                              "a PostgreSQL test cluster");
    }
    return {};
}

Result<WorkspaceLocation> freshLocation(const QString& dir, const QString& fileName)
{
    if (!isPostgres()) {
        return WorkspaceLocation::sqliteFile(QDir(dir).filePath(fileName));
    }
    auto admin = WorkspaceLocation::parse(postgresUrl());
    if (!admin) {
        return admin.error();
    }
    // The name is made here from random hex digits, never from input.
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    const QString conn = QStringLiteral("testbackend-") + name;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setDatabaseName(admin->database);
        db.setUserName(admin->user);
        db.setPassword(admin->password);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                failure = q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!failure.isEmpty()) {
        return Error(ErrorCode::Storage, QStringLiteral("could not create a test database: ") + failure);
    }
    WorkspaceLocation loc = *admin;
    loc.database = name;
    return loc;
}

WorkspaceLocation asSuperuser(const WorkspaceLocation& location)
{
    WorkspaceLocation loc = location;
    auto super = WorkspaceLocation::parse(qEnvironmentVariable("AMANAH_TEST_PG_SUPER"));
    if (super) {
        loc.user = super->user;
        loc.password = super->password;
    }
    return loc;
}

} // namespace TestBackend
