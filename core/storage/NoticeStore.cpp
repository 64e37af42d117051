#include "core/storage/NoticeStore.h"

#include "core/storage/Database.h"

Result<qint64> NoticeStore::latestMaterialInEffect(const Database& db, qint64 atMs)
{
    auto v = db.scalar(QStringLiteral("SELECT MAX(id) FROM notice_versions WHERE material = 1 AND effective_at <= ?"),
                       {atMs});
    if (!v) {
        return v.error();
    }
    return v->isNull() ? 0 : v->toLongLong();
}
