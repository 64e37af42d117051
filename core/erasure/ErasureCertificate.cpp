#include "core/erasure/ErasureCertificate.h"

#include "core/io/PackageFiles.h"
#include "core/session/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ErasureCertificate)
};

// The certificate is in the workspace language, which may differ from the staff member's
// interface language: a fixed bilingual text, like the access package and consent receipt.
struct Text
{
    const char* key;
    const char* en;
    const char* id;
};

const Text kTexts[] = {
    {"title", "Certificate of erasure — request %1", "Sertifikat penghapusan — permintaan %1"},
    {"intro",
     "This certificate records that the personal data of the data subject of erasure request %1 was destroyed. "
     "It contains no personal data.",
     "Sertifikat ini mencatat bahwa data pribadi subjek data dari permintaan penghapusan %1 telah dimusnahkan. "
     "Sertifikat ini tidak memuat data pribadi."},
    {"request", "Request", "Permintaan"},
    {"jurisdiction", "Jurisdiction", "Yurisdiksi"},
    {"received", "Received", "Diterima"},
    {"prepared", "Prepared by", "Disiapkan oleh"},
    {"approved", "Approved by", "Disetujui oleh"},
    {"executed", "Executed", "Dilaksanakan"},
    {"pseudonym", "Pseudonymous id", "Id pseudonim"},
    {"destroyed", "Categories destroyed", "Kategori yang dimusnahkan"},
    {"holds", "Kept under a legal hold (restricted, officers only)", "Disimpan karena kewajiban hukum (dibatasi)"},
    {"until", "until", "sampai"},
    {"noholds", "None: nothing was kept.", "Tidak ada: tidak ada yang disimpan."},
    {"recipients", "Recipients notified (GDPR Art. 19)", "Penerima yang diberi tahu"},
    {"norecipients", "None: the data was not disclosed to anyone.", "Tidak ada: data tidak diungkapkan."},
    {"notified", "notified", "diberi tahu"},
    {"confirmed", "confirmed", "dikonfirmasi"},
    {"pending", "not yet notified", "belum diberi tahu"},
    {"irreversible",
     "The customer's data key was destroyed. This workspace and its log were made unreadable for this customer "
     "at once. Amanah backups made before the erasure still hold the encrypted data; restoring one through Amanah "
     "re-applies this erasure before anyone can work in it. Copies made outside Amanah (file copies, disk images) "
     "keep the data until they are destroyed.",
     "Kunci data pelanggan telah dimusnahkan. Ruang kerja ini dan log-nya seketika tidak dapat dibaca lagi untuk "
     "pelanggan ini. Cadangan Amanah yang dibuat sebelum penghapusan masih memuat data terenkripsi; memulihkan "
     "cadangan melalui Amanah menerapkan kembali penghapusan ini sebelum siapa pun dapat bekerja di dalamnya. "
     "Salinan yang dibuat di luar Amanah (salinan berkas, citra disk) tetap memuat data sampai salinan itu "
     "dimusnahkan."},
    {"data_key", "Customer data key", "Kunci data pelanggan"},
    {"customer_fields", "Customer record and every personal field", "Data pelanggan dan setiap kolom data pribadi"},
    {"consent_history", "Consent history", "Riwayat persetujuan"},
    {"disclosures", "Records of disclosures to third parties", "Catatan pengungkapan kepada pihak ketiga"},
    {"request_details", "Requester details", "Rincian pemohon"},
};

QString text(const char* key, const QString& language)
{
    const bool id = language.startsWith(QLatin1String("id"));
    for (const Text& t : kTexts) {
        if (qstrcmp(t.key, key) == 0) {
            return QString::fromUtf8(id ? t.id : t.en);
        }
    }
    return QString::fromLatin1(key);
}

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString ErasureCertificate::title(qint64 requestId, const QString& language)
{
    return text("title", language).arg(requestId);
}

QString ErasureCertificate::workspaceLanguage(const Session& session)
{
    auto lang = session.workspace()->setting(QStringLiteral("workspace.language"));
    if (lang && !lang->trimmed().isEmpty()) {
        return lang->trimmed().toLower().startsWith(QLatin1String("id")) ? QStringLiteral("id") : QStringLiteral("en");
    }
    auto j = session.workspace()->setting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
    return j && *j == QLatin1String("UU_PDP") ? QStringLiteral("id") : QStringLiteral("en");
}

