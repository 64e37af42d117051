#include "core/requests/PortabilityPackage.h"

#include "core/common/Clock.h"
#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"
#include "core/io/CsvWriter.h"
#include "core/io/PackageFiles.h"
#include "core/requests/RequestService.h"
#include "core/rules/RequestWorkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortabilityPackage)
};
} // namespace

QJsonObject PortabilityPackage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("schema"), QStringLiteral("amanah.portability/1"));
    o.insert(QStringLiteral("requestId"), static_cast<double>(requestId));
    o.insert(QStringLiteral("customerId"), customerId);
    o.insert(QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonObject data;
    for (const Field& f : providedData) {
        data.insert(f.code, f.value);
    }
    o.insert(QStringLiteral("providedData"), data);
    QJsonArray cs;
    for (const ConsentChoice& c : consents) {
        cs.append(QJsonObject{{QStringLiteral("purpose"), c.purposeCode},
                              {QStringLiteral("granted"), c.granted},
                              {QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("channel"), c.channel}});
    }
    o.insert(QStringLiteral("consents"), cs);
    return o;
}

QByteArray PortabilityPackage::toCsv() const
{
    QString out = CsvWriter::row({QStringLiteral("section"), QStringLiteral("field"), QStringLiteral("value")});
    for (const Field& f : providedData) {
        out += CsvWriter::row({QStringLiteral("data"), f.code, f.value});
    }
    for (const ConsentChoice& c : consents) {
        out += CsvWriter::row({QStringLiteral("consent"),
                               c.purposeCode,
                               QStringLiteral("%1 %2 %3")
                                   .arg(c.granted ? QStringLiteral("granted") : QStringLiteral("withdrawn"),
                                        c.at.toUTC().toString(Qt::ISODate),
                                        c.channel)});
    }
    return out.toUtf8();
}

Result<PortabilityPackage> PortabilityPackage::build(const std::shared_ptr<Session>& session, qint64 requestId)
{
    if (auto st = session->require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !st) {
        return st.error();
    }
    auto r = RequestService(session).load(requestId);
    if (!r) {
        return r.error();
    }
    if (r->type != Request::Type::Portability) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Request %1 is not a portability request.").arg(requestId));
    }
    if (r->customerId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Match the request to a customer first."));
    }
    auto c = CustomerService(session).get(r->customerId);
    if (!c) {
        return c.error();
    }
    auto history = ConsentService(session).history(r->customerId);
    if (!history) {
        return history.error();
    }
    PortabilityPackage p;
    p.requestId = requestId;
    p.customerId = c->id;
    p.generatedAt = Clock::instance().now();
    p.providedData
        = {{QStringLiteral("full_name"), c->fullName},
           {QStringLiteral("email"), c->email},
           {QStringLiteral("phone"), c->phone},
           {QStringLiteral("address"), c->address},
           {QStringLiteral("birth_date"), c->birthDate.isValid() ? c->birthDate.toString(Qt::ISODate) : QString()},
           {QStringLiteral("country"), c->country},
           {QStringLiteral("language"), c->language}};
    for (auto it = history->crbegin(); it != history->crend(); ++it) { // oldest first
        p.consents << ConsentChoice{
            it->purposeCode, it->event.granted, it->event.occurred, ConsentEvent::channelCode(it->event.channel)};
    }
    return p;
}

Result<PortabilityPackage::Released>
PortabilityPackage::release(const std::shared_ptr<Session>& session, qint64 requestId, const QString& directory)
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
    if (auto st = PackageFiles::ensureDirectory(directory); !st) {
        return st.error();
    }
    Released out;
    const QString base = QDir(directory).filePath(QStringLiteral("portability-request-%1").arg(requestId));
    out.jsonPath = base + QStringLiteral(".json");
    out.csvPath = base + QStringLiteral(".csv");
    auto cleanUp = [&] {
        QFile::remove(out.jsonPath);
        QFile::remove(out.csvPath);
    };
    if (auto st = PackageFiles::write(out.jsonPath, QJsonDocument(pkg->toJson()).toJson(QJsonDocument::Indented));
        !st) {
        return st.error();
    }
    if (auto st = PackageFiles::write(out.csvPath, pkg->toCsv()); !st) {
        cleanUp();
        return st.error();
    }
    auto jsonHash = PackageFiles::sha256Hex(out.jsonPath);
    auto csvHash = PackageFiles::sha256Hex(out.csvPath);
    if (!jsonHash || !csvHash) {
        cleanUp();
        return jsonHash ? csvHash.error() : jsonHash.error();
    }
    out.jsonSha256 = *jsonHash;
    out.csvSha256 = *csvHash;
    auto st = requests.completeWithArtefact(requestId,
                                            QStringLiteral("json:%1 csv:%2").arg(out.jsonSha256, out.csvSha256),
                                            QStringLiteral("request.package_released"),
                                            QStringLiteral("json_sha256=%1;csv_sha256=%2;fields=%3;consents=%4")
                                                .arg(out.jsonSha256, out.csvSha256)
                                                .arg(pkg->providedData.size())
                                                .arg(pkg->consents.size()),
                                            QStringLiteral("Portability package released"));
    if (!st) {
        cleanUp();
        return st.error();
    }
    return out;
}
