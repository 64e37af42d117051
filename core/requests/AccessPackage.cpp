#include "core/requests/AccessPackage.h"

#include "core/common/Clock.h"
#include "core/consent/ConsentReceipt.h"
#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"
#include "core/io/PackageFiles.h"
#include "core/rules/RequestWorkflow.h"
#include "core/session/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccessPackage)
};

// The package is in the customer's language, which may differ from the staff member's: a
// fixed bilingual template (like ConsentReceipt), not the UI's translations.
QString text(const char* key, bool id)
{
    static const QHash<QString, QPair<QString, QString>> texts = {
        {QStringLiteral("title"),
         {QStringLiteral("Your personal data: answer to access request %1"),
          QStringLiteral("Data pribadi Anda: jawaban atas permintaan akses %1")}},
        {QStringLiteral("intro"),
         {QStringLiteral("This document answers your request to access your personal data (GDPR Art. 15; UU 27/2022 "
                         "on Personal Data Protection, Ps 7 and 32). It lists the data we hold about you and how we "
                         "use it."),
          QStringLiteral("Dokumen ini menjawab permintaan Anda untuk mengakses data pribadi Anda (GDPR Pasal 15; UU "
                         "27/2022 tentang Pelindungan Data Pribadi, Pasal 7 dan 32). Dokumen ini memuat data yang kami "
                         "simpan tentang Anda dan cara kami menggunakannya.")}},
        {QStringLiteral("generated"), {QStringLiteral("Prepared on"), QStringLiteral("Disusun pada")}},
        {QStringLiteral("controller"), {QStringLiteral("Controller"), QStringLiteral("Pengendali data")}},
        {QStringLiteral("s.personal"), {QStringLiteral("Your personal data"), QStringLiteral("Data pribadi Anda")}},
        {QStringLiteral("s.purposes"),
         {QStringLiteral("Purposes and legal basis"), QStringLiteral("Tujuan dan dasar pemrosesan")}},
        {QStringLiteral("s.categories"),
         {QStringLiteral("Categories of personal data"), QStringLiteral("Kategori data pribadi")}},
        {QStringLiteral("s.recipients"), {QStringLiteral("Recipients"), QStringLiteral("Penerima data")}},
        {QStringLiteral("s.retention"),
         {QStringLiteral("Retention periods"), QStringLiteral("Jangka waktu penyimpanan")}},
        {QStringLiteral("s.source"), {QStringLiteral("Source of the data"), QStringLiteral("Sumber data")}},
        {QStringLiteral("s.consent"), {QStringLiteral("Consent history"), QStringLiteral("Riwayat persetujuan")}},
        {QStringLiteral("s.rights"), {QStringLiteral("Your rights"), QStringLiteral("Hak-hak Anda")}},
        {QStringLiteral("s.automated"),
         {QStringLiteral("Automated decision-making"), QStringLiteral("Pengambilan keputusan otomatis")}},
        {QStringLiteral("automated"),
         {QStringLiteral("No decision about you is made solely by automated processing, including profiling (GDPR "
                         "Art. 22; UU 27/2022 Ps 10)."),
          QStringLiteral("Tidak ada keputusan tentang Anda yang diambil semata-mata berdasarkan pemrosesan otomatis, "
                         "termasuk pemrofilan (GDPR Pasal 22; UU 27/2022 Pasal 10).")}},
        {QStringLiteral("sourceSelf"),
         {QStringLiteral("You provided this data to us yourself."),
          QStringLiteral("Data ini Anda berikan sendiri kepada kami.")}},
        {QStringLiteral("sourceOther"),
         {QStringLiteral("The data was obtained from: %1."), QStringLiteral("Data ini diperoleh dari: %1.")}},
        {QStringLiteral("purpose"), {QStringLiteral("Purpose"), QStringLiteral("Tujuan")}},
        {QStringLiteral("basis"), {QStringLiteral("Legal basis"), QStringLiteral("Dasar pemrosesan")}},
        {QStringLiteral("data"), {QStringLiteral("Data"), QStringLiteral("Data")}},
        {QStringLiteral("retention"), {QStringLiteral("Kept for"), QStringLiteral("Disimpan selama")}},
        {QStringLiteral("days"), {QStringLiteral("%1 days"), QStringLiteral("%1 hari")}},
        {QStringLiteral("notSet"),
         {QStringLiteral("as long as needed for the purpose"),
          QStringLiteral("selama diperlukan untuk tujuan tersebut")}},
        {QStringLiteral("recipient"), {QStringLiteral("Recipient"), QStringLiteral("Penerima")}},
        {QStringLiteral("country"), {QStringLiteral("Country"), QStringLiteral("Negara")}},
        {QStringLiteral("safeguard"), {QStringLiteral("Safeguard"), QStringLiteral("Pelindungan")}},
        {QStringLiteral("sent"), {QStringLiteral("Times data was sent"), QStringLiteral("Jumlah pengiriman data")}},
        {QStringLiteral("none"), {QStringLiteral("None."), QStringLiteral("Tidak ada.")}},
        {QStringLiteral("when"), {QStringLiteral("When"), QStringLiteral("Waktu")}},
        {QStringLiteral("event"), {QStringLiteral("Event"), QStringLiteral("Peristiwa")}},
        {QStringLiteral("granted"), {QStringLiteral("consent given"), QStringLiteral("persetujuan diberikan")}},
        {QStringLiteral("withdrawn"), {QStringLiteral("consent withdrawn"), QStringLiteral("persetujuan ditarik")}},
        {QStringLiteral("channel"), {QStringLiteral("How"), QStringLiteral("Melalui")}},
        {QStringLiteral("scope"), {QStringLiteral("Data or purpose"), QStringLiteral("Data atau tujuan")}},
        {QStringLiteral("then"), {QStringLiteral("Afterwards"), QStringLiteral("Sesudahnya")}},
    };
    const auto pair = texts.value(QString::fromLatin1(key));
    return id ? pair.second : pair.first;
}

