#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QString>

/// Writing the files a request package releases, and their fingerprints.
namespace PackageFiles {

/// Writes @p bytes to @p path atomically; a clear error when the folder cannot be written.
inline Status write(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        return Error(ErrorCode::ReadOnly,
                     QCoreApplication::translate("RequestService", "The file %1 could not be written.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

/// The SHA-256 of the file at @p path in lower-case hex.
inline Result<QString> sha256Hex(const QString& path)
{
    auto h = Sha256::hashFile(path);
    if (!h) {
        return h.error();
    }
    return QString::fromLatin1(h->toHex());
}

/// Makes @p directory if needed; a clear error when it cannot be.
inline Status ensureDirectory(const QString& directory)
{
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        return Error(ErrorCode::ReadOnly,
                     QCoreApplication::translate("RequestService", "The folder %1 could not be created.")
                         .arg(QDir::toNativeSeparators(directory)));
    }
    return {};
}

} // namespace PackageFiles
