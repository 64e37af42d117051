#pragma once

#include <QByteArray>

#include <cstdint>
#include <memory>

/// An owning buffer for secret bytes (keys, key material, decrypted secrets).
///
/// The bytes live in a Botan::secure_vector behind a pimpl: the allocation is locked in
/// memory where the system allows it and scrubbed when freed. Copies are deep; a moved-from
/// object is empty. Not thread-safe for concurrent writes; concurrent reads are fine.
class SecureBytes
{
public:
    SecureBytes();
    /// A buffer of \a size zero bytes (for code that fills it in place).
    explicit SecureBytes(qsizetype size);
    /// A buffer holding a copy of \a size bytes at \a data.
    SecureBytes(const uint8_t* data, qsizetype size);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    /// The number of bytes held.
    qsizetype size() const;
    /// True when no bytes are held.
    bool isEmpty() const { return size() == 0; }
    /// Read access to the bytes (nullptr when empty).
    const uint8_t* data() const;
    /// Write access to the bytes, for code that fills the buffer in place (nullptr when empty).
    uint8_t* data();
    /// Scrubs and releases the bytes.
    void clear();

    /// Copies \a bytes into secure memory; the caller scrubs its own copy.
    static SecureBytes fromByteArray(const QByteArray& bytes);
    /// An ordinary, unscrubbed copy: for tests and for showing a recovery key once.
    QByteArray toByteArray() const;
    /// Constant-time comparison (the lengths themselves are not secret).
    bool equals(const SecureBytes& other) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};
