#include "core/backup/BackupService.h"

#include "core/Version.h"
#include "core/common/Clock.h"
#include "core/erasure/ErasureLedger.h"
#include "core/storage/BackupFile.h"
#include "core/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
};

const QString kObject = QStringLiteral("backup");
const QString kKeepDaysKey = QStringLiteral("backup.keep_days");
const QString kFormat = QStringLiteral("amanah-backup");
constexpr int kFormatVersion = 1;

} // namespace

BackupService::BackupService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QString BackupService::defaultFolder() const
{
    const WorkspaceLocation& loc = m_session->workspace()->location();
    if (loc.isPostgres()) {
        return {};
    }
    return QFileInfo(loc.path).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::suggestedPath(const QString& folder) const
{
    const QString base = QFileInfo(m_session->workspace()->location().path).completeBaseName();
    const QString stamp = Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(base.isEmpty() ? QStringLiteral("amanah") : base, stamp, fileSuffix()));
}

Result<BackupInfo> BackupService::create(const QString& path)
{
    if (auto st = m_session->require(Permission::ManageUsers, kObject); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    if (db.isPostgres()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A PostgreSQL workspace is backed up with pg_dump (see the README); Amanah backs up "
                            "SQLite workspaces."));
    }
    const QFileInfo target(path);
    if (target.exists()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("“%1” exists already; choose another name.").arg(QDir::toNativeSeparators(path)));
    }
    const bool newFolder = !QFileInfo::exists(target.absolutePath());
    if (!QDir().mkpath(target.absolutePath())) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    if (newFolder) {
        QFile::setPermissions(target.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial); // left by a crash: never a backup
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            if (!path.isEmpty()) {
                QFile::remove(path);
            }
        }
    } cleanup{partial};

    if (auto st = BackupFile::copyInto(db, partial); !st) {
        return st.error();
    }
    auto facts = BackupFile::read(partial);
    if (!facts) {
        return facts.error();
    }
    const qint64 now = Clock::instance().nowMs();
    const QString head = QStringLiteral("%1:%2").arg(facts->auditSeq).arg(facts->auditMac);
    const QMap<QString, QString> manifest{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), QString::number(kFormatVersion)},
        {QStringLiteral("created_at"), QString::number(now)},
        {QStringLiteral("created_by"), QString::number(m_session->user().id)},
        {QStringLiteral("app_version"), QStringLiteral(AMANAH_VERSION)},
        {QStringLiteral("schema_version"), QString::number(facts->schemaVersion)},
        {QStringLiteral("audit_head"), head},
        {QStringLiteral("erasures"), QString::number(facts->tombstones)},
        {QStringLiteral("workspace_id"), facts->workspaceId},
    };
    if (auto st = BackupFile::writeManifest(partial, manifest); !st) {
        return st.error();
    }
    // The ledger beside the backup before the backup is in place: never one without the other.
    // Loaded after the copy, it holds at least every erasure the copy holds.
    auto ledger = ErasureLedger::load(db);
    if (!ledger) {
        return ledger.error();
    }
    const QString folder = target.absolutePath();
    if (auto st = ledger->writeFile(QDir(folder).filePath(ErasureLedger::fileName(ledger->workspaceId)),
                                    m_session->vault().blindIndex());
        !st) {
        return st.error();
    }
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = ErasureLedger::addFolder(db, folder); !st) {
        return st.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("backup.create");
    rec.objectType = kObject;
    rec.objectId = target.fileName();
    rec.details = QStringLiteral("schema=%1;audit_head=%2;erasures=%3")
                      .arg(facts->schemaVersion)
                      .arg(facts->auditSeq)
                      .arg(facts->tombstones);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The backup could not be moved to “%1”.").arg(QDir::toNativeSeparators(path)));
    }
    cleanup.path = target.absoluteFilePath(); // until the audit entry is committed
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    cleanup.path.clear();
    auto days = keepDays();
    return inspect(target.absoluteFilePath(), days ? *days : kDefaultKeepDays);
}