QString fieldLabel(const QString& code, bool id)
{
    static const QHash<QString, QPair<QString, QString>> labels = {
        {QStringLiteral("full_name"), {QStringLiteral("Name"), QStringLiteral("Nama")}},
        {QStringLiteral("email"), {QStringLiteral("Email"), QStringLiteral("Email")}},
        {QStringLiteral("phone"), {QStringLiteral("Telephone"), QStringLiteral("Telepon")}},
        {QStringLiteral("address"), {QStringLiteral("Address"), QStringLiteral("Alamat")}},
        {QStringLiteral("birth_date"), {QStringLiteral("Date of birth"), QStringLiteral("Tanggal lahir")}},
        {QStringLiteral("external_ref"), {QStringLiteral("Customer reference"), QStringLiteral("Nomor pelanggan")}},
        {QStringLiteral("notes"), {QStringLiteral("Notes"), QStringLiteral("Catatan")}},
        {QStringLiteral("country"), {QStringLiteral("Country"), QStringLiteral("Negara")}},
        {QStringLiteral("language"), {QStringLiteral("Language"), QStringLiteral("Bahasa")}},
        {QStringLiteral("status"), {QStringLiteral("Status"), QStringLiteral("Status")}},
        {QStringLiteral("created_at"), {QStringLiteral("Customer since"), QStringLiteral("Pelanggan sejak")}},
    };
    const auto pair = labels.value(code, {code, code});
    return id ? pair.second : pair.first;
}

QString basisLabel(const QString& code, bool id)
{
    static const QHash<QString, QPair<QString, QString>> labels = {
        {QStringLiteral("consent"), {QStringLiteral("your consent"), QStringLiteral("persetujuan Anda")}},
        {QStringLiteral("contract"),
         {QStringLiteral("a contract with you"), QStringLiteral("pemenuhan perjanjian dengan Anda")}},
        {QStringLiteral("legal_obligation"),
         {QStringLiteral("a legal obligation"), QStringLiteral("pemenuhan kewajiban hukum")}},
        {QStringLiteral("legitimate_interest"),
         {QStringLiteral("our legitimate interest"), QStringLiteral("kepentingan yang sah")}},
        {QStringLiteral("vital_interest"), {QStringLiteral("vital interests"), QStringLiteral("kepentingan vital")}},
        {QStringLiteral("public_task"), {QStringLiteral("a public task"), QStringLiteral("tugas kepentingan umum")}},
    };
    const auto pair = labels.value(code, {code, code});
    return id ? pair.second : pair.first;
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString packageLanguage(const Customer& c)
{
    const QString l = c.language.trimmed().toLower();
    if (l.startsWith(QLatin1String("id"))) {
        return QStringLiteral("id");
    }
    if (l.startsWith(QLatin1String("en"))) {
        return QStringLiteral("en");
    }
    return c.jurisdiction == QLatin1String("UU_PDP") ? QStringLiteral("id") : QStringLiteral("en");
}

} // namespace

