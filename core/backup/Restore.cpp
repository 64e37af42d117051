#include "core/backup/Restore.h"

#include "core/common/Clock.h"
#include "core/crypto/BlindIndex.h"
#include "core/erasure/CustomerAnonymiser.h"
#include "core/erasure/CustomerShredder.h"
#include "core/storage/BackupFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Restore)
};

const QString kObject = QStringLiteral("backup");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void removeWithLog(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Result<std::unique_ptr<Restore>>
Restore::prepare(const QString& backupPath, const QString& targetPath, const QString& ledgerPath, bool replace)
{
    std::unique_ptr<Restore> self(new Restore);
    auto info = BackupService::inspect(backupPath);
    if (!info) {
        return info.error();
    }
    self->m_backup = *info;
    if (info->schemaVersion > Database::latestSchemaVersion()) {
        return Error(ErrorCode::NewerSchema,
                     Tr::tr("This backup was written by a newer version of Amanah (schema %1; this version knows up "
                            "to %2). Install the newer Amanah to restore it.")
                         .arg(info->schemaVersion)
                         .arg(Database::latestSchemaVersion()));
    }
    const QByteArray workspaceId = QByteArray::fromHex(info->workspaceId.toLatin1());
    self->m_ledgerPath = ledgerPath.isEmpty()
        ? QFileInfo(backupPath).absoluteDir().filePath(ErasureLedger::fileName(workspaceId))
        : QFileInfo(ledgerPath).absoluteFilePath();
    auto ledger = ErasureLedger::readFile(self->m_ledgerPath);
    if (!ledger) {
        if (ledger.code() == ErrorCode::NotFound) {
            return Error(ErrorCode::NotFound,
                         Tr::tr("The erasure ledger is missing: %1. Without it, customers erased after this backup "
                                "would come back. Copy it from the folder the backups were written to, or name "
                                "where it is. Nothing was restored.")
                             .arg(native(self->m_ledgerPath)));
        }
        return ledger.error();
    }
    if (ledger->workspaceId != workspaceId) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The erasure ledger %1 belongs to another workspace than the backup. Nothing was restored.")
                         .arg(native(self->m_ledgerPath)));
    }
    self->m_fileLedger = *ledger;

    self->m_target = QFileInfo(targetPath).absoluteFilePath();
    self->m_replace = replace;
    if (QFileInfo::exists(self->m_target)) {
        if (!replace) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("“%1” exists. Restore into a new file, or replace it (--replace) once no one works in "
                                "it.")
                             .arg(native(self->m_target)));
        }
        // The workspace being replaced knows every erasure it made, the latest ones included.
        if (auto current = Database::open(WorkspaceLocation::sqliteFile(self->m_target))) {
            auto own = ErasureLedger::load(**current);
            if (own && own->workspaceId != workspaceId) {
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("“%1” is another workspace than the backup's: it was not replaced.")
                                 .arg(native(self->m_target)));
            }
            if (own) {
                self->m_targetLedger = *own;
            }
        }
    }
    if (auto st = self->stage(); !st) {
        return st.error();
    }
    return self;
}

Status Restore::stage()
{
    m_staged = m_target + QStringLiteral(".restoring");
    removeWithLog(m_staged); // left by an earlier restore that did not finish: never a workspace
    if (!QDir().mkpath(QFileInfo(m_target).absolutePath()) || !QFile::copy(m_backup.path, m_staged)) {
        return Error(ErrorCode::ReadOnly, Tr::tr("The backup could not be copied to “%1”.").arg(native(m_staged)));
    }
    QFile::setPermissions(m_staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto ws = Workspace::open(WorkspaceLocation::sqliteFile(m_staged));
    if (!ws) {
        return ws.error();
    }
    m_workspace = *ws;
    auto held = ErasureLedger::load(*m_workspace->database());
    if (!held) {
        return held.error();
    }
    ErasureLedger merged = m_fileLedger;
    merged.merge(m_targetLedger);
    const QSet<QString> known = merged.pseudonyms();
    for (const auto& e : held->entries) {
        if (!known.contains(e.pseudonym)) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The erasure ledger %1 is older than the backup: it lacks erasures the backup holds. "
                                "Use the ledger written with the backup or a newer one. Nothing was restored.")
                             .arg(native(m_ledgerPath)));
        }
    }
    m_pending = static_cast<int>(merged.entries.size() - held->entries.size());
    return {};
}

