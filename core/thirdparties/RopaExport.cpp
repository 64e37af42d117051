#include "core/thirdparties/RopaExport.h"

#include "core/common/Clock.h"
#include "core/io/CsvWriter.h"

#include <QLocale>

namespace {
QString pick(const QString& language, const char* en, const char* id)
{
    return QString::fromUtf8(ProcessingRecord::indonesian(language) ? id : en);
}

QString controllerContact(const ProcessingRecord::Controller& c, const QString& language)
{
    QStringList parts;
    for (const QString& s : {c.contact, c.address, c.email, c.phone}) {
        if (!s.trimmed().isEmpty()) {
            parts << s.trimmed();
        }
    }
    return parts.isEmpty() ? pick(language, "not set", "belum ditetapkan") : parts.join(QStringLiteral("; "));
}

QString categoryList(const QStringList& categories, const QString& language)
{
    QStringList names;
    for (const QString& c : categories) {
        names << DataInventory::categoryName(c, language);
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

QStringList RopaExport::columns(const QString& language)
{
    return {pick(language, "(a) Controller", "(a) Pengendali"),
            pick(language, "(a) Controller contact", "(a) Kontak pengendali"),
            pick(language, "(b) Purpose code", "(b) Kode tujuan"),
            pick(language, "(b) Purpose", "(b) Tujuan pemrosesan"),
            pick(language, "(b) Legal basis", "(b) Dasar pemrosesan"),
            pick(language, "(c) Categories of data subjects", "(c) Kategori subjek data"),
            pick(language, "(c) Categories of personal data", "(c) Kategori data pribadi"),
            pick(language, "(d) Recipients", "(d) Penerima"),
            pick(language,
                 "(e) Transfers to third countries and safeguards",
                 "(e) Transfer ke luar negeri dan pelindungannya"),
            pick(language, "(f) Retention period", "(f) Jangka waktu penyimpanan"),
            pick(language, "(g) Security measures", "(g) Langkah keamanan")};
}

QList<QStringList> RopaExport::rows(const ProcessingRecord& record, const QString& language)
{
    QList<QStringList> out;
    const QString none = pick(language, "None", "Tidak ada");
    for (const Purpose& p : record.purposes) {
        QStringList recipients;
        QStringList transfers;
        for (const Recipient& r : record.recipientsOf(p)) {
            recipients
                << QStringLiteral("%1 (%2, %3)").arg(r.name, ProcessingRecord::roleText(r.role, language), r.country);
            if (record.isThirdCountry(r)) {
                transfers << QStringLiteral("%1 → %2: %3").arg(r.name, r.country, r.safeguard);
            }
        }
        QString purpose = p.name;
        if (!p.description.trimmed().isEmpty()) {
            purpose += QStringLiteral(" — ") + p.description.trimmed();
        }
        out << QStringList{record.controller.name.isEmpty() ? pick(language, "not set", "belum ditetapkan")
                                                            : record.controller.name,
                           controllerContact(record.controller, language),
                           p.code,
                           purpose,
                           ProcessingRecord::legalBasisText(p.legalBasis, language),
                           ProcessingRecord::subjectCategories(language),
                           categoryList(p.dataCategories, language),
                           recipients.isEmpty() ? none : recipients.join(QStringLiteral("; ")),
                           transfers.isEmpty() ? none : transfers.join(QStringLiteral("; ")),
                           ProcessingRecord::retentionText(p.retentionDays, language),
                           ProcessingRecord::securityMeasures(language)};
    }
    return out;
}

QString RopaExport::toCsv(const ProcessingRecord& record, const QString& language)
{
    QString csv = CsvWriter::row(columns(language));
    for (const QStringList& r : rows(record, language)) {
        csv += CsvWriter::row(r);
    }
    return csv;
}

QString RopaExport::toHtml(const ProcessingRecord& record, const QString& language)
{
    const QLocale locale(ProcessingRecord::indonesian(language) ? QLocale::Indonesian : QLocale::English);
    const QStringList heads = columns(language);
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(pick(language, "Record of processing activities", "Catatan kegiatan pemrosesan data pribadi"));
    h += QStringLiteral("<p>%1 · %2 · %3</p>")
             .arg(record.controller.name.toHtmlEscaped(),
                  ProcessingRecord::lawName(record.jurisdiction, language).toHtmlEscaped(),
                  locale.toString(Clock::instance().now().date(), QLocale::LongFormat));
    h += QStringLiteral("<p><b>%1:</b> %2<br><b>%3:</b> %4</p>")
             .arg(heads.at(0),
                  (record.controller.name.isEmpty() ? pick(language, "not set", "belum ditetapkan")
                                                    : record.controller.name)
                      .toHtmlEscaped(),
                  heads.at(1),
                  controllerContact(record.controller, language).toHtmlEscaped());
    h += QStringLiteral("<p><b>%1:</b> %2</p>").arg(heads.at(10), ProcessingRecord::securityMeasures(language));
    for (const QStringList& row : rows(record, language)) {
        h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">")
                 .arg(row.at(3).toHtmlEscaped());
        for (int c = 2; c < row.size() - 1; ++c) { // controller and security are said once above
            h += QStringLiteral("<tr><th align=\"left\" width=\"35%\">%1</th><td>%2</td></tr>")
                     .arg(heads.at(c).toHtmlEscaped(), row.at(c).toHtmlEscaped());
        }
        h += QStringLiteral("</table>");
    }
    if (record.purposes.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(pick(language, "No active purpose is recorded.", "Belum ada tujuan pemrosesan yang aktif."));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QString> RopaExport::build(const std::shared_ptr<Session>& session, Format format, const QString& language)
{
    auto record = ProcessingRecord::load(session);
    if (!record) {
        return record.error();
    }
    const QString out = format == Format::Csv ? toCsv(*record, language) : toHtml(*record, language);
    AuditRecord rec;
    rec.action = QStringLiteral("ropa.export");
    rec.objectType = QStringLiteral("processing_record");
    rec.details = QStringLiteral("format=%1;purposes=%2;recipients=%3")
                      .arg(format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("pdf"))
                      .arg(record->purposes.size())
                      .arg(record->recipients.size());
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    return out;
}