QStringList AccessPackage::requiredFields()
{
    return {QStringLiteral("schema"),
            QStringLiteral("requestId"),
            QStringLiteral("customerId"),
            QStringLiteral("jurisdiction"),
            QStringLiteral("language"),
            QStringLiteral("generatedAt"),
            QStringLiteral("controller"),
            QStringLiteral("personalData"),
            QStringLiteral("purposes"),
            QStringLiteral("categories"),
            QStringLiteral("recipients"),
            QStringLiteral("retention"),
            QStringLiteral("source"),
            QStringLiteral("consentHistory"),
            QStringLiteral("rights"),
            QStringLiteral("automatedDecisionMaking")};
}

QStringList AccessPackage::sectionTitles(const QString& language)
{
    const bool id = language.startsWith(QLatin1String("id"));
    QStringList titles;
    for (const char* key : {"s.personal",
                            "s.purposes",
                            "s.categories",
                            "s.recipients",
                            "s.retention",
                            "s.source",
                            "s.consent",
                            "s.rights",
                            "s.automated"}) {
        titles << text(key, id);
    }
    return titles;
}

QList<AccessPackage::Right> AccessPackage::rightsFor(const QString& jurisdiction, const QString& language)
{
    const bool id = language.startsWith(QLatin1String("id"));
    struct R
    {
        const char* code;
        const char* en;
        const char* id;
    };
    static const R rights[] = {
        {"access",
         "You may ask for a copy of your personal data and for information about how it is processed.",
         "Anda berhak memperoleh salinan data pribadi Anda dan informasi tentang pemrosesannya."},
        {"rectification",
         "You may have inaccurate or incomplete data about you corrected.",
         "Anda berhak memperbaiki data tentang Anda yang tidak akurat atau tidak lengkap."},
        {"erasure",
         "You may ask us to erase your data where the law allows it.",
         "Anda berhak meminta penghapusan data Anda sesuai ketentuan hukum."},
        {"restriction",
         "You may ask us to restrict processing: we then only store your data.",
         "Anda berhak meminta pembatasan pemrosesan: data Anda kemudian hanya disimpan."},
        {"objection",
         "You may object to processing based on legitimate interest, and to direct marketing at any time.",
         "Anda berhak menolak pemrosesan berdasarkan kepentingan yang sah, dan pemasaran langsung kapan saja."},
        {"portability",
         "You may receive the data you gave us in a structured, machine-readable format.",
         "Anda berhak menerima data yang Anda berikan dalam format terstruktur yang dapat dibaca mesin."},
        {"withdraw_consent",
         "You may withdraw your consent at any time, as easily as you gave it.",
         "Anda berhak menarik persetujuan Anda kapan saja, semudah saat memberikannya."},
    };
    QList<Right> out;
    for (const R& r : rights) {
        out << Right{QString::fromLatin1(r.code), QString::fromUtf8(id ? r.id : r.en)};
    }
    out << Right{QStringLiteral("complaint"), RequestService::complaintSentence(jurisdiction, language)};
    return out;
}

QString AccessPackage::title(const QString& lang) const
{
    return text("title", lang.startsWith(QLatin1String("id"))).arg(requestId);
}

