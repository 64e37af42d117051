#include "core/storage/BackupFile.h"

#include "core/storage/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
};

/// One raw QSQLITE connection to a backup file (not a workspace: no migrations, no WAL).
class RawConnection
{
public:
    RawConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("amanah-backup-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
        m_openError = db.lastError().text();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }

    /// Runs @p sql with @p values bound; false and the driver's text on failure.
    bool exec(const QString& sql, const QVariantList& values = {}, QSqlQuery* out = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        if (out) {
            *out = std::move(q);
        }
        return true;
    }
    const QString& lastError() const { return m_lastError; }

private:
    static QAtomicInteger<int>& counter()
    {
        static QAtomicInteger<int> c;
        return c;
    }
    QString m_name;
    bool m_open = false;
    QString m_openError;
    QString m_lastError;
};

Error notABackup(const QString& path)
{
    return Error(ErrorCode::NotADatabase,
                 Tr::tr("“%1” is not an Amanah backup, or it is damaged.").arg(QDir::toNativeSeparators(path)));
}

} // namespace

Status BackupFile::copyInto(const Database& db, const QString& path)
{
    if (db.isPostgres()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A PostgreSQL workspace is backed up with pg_dump (see the README)."));
    }
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("“%1” exists already; choose another name.").arg(QDir::toNativeSeparators(path)));
    }
    // Created empty and 0600 first (VACUUM INTO fills an empty file): the copy is never
    // readable by others, whatever the caller's umask, not even while it is written.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("“%1” cannot be created: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.close();
    auto r = db.exec(QStringLiteral("VACUUM INTO ?"), {QFileInfo(path).absoluteFilePath()});
    if (!r) {
        return r.error();
    }
    return {};
}

Status BackupFile::writeManifest(const QString& path, const QMap<QString, QString>& manifest)
{
    RawConnection c(path, false);
    const auto failed = [&] {
        return Error(ErrorCode::Storage,
                     Tr::tr("The backup’s manifest could not be written: %1").arg(c.isOpen() ? c.lastError() : path));
    };
    if (!c.isOpen() || !c.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))
        || !c.exec(QStringLiteral("CREATE TABLE backup_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        return failed();
    }
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
        if (!c.exec(QStringLiteral("INSERT INTO backup_manifest (key, value) VALUES (?, ?)"), {it.key(), it.value()})) {
            return failed();
        }
    }
    return {};
}

Result<BackupFile::Facts> BackupFile::read(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no backup “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    RawConnection c(path, true);
    if (!c.isOpen()) {
        return notABackup(path);
    }
    Facts facts;
    QSqlQuery q;
    if (!c.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'backup_manifest'"), {}, &q)
        || !q.next()) {
        return notABackup(path);
    }
    if (q.value(0).toInt() == 1) {
        if (!c.exec(QStringLiteral("SELECT key, value FROM backup_manifest"), {}, &q)) {
            return notABackup(path);
        }
        while (q.next()) {
            facts.manifest.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    if (!c.exec(QStringLiteral("SELECT max(version) FROM schema_migrations"), {}, &q) || !q.next()) {
        return notABackup(path);
    }
    facts.schemaVersion = q.value(0).toInt();
    if (!c.exec(QStringLiteral("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"), {}, &q)) {
        return notABackup(path);
    }
    if (q.next()) {
        facts.auditSeq = q.value(0).toLongLong();
        facts.auditMac = QString::fromLatin1(q.value(1).toByteArray().toHex());
    }
    if (!c.exec(QStringLiteral("SELECT count(*) FROM tombstones"), {}, &q) || !q.next()) {
        return notABackup(path);
    }
    facts.tombstones = q.value(0).toLongLong();
    if (!c.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'workspace.id'"), {}, &q) || !q.next()) {
        return notABackup(path);
    }
    facts.workspaceId = q.value(0).toString();
    return facts;
}

Status BackupFile::dropManifest(const Database& db)
{
    auto r = db.exec(QStringLiteral("DROP TABLE IF EXISTS backup_manifest"));
    return r ? Status() : Status(r.error());
}