Restore::~Restore()
{
    if (!m_finished && !m_staged.isEmpty()) {
        m_workspace.reset();
        removeWithLog(m_staged);
    }
}

Result<Restore::Outcome> Restore::apply(const std::shared_ptr<Session>& session)
{
    if (!m_workspace || session->workspace() != m_workspace) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Sign in to the restored copy first."));
    }
    if (auto st = session->require(Permission::ManageUsers, kObject); !st) {
        return st.error();
    }
    if (!m_fileLedger.verify(session->vault().blindIndex())) {
        return Error(ErrorCode::Crypto,
                     Tr::tr("The erasure ledger %1 was altered (its MAC does not match this workspace's keys). "
                            "Nothing was restored.")
                         .arg(native(m_ledgerPath)));
    }
    ErasureLedger ledger = m_fileLedger;
    ledger.merge(m_targetLedger);
    auto out = reapply(session, ledger, QFileInfo(m_backup.path).fileName(), &m_backup);
    if (out) {
        m_applied = true;
    }
    return out;
}

Result<Restore::Outcome> Restore::applyLedger(const std::shared_ptr<Session>& session, const QString& ledgerPath)
{
    if (auto st = session->require(Permission::ManageUsers, kObject); !st) {
        return st.error();
    }
    auto ledger = ErasureLedger::readFile(ledgerPath);
    if (!ledger) {
        return ledger.error();
    }
    if (ledger->workspaceId != session->workspaceId() || !ledger->verify(session->vault().blindIndex())) {
        return Error(ErrorCode::Crypto,
                     Tr::tr("The erasure ledger %1 is not this workspace's, or it was altered. Nothing was changed.")
                         .arg(native(ledgerPath)));
    }
    return reapply(session, *ledger, QFileInfo(ledgerPath).fileName(), nullptr);
}