Result<QString> BackupService::exportLedger(const QString& folder)
{
    const QString dir = QFileInfo(folder).absoluteFilePath();
    AuditRecord rec;
    rec.objectType = kObject;
    return m_session->change<QString>(Permission::ManageUsers, rec, [&](AuditRecord& r) -> Result<QString> {
        const bool newFolder = !QFileInfo::exists(dir);
        if (!QDir().mkpath(dir)) {
            return Error(ErrorCode::ReadOnly,
                         Tr::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(dir)));
        }
        if (newFolder) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        const Database& db = m_session->db();
        auto ledger = ErasureLedger::load(db);
        if (!ledger) {
            return ledger.error();
        }
        if (auto st = ErasureLedger::addFolder(db, dir); !st) {
            return st.error();
        }
        // Written inside the transaction (on SQLite it holds the write lock: no erasure can slip
        // between the load and the file), committed after.
        const QString path = QDir(dir).filePath(ErasureLedger::fileName(ledger->workspaceId));
        if (auto st = ledger->writeFile(path, m_session->vault().blindIndex()); !st) {
            return st.error();
        }
        r.action = QStringLiteral("ledger.export");
        r.objectId = ErasureLedger::fileName(ledger->workspaceId);
        r.details = QStringLiteral("erasures=%1").arg(ledger->entries.size());
        return path;
    });
}

Result<int> BackupService::keepDays() const
{
    auto v = m_session->workspace()->setting(kKeepDaysKey, QString::number(kDefaultKeepDays));
    if (!v) {
        return v.error();
    }
    bool ok = false;
    const int days = v->toInt(&ok);
    return ok && days > 0 ? days : kDefaultKeepDays;
}

Status BackupService::setKeepDays(int days)
{
    if (days < 1 || days > 3650) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Keep backups between 1 and 3650 days."));
    }
    AuditRecord rec;
    rec.objectType = QStringLiteral("setting");
    rec.objectId = kKeepDaysKey;
    return m_session->change(Permission::ManageUsers, rec, [&](AuditRecord& r) -> Status {
        auto current = keepDays();
        if (!current) {
            return current.error();
        }
        if (*current == days) {
            return {}; // unchanged: no entry
        }
        if (auto st = SettingsStore(m_session->db()).put(kKeepDaysKey, QString::number(days)); !st) {
            return st;
        }
        r.action = QStringLiteral("settings.change");
        r.details = QStringLiteral("from=%1;to=%2").arg(*current).arg(days);
        return {};
    });
}

Result<QList<BackupInfo>> BackupService::list()
{
    if (auto st = m_session->require(Permission::ManageUsers, kObject); !st) {
        return st.error();
    }
    auto folders = ErasureLedger::folders(m_session->db());
    if (!folders) {
        return folders.error();
    }
    const QString fallback = defaultFolder();
    if (!fallback.isEmpty() && !folders->contains(fallback)) {
        folders->append(fallback);
    }
    auto days = keepDays();
    if (!days) {
        return days.error();
    }
    const QString myId = QString::fromLatin1(m_session->workspaceId().toHex());
    QList<BackupInfo> out;
    for (const QString& folder : *folders) {
        const QFileInfoList files
            = QDir(folder).entryInfoList({QStringLiteral("*.") + fileSuffix()}, QDir::Files | QDir::Readable);
        for (const QFileInfo& f : files) {
            auto info = inspect(f.absoluteFilePath(), *days);
            if (info && info->workspaceId == myId) {
                out << *info;
            }
        }
    }
    std::sort(
        out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return out;
}

Result<BackupInfo> BackupService::inspect(const QString& path, int keepDays)
{
    auto facts = BackupFile::read(path);
    if (!facts) {
        return facts.error();
    }
    const QMap<QString, QString>& m = facts->manifest;
    if (m.value(QStringLiteral("format")) != kFormat) {
        return Error(ErrorCode::NotADatabase,
                     Tr::tr("“%1” is not an Amanah backup: it has no manifest.").arg(QDir::toNativeSeparators(path)));
    }
    if (m.value(QStringLiteral("format_version")).toInt() > kFormatVersion) {
        return Error(ErrorCode::NewerSchema,
                     Tr::tr("“%1” was written by a newer Amanah.").arg(QDir::toNativeSeparators(path)));
    }
    BackupInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    info.createdAt = QDateTime::fromMSecsSinceEpoch(m.value(QStringLiteral("created_at")).toLongLong(), Qt::UTC);
    info.schemaVersion = m.value(QStringLiteral("schema_version")).toInt();
    info.appVersion = m.value(QStringLiteral("app_version"));
    info.auditHead = m.value(QStringLiteral("audit_head"));
    info.erasures = m.value(QStringLiteral("erasures")).toLongLong();
    info.workspaceId = m.value(QStringLiteral("workspace_id"));
    info.sizeBytes = QFileInfo(path).size();
    info.ageDays = static_cast<int>(info.createdAt.daysTo(Clock::instance().now().toUTC()));
    info.dueForDeletion = info.ageDays > keepDays;
    return info;
}
