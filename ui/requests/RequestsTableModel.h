#pragma once

#include "core/requests/RequestService.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

/// The Requests queue: RequestService::queue() sorted by effective due date, read a page of
/// kPageSize rows at a time through fetchMore(). No requester details, ever.
class RequestsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Type, State, Received, Due, Assignee, Status, ColumnCount };
    static constexpr int kPageSize = 200;
    /// The request's id, for any column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RequestsTableModel(QObject* parent = nullptr);

    /// The service to read from (null: empty); reloads.
    void setService(std::shared_ptr<RequestService> service);
    void setFilter(const RequestQueueFilter& filter);
    const RequestQueueFilter& filter() const { return m_filter; }
    /// Reads the first page again.
    void reload();
    /// Drops every row (the idle lock or sign-out).
    void clear();

    /// Rows matching the filter (loaded or not).
    qint64 total() const { return m_total; }
    RequestQueueRow rowAt(int row) const;
    /// The row of request @p id among the loaded rows, or -1.
    int rowOf(qint64 id) const;
    /// Why the last read failed (empty when it did not).
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// "Overdue", "Due within 2 days" or empty.
    static QString statusText(const RequestQueueRow& row);

signals:
    /// A page could not be read; @p message is translated.
    void loadFailed(const QString& message);

private:
    std::shared_ptr<RequestService> m_service;
    RequestQueueFilter m_filter;
    QList<RequestQueueRow> m_rows;
    qint64 m_total = 0;
    QString m_error;
};
