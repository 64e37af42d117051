#include "ui/users/UsersTableModel.h"

#include "core/common/Clock.h"
#include "core/rules/Permissions.h"

#include <QLocale>

UsersTableModel::UsersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UsersTableModel::setUsers(const QList<User>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const User* UsersTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int UsersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UsersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersTableModel::roleNames(int roles)
{
    QStringList names;
    for (Role role : Permissions::allRoles()) {
        if (roles & static_cast<int>(role)) {
            names << Permissions::roleName(role);
        }
    }
    return names.join(tr(", ", "between role names"));
}

QString UsersTableModel::statusText(const User& user)
{
    if (user.disabled) {
        return tr("Disabled");
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > Clock::instance().now()) {
        return tr("Locked until %1")
            .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    }
    if (user.mustChangePassword) {
        return tr("Must change password");
    }
    return tr("Active");
}

QVariant UsersTableModel::data(const QModelIndex& index, int role) const
{
    const User* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user || index.column() >= ColumnCount) {
        return {};
    }
    if (role == IdRole) {
        return user->id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == TwoFactorColumn) {
        return int(Qt::AlignCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return user->username;
    case NameColumn:
        return user->displayName;
    case RolesColumn:
        return roleNames(user->roles);
    case TwoFactorColumn:
        return user->totpEnrolled ? tr("Yes") : tr("No");
    case StatusColumn:
        return statusText(*user);
    case LastSignInColumn:
        return user->lastSignIn.isValid() ? QLocale().toString(user->lastSignIn.toLocalTime(), QLocale::ShortFormat)
                                          : tr("Never");
    default:
        return {};
    }
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case TwoFactorColumn:
        return tr("Two-factor");
    case StatusColumn:
        return tr("Status");
    case LastSignInColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

void UsersTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}
