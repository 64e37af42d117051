#include "core/crypto/Sha256.h"

#include <botan/hash.h>

#include <QCoreApplication>
#include <QFile>

struct Sha256::Impl
{
    std::unique_ptr<Botan::HashFunction> hash = Botan::HashFunction::create_or_throw("SHA-256");
};

// SHA-256 is part of every Botan build, so this cannot fail in practice; if it ever did,
// final() returns an empty array (and Crypto::init's self-test reports it at start-up).
Sha256::Sha256()
{
    try {
        m_impl = std::make_unique<Impl>();
    } catch (const std::exception&) {
        m_impl.reset();
    }
}

Sha256::Sha256(Sha256&& other) noexcept = default;
Sha256& Sha256::operator=(Sha256&& other) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::update(const char* data, qsizetype size)
{
    if (m_impl && size > 0) {
        m_impl->hash->update(reinterpret_cast<const uint8_t*>(data), static_cast<size_t>(size));
    }
}

QByteArray Sha256::final()
{
    if (!m_impl) {
        return {};
    }
    QByteArray out(Size, Qt::Uninitialized);
    m_impl->hash->final(reinterpret_cast<uint8_t*>(out.data()));
    return out;
}

QByteArray Sha256::hash(const QByteArray& data)
{
    Sha256 sha;
    sha.update(data);
    return sha.final();
}

Result<QByteArray> Sha256::hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Crypto", "The file could not be opened."));
    }
    Sha256 sha;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0) {
            return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Crypto", "The file could not be read."));
        }
        if (got == 0) {
            break;
        }
        sha.update(chunk.constData(), got);
    }
    QByteArray digest = sha.final();
    if (digest.isEmpty()) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "The file could not be hashed."));
    }
    return digest;
}
