#include "core/consent/ConsentReceipt.h"

#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"
#include "core/session/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace {

QJsonArray strings(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

// The receipt prints in the customer's language, which may differ from the staff member's:
// its few labels are a fixed bilingual template rather than the UI's translations.
QString label(const char* key, bool id)
{
    static const QHash<QString, QPair<QString, QString>> labels = {
        {QStringLiteral("title"), {QStringLiteral("Consent receipt"), QStringLiteral("Tanda terima persetujuan")}},
        {QStringLiteral("receipt"), {QStringLiteral("Receipt ID"), QStringLiteral("ID tanda terima")}},
        {QStringLiteral("issued"), {QStringLiteral("Consent given"), QStringLiteral("Persetujuan diberikan")}},
        {QStringLiteral("principal"), {QStringLiteral("You (data subject)"), QStringLiteral("Anda (subjek data)")}},
        {QStringLiteral("controller"), {QStringLiteral("Controller"), QStringLiteral("Pengendali data")}},
        {QStringLiteral("jurisdiction"), {QStringLiteral("Jurisdiction"), QStringLiteral("Yurisdiksi")}},
        {QStringLiteral("method"), {QStringLiteral("Collected by"), QStringLiteral("Dikumpulkan melalui")}},
        {QStringLiteral("policy"), {QStringLiteral("Privacy notice"), QStringLiteral("Pemberitahuan privasi")}},
        {QStringLiteral("purpose"), {QStringLiteral("Purpose"), QStringLiteral("Tujuan")}},
        {QStringLiteral("data"), {QStringLiteral("Personal data"), QStringLiteral("Data pribadi")}},
        {QStringLiteral("shared"), {QStringLiteral("Shared with"), QStringLiteral("Dibagikan kepada")}},
        {QStringLiteral("none"), {QStringLiteral("no one"), QStringLiteral("tidak ada")}},
        {QStringLiteral("termination"), {QStringLiteral("Ending consent"), QStringLiteral("Mengakhiri persetujuan")}},
        {QStringLiteral("terminationText"),
         {QStringLiteral("You can withdraw this consent at any time, as easily as you gave it; it ends at once."),
          QStringLiteral("Anda dapat menarik persetujuan ini kapan saja, semudah saat memberikannya; penarikan "
                         "berlaku seketika.")}},
        {QStringLiteral("sensitive"), {QStringLiteral("Sensitive data"), QStringLiteral("Data spesifik")}},
    };
    const auto pair = labels.value(QString::fromLatin1(key));
    return id ? pair.second : pair.first;
}

QString channelText(ConsentEvent::Channel c)
{
    switch (c) {
    case ConsentEvent::Channel::WebCheckbox:
        return QStringLiteral("web form checkbox");
    case ConsentEvent::Channel::EmailLink:
        return QStringLiteral("email confirmation link");
    case ConsentEvent::Channel::Phone:
        return QStringLiteral("telephone");
    case ConsentEvent::Channel::InStore:
        return QStringLiteral("in store");
    case ConsentEvent::Channel::PaperForm:
        return QStringLiteral("paper form");
    case ConsentEvent::Channel::Import:
        return QStringLiteral("imported record");
    }
    return {};
}

} // namespace

QStringList ConsentReceipt::requiredFields()
{
    return {QStringLiteral("version"),
            QStringLiteral("jurisdiction"),
            QStringLiteral("consentTimestamp"),
            QStringLiteral("collectionMethod"),
            QStringLiteral("consentReceiptID"),
            QStringLiteral("language"),
            QStringLiteral("piiPrincipalId"),
            QStringLiteral("piiControllers"),
            QStringLiteral("policyUrl"),
            QStringLiteral("services"),
            QStringLiteral("sensitive"),
            QStringLiteral("spiCat")};
}

