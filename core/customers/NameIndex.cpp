#include "core/customers/NameIndex.h"

#include "core/session/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <numeric>

namespace {

constexpr int kBatch = 8192;
// New entries searched linearly by id before they are merged into the sorted list.
constexpr size_t kUnsortedTail = 1024;

QMutex& registryMutex()
{
    static QMutex m;
    return m;
}

QHash<const Workspace*, std::weak_ptr<NameIndex>>& registry()
{
    static QHash<const Workspace*, std::weak_ptr<NameIndex>> r;
    return r;
}

QUuid uuidOf(const QString& id)
{
    return QUuid::fromString(id);
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

struct Row
{
    QString id;
    QByteArray name;
    QByteArray wrapped;
    QByteArray normalised; ///< filled by the decrypting worker
    bool failed = false;
};

} // namespace

NameIndex::NameIndex() = default;
NameIndex::~NameIndex() = default;

std::shared_ptr<NameIndex> NameIndex::forWorkspace(const Workspace* workspace)
{
    QMutexLocker lock(&registryMutex());
    if (auto idx = registry().value(workspace).lock()) {
        return idx;
    }
    auto idx = std::make_shared<NameIndex>();
    registry().insert(workspace, idx);
    return idx;
}

std::shared_ptr<NameIndex> NameIndex::existing(const Workspace* workspace)
{
    QMutexLocker lock(&registryMutex());
    return registry().value(workspace).lock();
}

QString NameIndex::normalise(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // drops leading white space
    for (const QChar ch : decomposed) {
        const QChar::Category cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing) {
            continue;
        }
        if (ch.isSpace() || cat == QChar::Other_Control) {
            if (!space) {
                out += QLatin1Char(' ');
            }
            space = true;
            continue;
        }
        out += ch;
        space = false;
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    out = out.toCaseFolded();
    // Latin letters that Unicode does not decompose into a base letter and a mark.
    static const struct
    {
        char16_t from;
        const char* to;
    } extra[] = {{u'\u00f8', "o"},
                 {u'\u0142', "l"},
                 {u'\u0111', "d"},
                 {u'\u00e6', "ae"},
                 {u'\u0153', "oe"},
                 {u'\u00fe', "th"},
                 {u'\u0131', "i"},
                 {u'\u00f0', "d"}};
    for (const auto& e : extra) {
        if (out.contains(QChar(e.from))) {
            out.replace(QChar(e.from), QLatin1String(e.to));
        }
    }
    return out;
}

void NameIndex::Data::append(const QUuid& id, const QByteArray& normalisedUtf8)
{
    segOffsets.push_back(static_cast<quint32>(text.size()));
    segEntry.push_back(static_cast<qint32>(entries.size()));
    text.insert(text.end(), normalisedUtf8.constBegin(), normalisedUtf8.constEnd());
    text.push_back('\n');
    entries.push_back({id, static_cast<quint32>(segOffsets.size() - 1)});
}

void NameIndex::Data::rename(size_t entry, const QByteArray& normalisedUtf8)
{
    segEntry[entries[entry].segment] = -1;
    segOffsets.push_back(static_cast<quint32>(text.size()));
    segEntry.push_back(static_cast<qint32>(entry));
    text.insert(text.end(), normalisedUtf8.constBegin(), normalisedUtf8.constEnd());
    text.push_back('\n');
    entries[entry].segment = static_cast<quint32>(segOffsets.size() - 1);
}

qint64 NameIndex::Data::find(const QUuid& id) const
{
    // Binary search over the entries sorted by id, then the short unsorted tail.
    const auto it = std::lower_bound(
        byId.begin(), byId.end(), id, [this](quint32 e, const QUuid& key) { return entries[e].id < key; });
    if (it != byId.end() && entries[*it].id == id) {
        return static_cast<qint64>(*it);
    }
    for (size_t i = sorted; i < entries.size(); ++i) {
        if (entries[i].id == id) {
            return static_cast<qint64>(i);
        }
    }
    return -1;
}

void NameIndex::Data::sortIds()
{
    if (sorted == entries.size()) {
        return;
    }
    const size_t old = byId.size();
    for (size_t i = sorted; i < entries.size(); ++i) {
        byId.push_back(static_cast<quint32>(i));
    }
    auto less = [this](quint32 a, quint32 b) {
        return entries[a].id < entries[b].id;
    };
    std::sort(byId.begin() + static_cast<qint64>(old), byId.end(), less);
    std::inplace_merge(byId.begin(), byId.begin() + static_cast<qint64>(old), byId.end(), less);
    sorted = entries.size();
}

void NameIndex::Data::erase(size_t entry)
{
    segEntry[entries[entry].segment] = -1;
    entries.erase(entries.begin() + static_cast<qint64>(entry));
    for (qint32& owner : segEntry) {
        if (owner > static_cast<qint32>(entry)) {
            --owner;
        }
    }
    if (entry < sorted) {
        byId.erase(std::find(byId.begin(), byId.end(), static_cast<quint32>(entry)));
        --sorted;
    }
    for (quint32& e : byId) {
        if (e > entry) {
            --e;
        }
    }
}

void NameIndex::applyLocked(const Pending& change)
{
    const QUuid id = uuidOf(change.id);
    const qint64 at = m_data.find(id);
    if (change.name.isNull()) {
        if (at < 0) {
            return;
        }
        m_data.erase(static_cast<size_t>(at));
        return;
    }
    const QByteArray utf8 = normalise(change.name).toUtf8();
    if (at < 0) {
        m_data.append(id, utf8);
        if (m_data.entries.size() - m_data.sorted >= kUnsortedTail) {
            m_data.sortIds();
        }
    } else {
        m_data.rename(static_cast<size_t>(at), utf8);
    }
}

void NameIndex::upsert(const QString& id, const QString& fullName)
{
    std::unique_lock lock(m_mutex);
    Pending p{id, fullName.isNull() ? QStringLiteral("") : fullName};
    if (m_building) {
        m_pending.push_back(p);
    }
    applyLocked(p);
}

void NameIndex::remove(const QString& id)
{
    std::unique_lock lock(m_mutex);
    Pending p{id, QString()};
    if (m_building) {
        m_pending.push_back(p);
    }
    applyLocked(p);
}

qint64 NameIndex::size() const
{
    std::shared_lock lock(m_mutex);
    return static_cast<qint64>(m_data.entries.size());
}

QString NameIndex::idAt(qint64 row) const
{
    std::shared_lock lock(m_mutex);
    if (row < 0 || row >= static_cast<qint64>(m_data.entries.size())) {
        return {};
    }
    return idText(m_data.entries[static_cast<size_t>(row)].id);
}

qint64 NameIndex::rowOf(const QString& id) const
{
    std::shared_lock lock(m_mutex);
    return m_data.find(uuidOf(id));
}

qint64 NameIndex::memoryBytes() const
{
    std::shared_lock lock(m_mutex);
    return static_cast<qint64>(m_data.entries.capacity() * sizeof(Entry) + m_data.text.capacity()
                               + m_data.segOffsets.capacity() * sizeof(quint32)
                               + m_data.segEntry.capacity() * sizeof(qint32) + m_data.byId.capacity() * sizeof(quint32)
                               + sizeof(NameIndex));
}

NameIndex::SearchResult NameIndex::search(const QString& text, int limit) const
{
    SearchResult result;
    QList<QByteArray> words;
    for (const QString& w : normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        words << w.toUtf8();
    }
    if (words.isEmpty()) {
        return result;
    }
    // The longest word finds candidates with memmem over one contiguous buffer; the others
    // are checked inside each candidate's name.
    std::sort(words.begin(), words.end(), [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    const QByteArray& needle = words.first();
    std::shared_lock lock(m_mutex);
    const Data& d = m_data;
    const char* base = d.text.data();
    const size_t size = d.text.size();
    const size_t segments = d.segOffsets.size();
    // Names [segFirst, segLast) holding the longest word (memmem over the contiguous buffer;
    // a word never holds '\n', so a match never spans two names), then the other words.
    auto scan = [&](size_t segFirst, size_t segLast, std::vector<qint32>* hits) {
        if (segFirst >= segLast) {
            return;
        }
        size_t from = d.segOffsets[segFirst];
        const size_t stop = segLast < segments ? d.segOffsets[segLast] : size;
        size_t seg = segFirst;
        while (from < stop) {
            const void* found
                = memmem(base + from, stop - from, needle.constData(), static_cast<size_t>(needle.size()));
            if (!found) {
                break;
            }
            const size_t pos = static_cast<size_t>(static_cast<const char*>(found) - base);
            // Galloping search forward from the last name (hits are dense for short words).
            size_t step = 1;
            while (seg + step < segLast && d.segOffsets[seg + step] <= pos) {
                step *= 2;
            }
            seg = static_cast<size_t>(
                std::upper_bound(d.segOffsets.begin() + static_cast<qint64>(seg),
                                 d.segOffsets.begin() + static_cast<qint64>(std::min(seg + step, segLast)),
                                 static_cast<quint32>(pos))
                - d.segOffsets.begin() - 1);
            const size_t start = d.segOffsets[seg];
            const size_t end = seg + 1 < segments ? d.segOffsets[seg + 1] - 1 : size - 1;
            from = end + 1;
            if (d.segEntry[seg] < 0) {
                continue;
            }
            bool all = true;
            for (int w = 1; w < words.size() && all; ++w) {
                all = memmem(
                          base + start, end - start, words.at(w).constData(), static_cast<size_t>(words.at(w).size()))
                    != nullptr;
            }
            if (all) {
                hits->push_back(d.segEntry[seg]);
            }
        }
    };
    // Large indexes are scanned in parallel, in parts of whole names.
    const int parts = size > (4u << 20) ? std::max(1, QThread::idealThreadCount()) : 1;
    std::vector<std::vector<qint32>> partHits(static_cast<size_t>(parts));
    if (parts == 1) {
        scan(0, segments, &partHits[0]);
    } else {
        std::vector<int> which(static_cast<size_t>(parts));
        std::iota(which.begin(), which.end(), 0);
        QtConcurrent::blockingMap(which, [&](int part) {
            const size_t p = static_cast<size_t>(part);
            scan(segments * p / static_cast<size_t>(parts),
                 segments * (p + 1) / static_cast<size_t>(parts),
                 &partHits[p]);
        });
    }
    std::vector<qint32> hits = std::move(partHits[0]);
    for (size_t p = 1; p < partHits.size(); ++p) {
        hits.insert(hits.end(), partHits[p].begin(), partHits[p].end());
    }
    if (!std::is_sorted(hits.begin(), hits.end())) { // only after renames
        std::sort(hits.begin(), hits.end());
    }
    result.total = static_cast<qint64>(hits.size());
    const size_t n = std::min(hits.size(), static_cast<size_t>(std::max(0, limit)));
    result.ids.reserve(static_cast<qsizetype>(n));
    for (size_t i = 0; i < n; ++i) {
        result.ids << idText(d.entries[static_cast<size_t>(hits[i])].id);
    }
    return result;
}

QFuture<Status> NameIndex::buildInBackground(const std::shared_ptr<Session>& session, const Progress& progress)
{
    if (auto st = session->require(Permission::ViewCustomers, QStringLiteral("customers")); !st) {
        return QtFuture::makeReadyFuture(st);
    }
    // Reset before scheduling: a cancel() that arrives before the worker starts must stick.
    m_cancel = false;
    return QtConcurrent::run([this, session, progress] { return runBuild(session, progress); });
}

Status NameIndex::build(const std::shared_ptr<Session>& session, const Progress& progress)
{
    m_cancel = false;
    return runBuild(session, progress);
}

Status NameIndex::runBuild(const std::shared_ptr<Session>& session, const Progress& progress)
{
    if (!session->can(Permission::ViewCustomers)) {
        return Error(ErrorCode::PermissionDenied,
                     QCoreApplication::translate("Session", "Your role does not allow this."));
    }
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_lock lock(m_mutex);
        m_building = true;
        m_pending.clear();
    }
    auto finish = [this](bool keep, Data* built, qint64 watermark) {
        std::unique_lock lock(m_mutex);
        m_building = false;
        if (keep) {
            m_data = std::move(*built);
            m_watermark = std::max(m_watermark, watermark);
            for (const Pending& p : m_pending) {
                applyLocked(p);
            }
        }
        m_pending.clear();
    };
    auto db = session->database()->reopen(); // this thread's own connection
    if (!db) {
        finish(false, nullptr, 0);
        return db.error();
    }
    auto total = (*db)->scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!total) {
        finish(false, nullptr, 0);
        return total.error();
    }
    const Vault vault = session->vault();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    Data built;
    built.entries.reserve(static_cast<size_t>(total->toLongLong()));
    built.segOffsets.reserve(static_cast<size_t>(total->toLongLong()));
    built.segEntry.reserve(static_cast<size_t>(total->toLongLong()));
    qint64 createdKey = std::numeric_limits<qint64>::min();
    QString idKey;
    qint64 done = 0;
    qint64 watermark = 0;
    const QString table = QStringLiteral("customers");
    const QString column = QStringLiteral("full_name");
    // Batch k is decrypted on the pool while this thread reads batch k + 1.
    std::vector<Row> decrypting;
    QFuture<void> pending;
    auto decrypt = [&](Row& r) {
        auto key = vault.unwrapCustomerKey(r.id, r.wrapped);
        if (!key) {
            r.failed = true;
            return;
        }
        auto name = key->decryptField(r.name, table, column, r.id);
        if (!name) {
            r.failed = true;
            return;
        }
        r.normalised = normalise(*name).toUtf8();
        r.name.clear();
        r.wrapped.clear();
    };
    auto collect = [&] {
        pending.waitForFinished();
        for (const Row& r : decrypting) {
            // A damaged row stays findable by id and in the table (it shows its error there).
            built.append(uuidOf(r.id), r.failed ? QByteArray() : r.normalised);
        }
        done += static_cast<qint64>(decrypting.size());
        decrypting.clear();
        if (progress) {
            progress(done, total->toLongLong());
        }
    };
    for (;;) {
        if (m_cancel) {
            pending.waitForFinished();
            finish(false, nullptr, 0);
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("NameIndex",
                                                     "Building the name index was "
                                                     "cancelled."));
        }
        // Keyset batches: PostgreSQL's driver would otherwise hold the whole result in memory.
        auto q = (*db)->exec(QStringLiteral("SELECT c.id, c.full_name, k.wrapped, c.created_at, c.updated_at "
                                            "FROM customers c JOIN customer_keys k ON k.customer_id = c.id "
                                            "WHERE c.created_at > ? OR (c.created_at = ? AND c.id > ?) "
                                            "ORDER BY c.created_at, c.id LIMIT ?"),
                             {createdKey, createdKey, idKey, kBatch});
        if (!q) {
            pending.waitForFinished();
            finish(false, nullptr, 0);
            return q.error();
        }
        std::vector<Row> rows;
        rows.reserve(kBatch);
        while (q->next()) {
            rows.push_back({q->value(0).toString(), q->value(1).toByteArray(), q->value(2).toByteArray(), {}, false});
            createdKey = q->value(3).toLongLong();
            watermark = std::max(watermark, q->value(4).toLongLong());
        }
        collect();
        if (rows.empty()) {
            break;
        }
        idKey = rows.back().id;
        decrypting = std::move(rows);
        pending = QtConcurrent::map(&pool, decrypting, decrypt);
    }
    built.text.shrink_to_fit();
    built.sortIds();
    finish(true, &built, watermark);
    m_buildMs = timer.elapsed();
    m_ready = true;
    return {};
}

