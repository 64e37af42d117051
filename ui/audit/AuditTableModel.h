#pragma once

#include "core/audit/AuditService.h"
#include "core/domain/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

/// The audit trail as a table, newest first, loaded lazily in pages through AuditService
/// (keyset pagination on seq), so millions of entries cost only what is scrolled to.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Role, Action, Object, Justification, ColumnCount };
    static constexpr int kPageSize = 500;
    /// The entry's sequence number, for any column.
    static constexpr int SeqRole = Qt::UserRole + 1;

    explicit AuditTableModel(QObject* parent = nullptr);

    /// The service to read from (null: an empty model); reloads.
    void setService(std::shared_ptr<AuditService> service);
    /// Shows only entries matching @p filter; reloads from the newest.
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    /// Drops what is loaded and loads the newest page again.
    void reload();

    /// The entry at @p row (a default entry outside the loaded range).
    AuditEntry entry(int row) const;
    /// Why the last load failed (empty when it did not).
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// A page could not be read (e.g. the permission was withdrawn); @p message is translated.
    void loadFailed(const QString& message);

private:
    std::shared_ptr<AuditService> m_service;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetching = false; // views and testers may ask for more from inside a row insertion
    QString m_error;
};
