#include "Bench.h"

#include "core/crypto/AeadCipher.h"
#include "core/crypto/Hmac.h"
#include "core/crypto/Random.h"
#include "core/crypto/Vault.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

void unlockDefault(const Vault& vault, const QByteArray& workspace)
{
    const QString password = QStringLiteral("a benchmark passphrase");
    Result<KeySlot> slot = vault.makePasswordSlot(password, workspace, QStringLiteral("bench"));
    if (!slot.ok()) {
        std::fprintf(stderr, "crypto: %s\n", qPrintable(slot.errorString()));
        return;
    }
    double best = 1e12;
    double total = 0;
    const int runs = 3;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<Vault> opened = Vault::unlock(password, *slot, workspace, QStringLiteral("bench"));
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!opened.ok()) {
            std::fprintf(stderr, "crypto: unlock failed\n");
            return;
        }
        best = std::min(best, ms);
        total += ms;
    }
    Bench::report("crypto.unlock_default_ms", total / runs);
    Bench::report("crypto.unlock_default_best_ms", best);
}

void fieldRates(const Vault& vault)
{
    const QByteArray field(40, 'f');
    const QByteArray ad = QByteArrayLiteral("customers|email|123456");
    AeadCipher cipher(Random::secureBytes(32));
    QByteArray wrapped;
    Result<CustomerKey> created = vault.newCustomerKey(QStringLiteral("bench-customer"), &wrapped);
    Result<QByteArray> sealed = cipher.encrypt(field, ad);
    if (!created.ok() || !sealed.ok()) {
        std::fprintf(stderr, "crypto: encryption failed\n");
        return;
    }
    const QByteArray blob = *sealed;
    Bench::report("crypto.aead_encrypt_40b_per_s",
                  Bench::ratePerSecond([&] { Bench::keep(cipher.encrypt(field, ad)); }));
    Bench::report("crypto.aead_decrypt_40b_per_s",
                  Bench::ratePerSecond([&] { Bench::keep(cipher.decrypt(blob, ad)); }));

    // The API services use: QString in, UTF-8 + table|column|row context, a lock per call.
    const CustomerKey cdk = *created;
    const QString value = QStringLiteral("siti.nurhaliza.rahman@example.co.id....."); // 40 bytes
    const QString t = QStringLiteral("customers");
    const QString c = QStringLiteral("email");
    const QString r = QStringLiteral("123456");
    const QByteArray fieldBlob = *cdk.encryptField(value, t, c, r);
    Bench::report("crypto.field_encrypt_per_s",
                  Bench::ratePerSecond([&] { Bench::keep(cdk.encryptField(value, t, c, r)); }));
    Bench::report("crypto.field_decrypt_per_s",
                  Bench::ratePerSecond([&] { Bench::keep(cdk.decryptField(fieldBlob, t, c, r)); }));
    Bench::report("crypto.field_roundtrip_per_s", Bench::ratePerSecond([&] {
                      Result<QByteArray> b = cdk.encryptField(value, t, c, r);
                      if (b.ok()) {
                          Bench::keep(cdk.decryptField(*b, t, c, r));
                      }
                  }));
}

// One new customer: new CDK + wrap, six encrypted fields, three blind indexes.
void customerCreation(const Vault& vault)
{
    const BlindIndex index = vault.blindIndex(); // held by the service for a batch
    const QString t = QStringLiteral("customers");
    const QString fields[6][2] = {
        {QStringLiteral("name"), QStringLiteral("Siti Nurhaliza binti Rahman")},
        {QStringLiteral("email"), QStringLiteral("siti.rahman@example.co.id")},
        {QStringLiteral("phone"), QStringLiteral("+6281234567890")},
        {QStringLiteral("address"), QStringLiteral("Jl. Merdeka No. 17, Bandung 40111, Indonesia")},
        {QStringLiteral("birth_date"), QStringLiteral("1990-04-17")},
        {QStringLiteral("external_ref"), QStringLiteral("SHOP-000123456")},
    };
    qint64 n = 0;
    auto createOne = [&] {
        const QString id = QString::number(++n);
        QByteArray wrapped;
        Result<CustomerKey> cdk = vault.newCustomerKey(id, &wrapped);
        if (!cdk.ok()) {
            return;
        }
        for (const auto& field : fields) {
            Bench::keep(cdk->encryptField(field[1], t, field[0], id));
        }
        Bench::keep(index.compute(QStringLiteral("email"), fields[1][1]));
        Bench::keep(index.compute(QStringLiteral("phone"), fields[2][1]));
        Bench::keep(index.compute(QStringLiteral("external_ref"), fields[5][1]));
        Bench::keep(wrapped);
    };
    Bench::report("crypto.customer_create_per_s", Bench::ratePerSecond(createOne, 2.0));
}

void hmacRates(const Vault& vault)
{
    Hmac mac = vault.auditMac();
    const QByteArray message(200, 'e');
    Bench::report("crypto.hmac_200b_per_s", Bench::ratePerSecond([&] { Bench::keep(mac.mac(message)); }));
    // The audit chain step: mac_n = HMAC(key, mac_{n-1} || entry_n).
    QByteArray previous(32, '\0');
    Bench::report("crypto.audit_chain_step_per_s", Bench::ratePerSecond([&] {
                      mac.update(previous);
                      mac.update(message);
                      previous = mac.final();
                  }));
}

} // namespace

AMANAH_BENCH_SECTION(crypto)
{
    const Vault vault = Vault::create();
    const QByteArray workspace = Vault::newWorkspaceId();
    unlockDefault(vault, workspace);
    fieldRates(vault);
    customerCreation(vault);
    hmacRates(vault);
}
