#include "core/thirdparties/ProcessingRecord.h"

#include "core/consent/ConsentReceipt.h"
#include "core/consent/PurposeService.h"
#include "core/session/WorkspaceSettings.h"
#include "core/thirdparties/RecipientService.h"

namespace {
QString pick(const QString& language, const char* en, const char* id)
{
    return QString::fromUtf8(ProcessingRecord::indonesian(language) ? id : en);
}
} // namespace

Result<ProcessingRecord> ProcessingRecord::load(const std::shared_ptr<Session>& session)
{
    if (!session->can(Permission::ViewReports)) {
        if (auto st = session->require(Permission::ManagePolicy, QStringLiteral("processing_record")); !st) {
            return st.error();
        }
    }
    ProcessingRecord r;
    const Workspace& ws = *session->workspace();
    auto setting = [&ws](const QString& key, const QString& fallback = {}) {
        auto v = ws.setting(key, fallback);
        return v ? *v : fallback;
    };
    r.controller.name = setting(WorkspaceSettings::name());
    r.controller.contact = setting(WorkspaceSettings::controllerContact());
    r.controller.address = setting(WorkspaceSettings::controllerAddress());
    r.controller.email = setting(WorkspaceSettings::controllerEmail());
    r.controller.phone = setting(WorkspaceSettings::controllerPhone());
    r.controller.policyUrl = setting(WorkspaceSettings::policyUrl());
    r.jurisdiction = setting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
    auto purposes = PurposeService(session).list(false);
    if (!purposes) {
        return purposes.error();
    }
    r.purposes = *purposes;
    auto recipients = RecipientService(session).list();
    if (!recipients) {
        return recipients.error();
    }
    r.recipients = *recipients;
    for (const Purpose& p : r.purposes) {
        r.purposeRecipients.insert(p.id, p.recipientIds);
    }
    auto disclosed = session->db().exec(
        QStringLiteral("SELECT DISTINCT purpose_id, recipient_id FROM disclosures WHERE purpose_id IS NOT NULL"));
    if (!disclosed) {
        return disclosed.error();
    }
    while (disclosed->next()) {
        const qint64 purpose = disclosed->value(0).toLongLong();
        const qint64 recipient = disclosed->value(1).toLongLong();
        if (r.purposeRecipients.contains(purpose) && !r.purposeRecipients.value(purpose).contains(recipient)) {
            r.purposeRecipients[purpose] << recipient;
        }
    }
    r.inventory = DataInventory::build(r.purposes);
    return r;
}

QList<Recipient> ProcessingRecord::recipientsOf(const Purpose& purpose) const
{
    const QList<qint64> ids = purposeRecipients.value(purpose.id);
    QList<Recipient> out;
    for (const Recipient& rec : recipients) {
        if (ids.contains(rec.id)) {
            out << rec;
        }
    }
    return out;
}

bool ProcessingRecord::isThirdCountry(const Recipient& recipient) const
{
    return DataInventory::isThirdCountry(recipient.country, jurisdiction);
}

QStringList ProcessingRecord::allCategories() const
{
    QStringList all;
    for (const Purpose& p : purposes) {
        for (const QString& c : p.dataCategories) {
            if (!all.contains(c, Qt::CaseInsensitive)) {
                all << c;
            }
        }
    }
    return all;
}

QString ProcessingRecord::legalBasisText(Purpose::LegalBasis basis, const QString& language)
{
    // UU PDP Ps 20(2) a–f and GDPR Art. 6(1) a–f name the same six bases.
    switch (basis) {
    case Purpose::LegalBasis::Consent:
        return pick(language, "Consent", "Persetujuan yang sah secara eksplisit");
    case Purpose::LegalBasis::Contract:
        return pick(language, "Performance of a contract", "Pemenuhan kewajiban perjanjian");
    case Purpose::LegalBasis::LegalObligation:
        return pick(language, "Legal obligation", "Pemenuhan kewajiban hukum");
    case Purpose::LegalBasis::LegitimateInterest:
        return pick(language, "Legitimate interests", "Pemenuhan kepentingan yang sah");
    case Purpose::LegalBasis::VitalInterest:
        return pick(language, "Vital interests", "Pelindungan kepentingan vital");
    case Purpose::LegalBasis::PublicTask:
        return pick(language, "Public task", "Pelaksanaan tugas untuk kepentingan umum");
    }
    return {};
}

QString ProcessingRecord::roleText(Recipient::Role role, const QString& language)
{
    return role == Recipient::Role::Processor ? pick(language, "Processor", "Prosesor Data Pribadi")
                                              : pick(language, "Controller", "Pengendali Data Pribadi");
}

QString ProcessingRecord::retentionText(int days, const QString& language)
{
    if (days <= 0) {
        return pick(language, "not set", "belum ditetapkan");
    }
    return indonesian(language) ? QStringLiteral("%1 hari").arg(days)
                                : (days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days));
}

QString ProcessingRecord::securityMeasures(const QString& language)
{
    return pick(language,
                "Every personal field is encrypted at rest with AES-256-GCM under a data key of its own customer; "
                "staff passwords are stretched with Argon2id and unlock the workspace key; sign-in with two-factor "
                "authentication (TOTP); role-based access (agent, officer, manager, administrator) enforced in every "
                "service; a tamper-evident audit trail chained with HMAC-SHA256; erasure by deleting the customer's "
                "key (crypto-shredding).",
                "Setiap data pribadi dienkripsi saat disimpan dengan AES-256-GCM menggunakan kunci data tersendiri "
                "untuk setiap pelanggan; kata sandi staf diperkuat dengan Argon2id dan membuka kunci ruang kerja; "
                "masuk dengan autentikasi dua faktor (TOTP); akses berbasis peran (agen, petugas, manajer, "
                "administrator) yang ditegakkan di setiap layanan; jejak audit anti-rusak yang dirangkai dengan "
                "HMAC-SHA256; penghapusan dengan memusnahkan kunci pelanggan (crypto-shredding).");
}

QString ProcessingRecord::subjectCategories(const QString& language)
{
    return pick(language,
                "Customers (and prospective customers) of the controller",
                "Pelanggan (dan calon pelanggan) Pengendali Data Pribadi");
}

QString ProcessingRecord::lawName(const QString& jurisdiction, const QString& language)
{
    if (jurisdiction == QLatin1String("GDPR")) {
        return pick(language,
                    "the General Data Protection Regulation (EU) 2016/679 (GDPR)",
                    "Peraturan Umum Pelindungan Data (EU) 2016/679 (GDPR)");
    }
    if (jurisdiction == QLatin1String("CCPA")) {
        return QStringLiteral("California Consumer Privacy Act (CCPA/CPRA)");
    }
    if (jurisdiction == QLatin1String("LGPD")) {
        return QStringLiteral("Lei Geral de Proteção de Dados (LGPD)");
    }
    return pick(language,
                "Law No. 27 of 2022 on Personal Data Protection (UU PDP)",
                "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP)");
}
