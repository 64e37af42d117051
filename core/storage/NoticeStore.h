#pragma once

#include "core/common/Result.h"

class Database;

/// Reads of the notice_versions table that several features need (the customer list marks
/// consents given under an older notice as stale; consent and notices decide with it).
namespace NoticeStore {

/// The newest MATERIAL notice version in effect at @p atMs (0: none). No permission: callers
/// use it inside their own checked operations.
Result<qint64> latestMaterialInEffect(const Database& db, qint64 atMs);

} // namespace NoticeStore
