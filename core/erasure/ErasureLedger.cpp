#include "core/erasure/ErasureLedger.h"

#include "core/common/Clock.h"
#include "core/crypto/BlindIndex.h"
#include "core/session/Session.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErasureLedger)
};

const QString kFormat = QStringLiteral("amanah-erasure-ledger");
const QString kFoldersKey = QStringLiteral("erasure.ledger_folders");
constexpr int kVersion = 1;
// A million erasures take ~110 MB; anything far beyond is not a ledger.
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

bool validEntry(const ErasureLedger::Entry& e)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(e.pseudonym).hasMatch() && e.erasedAtMs > 0
        && (e.reason == QLatin1String("erasure") || e.reason == QLatin1String("retention"))
        && (e.action == QLatin1String("delete") || e.action == QLatin1String("anonymise"));
}

void sortEntries(QList<ErasureLedger::Entry>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.pseudonym < b.pseudonym; });
}

} // namespace

Result<ErasureLedger> ErasureLedger::load(const Database& db)
{
    ErasureLedger ledger;
    auto id = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'workspace.id'"));
    if (!id) {
        return id.error();
    }
    ledger.workspaceId = QByteArray::fromHex(id->toString().toLatin1());
    auto q = db.exec(QStringLiteral("SELECT pseudonym, erased_at, reason, action FROM tombstones ORDER BY pseudonym"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        ledger.entries << Entry{
            q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString()};
    }
    ledger.writtenAtMs = Clock::instance().nowMs();
    return ledger;
}

QString ErasureLedger::fileName(const QByteArray& workspaceId)
{
    return QStringLiteral("amanah-erasure-ledger-%1.json").arg(QString::fromLatin1(workspaceId.toHex()));
}

QByteArray ErasureLedger::computeMac(const BlindIndex& keys) const
{
    QString text = QStringLiteral("%1 %2\n").arg(kFormat).arg(kVersion);
    text += QString::fromLatin1(workspaceId.toHex()) + QLatin1Char('\n');
    for (const Entry& e : entries) {
        text += QStringLiteral("%1|%2|%3|%4\n").arg(e.pseudonym).arg(e.erasedAtMs).arg(e.reason, e.action);
    }
    return keys.compute(QStringLiteral("erasure_ledger"), text);
}

bool ErasureLedger::verify(const BlindIndex& keys) const
{
    const QByteArray expected = computeMac(keys);
    return !mac.isEmpty() && !expected.isEmpty() && mac == expected;
}

Status ErasureLedger::writeFile(const QString& path, const BlindIndex& keys) const
{
    QJsonArray list;
    for (const Entry& e : entries) {
        list.append(QJsonArray{e.pseudonym, QString::number(e.erasedAtMs), e.reason, e.action});
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("workspace"), QString::fromLatin1(workspaceId.toHex())},
        {QStringLiteral("written_at"), QString::number(writtenAtMs)},
        {QStringLiteral("entries"), list},
        {QStringLiteral("mac"), QString::fromLatin1(computeMac(keys).toHex())},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The erasure ledger could not be written to %1: %2").arg(path, file.errorString()));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit()) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The erasure ledger could not be written to %1: %2").arg(path, file.errorString()));
    }
    return {};
}

Result<ErasureLedger> ErasureLedger::readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound, Tr::tr("The erasure ledger %1 is missing.").arg(path));
    }
    if (file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The erasure ledger %1 cannot be read.").arg(path));
    }
    const Error malformed(
        ErrorCode::InvalidInput,
        Tr::tr("%1 is not an Amanah erasure ledger, or it is damaged.").arg(QDir::toNativeSeparators(path)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat) {
        return malformed;
    }
    if (root.value(QStringLiteral("version")).toInt() > kVersion) {
        return Error(
            ErrorCode::NewerSchema,
            Tr::tr("The erasure ledger %1 was written by a newer Amanah.").arg(QDir::toNativeSeparators(path)));
    }
    ErasureLedger ledger;
    ledger.workspaceId = QByteArray::fromHex(root.value(QStringLiteral("workspace")).toString().toLatin1());
    ledger.writtenAtMs = root.value(QStringLiteral("written_at")).toString().toLongLong();
    ledger.mac = QByteArray::fromHex(root.value(QStringLiteral("mac")).toString().toLatin1());
    if (ledger.workspaceId.size() != 16 || ledger.mac.size() != BlindIndex::Size) {
        return malformed;
    }
    const QJsonArray list = root.value(QStringLiteral("entries")).toArray();
    ledger.entries.reserve(list.size());
    for (const QJsonValue& v : list) {
        const QJsonArray a = v.toArray();
        Entry e{a.at(0).toString(), a.at(1).toString().toLongLong(), a.at(2).toString(), a.at(3).toString()};
        if (a.size() != 4 || !validEntry(e)) {
            return malformed;
        }
        ledger.entries << e;
    }
    sortEntries(ledger.entries);
    return ledger;
}

Result<QStringList> ErasureLedger::folders(const Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kFoldersKey});
    if (!v) {
        return v.error();
    }
    return v->toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Status ErasureLedger::addFolder(const Database& db, const QString& folder)
{
    auto known = folders(db);
    if (!known) {
        return known.error();
    }
    const QString path = QFileInfo(folder).absoluteFilePath();
    if (known->contains(path)) {
        return {};
    }
    known->append(path);
    if (auto r = db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {kFoldersKey}); !r) {
        return r.error();
    }
    auto r = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                     {kFoldersKey, known->join(QLatin1Char('\n'))});
    return r ? Status() : Status(r.error());
}

Status ErasureLedger::publish(const Session& session)
{
    auto known = folders(session.db());
    if (!known) {
        return known.error();
    }
    if (known->isEmpty()) {
        return {};
    }
    auto ledger = load(session.db());
    if (!ledger) {
        return ledger.error();
    }
    Status first;
    const BlindIndex keys = session.vault().blindIndex();
    for (const QString& folder : *known) {
        const Status st = ledger->writeFile(QDir(folder).filePath(fileName(ledger->workspaceId)), keys);
        if (!st && first) {
            first = st;
        }
    }
    return first;
}

QSet<QString> ErasureLedger::pseudonyms() const
{
    QSet<QString> out;
    out.reserve(entries.size());
    for (const Entry& e : entries) {
        out.insert(e.pseudonym);
    }
    return out;
}

void ErasureLedger::merge(const ErasureLedger& other)
{
    const QSet<QString> mine = pseudonyms();
    for (const Entry& e : other.entries) {
        if (!mine.contains(e.pseudonym)) {
            entries << e;
        }
    }
    sortEntries(entries);
}