Status NameIndex::catchUp(const std::shared_ptr<Session>& session)
{
    if (auto st = session->require(Permission::ViewCustomers, QStringLiteral("customers")); !st) {
        return st;
    }
    qint64 since = 0;
    {
        std::shared_lock lock(m_mutex);
        since = m_watermark;
    }
    auto q = session->db().exec(QStringLiteral("SELECT c.id, c.full_name, k.wrapped, c.updated_at FROM customers c "
                                               "JOIN customer_keys k ON k.customer_id = c.id WHERE c.updated_at >= ? "
                                               "ORDER BY c.created_at, c.id"),
                                {since});
    if (!q) {
        return q.error();
    }
    const QString table = QStringLiteral("customers");
    const QString column = QStringLiteral("full_name");
    qint64 newest = since;
    while (q->next()) {
        const QString id = q->value(0).toString();
        auto key = session->vault().unwrapCustomerKey(id, q->value(2).toByteArray());
        if (!key) {
            continue;
        }
        auto name = key->decryptField(q->value(1).toByteArray(), table, column, id);
        if (name) {
            upsert(id, *name);
        }
        newest = std::max(newest, q->value(3).toLongLong());
    }
    {
        std::unique_lock lock(m_mutex);
        m_watermark = std::max(m_watermark, newest);
    }
    return forgetErased(session);
}

