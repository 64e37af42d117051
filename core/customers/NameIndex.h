#pragma once

#include "core/common/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <vector>

class Session;
class Workspace;

/// The in-memory index of decrypted, normalised customer names that name search runs over
/// (ARCHITECTURE.md §3: names are never stored searchable). Built after unlock, off the GUI
/// thread, with the decryption spread over every core; kept current by CustomerService
/// (create, rectify, erase) and by catchUp() for changes made on other desktops.
///
/// Entries keep the customers' creation order (created_at, id), so the index also gives the
/// Customers table random access to any row: idAt(row). Memory: one UUID, one offset and the
/// normalised UTF-8 name per customer (memoryBytes()). Every method is thread-safe.
class NameIndex
{
public:
    /// (rows done, rows in total); called from the building thread.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct SearchResult
    {
        QStringList ids; ///< matching customers in creation order, at most the limit asked for
        qint64 total = 0; ///< how many match in all
    };

    NameIndex();
    ~NameIndex();
    NameIndex(const NameIndex&) = delete;
    NameIndex& operator=(const NameIndex&) = delete;

    /// The index of @p workspace, created (empty, not built) on first use. The caller holds it;
    /// once nobody does it is dropped.
    static std::shared_ptr<NameIndex> forWorkspace(const Workspace* workspace);
    /// The index of @p workspace if someone holds one; nullptr otherwise.
    static std::shared_ptr<NameIndex> existing(const Workspace* workspace);

    /// Reads and decrypts every customer's name. Runs in the calling thread (which must not
    /// be the GUI thread) on its own database connection; decryption uses all cores. Checks
    /// ViewCustomers without auditing (use buildInBackground from the GUI thread: it audits a
    /// denial). Cancelled by cancel(): ErrorCode::Cancelled and the index stays as it was.
    Status build(const std::shared_ptr<Session>& session, const Progress& progress = {});
    /// Checks the permission here (audited), then builds on the global thread pool.
    QFuture<Status> buildInBackground(const std::shared_ptr<Session>& session, const Progress& progress = {});
    /// Asks a running build to stop.
    void cancel() { m_cancel = true; }

    /// True once a build has completed (searches before that find nothing).
    bool isReady() const { return m_ready; }
    /// Customers in the index.
    qint64 size() const;
    /// The id of the customer at @p row in creation order (empty when out of range).
    QString idAt(qint64 row) const;
    /// The row of @p id in creation order, or -1.
    qint64 rowOf(const QString& id) const;

    /// Customers whose name contains every word of @p text, ignoring case and accents
    /// ("jose" finds "José", "dewi" finds "Dewi Lestari"). Words may match in any order.
    SearchResult search(const QString& text, int limit = 5000) const;

    /// Adds a new customer (at the end: the newest) or replaces the name of a known one.
    void upsert(const QString& id, const QString& fullName);
    /// Forgets a customer (erasure).
    void remove(const QString& id);
    /// Applies changes made since the build or the last catchUp (by anyone, e.g. another
    /// desktop on PostgreSQL): rows whose updated_at moved on, and customers erased since
    /// (tombstones, matched by pseudonym). Runs on the session's connection.
    Status catchUp(const std::shared_ptr<Session>& session);

    /// Bytes held by the index (the core-side part of the application's memory).
    qint64 memoryBytes() const;
    /// Milliseconds the last completed build took.
    qint64 lastBuildMs() const { return m_buildMs; }

    /// The search form of a name: NFKD, combining marks removed, case-folded, white space
    /// collapsed to single spaces, control characters removed; ø ł đ æ œ þ ı ð folded to ASCII too.
    static QString normalise(const QString& text);

private:
    /// The build itself; build() and buildInBackground() reset the cancel flag first.
    Status runBuild(const std::shared_ptr<Session>& session, const Progress& progress);
    struct Entry
    {
        QUuid id;
        quint32 segment; ///< index into m_segOffsets / m_segEntry
    };
    struct Data
    {
        std::vector<Entry> entries; ///< creation order
        std::vector<char> text; ///< normalised names, each followed by '\n'
        std::vector<quint32> segOffsets; ///< start of each name in text, increasing
        std::vector<qint32> segEntry; ///< the entry owning each name, -1 when replaced
        /// Entries [0, sorted) by id, for find(); the newer ones (a short tail) are searched
        /// linearly and merged in once there are kUnsortedTail of them.
        std::vector<quint32> byId;
        size_t sorted = 0;
        void append(const QUuid& id, const QByteArray& normalisedUtf8);
        void rename(size_t entry, const QByteArray& normalisedUtf8);
        void erase(size_t entry);
        qint64 find(const QUuid& id) const;
        void sortIds();
    };
    struct Pending
    {
        QString id;
        QString name; ///< empty: removed
    };

    void applyLocked(const Pending& change);
    Status forgetErased(const std::shared_ptr<Session>& session);

    mutable std::shared_mutex m_mutex;
    Data m_data;
    std::vector<Pending> m_pending; ///< changes that arrive while a build runs
    bool m_building = false;
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_buildMs{0};
    qint64 m_watermark = 0; ///< the largest updated_at seen
    qint64 m_tombstoneMark = 0; ///< tombstones erased before this were applied by catchUp()
};
