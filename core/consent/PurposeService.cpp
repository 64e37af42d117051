#include "core/consent/PurposeService.h"

#include "core/common/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PurposeService)
};

QString joinList(const QStringList& items)
{
    QStringList clean;
    for (const QString& s : items) {
        if (!s.trimmed().isEmpty()) {
            clean << s.trimmed();
        }
    }
    return clean.join(QLatin1Char(','));
}
} // namespace

PurposeService::PurposeService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Status PurposeService::requireRead()
{
    // Report readers too: the record of processing (RopaExport) lists every purpose.
    if (m_session->can(Permission::ViewCustomers) || m_session->can(Permission::RecordConsent)
        || m_session->can(Permission::ViewReports)) {
        return {};
    }
    return m_session->require(Permission::ManagePolicy, QStringLiteral("purposes"));
}

Status PurposeService::validate(const Purpose& p) const
{
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    if (!code.match(p.code).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A purpose code is 1 to 40 lower-case letters, digits, _ or -, e.g. newsletter."));
    }
    if (p.name.trimmed().isEmpty() || p.name.size() > 200) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the purpose a name."));
    }
    if (p.retentionDays < 0) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The retention period cannot be negative."));
    }
    return {};
}

Status PurposeService::saveRecipients(qint64 purposeId, const QList<qint64>& recipients)
{
    const Database& db = m_session->db();
    if (auto del = db.exec(QStringLiteral("DELETE FROM purpose_recipients WHERE purpose_id = ?"), {purposeId}); !del) {
        return del.error();
    }
    for (qint64 r : recipients) {
        auto known = db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE id = ?"), {r});
        if (!known) {
            return known.error();
        }
        if (known->toInt() == 0) {
            return Error(ErrorCode::InvalidInput, Tr::tr("A chosen recipient does not exist."));
        }
        if (auto ins
            = db.exec(QStringLiteral("INSERT INTO purpose_recipients (purpose_id, recipient_id) VALUES (?, ?)"),
                      {purposeId, r});
            !ins) {
            return ins.error();
        }
    }
    return {};
}

Result<qint64> PurposeService::create(const Purpose& p)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("purposes")); !st) {
        return st.error();
    }
    if (auto st = validate(p); !st) {
        return st.error();
    }
    const qint64 now = Clock::instance().nowMs();
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto dup = db.scalar(QStringLiteral("SELECT count(*) FROM purposes WHERE code = ?"), {p.code});
    if (!dup) {
        return dup.error();
    }
    if (dup->toInt() > 0) {
        return Error(ErrorCode::Conflict, Tr::tr("A purpose with this code exists already."));
    }
    auto ins = db.exec(QStringLiteral("INSERT INTO purposes (code, name, description, legal_basis, data_categories, "
                                      "retention_days, marketing, category, sensitive_categories, active, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {p.code,
                        p.name.trimmed(),
                        p.description,
                        Purpose::legalBasisCode(p.legalBasis),
                        joinList(p.dataCategories),
                        p.retentionDays > 0 ? QVariant(p.retentionDays) : QVariant(),
                        p.marketing ? 1 : 0,
                        p.category,
                        joinList(p.sensitiveCategories),
                        p.active ? 1 : 0,
                        now,
                        now});
    if (!ins) {
        return ins.error();
    }
    auto id = db.scalar(QStringLiteral("SELECT id FROM purposes WHERE code = ?"), {p.code});
    if (!id) {
        return id.error();
    }
    if (auto st = saveRecipients(id->toLongLong(), p.recipientIds); !st) {
        return st.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("purpose.create");
    rec.objectType = QStringLiteral("purpose");
    rec.objectId = p.code;
    rec.details = QStringLiteral("legal_basis=%1;recipients=%2")
                      .arg(Purpose::legalBasisCode(p.legalBasis))
                      .arg(p.recipientIds.size());
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id->toLongLong();
}

Status PurposeService::update(const Purpose& p, int expectedVersion)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("purposes"), p.code); !st) {
        return st;
    }
    if (auto st = validate(p); !st) {
        return st;
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd = db.exec(QStringLiteral("UPDATE purposes SET name = ?, description = ?, legal_basis = ?, "
                                      "data_categories = ?, retention_days = ?, marketing = ?, category = ?, "
                                      "sensitive_categories = ?, active = ?, updated_at = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {p.name.trimmed(),
                        p.description,
                        Purpose::legalBasisCode(p.legalBasis),
                        joinList(p.dataCategories),
                        p.retentionDays > 0 ? QVariant(p.retentionDays) : QVariant(),
                        p.marketing ? 1 : 0,
                        p.category,
                        joinList(p.sensitiveCategories),
                        p.active ? 1 : 0,
                        Clock::instance().nowMs(),
                        p.id,
                        expectedVersion});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return Error(ErrorCode::Conflict,
                     Tr::tr("Someone else changed this purpose since you opened it. Nothing was "
                            "overwritten: reload it and make your change again."));
    }
    if (auto st = saveRecipients(p.id, p.recipientIds); !st) {
        return st;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("purpose.update");
    rec.objectType = QStringLiteral("purpose");
    rec.objectId = p.code;
    rec.details = QStringLiteral("version=%1").arg(expectedVersion + 1);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}

Result<QList<Purpose>> PurposeService::query(const QString& where, const QVariantList& values)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(
        QStringLiteral("SELECT id, code, name, description, legal_basis, data_categories, COALESCE(retention_days, 0), "
                       "marketing, category, sensitive_categories, active, created_at, updated_at, version FROM "
                       "purposes ")
            + where + QStringLiteral(" ORDER BY code"),
        values);
    if (!q) {
        return q.error();
    }
    QList<Purpose> all;
    while (q->next()) {
        Purpose p;
        p.id = q->value(0).toLongLong();
        p.code = q->value(1).toString();
        p.name = q->value(2).toString();
        p.description = q->value(3).toString();
        Purpose::legalBasisFromCode(q->value(4).toString(), &p.legalBasis);
        p.dataCategories = q->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.retentionDays = q->value(6).toInt();
        p.marketing = q->value(7).toInt() != 0;
        p.category = q->value(8).toString();
        p.sensitiveCategories = q->value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        p.active = q->value(10).toInt() != 0;
        p.created = QDateTime::fromMSecsSinceEpoch(q->value(11).toLongLong(), Qt::UTC);
        p.updated = QDateTime::fromMSecsSinceEpoch(q->value(12).toLongLong(), Qt::UTC);
        p.version = q->value(13).toInt();
        all << p;
    }
    for (Purpose& p : all) {
        auto r = m_session->db().exec(
            QStringLiteral("SELECT recipient_id FROM purpose_recipients WHERE purpose_id = ? ORDER BY recipient_id"),
            {p.id});
        if (!r) {
            return r.error();
        }
        while (r->next()) {
            p.recipientIds << r->value(0).toLongLong();
        }
    }
    return all;
}

Result<QList<Purpose>> PurposeService::list(bool includeInactive)
{
    return query(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

Result<Purpose> PurposeService::get(qint64 id)
{
    auto all = query(QStringLiteral("WHERE id = ?"), {id});
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such purpose."));
    }
    return all->first();
}

Result<Purpose> PurposeService::byCode(const QString& code)
{
    auto all = query(QStringLiteral("WHERE code = ?"), {code.trimmed()});
    if (!all) {
        return all.error();
    }
    if (all->isEmpty()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no purpose %1.").arg(code.trimmed()));
    }
    return all->first();
}