Status NameIndex::forgetErased(const std::shared_ptr<Session>& session)
{
    // An erasure elsewhere leaves no row to notice, only a tombstone by pseudonym (the id is
    // not kept): match the new tombstones against the ids held here.
    qint64 since = 0;
    {
        std::shared_lock lock(m_mutex);
        since = m_tombstoneMark;
    }
    auto q = session->db().exec(QStringLiteral("SELECT pseudonym, erased_at FROM tombstones WHERE erased_at >= ?"),
                                {since});
    if (!q) {
        return q.error();
    }
    QSet<QString> erased;
    qint64 newest = since;
    while (q->next()) {
        erased.insert(q->value(0).toString());
        newest = std::max(newest, q->value(1).toLongLong() + 1);
    }
    if (!erased.isEmpty()) {
        const BlindIndex blind = session->vault().blindIndex();
        QStringList gone;
        for (qint64 row = 0, n = size(); row < n; ++row) {
            const QString id = idAt(row);
            if (!id.isEmpty() && erased.contains(blind.customerPseudonym(id))) {
                gone << id;
            }
        }
        for (const QString& id : gone) {
            remove(id);
        }
    }
    std::unique_lock lock(m_mutex);
    m_tombstoneMark = std::max(m_tombstoneMark, newest);
    return {};
}