QStringList ConsentReceipt::check(const QJsonObject& json)
{
    QStringList problems;
    for (const QString& f : requiredFields()) {
        if (!json.contains(f)) {
            problems << QStringLiteral("missing %1").arg(f);
        }
    }
    if (!json.value(QStringLiteral("consentTimestamp")).isDouble()) {
        problems << QStringLiteral("consentTimestamp is not a number");
    }
    if (!json.value(QStringLiteral("sensitive")).isBool()) {
        problems << QStringLiteral("sensitive is not a boolean");
    }
    if (!json.value(QStringLiteral("spiCat")).isArray()) {
        problems << QStringLiteral("spiCat is not an array");
    }
    const QJsonArray controllers = json.value(QStringLiteral("piiControllers")).toArray();
    if (controllers.isEmpty()) {
        problems << QStringLiteral("piiControllers is empty");
    }
    for (const QJsonValue& c : controllers) {
        for (const char* f : {"piiController", "contact", "address", "email", "phone"}) {
            if (!c.toObject().contains(QString::fromLatin1(f))) {
                problems << QStringLiteral("piiControllers entry lacks %1").arg(QString::fromLatin1(f));
            }
        }
    }
    const QJsonArray services = json.value(QStringLiteral("services")).toArray();
    for (const QJsonValue& s : services) {
        if (!s.toObject().value(QStringLiteral("service")).isString()) {
            problems << QStringLiteral("a service lacks its name");
        }
        for (const QJsonValue& p : s.toObject().value(QStringLiteral("purposes")).toArray()) {
            const QJsonObject o = p.toObject();
            for (const char* f :
                 {"purpose", "purposeCategory", "consentType", "piiCategory", "termination", "thirdPartyDisclosure"}) {
                if (!o.contains(QString::fromLatin1(f))) {
                    problems << QStringLiteral("a purpose lacks %1").arg(QString::fromLatin1(f));
                }
            }
            if (!o.value(QStringLiteral("purposeCategory")).isArray()
                || !o.value(QStringLiteral("piiCategory")).isArray()
                || !o.value(QStringLiteral("thirdPartyDisclosure")).isBool()) {
                problems << QStringLiteral("a purpose has a field of the wrong type");
            }
        }
    }
    return problems;
}

QJsonObject ConsentReceipt::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("jurisdiction"), jurisdiction);
    o.insert(QStringLiteral("consentTimestamp"), static_cast<double>(consentTimestamp.toSecsSinceEpoch()));
    o.insert(QStringLiteral("collectionMethod"), collectionMethod);
    o.insert(QStringLiteral("consentReceiptID"), consentReceiptId);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("piiPrincipalId"), piiPrincipalId);
    QJsonArray controllers;
    for (const Controller& c : piiControllers) {
        QJsonObject j;
        j.insert(QStringLiteral("piiController"), c.piiController);
        j.insert(QStringLiteral("contact"), c.contact);
        j.insert(QStringLiteral("address"), c.address);
        j.insert(QStringLiteral("email"), c.email);
        j.insert(QStringLiteral("phone"), c.phone);
        if (!c.url.isEmpty()) {
            j.insert(QStringLiteral("piiControllerUrl"), c.url);
        }
        controllers.append(j);
    }
    o.insert(QStringLiteral("piiControllers"), controllers);
    o.insert(QStringLiteral("policyUrl"), policyUrl);
    QJsonArray purposeArray;
    for (const PurposeEntry& p : purposes) {
        QJsonObject j;
        j.insert(QStringLiteral("purpose"), p.purpose);
        j.insert(QStringLiteral("purposeCategory"), strings(p.purposeCategory));
        j.insert(QStringLiteral("consentType"), p.consentType);
        j.insert(QStringLiteral("piiCategory"), strings(p.piiCategory));
        j.insert(QStringLiteral("primaryPurpose"), p.primaryPurpose);
        j.insert(QStringLiteral("termination"), p.termination);
        j.insert(QStringLiteral("thirdPartyDisclosure"), p.thirdPartyDisclosure);
        if (p.thirdPartyDisclosure) {
            j.insert(QStringLiteral("thirdPartyName"), p.thirdPartyName);
        }
        purposeArray.append(j);
    }
    QJsonObject svc;
    svc.insert(QStringLiteral("service"), service);
    svc.insert(QStringLiteral("purposes"), purposeArray);
    o.insert(QStringLiteral("services"), QJsonArray{svc});
    o.insert(QStringLiteral("sensitive"), sensitive);
    o.insert(QStringLiteral("spiCat"), strings(spiCat));
    return o;
}

