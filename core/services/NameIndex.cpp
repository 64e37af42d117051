#include "core/services/NameIndex.h"

#include "core/services/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace {

constexpr int kBatch = 8192;

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
    // Linear, but over 20-byte records: a few milliseconds at a million, and only on edits.
    for (size_t i = entries.size(); i-- > 0;) {
        if (entries[i].id == id) {
            return static_cast<qint64>(i);
        }
    }
    return -1;
}

void NameIndex::applyLocked(const Pending& change)
{
    const QUuid id = uuidOf(change.id);
    const qint64 at = m_data.find(id);
    if (change.name.isNull()) {
        if (at < 0) {
            return;
        }
        m_data.segEntry[m_data.entries[static_cast<size_t>(at)].segment] = -1;
        m_data.entries.erase(m_data.entries.begin() + at);
        for (qint32& owner : m_data.segEntry) {
            if (owner > at) {
                --owner;
            }
        }
        return;
    }
    const QByteArray utf8 = normalise(change.name).toUtf8();
    if (at < 0) {
        m_data.append(id, utf8);
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
                               + m_data.segEntry.capacity() * sizeof(qint32) + sizeof(NameIndex));
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
    std::vector<qint32> hits;
    const char* base = d.text.data();
    const size_t size = d.text.size();
    size_t from = 0;
    size_t seg = 0;
    while (from < size) {
        const void* found = memmem(base + from, size - from, needle.constData(), static_cast<size_t>(needle.size()));
        if (!found) {
            break;
        }
        const size_t pos = static_cast<size_t>(static_cast<const char*>(found) - base);
        // Segments only move forward: search on from the last one.
        seg = static_cast<size_t>(std::upper_bound(d.segOffsets.begin() + static_cast<qint64>(seg),
                                                   d.segOffsets.end(),
                                                   static_cast<quint32>(pos))
                                  - d.segOffsets.begin() - 1);
        const size_t start = d.segOffsets[seg];
        const size_t end = seg + 1 < d.segOffsets.size() ? d.segOffsets[seg + 1] - 1 : size - 1;
        from = end + 1;
        if (d.segEntry[seg] < 0) {
            continue;
        }
        bool all = true;
        for (int w = 1; w < words.size() && all; ++w) {
            all = memmem(base + start, end - start, words.at(w).constData(), static_cast<size_t>(words.at(w).size()))
                != nullptr;
        }
        if (all) {
            hits.push_back(d.segEntry[seg]);
        }
    }
    std::sort(hits.begin(), hits.end());
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
    return QtConcurrent::run([this, session, progress] { return build(session, progress); });
}

Status NameIndex::build(const std::shared_ptr<Session>& session, const Progress& progress)
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
    m_cancel = false;
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
    for (;;) {
        if (m_cancel) {
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
        if (rows.empty()) {
            break;
        }
        idKey = rows.back().id;
        QtConcurrent::blockingMap(&pool, rows, [&](Row& r) {
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
        });
        for (const Row& r : rows) {
            // A damaged row stays findable by id and in the table (it shows its error there).
            built.append(uuidOf(r.id), r.failed ? QByteArray() : r.normalised);
        }
        done += static_cast<qint64>(rows.size());
        if (progress) {
            progress(done, total->toLongLong());
        }
    }
    built.text.shrink_to_fit();
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
    std::unique_lock lock(m_mutex);
    m_watermark = std::max(m_watermark, newest);
    return {};
}
