// RequestService, part three: what fulfilling a request does to the customer's data, and the
// answer letter with the right to complain.
#include "core/requests/RequestService.h"

#include "core/common/Clock.h"
#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)
};

using State = Request::State;
using Type = Request::Type;

ConsentEvent::Channel consentChannel(const QString& requestChannel)
{
    if (requestChannel == QLatin1String("email")) {
        return ConsentEvent::Channel::EmailLink;
    }
    if (requestChannel == QLatin1String("phone")) {
        return ConsentEvent::Channel::Phone;
    }
    if (requestChannel == QLatin1String("in_store")) {
        return ConsentEvent::Channel::InStore;
    }
    if (requestChannel == QLatin1String("post")) {
        return ConsentEvent::Channel::PaperForm;
    }
    return ConsentEvent::Channel::WebCheckbox;
}
} // namespace

// The answer goes to the customer in their language, which may differ from the staff
// member's: like ConsentReceipt, a fixed bilingual text rather than the UI's translations.
ComplaintAuthority RequestService::complaintAuthority(const QString& jurisdiction, const QString& language)
{
    const bool id = language.startsWith(QLatin1String("id"));
    const QString j = jurisdiction.toUpper();
    if (j == QLatin1String("GDPR")) {
        return {
            id ? QStringLiteral("otoritas pengawas pelindungan data di negara anggota Uni Eropa tempat Anda tinggal "
                                "atau bekerja, atau tempat dugaan pelanggaran terjadi (GDPR Pasal 77)")
               : QStringLiteral("the data protection supervisory authority of the EU member state where you live "
                                "or work, or where the alleged infringement took place (GDPR Art. 77)"),
            QStringLiteral("https://www.edpb.europa.eu/about-edpb/about-edpb/members_en")};
    }
    if (j == QLatin1String("CCPA")) {
        return {id ? QStringLiteral("California Privacy Protection Agency (badan pelindungan privasi California)")
                   : QStringLiteral("the California Privacy Protection Agency"),
                QStringLiteral("https://cppa.ca.gov")};
    }
    if (j == QLatin1String("LGPD")) {
        return {id ? QStringLiteral("Autoridade Nacional de Proteção de Dados (ANPD), otoritas pelindungan data Brasil")
                   : QStringLiteral("the Brazilian National Data Protection Authority (Autoridade Nacional de "
                                    "Proteção de Dados, ANPD)"),
                QStringLiteral("https://www.gov.br/anpd")};
    }
    return {
        id ? QStringLiteral("lembaga penyelenggara pelindungan data pribadi (Lembaga PDP; sampai lembaga itu "
                            "dibentuk, Kementerian Komunikasi dan Digital)")
           : QStringLiteral("the Indonesian personal data protection authority (Lembaga PDP; until it is formed, "
                            "the Ministry of Communication and Digital Affairs, Kementerian Komunikasi dan Digital)"),
        QStringLiteral("https://www.komdigi.go.id")};
}

QString RequestService::complaintSentence(const QString& jurisdiction, const QString& language)
{
    const ComplaintAuthority a = complaintAuthority(jurisdiction, language);
    if (language.startsWith(QLatin1String("id"))) {
        return QStringLiteral("Anda berhak mengajukan pengaduan kepada %1 (%2).").arg(a.name, a.url);
    }
    return QStringLiteral("You have the right to lodge a complaint with %1 (%2).").arg(a.name, a.url);
}

Status RequestService::applyFulfilment(const Request& r, const QString& note)
{
    if (r.customerId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Match the request to a customer before fulfilling it."));
    }
    const Database& db = m_session->db();
    const QString why = QStringLiteral("Request %1 (%2)").arg(r.id).arg(Request::typeCode(r.type))
        + (note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note.trimmed());
    auto customerVersion = [&]() -> Result<int> {
        auto v = db.scalar(QStringLiteral("SELECT version FROM customers WHERE id = ?"), {r.customerId});
        if (!v) {
            return v.error();
        }
        if (v->isNull()) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
        }
        return v->toInt();
    };
    switch (r.type) {
    case Type::Restriction: {
        auto v = customerVersion();
        if (!v) {
            return v.error();
        }
        return CustomerService(m_session).setRestricted(r.customerId, true, why, *v);
    }
    case Type::Objection:
    case Type::ConsentWithdrawal: {
        if (r.purposeCodes.isEmpty()) {
            return Error(ErrorCode::InvalidInput, Tr::tr("The request names no purpose to withdraw from."));
        }
        ConsentService consent(m_session);
        bool needsObjection = false;
        for (const QString& code : r.purposeCodes) {
            ConsentService::Input in;
            in.customerId = r.customerId;
            in.purposeCode = code;
            in.granted = false;
            in.channel = consentChannel(r.channel);
            in.evidence = QStringLiteral("request %1").arg(r.id);
            in.requestId = r.id;
            if (auto e = consent.record(in); !e) {
                return e.error();
            }
            auto basis = db.scalar(QStringLiteral("SELECT legal_basis FROM purposes WHERE code = ?"), {code});
            if (!basis) {
                return basis.error();
            }
            needsObjection = needsObjection || basis->toString() != QLatin1String("consent");
        }
        // A withdrawal stops only consent-based use; an objection to a purpose on another basis
        // (legitimate interest, public task) takes the customer's objection flag (FairUse rule 4).
        if (r.type == Type::Objection && needsObjection) {
            auto v = customerVersion();
            if (!v) {
                return v.error();
            }
            return CustomerService(m_session).setObjected(r.customerId, true, why, *v);
        }
        return {};
    }
    case Type::Rectification: {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM customer_changes WHERE customer_id = ? AND "
                                          "request_id = ?"),
                           {r.customerId, r.id});
        if (!n) {
            return n.error();
        }
        if (n->toInt() == 0) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Rectify the customer's record for this request first; then complete it."));
        }
        return {};
    }
    case Type::Access:
    case Type::Portability:
    case Type::Erasure:
        break;
    }
    return {};
}