QJsonObject AccessPackage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), schemaId());
    o.insert(QStringLiteral("requestId"), static_cast<double>(requestId));
    o.insert(QStringLiteral("customerId"), customerId);
    o.insert(QStringLiteral("jurisdiction"), jurisdiction);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("generatedAt"), isoOrNull(generatedAt));
    o.insert(QStringLiteral("controller"),
             QJsonObject{{QStringLiteral("name"), controller.name},
                         {QStringLiteral("contact"), controller.contact},
                         {QStringLiteral("address"), controller.address},
                         {QStringLiteral("email"), controller.email},
                         {QStringLiteral("phone"), controller.phone}});
    QJsonObject personal;
    for (const PersonalField& f : personalData) {
        personal.insert(f.code, f.value);
    }
    o.insert(QStringLiteral("personalData"), personal);
    QJsonArray ps;
    for (const PurposeEntry& p : purposes) {
        ps.append(QJsonObject{
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("legalBasis"), p.legalBasis},
            {QStringLiteral("dataCategories"), strings(p.dataCategories)},
            {QStringLiteral("retentionDays"), p.retentionDays > 0 ? QJsonValue(p.retentionDays) : QJsonValue()},
            {QStringLiteral("consent"), p.consent},
            {QStringLiteral("recipients"), strings(p.recipients)},
        });
    }
    o.insert(QStringLiteral("purposes"), ps);
    o.insert(QStringLiteral("categories"), strings(categories));
    QJsonArray rs;
    for (const RecipientEntry& r : recipients) {
        rs.append(QJsonObject{
            {QStringLiteral("name"), r.name},
            {QStringLiteral("role"), r.role},
            {QStringLiteral("country"), r.country},
            {QStringLiteral("safeguard"), r.safeguard},
            {QStringLiteral("purposes"), strings(r.purposes)},
            {QStringLiteral("dataCategories"), strings(r.dataCategories)},
            {QStringLiteral("disclosures"), r.disclosures},
            {QStringLiteral("lastDisclosedAt"), isoOrNull(r.lastDisclosed)},
        });
    }
    o.insert(QStringLiteral("recipients"), rs);
    QJsonArray ret;
    for (const RetentionEntry& r : retention) {
        ret.append(QJsonObject{
            {QStringLiteral("scope"), r.scope},
            {QStringLiteral("periodDays"), r.periodDays > 0 ? QJsonValue(r.periodDays) : QJsonValue()},
            {QStringLiteral("trigger"), r.trigger},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("legalHoldBasis"), r.legalHoldBasis},
        });
    }
    o.insert(QStringLiteral("retention"), ret);
    o.insert(QStringLiteral("source"),
             QJsonObject{{QStringLiteral("value"), source}, {QStringLiteral("statement"), sourceStatement}});
    QJsonArray hs;
    for (const ConsentEntry& e : consentHistory) {
        hs.append(QJsonObject{
            {QStringLiteral("at"), isoOrNull(e.at)},
            {QStringLiteral("purpose"), e.purposeCode},
            {QStringLiteral("purposeName"), e.purposeName},
            {QStringLiteral("granted"), e.granted},
            {QStringLiteral("channel"), e.channel},
            {QStringLiteral("notice"), e.notice},
            {QStringLiteral("evidence"), e.evidence},
            {QStringLiteral("requestId"), e.requestId ? QJsonValue(static_cast<double>(e.requestId)) : QJsonValue()},
        });
    }
    o.insert(QStringLiteral("consentHistory"), hs);
    QJsonArray list;
    for (const Right& r : rights) {
        list.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    }
    o.insert(QStringLiteral("rights"),
             QJsonObject{{QStringLiteral("list"), list},
                         {QStringLiteral("complaint"),
                          QJsonObject{{QStringLiteral("authority"), authority.name},
                                      {QStringLiteral("url"), authority.url},
                                      {QStringLiteral("statement"), complaintStatement}}}});
    o.insert(QStringLiteral("automatedDecisionMaking"),
             QJsonObject{{QStringLiteral("used"), automatedDecisionMaking},
                         {QStringLiteral("statement"), automatedDecisionStatement}});
    return o;
}