QString ConsentReceipt::toHtml(const QString& lang) const
{
    const bool id = lang.startsWith(QLatin1String("id"));
    auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(label("title", id));
    h += QStringLiteral("<table>");
    auto row = [&](const char* key, const QString& value) {
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(label(key, id), esc(value));
    };
    row("receipt", consentReceiptId);
    row("issued", QLocale(id ? QLocale::Indonesian : QLocale::English).toString(consentTimestamp, QLocale::LongFormat));
    row("principal", piiPrincipalId);
    for (const Controller& c : piiControllers) {
        row("controller", QStringList{c.piiController, c.address, c.email, c.phone}.join(QStringLiteral(" · ")));
    }
    row("jurisdiction", jurisdiction);
    row("method", collectionMethod);
    row("policy", policyUrl);
    if (sensitive) {
        row("sensitive", spiCat.join(QStringLiteral(", ")));
    }
    h += QStringLiteral("</table>");
    for (const PurposeEntry& p : purposes) {
        h += QStringLiteral("<h2>%1: %2</h2><ul>").arg(label("purpose", id), esc(p.purpose));
        h += QStringLiteral("<li>%1: %2</li>").arg(label("data", id), esc(p.piiCategory.join(QStringLiteral(", "))));
        h += QStringLiteral("<li>%1: %2</li>")
                 .arg(label("shared", id), esc(p.thirdPartyDisclosure ? p.thirdPartyName : label("none", id)));
        h += QStringLiteral("<li>%1: %2</li></ul>").arg(label("termination", id), label("terminationText", id));
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Result<ConsentReceipt> ConsentReceipt::forCustomer(const std::shared_ptr<Session>& session, const QString& customerId)
{
    CustomerService customers(session);
    auto customer = customers.get(customerId);
    if (!customer) {
        return customer.error();
    }
    auto states = ConsentService(session).current(customerId);
    if (!states) {
        return states.error();
    }
    const Workspace& ws = *session->workspace();
    auto setting = [&](const QString& key) {
        auto v = ws.setting(key);
        return v ? *v : QString();
    };
    ConsentReceipt r;
    r.jurisdiction = customer->jurisdiction;
    r.consentReceiptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.language = customer->language.isEmpty() ? QStringLiteral("id") : customer->language;
    r.piiPrincipalId = !customer->email.isEmpty() ? customer->email
        : !customer->externalRef.isEmpty()        ? customer->externalRef
                                                  : customer->id;
    Controller c;
    c.piiController = setting(WorkspaceSettings::name());
    c.contact = setting(WorkspaceSettings::controllerContact());
    c.address = setting(WorkspaceSettings::controllerAddress());
    c.email = setting(WorkspaceSettings::controllerEmail());
    c.phone = setting(WorkspaceSettings::controllerPhone());
    r.piiControllers << c;
    r.policyUrl = setting(WorkspaceSettings::policyUrl());
    r.service = c.piiController;
    const Database& db = session->db();
    QDateTime latest;
    ConsentEvent::Channel channel = ConsentEvent::Channel::WebCheckbox;
    for (const ConsentStatus& s : *states) {
        if (s.state != ConsentStatus::State::Granted || s.stale) {
            continue;
        }
        PurposeEntry p;
        p.purpose = s.purpose.name;
        p.purposeCategory = QStringList{s.purpose.category.isEmpty() ? s.purpose.code : s.purpose.category};
        p.consentType = QStringLiteral("EXPLICIT");
        p.piiCategory = s.purpose.dataCategories;
        p.termination = label("terminationText", r.language == QLatin1String("id"));
        QStringList names;
        for (qint64 rid : s.purpose.recipientIds) {
            auto n = db.scalar(QStringLiteral("SELECT name FROM recipients WHERE id = ?"), {rid});
            if (n && !n->isNull()) {
                names << n->toString();
            }
        }
        p.thirdPartyDisclosure = !names.isEmpty();
        p.thirdPartyName = names.join(QStringLiteral(", "));
        p.grantedAt = s.at;
        if (!s.purpose.sensitiveCategories.isEmpty()) {
            r.sensitive = true;
            for (const QString& cat : s.purpose.sensitiveCategories) {
                if (!r.spiCat.contains(cat)) {
                    r.spiCat << cat;
                }
            }
        }
        if (!latest.isValid() || s.at > latest) {
            latest = s.at;
            channel = s.channel;
        }
        r.purposes << p;
    }
    r.consentTimestamp = latest.isValid() ? latest : QDateTime::currentDateTimeUtc();
    r.collectionMethod = channelText(channel);
    AuditRecord rec;
    rec.action = QStringLiteral("consent.receipt");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = customerId;
    rec.details = QStringLiteral("purposes=%1").arg(r.purposes.size());
    if (auto st = session->audit(rec); !st) {
        return st.error();
    }
    return r;
}