Result<QString> RequestService::answer(qint64 id, const QString& language)
{
    auto d = get(id);
    if (!d) {
        return d.error();
    }
    const Request& r = d->request;
    const bool idLang = language.startsWith(QLatin1String("id"));
    const QLocale locale(idLang ? QLocale::Indonesian : QLocale::English);
    QStringList lines;
    lines << (idLang ? QStringLiteral("Permintaan Anda nomor %1 (diterima %2).")
                     : QStringLiteral("Your request number %1 (received %2)."))
                 .arg(r.id)
                 .arg(locale.toString(r.received.date(), QLocale::LongFormat));
    if (r.state == State::Rejected) {
        RejectReason reason = RejectReason::Other;
        reasonFromCode(r.reasonCode, &reason);
        static const QHash<QString, QPair<QString, QString>> texts = {
            {QStringLiteral("identity_not_verified"),
             {QStringLiteral("we could not verify your identity"),
              QStringLiteral("kami tidak dapat memverifikasi identitas Anda")}},
            {QStringLiteral("insufficient_verification"),
             {QStringLiteral("the verification you provided was not sufficient"),
              QStringLiteral("verifikasi yang Anda berikan tidak memadai")}},
            {QStringLiteral("no_matching_customer"),
             {QStringLiteral("we hold no personal data matching your details"),
              QStringLiteral("kami tidak menyimpan data pribadi yang cocok dengan data Anda")}},
            {QStringLiteral("request_not_covered"),
             {QStringLiteral("the request is not covered by the law that applies"),
              QStringLiteral("permintaan ini tidak tercakup oleh hukum yang berlaku")}},
            {QStringLiteral("outside_jurisdiction"),
             {QStringLiteral("the request falls outside the jurisdiction that applies"),
              QStringLiteral("permintaan ini berada di luar yurisdiksi yang berlaku")}},
            {QStringLiteral("manifestly_unfounded_or_excessive"),
             {QStringLiteral("the request is manifestly unfounded or excessive"),
              QStringLiteral("permintaan ini nyata-nyata tidak berdasar atau berlebihan")}},
            {QStringLiteral("other"), {QStringLiteral("of the reason below"), QStringLiteral("alasan di bawah ini")}},
        };
        const auto t = texts.value(reasonCode(reason));
        lines << (idLang ? QStringLiteral("Kami tidak dapat memenuhi permintaan ini karena %1.")
                         : QStringLiteral("We cannot fulfil this request because %1."))
                     .arg(idLang ? t.second : t.first);
        lines << r.justification;
    } else if (r.state == State::Withdrawn) {
        lines << (idLang ? QStringLiteral("Permintaan ini telah Anda tarik kembali.")
                         : QStringLiteral("You withdrew this request."));
    } else if (r.decision == QLatin1String("approved")) {
        lines << (idLang ? QStringLiteral("Kami menyetujui permintaan Anda.")
                         : QStringLiteral("We approved your request."));
    } else {
        lines << (idLang ? QStringLiteral("Permintaan Anda sedang diproses; jawaban paling lambat %1.")
                         : QStringLiteral("Your request is being handled; the answer is due by %1."))
                     .arg(locale.toString(d->effectiveDue.date(), QLocale::LongFormat));
    }
    if (r.extendedDue.isValid()) {
        lines << (idLang ? QStringLiteral("Batas waktu diperpanjang sampai %1: %2")
                         : QStringLiteral("The deadline was extended to %1: %2"))
                     .arg(locale.toString(r.effectiveDue(Clock::instance().now()).date(), QLocale::LongFormat),
                          r.extensionReason);
    }
    lines << complaintSentence(r.jurisdiction, language);
    return lines.join(QLatin1Char('\n'));
}
