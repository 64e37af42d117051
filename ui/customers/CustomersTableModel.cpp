#include "ui/customers/CustomersTableModel.h"

#include "core/customers/NameIndex.h"

#include <QApplication>
#include <QScopeGuard>
#include <QStyle>

#include <climits>

CustomersTableModel::CustomersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CustomersTableModel::setService(std::shared_ptr<CustomerService> service, std::shared_ptr<NameIndex> index)
{
    m_service = std::move(service);
    m_index = std::move(index);
    reload();
}

void CustomersTableModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    reload();
}

void CustomersTableModel::setSearchResult(const QStringList& ids)
{
    m_searchActive = true;
    m_searchIds = ids;
    reload();
}

void CustomersTableModel::clearSearch()
{
    m_searchActive = false;
    m_searchIds.clear();
    reload();
}

bool CustomersTableModel::hasFilter() const
{
    return m_filter.status || !m_filter.jurisdiction.isEmpty() || m_filter.consent != CustomerConsentFilter::Any;
}

void CustomersTableModel::reload()
{
    // No fetch from the reset's own handlers: the first page is read once the reset is over.
    m_fetching = true;
    beginResetModel();
    m_cache.clear();
    m_blockKeys.clear();
    m_error.clear();
    m_rows = 0;
    m_atEnd = true;
    if (!m_service) {
        m_source = Source::None;
    } else if (m_searchActive) {
        m_source = Source::Search;
        m_rows = static_cast<int>(m_searchIds.size());
    } else if (!hasFilter() && m_index && m_index->isReady()) {
        m_source = Source::Index;
        m_rows = static_cast<int>(qMin<qint64>(m_index->size(), INT_MAX));
    } else {
        m_source = Source::Pages;
        m_blockKeys << CustomerPageKey{};
        m_atEnd = false;
    }
    endResetModel();
    m_fetching = false;
    if (canFetchMore({})) {
        fetchMore({});
    }
}

void CustomersTableModel::clearSensitive()
{
    if (m_cache.isEmpty()) {
        return;
    }
    m_cache.clear();
    if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
}

void CustomersTableModel::fail(const QString& message) const
{
    m_error = message;
    // Emitted later: data() may be running inside a paint.
    auto* self = const_cast<CustomersTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

bool CustomersTableModel::loadBlock(int blockIndex, Block* out) const
{
    const int first = blockIndex * kBlockSize;
    QStringList ids;
    if (m_source == Source::Pages) {
        if (blockIndex >= m_blockKeys.size()) {
            return false;
        }
        auto page = m_service->list(m_filter, m_blockKeys.at(blockIndex), kBlockSize);
        if (!page) {
            fail(page.errorString());
            return false;
        }
        out->rows = QVector<CustomerService::Summary>(page->rows.begin(), page->rows.end());
        if (page->next && blockIndex + 1 >= m_blockKeys.size()) {
            m_blockKeys << *page->next;
        }
        return true;
    }
    const int last = qMin(first + kBlockSize, m_rows);
    for (int row = first; row < last; ++row) {
        ids << (m_source == Source::Search ? m_searchIds.at(row) : m_index->idAt(row));
    }
    auto rows = m_service->summaries(ids);
    if (!rows) {
        fail(rows.errorString());
        return false;
    }
    // Keep the rows aligned with the ids: a customer erased meanwhile stays an empty row.
    QHash<QString, int> at;
    for (int i = 0; i < rows->size(); ++i) {
        at.insert(rows->at(i).id, i);
    }
    out->rows.resize(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const int found = at.value(ids.at(i), -1);
        if (found >= 0) {
            out->rows[i] = rows->at(found);
        } else {
            out->rows[i].id = ids.at(i);
        }
    }
    return true;
}

const CustomersTableModel::Block* CustomersTableModel::block(int blockIndex) const
{
    auto it = m_cache.find(blockIndex);
    if (it == m_cache.end()) {
        Block b;
        if (!m_service || !loadBlock(blockIndex, &b)) {
            return nullptr;
        }
        if (m_cache.size() >= kMaxBlocks) {
            // Least recently used out: the cache never grows past kMaxBlocks blocks.
            auto oldest = m_cache.begin();
            for (auto c = m_cache.begin(); c != m_cache.end(); ++c) {
                if (c->used < oldest->used) {
                    oldest = c;
                }
            }
            m_cache.erase(oldest);
        }
        it = m_cache.insert(blockIndex, std::move(b));
    }
    it->used = ++m_clock;
    return &it.value();
}

QString CustomersTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows) {
        return {};
    }
    if (m_source == Source::Search) {
        return m_searchIds.at(row);
    }
    if (m_source == Source::Index) {
        return m_index->idAt(row);
    }
    return summaryAt(row).id;
}

