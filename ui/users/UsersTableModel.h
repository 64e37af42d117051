#pragma once

#include "core/domain/User.h"

#include <QAbstractTableModel>
#include <QList>

/// Staff accounts for the Users page: user name, name, roles, two-factor, status and
/// last sign-in. The page loads it from StaffService::list(); it holds no secrets.
class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        NameColumn,
        RolesColumn,
        TwoFactorColumn,
        StatusColumn,
        LastSignInColumn,
        ColumnCount
    };
    /// Qt::UserRole on any column: the account's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit UsersTableModel(QObject* parent = nullptr);

    /// Replaces the rows (a full reset: the list is short).
    void setUsers(const QList<User>& users);
    const QList<User>& users() const { return m_users; }
    /// The account on @p row; nullptr when out of range.
    const User* userAt(int row) const;
    /// The row of the account @p id; -1 when absent.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated names of a Role bit set, comma-separated.
    static QString roleNames(int roles);
    /// The translated status of @p user at the Clock's now.
    static QString statusText(const User& user);

    /// Tells the views to redraw the headers and texts after a language change.
    void retranslate();

private:
    QList<User> m_users;
};
