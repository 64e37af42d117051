#include "core/thirdparties/NoticeGenerator.h"

#include "core/common/Clock.h"

#include <QLocale>

namespace {
QString pick(const QString& language, const char* en, const char* id)
{
    return QString::fromUtf8(ProcessingRecord::indonesian(language) ? id : en);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString item(const QString& text)
{
    return QStringLiteral("<li>%1</li>").arg(text);
}

QString section(const QString& language, const char* en, const char* id)
{
    return QStringLiteral("<h2>%1</h2>").arg(pick(language, en, id));
}

// The rights of the customer and where the law grants them, as the workspace's rule set reads.
QString rights(const ProcessingRecord& r, const QString& lang)
{
    const bool gdpr = r.jurisdiction == QLatin1String("GDPR");
    struct Right
    {
        const char* en;
        const char* id;
        const char* pdp;
        const char* gdpr;
    };
    const Right all[] = {
        {"to be told what we do with your data",
         "mendapatkan informasi tentang pemrosesan data pribadi Anda",
         "Pasal 5",
         "Art. 13–14"},
        {"to get a copy of your data", "mengakses dan memperoleh salinan data pribadi Anda", "Pasal 7", "Art. 15"},
        {"to have wrong or incomplete data corrected",
         "memperbaiki data pribadi yang salah atau tidak lengkap",
         "Pasal 6",
         "Art. 16"},
        {"to have your data erased",
         "mengakhiri pemrosesan serta menghapus dan/atau memusnahkan data pribadi Anda",
         "Pasal 8",
         "Art. 17"},
        {"to withdraw your consent at any time, as easily as you gave it",
         "menarik kembali persetujuan kapan saja, semudah saat memberikannya",
         "Pasal 9",
         "Art. 7(3)"},
        {"to object to decisions based solely on automated processing, including profiling",
         "mengajukan keberatan atas keputusan yang hanya didasarkan pada pemrosesan secara otomatis, termasuk "
         "pemprofilan",
         "Pasal 10",
         "Art. 21–22"},
        {"to have processing restricted", "menunda atau membatasi pemrosesan data pribadi Anda", "Pasal 11", "Art. 18"},
        {"to receive your data in a common machine-readable format and have it sent to another controller",
         "mendapatkan dan/atau menggunakan data pribadi Anda dalam format yang umum dan dapat dibaca sistem "
         "elektronik, serta mengirimkannya kepada pengendali lain",
         "Pasal 13",
         "Art. 20"},
        {"to complain and to claim compensation for a breach",
         "menggugat dan menerima ganti rugi atas pelanggaran pemrosesan data pribadi",
         "Pasal 12",
         "Art. 77, 82"},
    };
    QString h = QStringLiteral("<ul>");
    for (const Right& x : all) {
        // Article numbers only where the rule set is one of the two laws they come from.
        const bool cite = gdpr || r.jurisdiction == QLatin1String("UU_PDP");
        h += item(
            cite ? QStringLiteral("%1 (%2)").arg(pick(lang, x.en, x.id), QString::fromLatin1(gdpr ? x.gdpr : x.pdp))
                 : pick(lang, x.en, x.id));
    }
    h += QStringLiteral("</ul>");
    return h;
}

// A draft shows what is missing instead of leaving a blank for the reader to miss.
QString contactLine(const ProcessingRecord::Controller& c, const QString& lang)
{
    QStringList parts;
    for (const QString& s : {c.contact, c.address, c.email, c.phone}) {
        if (!s.trimmed().isEmpty()) {
            parts << esc(s.trimmed());
        }
    }
    if (parts.isEmpty()) {
        return QStringLiteral("<b>%1</b>")
            .arg(pick(lang,
                      "[to be completed: address, email and phone of the controller]",
                      "[perlu dilengkapi: alamat, email, dan telepon Pengendali]"));
    }
    return parts.join(QStringLiteral(" · "));
}
} // namespace

QString NoticeGenerator::html(const ProcessingRecord& r, const QString& lang)
{
    const QLocale locale(ProcessingRecord::indonesian(lang) ? QLocale::Indonesian : QLocale::English);
    const QString controller
        = r.controller.name.isEmpty() ? pick(lang, "the controller", "Pengendali") : esc(r.controller.name);
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(pick(lang, "Privacy notice", "Kebijakan Privasi"));
    h += QStringLiteral("<p><i>%1 %2</i></p>")
             .arg(pick(lang, "Draft of", "Rancangan tanggal"),
                  locale.toString(Clock::instance().now().date(), QLocale::LongFormat));
    h += QStringLiteral("<p>%1</p>")
             .arg(pick(lang,
                       "This notice explains how %1 processes your personal data under %2.",
                       "Kebijakan ini menjelaskan bagaimana %1 memproses data pribadi Anda berdasarkan %2.")
                      .arg(controller, esc(ProcessingRecord::lawName(r.jurisdiction, lang))));

    h += section(lang, "1. Who we are", "1. Siapa kami");
    h += QStringLiteral("<p>%1</p>")
             .arg(pick(lang,
                       "%1 is the controller of your personal data. Contact: %2",
                       "%1 adalah Pengendali Data Pribadi Anda. Kontak: %2")
                      .arg(controller, contactLine(r.controller, lang)));

    h += section(lang, "2. What we collect", "2. Data yang kami kumpulkan");
    h += QStringLiteral("<ul>");
    for (const QString& c : r.allCategories()) {
        h += item(esc(DataInventory::categoryName(c, lang)));
    }
    h += QStringLiteral("</ul>");

    h += section(lang, "3. Why we use it and on which legal basis", "3. Tujuan dan dasar pemrosesan");
    for (const Purpose& p : r.purposes) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(p.name));
        if (!p.description.trimmed().isEmpty()) {
            h += item(esc(p.description.trimmed()));
        }
        h += item(QStringLiteral("%1: %2").arg(pick(lang, "Legal basis", "Dasar pemrosesan"),
                                               ProcessingRecord::legalBasisText(p.legalBasis, lang)));
        QStringList cats;
        for (const QString& c : p.dataCategories) {
            cats << esc(DataInventory::categoryName(c, lang));
        }
        h += item(QStringLiteral("%1: %2").arg(pick(lang, "Data used", "Data yang digunakan"),
                                               cats.join(QStringLiteral(", "))));
        if (p.needsConsent()) {
            h += item(pick(lang,
                           "We use your data for this only with your consent; you may withdraw it at any time.",
                           "Kami hanya menggunakan data Anda untuk tujuan ini dengan persetujuan Anda; Anda dapat "
                           "menariknya kembali kapan saja."));
        }
        h += QStringLiteral("</ul>");
    }

    h += section(lang, "4. Who receives your data", "4. Pihak yang menerima data Anda");
    QStringList transfers;
    h += QStringLiteral("<ul>");
    for (const Recipient& rec : r.recipients) {
        QStringList purposes;
        for (const Purpose& p : r.purposes) {
            if (r.purposeRecipients.value(p.id).contains(rec.id)) {
                purposes << esc(p.name);
            }
        }
        h += item(QStringLiteral("%1 — %2, %3%4")
                      .arg(esc(rec.name),
                           ProcessingRecord::roleText(rec.role, lang),
                           esc(rec.country),
                           purposes.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1: %2)")
                                     .arg(pick(lang, "for", "untuk"), purposes.join(QStringLiteral(", ")))));
        if (r.isThirdCountry(rec)) {
            transfers << item(QStringLiteral("%1 → %2: %3").arg(esc(rec.name), esc(rec.country), esc(rec.safeguard)));
        }
    }
    if (r.recipients.isEmpty()) {
        h += item(pick(lang,
                       "We do not disclose your data to third parties.",
                       "Kami tidak mengungkapkan data Anda kepada pihak ketiga."));
    }
    h += QStringLiteral("</ul>");
    h += QStringLiteral("<p>%1</p>")
             .arg(transfers.isEmpty()
                      ? pick(lang,
                             "Your data is not transferred outside the country.",
                             "Data Anda tidak ditransfer ke luar negeri.")
                      : pick(lang,
                             "Some recipients are outside the country; each transfer is protected as follows:",
                             "Sebagian penerima berada di luar negeri; setiap transfer dilindungi sebagai berikut:"));
    if (!transfers.isEmpty()) {
        h += QStringLiteral("<ul>") + transfers.join(QString()) + QStringLiteral("</ul>");
    }

    h += section(lang, "5. How long we keep it", "5. Berapa lama kami menyimpannya");
    h += QStringLiteral("<ul>");
    for (const Purpose& p : r.purposes) {
        h += item(QStringLiteral("%1: %2").arg(esc(p.name), ProcessingRecord::retentionText(p.retentionDays, lang)));
    }
    h += QStringLiteral("</ul><p>%1</p>")
             .arg(pick(lang,
                       "After that we delete or anonymise your data, unless the law requires us to keep it.",
                       "Setelah itu kami menghapus atau menganonimkan data Anda, kecuali jika peraturan perundang-"
                       "undangan mewajibkan kami menyimpannya."));

    h += section(lang, "6. How we protect it", "6. Bagaimana kami melindunginya");
    h += QStringLiteral("<p>%1</p>").arg(ProcessingRecord::securityMeasures(lang));

    h += section(lang, "7. Your rights and how to use them", "7. Hak Anda dan cara menggunakannya");
    h += QStringLiteral("<p>%1</p>").arg(pick(lang, "You have the right:", "Anda berhak:"));
    h += rights(r, lang);
    h += QStringLiteral("<p>%1</p>")
             .arg(pick(lang,
                       "To use a right, write to us or call us (contact below). We confirm your identity first, then "
                       "answer within the period the law sets; we tell you if we need more time and why.",
                       "Untuk menggunakan hak Anda, hubungi kami secara tertulis atau melalui telepon (kontak di "
                       "bawah). Kami memverifikasi identitas Anda terlebih dahulu, lalu menanggapi dalam jangka "
                       "waktu yang ditetapkan peraturan perundang-undangan; bila kami memerlukan waktu lebih, kami "
                       "memberi tahu Anda beserta alasannya."));

    h += section(lang, "8. Contact", "8. Kontak");
    h += QStringLiteral("<p>%1</p>").arg(contactLine(r.controller, lang));
    if (!r.controller.policyUrl.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(r.controller.policyUrl));
    }
    h += QStringLiteral("<p>%1</p>")
             .arg(pick(lang,
                       "We publish every change to this notice as a new version and tell you when it matters.",
                       "Setiap perubahan atas kebijakan ini kami terbitkan sebagai versi baru dan kami beritahukan "
                       "kepada Anda bila perubahan tersebut penting."));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QString> NoticeGenerator::generate(const std::shared_ptr<Session>& session, const QString& language)
{
    if (auto st = session->require(Permission::ManagePolicy, QStringLiteral("notice_versions")); !st) {
        return st.error();
    }
    auto record = ProcessingRecord::load(session);
    if (!record) {
        return record.error();
    }
    const QString lang = ProcessingRecord::indonesian(language) ? QStringLiteral("id") : QStringLiteral("en");
    const QString out = html(*record, lang);
    AuditRecord rec;
    rec.action = QStringLiteral("notice.generate");
    rec.objectType = QStringLiteral("notice_versions");
    rec.details = QStringLiteral("language=%1;purposes=%2;recipients=%3")
                      .arg(lang)
                      .arg(record->purposes.size())
                      .arg(record->recipients.size());
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    return out;
}