CustomerService::Summary CustomersTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows) {
        return {};
    }
    const Block* b = block(row / kBlockSize);
    const int offset = row % kBlockSize;
    return b && offset < b->rows.size() ? b->rows.at(offset) : CustomerService::Summary();
}

int CustomersTableModel::rowOf(const QString& id) const
{
    if (m_source == Source::Search) {
        return static_cast<int>(m_searchIds.indexOf(id));
    }
    if (m_source == Source::Index) {
        const qint64 row = m_index->rowOf(id);
        return row < m_rows ? static_cast<int>(row) : -1;
    }
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id) {
                return it.key() * kBlockSize + i;
            }
        }
    }
    return -1;
}

int CustomersTableModel::cachedRows() const
{
    int n = 0;
    for (const Block& b : m_cache) {
        n += static_cast<int>(b.rows.size());
    }
    return n;
}

int CustomersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CustomersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomersTableModel::statusText(Customer::Status status, bool objected)
{
    QString text;
    switch (status) {
    case Customer::Status::Active:
        text = tr("Active", "customer status");
        break;
    case Customer::Status::Restricted:
        text = tr("Restricted", "customer status");
        break;
    case Customer::Status::Erased:
        text = tr("Erased", "customer status");
        break;
    }
    return objected ? tr("%1, objected", "customer status, objection").arg(text) : text;
}

QVariant CustomersTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount) {
        return {};
    }
    if (role == IdRole) {
        return idAt(index.row());
    }
    if (role == DamagedRole) {
        return summaryAt(index.row()).damaged;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole) {
        return {};
    }
    const CustomerService::Summary s = summaryAt(index.row());
    if (s.damaged) {
        return damagedData(s, index.column(), role);
    }
    if (role == Qt::DecorationRole) {
        return {};
    }
    if (s.id.isEmpty()) {
        return index.column() == Name ? tr("(not available)") : QVariant();
    }
    if (s.unreadable && index.column() <= Reference) {
        return index.column() == Name ? tr("(personal data erased)") : QVariant();
    }
    switch (index.column()) {
    case Name:
        return s.fullName;
    case Email:
        return s.email;
    case Phone:
        return s.phone;
    case Reference:
        return s.externalRef;
    case Country:
        return s.country;
    case Jurisdiction:
        return s.jurisdiction;
    case Status:
        return statusText(s.status, s.objected);
    default:
        return {};
    }
}

QVariant CustomersTableModel::damagedData(const CustomerService::Summary& s, int column, int role)
{
    // The service decided the row is damaged (a key or field failed authentication); this only
    // shows it: one marked row with its non-personal columns, never blank personal fields.
    if (role == Qt::ToolTipRole) {
        return tr("This customer's encrypted data failed its integrity check, so none of it can be shown "
                  "(customer id %1). Restore the workspace from a backup or tell your administrator.")
            .arg(s.id);
    }
    if (role == Qt::DecorationRole) {
        return column == Name ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    }
    switch (column) {
    case Name:
        return tr("Damaged record — cannot be decrypted");
    case Country:
        return s.country;
    case Jurisdiction:
        return s.jurisdiction;
    case Status:
        return tr("Damaged", "customer record that cannot be decrypted");
    default:
        return {};
    }
}

QVariant CustomersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Reference:
        return tr("Reference", "external customer reference");
    case Country:
        return tr("Country");
    case Jurisdiction:
        return tr("Jurisdiction");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool CustomersTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_source == Source::Pages && !m_atEnd && !m_fetching;
}

void CustomersTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const int blockIndex = m_rows / kBlockSize;
    m_cache.remove(blockIndex);
    const Block* b = block(blockIndex);
    if (!b) {
        m_atEnd = true;
        return;
    }
    const int added = static_cast<int>(b->rows.size());
    m_atEnd = added < kBlockSize || m_blockKeys.size() <= blockIndex + 1;
    if (added == 0) {
        return;
    }
    beginInsertRows({}, m_rows, m_rows + added - 1);
    m_rows += added;
    endInsertRows();
}