QString AccessPackage::toHtml(const QString& lang) const
{
    const bool id = lang.startsWith(QLatin1String("id"));
    const QLocale locale(id ? QLocale::Indonesian : QLocale::English);
    const QStringList sections = sectionTitles(lang);
    auto when = [&](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toUTC(), QStringLiteral("d MMMM yyyy HH:mm")) + QStringLiteral(" UTC")
                           : QString();
    };
    auto days = [&](int n) {
        return n > 0 ? text("days", id).arg(n) : text("notSet", id);
    };
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>th{text-align:left} td,th{padding:2px 6px}"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(title(lang)), esc(text("intro", id)));
    h += QStringLiteral("<p>%1: %2<br>%3: %4</p>")
             .arg(text("generated", id),
                  esc(when(generatedAt)),
                  text("controller", id),
                  esc(QStringList{controller.name, controller.address, controller.email, controller.phone}.join(
                      QStringLiteral(" · "))));
    h += QStringLiteral("<h2>%1</h2><table>").arg(esc(sections[0]));
    for (const PersonalField& f : personalData) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(fieldLabel(f.code, id)), esc(f.value));
    }
    h += QStringLiteral("</table><h2>%1</h2>").arg(esc(sections[1]));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(text("purpose", id), text("basis", id), text("data", id), text("retention", id));
    for (const PurposeEntry& p : purposes) {
        h += QStringLiteral("<tr><td><b>%1</b><br>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(p.name),
                      esc(p.description),
                      esc(basisLabel(p.legalBasis, id)),
                      esc(p.dataCategories.join(QStringLiteral(", "))),
                      esc(days(p.retentionDays)));
    }
    h += QStringLiteral("</table><h2>%1</h2><p>%2</p>")
             .arg(esc(sections[2]),
                  esc(categories.isEmpty() ? text("none", id) : categories.join(QStringLiteral(", "))));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(sections[3]));
    if (recipients.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(text("none", id));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th></tr>")
                 .arg(text("recipient", id),
                      text("country", id),
                      text("purpose", id),
                      text("safeguard", id),
                      text("sent", id));
        for (const RecipientEntry& r : recipients) {
            h += QStringLiteral("<tr><td>%1 (%2)</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(r.name),
                          esc(r.role),
                          esc(r.country),
                          esc(r.purposes.join(QStringLiteral(", "))),
                          esc(r.safeguard))
                     .arg(r.disclosures);
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(sections[4]), text("scope", id), text("retention", id), text("then", id));
    for (const RetentionEntry& r : retention) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(r.scope),
                      esc(days(r.periodDays)),
                      esc(QStringList{r.action, r.legalHoldBasis}.join(QStringLiteral(" "))));
    }
    // Every sentence in @p lang, whatever the package's own language.
    const QString sourceText
        = source.trimmed().isEmpty() ? text("sourceSelf", id) : text("sourceOther", id).arg(source.trimmed());
    h += QStringLiteral("</table><h2>%1</h2><p>%2</p>").arg(esc(sections[5]), esc(sourceText));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(sections[6]));
    if (consentHistory.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(text("none", id));
    } else {
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "</tr>")
                 .arg(text("when", id), text("purpose", id), text("event", id), text("channel", id));
        for (const ConsentEntry& e : consentHistory) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(when(e.at)),
                          esc(e.purposeName),
                          text(e.granted ? "granted" : "withdrawn", id),
                          esc(e.channel));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(sections[7]));
    for (const Right& r : rightsFor(jurisdiction, lang)) {
        h += QStringLiteral("<li>%1</li>").arg(esc(r.text));
    }
    h += QStringLiteral("</ul><h2>%1</h2><p>%2</p>").arg(esc(sections[8]), esc(text("automated", id)));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<AccessPackage> AccessPackage::build(const std::shared_ptr<Session>& session, qint64 requestId)
{
    if (auto st = session->require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !st) {
        return st.error();
    }
    RequestService requests(session);
    auto r = requests.load(requestId);
    if (!r) {
        return r.error();
    }
    if (r->type != Request::Type::Access) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Request %1 is not an access request.").arg(requestId));
    }
    if (r->customerId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Match the request to a customer first."));
    }
    auto customer = CustomerService(session).get(r->customerId);
    if (!customer) {
        return customer.error();
    }
    ConsentService consent(session);
    auto states = consent.current(r->customerId);
    if (!states) {
        return states.error();
    }
    auto events = consent.history(r->customerId);
    if (!events) {
        return events.error();
    }
    const Customer& c = *customer;
    AccessPackage p;
    p.requestId = requestId;
    p.customerId = c.id;
    p.jurisdiction = r->jurisdiction;
    p.language = packageLanguage(c);
    const bool id = p.language == QLatin1String("id");
    p.generatedAt = Clock::instance().now();
    const Workspace& ws = *session->workspace();
    auto setting = [&](const QString& key) {
        auto v = ws.setting(key);
        return v ? *v : QString();
    };
    p.controller = {setting(WorkspaceSettings::name()),
                    setting(WorkspaceSettings::controllerContact()),
                    setting(WorkspaceSettings::controllerAddress()),
                    setting(WorkspaceSettings::controllerEmail()),
                    setting(WorkspaceSettings::controllerPhone())};
    p.personalData
        = {{QStringLiteral("full_name"), c.fullName},
           {QStringLiteral("email"), c.email},
           {QStringLiteral("phone"), c.phone},
           {QStringLiteral("address"), c.address},
           {QStringLiteral("birth_date"), c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString()},
           {QStringLiteral("external_ref"), c.externalRef},
           {QStringLiteral("notes"), c.notes},
           {QStringLiteral("country"), c.country},
           {QStringLiteral("language"), c.language},
           {QStringLiteral("status"), Customer::statusCode(c.status)},
           {QStringLiteral("created_at"), c.created.toString(Qt::ISODate)}};

    const Database& db = session->db();
    // Recipients: those of the purposes that apply, and those the customer's data went to.
    QMap<qint64, RecipientEntry> recipients;
    auto recipient = [&](qint64 rid) -> RecipientEntry* {
        if (!recipients.contains(rid)) {
            auto q
                = db.exec(QStringLiteral("SELECT name, role, country, safeguard FROM recipients WHERE id = ?"), {rid});
            if (!q || !q->next()) {
                return nullptr;
            }
            RecipientEntry e;
            e.name = q->value(0).toString();
            e.role = q->value(1).toString();
            e.country = q->value(2).toString();
            e.safeguard = q->value(3).toString();
            recipients.insert(rid, e);
        }
        return &recipients[rid];
    };
    auto addUnique = [](QStringList* list, const QStringList& more) {
        for (const QString& s : more) {
            if (!s.isEmpty() && !list->contains(s)) {
                *list << s;
            }
        }
    };
    for (const ConsentStatus& s : *states) {
        const Purpose& pu = s.purpose;
        const bool consentBasis = pu.legalBasis == Purpose::LegalBasis::Consent;
        if (!pu.active || (consentBasis && s.state != ConsentStatus::State::Granted)) {
            continue;
        }
        PurposeEntry e;
        e.code = pu.code;
        e.name = pu.name;
        e.description = pu.description;
        e.legalBasis = Purpose::legalBasisCode(pu.legalBasis);
        e.dataCategories = pu.dataCategories;
        e.retentionDays = pu.retentionDays;
        e.consent = consentBasis ? QStringLiteral("granted") : QStringLiteral("not_required");
        for (qint64 rid : pu.recipientIds) {
            if (RecipientEntry* re = recipient(rid)) {
                e.recipients << re->name;
                addUnique(&re->purposes, {pu.name});
                addUnique(&re->dataCategories, pu.dataCategories);
            }
        }
        addUnique(&p.categories, pu.dataCategories);
        p.retention << RetentionEntry{pu.name, pu.retentionDays, QStringLiteral("purpose"), QString(), QString()};
        p.purposes << e;
    }
    auto dis = db.exec(QStringLiteral("SELECT d.recipient_id, d.disclosed_at, d.data_categories, COALESCE(p.name, '') "
                                      "FROM disclosures d LEFT JOIN purposes p ON p.id = d.purpose_id WHERE "
                                      "d.customer_id = ? ORDER BY d.disclosed_at"),
                       {c.id});
    if (!dis) {
        return dis.error();
    }
    while (dis->next()) {
        if (RecipientEntry* re = recipient(dis->value(0).toLongLong())) {
            ++re->disclosures;
            re->lastDisclosed = QDateTime::fromMSecsSinceEpoch(dis->value(1).toLongLong(), Qt::UTC);
            const QStringList cats = dis->value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            addUnique(&re->dataCategories, cats);
            addUnique(&re->purposes, {dis->value(3).toString()});
            addUnique(&p.categories, cats);
        }
    }
    p.recipients = recipients.values();
    auto rules = db.exec(QStringLiteral("SELECT COALESCE(r.data_category, p.name, ''), r.period_days, r.trigger_event, "
                                        "r.action, r.legal_hold_basis FROM retention_rules r LEFT JOIN purposes p ON "
                                        "p.id = r.purpose_id WHERE r.active = 1 ORDER BY r.id"));
    if (!rules) {
        return rules.error();
    }
    while (rules->next()) {
        p.retention << RetentionEntry{rules->value(0).toString(),
                                      rules->value(1).toInt(),
                                      rules->value(2).toString(),
                                      rules->value(3).toString(),
                                      rules->value(4).toString()};
    }
    p.source = c.source;
    p.sourceStatement
        = c.source.trimmed().isEmpty() ? text("sourceSelf", id) : text("sourceOther", id).arg(c.source.trimmed());
    for (const ConsentHistoryItem& it : *events) {
        ConsentEntry e;
        e.at = it.event.occurred;
        e.purposeCode = it.purposeCode;
        e.purposeName = it.purposeName;
        e.granted = it.event.granted;
        e.channel = ConsentEvent::channelCode(it.event.channel);
        e.notice = it.noticeLabel;
        e.evidence = it.event.evidence;
        e.requestId = it.event.requestId;
        p.consentHistory << e;
    }
    p.rights = rightsFor(p.jurisdiction, p.language);
    p.authority = RequestService::complaintAuthority(p.jurisdiction, p.language);
    p.complaintStatement = RequestService::complaintSentence(p.jurisdiction, p.language);
    p.automatedDecisionMaking = false;
    p.automatedDecisionStatement = text("automated", id);
    return p;
}

