#include "core/crypto/Aead.h"

#include "core/crypto/AeadCipher.h"

Result<QByteArray> Aead::encrypt(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    AeadCipher cipher(key);
    return cipher.encrypt(plaintext, associatedData);
}

Result<QByteArray> Aead::encrypt(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& associatedData)
{
    AeadCipher cipher(key);
    return cipher.encrypt(plaintext, associatedData);
}

Result<SecureBytes> Aead::decrypt(const SecureBytes& key, const QByteArray& blob, const QByteArray& associatedData)
{
    AeadCipher cipher(key);
    return cipher.decryptSecure(blob, associatedData);
}

Result<QByteArray>
Aead::decryptToByteArray(const SecureBytes& key, const QByteArray& blob, const QByteArray& associatedData)
{
    AeadCipher cipher(key);
    return cipher.decrypt(blob, associatedData);
}
