#include "testsupport/SqliteReader.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>

SqliteReader::SqliteReader(const QString& path)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("test-reader-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QSqlQuery q(db);
    m_ok = db.open() && db.transaction() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
}

SqliteReader::~SqliteReader()
{
    end();
}

void SqliteReader::end()
{
    if (!QSqlDatabase::contains(m_name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}