Result<AccessPackage::Released> AccessPackage::release(const std::shared_ptr<Session>& session,
                                                       qint64 requestId,
                                                       const QString& directory,
                                                       const PdfWriter& pdf)
{
    auto pkg = build(session, requestId);
    if (!pkg) {
        return pkg.error();
    }
    RequestService requests(session);
    auto r = requests.load(requestId);
    if (!r) {
        return r.error();
    }
    if (r->state != Request::State::Approved) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Only an approved request can be answered; this one is “%1”.")
                         .arg(RequestWorkflow::stateName(r->state)));
    }
    if (!pdf) {
        return Error(ErrorCode::InvalidInput, Tr::tr("No PDF renderer was given."));
    }
    if (auto st = PackageFiles::ensureDirectory(directory); !st) {
        return st.error();
    }
    Released out;
    const QString base = QDir(directory).filePath(QStringLiteral("access-request-%1").arg(requestId));
    out.jsonPath = base + QStringLiteral(".json");
    out.pdfPath = base + QStringLiteral(".pdf");
    auto cleanUp = [&] {
        QFile::remove(out.jsonPath);
        QFile::remove(out.pdfPath);
    };
    if (auto st = PackageFiles::write(out.jsonPath, QJsonDocument(pkg->toJson()).toJson(QJsonDocument::Indented));
        !st) {
        return st.error();
    }
    if (auto st = pdf(pkg->toHtml(pkg->language), out.pdfPath, pkg->title(pkg->language)); !st) {
        cleanUp();
        return st.error();
    }
    auto jsonHash = PackageFiles::sha256Hex(out.jsonPath);
    auto pdfHash = PackageFiles::sha256Hex(out.pdfPath);
    if (!jsonHash || !pdfHash) {
        cleanUp();
        return (jsonHash ? pdfHash.error() : jsonHash.error());
    }
    out.jsonSha256 = *jsonHash;
    out.pdfSha256 = *pdfHash;
    const QString details = QStringLiteral("json_sha256=%1;pdf_sha256=%2;language=%3;purposes=%4;recipients=%5;"
                                           "consent_events=%6")
                                .arg(out.jsonSha256, out.pdfSha256, pkg->language)
                                .arg(pkg->purposes.size())
                                .arg(pkg->recipients.size())
                                .arg(pkg->consentHistory.size());
    auto st = requests.completeWithArtefact(requestId,
                                            QStringLiteral("json:%1 pdf:%2").arg(out.jsonSha256, out.pdfSha256),
                                            QStringLiteral("request.package_released"),
                                            details,
                                            QStringLiteral("Access package released"));
    if (!st) {
        cleanUp();
        return st.error();
    }
    return out;
}
