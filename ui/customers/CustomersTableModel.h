#pragma once

#include "core/customers/CustomerService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVector>

#include <memory>

class NameIndex;

/// The Customers table at any scale. Rows are decrypted lazily, a block of kBlockSize at a
/// time, into a small LRU cache (at most kMaxBlocks blocks), so scrolling through a million
/// customers never holds more than a few thousand decrypted rows. Three sources:
///  - the name index (no filter, no search, index built): every customer in creation order,
///    random access through NameIndex::idAt(), rowCount = NameIndex::size();
///  - a search result: the ids CustomerService::search() found;
///  - server-side pages (a filter, or the index not built yet): keyset pages of
///    CustomerService::list() appended through fetchMore() as the view scrolls; only the
///    block start keys are kept, a block evicted from the cache is read again by its key.
class CustomersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, Reference, Country, Jurisdiction, Status, ColumnCount };
    enum class Source { None, Index, Search, Pages };
    static constexpr int kBlockSize = 200;
    static constexpr int kMaxBlocks = 16;
    /// The customer's id, for any column.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// True when the service reported the row as damaged (CustomerService::Summary::damaged).
    static constexpr int DamagedRole = Qt::UserRole + 2;

    explicit CustomersTableModel(QObject* parent = nullptr);

    /// The service to read from and the workspace's name index (either may be null); reloads.
    void setService(std::shared_ptr<CustomerService> service, std::shared_ptr<NameIndex> index);
    /// Filters for the unsearched table; reloads.
    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    /// Shows exactly these customers (a search result) until clearSearch().
    void setSearchResult(const QStringList& ids);
    void clearSearch();
    bool isSearchActive() const { return m_searchActive; }
    /// Reads everything again (after a change, or once the name index is built).
    void reload();
    /// Drops every decrypted row (the idle lock); the view reads them again when shown.
    void clearSensitive();

    Source source() const { return m_source; }
    /// The id at @p row without decrypting anything when the source allows it.
    QString idAt(int row) const;
    /// The decrypted row (decrypting its block if needed); default outside the range.
    CustomerService::Summary summaryAt(int row) const;
    /// The row of @p id among the rows known so far, or -1.
    int rowOf(const QString& id) const;
    /// Decrypted rows held right now (for tests and the memory check).
    int cachedRows() const;
    /// Why the last read failed (empty when it did not).
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString statusText(Customer::Status status, bool objected);

signals:
    /// A block could not be read; @p message is translated.
    void loadFailed(const QString& message);

private:
    struct Block
    {
        QVector<CustomerService::Summary> rows;
        quint64 used = 0;
    };

    static QVariant damagedData(const CustomerService::Summary& s, int column, int role);
    bool hasFilter() const;
    const Block* block(int index) const;
    bool loadBlock(int index, Block* out) const;
    void fail(const QString& message) const;

    std::shared_ptr<CustomerService> m_service;
    std::shared_ptr<NameIndex> m_index;
    CustomerFilter m_filter;
    bool m_searchActive = false;
    QStringList m_searchIds;
    Source m_source = Source::None;
    int m_rows = 0;
    // Pages: the key each block starts after, and whether the last page was reached.
    mutable QList<CustomerPageKey> m_blockKeys;
    bool m_atEnd = true;
    bool m_fetching = false;
    mutable QHash<int, Block> m_cache;
    mutable quint64 m_clock = 0;
    mutable QString m_error;
};
