#include "ui/requests/RequestsTableModel.h"

#include "ui/widgets/DomainText.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

RequestsTableModel::RequestsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RequestsTableModel::setService(std::shared_ptr<RequestService> service)
{
    m_service = std::move(service);
    reload();
}

void RequestsTableModel::setFilter(const RequestQueueFilter& filter)
{
    m_filter = filter;
    reload();
}

void RequestsTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_service) {
        auto page = m_service->queue(m_filter, 0, kPageSize);
        if (page) {
            m_rows = page->rows;
            m_total = page->total;
        } else {
            m_error = page.errorString();
        }
    }
    endResetModel();
    if (!m_error.isEmpty()) {
        emit loadFailed(m_error);
    }
}

void RequestsTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

RequestQueueRow RequestsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : RequestQueueRow{};
}

int RequestsTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int RequestsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestsTableModel::statusText(const RequestQueueRow& row)
{
    if (row.overdue) {
        return tr("Overdue");
    }
    if (row.dueSoon) {
        return tr("Due within 2 days");
    }
    return {};
}

QVariant RequestsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RequestQueueRow& r = m_rows.at(index.row());
    if (role == IdRole) {
        return r.id;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return r.id;
        case Type:
            return DomainText::requestType(r.type);
        case State:
            return r.paused ? tr("%1 (clock paused)").arg(DomainText::requestState(r.state))
                            : DomainText::requestState(r.state);
        case Received:
            return DomainText::dateTime(r.received);
        case Due:
            return r.extended ? tr("%1 (extended)").arg(DomainText::dateTime(r.due)) : DomainText::dateTime(r.due);
        case Assignee:
            return r.assignee == 0 ? tr("Unassigned") : r.assigneeName;
        case Status:
            return statusText(r);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status && (r.overdue || r.dueSoon)) {
        return QApplication::style()->standardIcon(r.overdue ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole && index.column() == Due && r.acknowledgeBy.isValid()) {
        return tr("Acknowledge by %1").arg(DomainText::dateTime(r.acknowledgeBy));
    }
    return {};
}

QVariant RequestsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("No.");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case Assignee:
        return tr("Assignee");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool RequestsTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_service && m_error.isEmpty() && m_rows.size() < m_total;
}

void RequestsTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    auto page = m_service->queue(m_filter, static_cast<int>(m_rows.size()), kPageSize);
    if (!page) {
        m_error = page.errorString();
        emit loadFailed(m_error);
        return;
    }
    if (page->rows.isEmpty()) {
        m_total = m_rows.size(); // the queue shrank meanwhile
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows += page->rows;
    endInsertRows();
}