QString ErasureCertificate::html(const ErasureRecord& e, const QList<RecipientCheck>& recipients, const QString& l)
{
    QString h = QStringLiteral("<html><body><h1>%1</h1><p>%2</p><table cellpadding=4>")
                    .arg(title(e.requestId, l).toHtmlEscaped(), text("intro", l).arg(e.requestId).toHtmlEscaped());
    h += row(text("request", l), QString::number(e.requestId));
    h += row(text("jurisdiction", l), e.jurisdiction);
    h += row(text("received", l), day(e.received));
    h += row(text("prepared", l), QStringLiteral("%1, %2").arg(e.preparedByName, day(e.preparedAt)));
    h += row(text("approved", l), QStringLiteral("%1, %2").arg(e.approvedByName, day(e.approvedAt)));
    h += row(text("executed", l), day(e.executedAt));
    h += row(text("pseudonym", l), e.pseudonym);
    h += QStringLiteral("</table><h2>%1</h2><ul>").arg(text("destroyed", l).toHtmlEscaped());
    for (const QString& c : e.categories) {
        h += QStringLiteral("<li>%1</li>").arg(text(c.toLatin1().constData(), l).toHtmlEscaped());
    }
    h += QStringLiteral("</ul><p>%1</p><h2>%2</h2><ul>")
             .arg(text("irreversible", l).toHtmlEscaped(), text("holds", l).toHtmlEscaped());
    for (const QString& held : e.holdsAtExecution) {
        const QStringList parts = held.split(QLatin1Char('|'));
        const QDateTime until = QDateTime::fromString(parts.value(1), Qt::ISODate);
        QString basis;
        for (const ErasureRecord::Held& k : e.holds) {
            basis = k.category == parts.value(0) ? k.basis : basis;
        }
        h += QStringLiteral("<li>%1%2 — %3 %4</li>")
                 .arg(parts.value(0).toHtmlEscaped(),
                      basis.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(basis.toHtmlEscaped()),
                      text("until", l).toHtmlEscaped(),
                      until.toUTC().date().toString(Qt::ISODate));
    }
    if (e.holdsAtExecution.isEmpty()) {
        h += QStringLiteral("<li>%1</li>").arg(text("noholds", l).toHtmlEscaped());
    }
    h += QStringLiteral("</ul><h2>%1</h2><ul>").arg(text("recipients", l).toHtmlEscaped());
    for (const RecipientCheck& r : recipients) {
        QString state = text("pending", l);
        if (r.notifiedAt.isValid()) {
            state = QStringLiteral("%1 %2").arg(text("notified", l), day(r.notifiedAt));
        }
        if (r.confirmedAt.isValid()) {
            state += QStringLiteral(", %1 %2").arg(text("confirmed", l), day(r.confirmedAt));
        }
        h += QStringLiteral("<li>%1 (%2): %3</li>").arg(r.name.toHtmlEscaped(), r.country.toHtmlEscaped(), state);
    }
    if (recipients.isEmpty()) {
        h += QStringLiteral("<li>%1</li>").arg(text("norecipients", l).toHtmlEscaped());
    }
    return h + QStringLiteral("</ul></body></html>");
}

Result<QString> ErasureCertificate::write(const std::shared_ptr<Session>& session,
                                          qint64 requestId,
                                          const QString& path,
                                          const PdfWriter& pdf)
{
    auto e = ErasureService(session).record(requestId);
    if (!e) {
        return e.error();
    }
    if (!e->executedAt.isValid()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A certificate exists only once the erasure is executed."));
    }
    auto recipients = RecipientNotificationService(session).checklist(requestId);
    if (!recipients) {
        return recipients.error();
    }
    if (!pdf) {
        return Error(ErrorCode::InvalidInput, Tr::tr("No PDF renderer was given."));
    }
    if (auto st = PackageFiles::ensureDirectory(QFileInfo(path).absolutePath()); !st) {
        return st.error();
    }
    const QString language = workspaceLanguage(*session);
    if (auto st = pdf(html(*e, *recipients, language), path, title(requestId, language)); !st) {
        return st.error();
    }
    auto sha = PackageFiles::sha256Hex(path);
    if (!sha) {
        QFile::remove(path);
        return sha.error();
    }
    const Database& db = session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd
        = db.exec(QStringLiteral("UPDATE erasures SET certificate_sha256 = ? WHERE request_id = ?"), {*sha, requestId});
    if (!upd) {
        return upd.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("erasure.certificate");
    rec.objectType = QStringLiteral("request");
    rec.objectId = QString::number(requestId);
    rec.details = QStringLiteral("pdf_sha256=%1;language=%2;recipients=%3").arg(*sha, language).arg(recipients->size());
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return *sha;
}
