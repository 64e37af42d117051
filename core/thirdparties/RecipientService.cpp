#include "core/thirdparties/RecipientService.h"

#include "core/common/Clock.h"
#include "core/rules/DataInventory.h"
#include "core/session/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecipientService)
};

QString joinList(const QStringList& items)
{
    QStringList clean;
    for (const QString& s : items) {
        if (!s.trimmed().isEmpty() && !clean.contains(s.trimmed())) {
            clean << s.trimmed();
        }
    }
    return clean.join(QLatin1Char(','));
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const char* const kTable = "recipients";
} // namespace

RecipientService::RecipientService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Status RecipientService::requireRead()
{
    // Disclosures are recorded by staff who edit customers, requests list the recipients to
    // notify, and the record of processing is a report: all of them read the register.
    for (Permission p : {Permission::ViewCustomers, Permission::HandleRequests, Permission::ViewReports}) {
        if (m_session->can(p)) {
            return {};
        }
    }
    return m_session->require(Permission::ManagePolicy, QString::fromLatin1(kTable));
}

QString RecipientService::jurisdiction() const
{
    auto j = m_session->workspace()->setting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
    return j ? *j : QStringLiteral("UU_PDP");
}

bool RecipientService::roleFromCode(const QString& code, Recipient::Role* out)
{
    for (Recipient::Role r : {Recipient::Role::Processor, Recipient::Role::Controller}) {
        if (Recipient::roleCode(r) == code) {
            *out = r;
            return true;
        }
    }
    return false;
}

Status RecipientService::validate(const Recipient& r, const QString& jurisdiction)
{
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (r.name.trimmed().isEmpty() || r.name.trimmed().size() > 200) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the recipient's name (at most 200 characters)."));
    }
    if (!country.match(r.country.trimmed()).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The country is a two-letter ISO 3166 code in capitals, e.g. ID, SG or US."));
    }
    if (DataInventory::isThirdCountry(r.country, jurisdiction) && r.safeguard.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 is outside the area of the workspace's rules: name the transfer safeguard, e.g. "
                            "standard contractual clauses or an adequacy decision.")
                         .arg(r.country.trimmed()));
    }
    if (r.contact.size() > 500 || r.safeguard.size() > 500) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The contact and the safeguard are at most 500 characters."));
    }
    if (r.agreementDate.isValid() && r.agreementDate > Clock::instance().now().date().addDays(1)) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The agreement date cannot be in the future."));
    }
    return {};
}

Result<qint64> RecipientService::create(const Recipient& r)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QString::fromLatin1(kTable)); !st) {
        return st.error();
    }
    if (auto st = validate(r, jurisdiction()); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto dup = db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE name = ?"), {r.name.trimmed()});
    if (!dup) {
        return dup.error();
    }
    if (dup->toInt() > 0) {
        return Error(ErrorCode::Conflict, Tr::tr("A recipient with this name is in the register already."));
    }
    const qint64 now = Clock::instance().nowMs();
    auto ins = db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, safeguard, data_categories, "
                                      "agreement_date, contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                      "?, ?)"),
                       {r.name.trimmed(),
                        Recipient::roleCode(r.role),
                        r.country.trimmed(),
                        r.safeguard.trimmed(),
                        joinList(r.dataCategories),
                        dateValue(r.agreementDate),
                        r.contact.trimmed(),
                        now,
                        now});
    if (!ins) {
        return ins.error();
    }
    auto id = db.scalar(QStringLiteral("SELECT id FROM recipients WHERE name = ?"), {r.name.trimmed()});
    if (!id) {
        return id.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("recipient.create");
    rec.objectType = QString::fromLatin1(kTable);
    rec.objectId = QString::number(id->toLongLong());
    rec.details = QStringLiteral("role=%1;categories=%2").arg(Recipient::roleCode(r.role)).arg(r.dataCategories.size());
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id->toLongLong();
}

Status RecipientService::update(const Recipient& r, int expectedVersion)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QString::fromLatin1(kTable), QString::number(r.id));
        !st) {
        return st;
    }
    if (auto st = validate(r, jurisdiction()); !st) {
        return st;
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto dup = db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE name = ? AND id <> ?"),
                         {r.name.trimmed(), r.id});
    if (!dup) {
        return dup.error();
    }
    if (dup->toInt() > 0) {
        return Error(ErrorCode::Conflict, Tr::tr("A recipient with this name is in the register already."));
    }
    auto upd = db.exec(QStringLiteral("UPDATE recipients SET name = ?, role = ?, country = ?, safeguard = ?, "
                                      "data_categories = ?, agreement_date = ?, contact = ?, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       {r.name.trimmed(),
                        Recipient::roleCode(r.role),
                        r.country.trimmed(),
                        r.safeguard.trimmed(),
                        joinList(r.dataCategories),
                        dateValue(r.agreementDate),
                        r.contact.trimmed(),
                        Clock::instance().nowMs(),
                        r.id,
                        expectedVersion});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return Error(ErrorCode::Conflict,
                     Tr::tr("Someone else changed this recipient since you opened it. Nothing was overwritten: "
                            "reload it and make your change again."));
    }
    AuditRecord rec;
    rec.action = QStringLiteral("recipient.update");
    rec.objectType = QString::fromLatin1(kTable);
    rec.objectId = QString::number(r.id);
    rec.details = QStringLiteral("version=%1").arg(expectedVersion + 1);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}

Result<QList<Recipient>> RecipientService::query(const QString& where, const QVariantList& values)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto q = db.exec(QStringLiteral("SELECT id, name, role, country, safeguard, data_categories, "
                                    "COALESCE(agreement_date, ''), contact, created_at, updated_at, version FROM "
                                    "recipients ")
                         + where + QStringLiteral(" ORDER BY name"),
                     values);
    if (!q) {
        return q.error();
    }
    QList<Recipient> all;
    while (q->next()) {
        Recipient r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        roleFromCode(q->value(2).toString(), &r.role);
        r.country = q->value(3).toString();
        r.safeguard = q->value(4).toString();
        r.dataCategories = q->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.agreementDate = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        r.contact = q->value(7).toString();
        r.created = QDateTime::fromMSecsSinceEpoch(q->value(8).toLongLong(), Qt::UTC);
        r.updated = QDateTime::fromMSecsSinceEpoch(q->value(9).toLongLong(), Qt::UTC);
        r.version = q->value(10).toInt();
        all << r;
    }
    for (Recipient& r : all) {
        auto p = db.exec(
            QStringLiteral("SELECT purpose_id FROM purpose_recipients WHERE recipient_id = ? ORDER BY purpose_id"),
            {r.id});
        if (!p) {
            return p.error();
        }
        while (p->next()) {
            r.purposeIds << p->value(0).toLongLong();
        }
    }
    return all;
}

Result<QList<Recipient>> RecipientService::list()
{
    return query(QString(), {});
}

Result<Recipient> RecipientService::get(qint64 id)
{
    auto all = query(QStringLiteral("WHERE id = ?"), {id});
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such recipient."));
    }
    return all->first();
}
