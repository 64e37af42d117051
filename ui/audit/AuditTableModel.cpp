#include "ui/audit/AuditTableModel.h"

#include <QScopeGuard>

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AuditTableModel::setService(std::shared_ptr<AuditService> service)
{
    m_service = std::move(service);
    reload();
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    // No fetch from the reset's own handlers: the first page is loaded once the reset is over.
    m_fetching = true;
    beginResetModel();
    m_entries.clear();
    m_atEnd = m_service == nullptr;
    m_error.clear();
    endResetModel();
    m_fetching = false;
    if (canFetchMore({})) {
        fetchMore({});
    }
}

AuditEntry AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : AuditEntry();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount) {
        return {};
    }
    const AuditEntry& e = m_entries.at(index.row());
    if (role == SeqRole) {
        return e.seq;
    }
    if (role == Qt::ToolTipRole && index.column() == Time) {
        return tr("%1 UTC").arg(e.occurred.toUTC().toString(Qt::ISODateWithMs));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return e.occurred.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return e.actor;
    case Role:
        return e.role;
    case Action:
        return e.action;
    case Object:
        return e.objectId.isEmpty() ? e.objectType : e.objectType + QLatin1Char(' ') + e.objectId;
    case Justification:
        return e.justification;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Seq:
        return tr("Seq", "audit entry sequence number");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor", "who did it");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object", "what it was done to");
    case Justification:
        return tr("Justification");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_service && !m_atEnd && !m_fetching;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = m_service->page(m_filter, before, kPageSize);
    if (!page) {
        m_atEnd = true;
        m_error = page.errorString();
        emit loadFailed(m_error);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries.append(*page);
    endInsertRows();
}
