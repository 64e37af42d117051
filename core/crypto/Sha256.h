#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// Incremental SHA-256, e.g. for fingerprinting evidence files and exports.
/// Not thread-safe: one object per thread.
class Sha256
{
public:
    static constexpr int Size = 32;

    Sha256();
    Sha256(Sha256&& other) noexcept;
    Sha256& operator=(Sha256&& other) noexcept;
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    ~Sha256();

    /// Adds \a size bytes at \a data to the hash.
    void update(const char* data, qsizetype size);
    /// Adds \a data to the hash.
    void update(const QByteArray& data) { update(data.constData(), data.size()); }
    /// The 32-byte digest of everything added since the last final(); resets.
    QByteArray final();

    /// SHA-256 of \a data.
    static QByteArray hash(const QByteArray& data);
    /// SHA-256 of the file at \a path, read in chunks.
    [[nodiscard]] static Result<QByteArray> hashFile(const QString& path);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};
