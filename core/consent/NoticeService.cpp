#include "core/consent/NoticeService.h"

#include "core/storage/NoticeStore.h"

#include "core/common/Clock.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NoticeService)
};

NoticeVersion noticeFrom(const QSqlQuery& q)
{
    NoticeVersion n;
    n.id = q.value(0).toLongLong();
    n.label = q.value(1).toString();
    n.language = q.value(2).toString();
    n.body = q.value(3).toString();
    n.effective = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    n.material = q.value(5).toInt() != 0;
    n.published = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    n.publishedBy = q.value(7).toLongLong();
    return n;
}

const char* const kSelect = "SELECT id, label, language, body, effective_at, material, published_at, "
                            "COALESCE(published_by, 0) FROM notice_versions";
} // namespace

NoticeService::NoticeService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Status NoticeService::requireRead()
{
    if (m_session->can(Permission::ViewCustomers)) {
        return {};
    }
    return m_session->require(Permission::ManagePolicy, QStringLiteral("notice_versions"));
}

Result<qint64> NoticeService::latestMaterialInEffect(const Database& db, qint64 atMs)
{
    return NoticeStore::latestMaterialInEffect(db, atMs);
}

Result<qint64> NoticeService::publish(const NoticeVersion& notice)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("notice_versions")); !st) {
        return st.error();
    }
    if (notice.label.trimmed().isEmpty() || notice.label.size() > 100) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the notice version a short label, e.g. 2026-03."));
    }
    if (notice.body.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The notice text is empty."));
    }
    if (notice.language.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose the notice's language."));
    }
    const qint64 now = Clock::instance().nowMs();
    const qint64 effective = notice.effective.isValid() ? notice.effective.toMSecsSinceEpoch() : now;
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto dup
        = db.scalar(QStringLiteral("SELECT count(*) FROM notice_versions WHERE label = ?"), {notice.label.trimmed()});
    if (!dup) {
        return dup.error();
    }
    if (dup->toInt() > 0) {
        return Error(ErrorCode::Conflict, Tr::tr("A notice version with this label exists already."));
    }
    auto ins = db.exec(QStringLiteral("INSERT INTO notice_versions (label, language, body, effective_at, material, "
                                      "published_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {notice.label.trimmed(),
                        notice.language.trimmed().toLower(),
                        notice.body,
                        effective,
                        notice.material ? 1 : 0,
                        now,
                        m_session->user().id});
    if (!ins) {
        return ins.error();
    }
    auto id = db.scalar(QStringLiteral("SELECT id FROM notice_versions WHERE label = ?"), {notice.label.trimmed()});
    if (!id) {
        return id.error();
    }
    qint64 stale = 0;
    if (notice.material) {
        auto n = db.scalar(
            QStringLiteral("SELECT count(*) FROM consent_state WHERE granted = 1 AND notice_version_id < ?"),
            {id->toLongLong()});
        if (!n) {
            return n.error();
        }
        stale = n->toLongLong();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("notice.publish");
    rec.objectType = QStringLiteral("notice_version");
    rec.objectId = QString::number(id->toLongLong());
    rec.details = QStringLiteral("material=%1;stale_grants=%2").arg(notice.material ? 1 : 0).arg(stale);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id->toLongLong();
}

Result<QList<NoticeVersion>> NoticeService::list()
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id DESC"));
    if (!q) {
        return q.error();
    }
    QList<NoticeVersion> all;
    while (q->next()) {
        all << noticeFrom(*q);
    }
    return all;
}

Result<NoticeVersion> NoticeService::get(qint64 id)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such notice version."));
    }
    return noticeFrom(*q);
}

Result<qint64> NoticeService::inEffect(const QDateTime& at)
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto v = m_session->db().scalar(QStringLiteral("SELECT MAX(id) FROM notice_versions WHERE effective_at <= ?"),
                                    {at.toMSecsSinceEpoch()});
    if (!v) {
        return v.error();
    }
    return v->isNull() ? 0 : v->toLongLong();
}

Result<qint64> NoticeService::staleGrantCount()
{
    if (auto st = requireRead(); !st) {
        return st.error();
    }
    auto latest = latestMaterialInEffect(m_session->db(), Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    auto n = m_session->db().scalar(
        QStringLiteral("SELECT count(*) FROM consent_state WHERE granted = 1 AND notice_version_id < ?"), {*latest});
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}