Result<Restore::Outcome> Restore::reapply(const std::shared_ptr<Session>& session,
                                          const ErasureLedger& ledger,
                                          const QString& source,
                                          const BackupInfo* backup)
{
    const BlindIndex keys = session->vault().blindIndex();
    QHash<QString, const ErasureLedger::Entry*> byPseudonym;
    for (const auto& e : ledger.entries) {
        byPseudonym.insert(e.pseudonym, &e);
    }
    const Database& db = session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto held = ErasureLedger::load(db);
    if (!held) {
        return held.error();
    }
    const QSet<QString> done = held->pseudonyms();
    auto q = db.exec(QStringLiteral("SELECT id FROM customers WHERE status <> 'erased' ORDER BY id"));
    if (!q) {
        return q.error();
    }
    QList<QPair<QString, const ErasureLedger::Entry*>> again;
    while (q->next()) {
        const QString id = q->value(0).toString();
        const auto* e = byPseudonym.value(CustomerShredder::pseudonym(keys, id));
        if (e && !done.contains(e->pseudonym)) {
            again << qMakePair(id, e);
        }
    }
    Outcome out;
    out.ledgerEntries = static_cast<int>(ledger.entries.size());
    CustomerShredder shredder(session);
    CustomerAnonymiser anonymiser(session);
    QSet<QString> reapplied;
    for (const auto& [customerId, e] : again) {
        const bool anonymise = e->action == QLatin1String("anonymise");
        auto r = anonymise ? anonymiser.anonymise(customerId) : shredder.shred(customerId, 0, e->reason);
        if (!r) {
            return r.error();
        }
        auto upd
            = db.exec(QStringLiteral("UPDATE tombstones SET erased_at = ?, reason = ?, action = ? WHERE pseudonym = ?"),
                      {e->erasedAtMs, e->reason, e->action, e->pseudonym});
        if (!upd) {
            return upd.error();
        }
        AuditRecord rec;
        rec.action = QStringLiteral("erasure.reapply");
        rec.objectType = QStringLiteral("customer");
        rec.objectId = e->pseudonym;
        rec.details = QStringLiteral("reason=%1;action=%2;erased_at=%3").arg(e->reason, e->action).arg(e->erasedAtMs);
        if (auto st = session->audit(rec); !st) {
            return st.error();
        }
        (anonymise ? out.anonymised : out.deleted)++;
        reapplied.insert(e->pseudonym);
    }
    for (const auto& e : ledger.entries) {
        if (done.contains(e.pseudonym) || reapplied.contains(e.pseudonym)) {
            continue;
        }
        auto ins = db.exec(QStringLiteral("INSERT INTO tombstones (pseudonym, erased_at, request_id, reason, action) "
                                          "VALUES (?, ?, NULL, ?, ?)"),
                           {e.pseudonym, e.erasedAtMs, e.reason, e.action});
        if (!ins) {
            return ins.error();
        }
        ++out.recorded;
    }
    if (backup) {
        if (auto st = BackupFile::dropManifest(db); !st) {
            return st.error();
        }
    }
    AuditRecord rec;
    rec.action = backup ? QStringLiteral("backup.restore") : QStringLiteral("ledger.apply");
    rec.objectType = kObject;
    rec.objectId = source;
    rec.details = QStringLiteral("backup_created=%1;backup_schema=%2;backup_audit_head=%3;ledger=%4;deleted=%5;"
                                 "anonymised=%6;recorded=%7")
                      .arg(backup ? backup->createdAt.toMSecsSinceEpoch() : 0)
                      .arg(backup ? backup->schemaVersion : session->db().schemaVersion())
                      .arg(backup ? backup->auditHead.section(QLatin1Char(':'), 0, 0) : QStringLiteral("-"))
                      .arg(out.ledgerEntries)
                      .arg(out.deleted)
                      .arg(out.anonymised)
                      .arg(out.recorded);
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    // Nobody else has the staged copy open: the log empties, no page of the old rows stays.
    if (!db.truncateWal()) {
        return Error(ErrorCode::Storage, Tr::tr("The restored copy's log could not be emptied. Nothing was restored."));
    }
    return out;
}

Status Restore::finish()
{
    if (!m_applied) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The erasure ledger has not been applied: the backup cannot be restored yet."));
    }
    std::weak_ptr<Workspace> watch = m_workspace;
    m_workspace.reset();
    if (!watch.expired()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Sign out of the restored copy before it is put in place."));
    }
    if (QFileInfo::exists(m_staged + QStringLiteral("-wal"))) {
        return Error(
            ErrorCode::Storage,
            Tr::tr("Another program opened the restored copy “%1”; close it and restore again.").arg(native(m_staged)));
    }
    if (QFileInfo::exists(m_target)) {
        if (!m_replace) {
            return Error(ErrorCode::InvalidInput, Tr::tr("“%1” exists.").arg(native(m_target)));
        }
        // A program with the old workspace open would go on writing into a deleted file: the
        // switch out of WAL mode needs every other connection gone, so it proves there is none.
        bool alone = false;
        {
            auto old = Database::open(WorkspaceLocation::sqliteFile(m_target));
            if (old) {
                auto mode = (*old)->scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
                alone = mode && mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
            } else {
                alone = old.code() == ErrorCode::NotADatabase; // a damaged file nobody can have open
            }
        } // closed here, before the rename
        if (!alone) {
            return Error(ErrorCode::Conflict,
                         Tr::tr("“%1” is open in another Amanah window or job. Close them all, then restore again; "
                                "the workspace was not replaced.")
                             .arg(native(m_target)));
        }
    }
    if (std::rename(QFile::encodeName(m_staged).constData(), QFile::encodeName(m_target).constData()) != 0) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The restored copy could not be moved to “%1”: %2")
                         .arg(native(m_target), QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_finished = true;
    return {};
}
