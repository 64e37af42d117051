#include "ui/thirdparties/RecipientsTableModel.h"

#include <QLocale>

RecipientsTableModel::RecipientsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecipientsTableModel::setRecipients(const QList<Recipient>& recipients, const QHash<qint64, QString>& purposeCodes)
{
    beginResetModel();
    m_rows = recipients;
    m_purposeCodes = purposeCodes;
    endResetModel();
}

const Recipient* RecipientsTableModel::recipientAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RecipientsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecipientsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecipientsTableModel::roleName(Recipient::Role role)
{
    return role == Recipient::Role::Processor ? tr("Processor") : tr("Controller", "recipient role");
}

QVariant RecipientsTableModel::data(const QModelIndex& index, int role) const
{
    const Recipient* r = index.isValid() ? recipientAt(index.row()) : nullptr;
    if (!r) {
        return {};
    }
    if (role == IdRole) {
        return r->id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return r->name;
    case RoleColumn:
        return roleName(r->role);
    case CountryColumn:
        return r->country;
    case SafeguardColumn:
        return r->safeguard.isEmpty() ? tr("—", "no safeguard") : r->safeguard;
    case CategoriesColumn:
        return r->dataCategories.join(QStringLiteral(", "));
    case PurposesColumn: {
        QStringList codes;
        for (qint64 id : r->purposeIds) {
            codes << m_purposeCodes.value(id, QString::number(id));
        }
        return codes.join(QStringLiteral(", "));
    }
    case AgreementColumn:
        return r->agreementDate.isValid() ? QLocale().toString(r->agreementDate, QLocale::ShortFormat) : tr("none");
    case ContactColumn:
        return r->contact;
    default:
        return {};
    }
}

QVariant RecipientsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case CountryColumn:
        return tr("Country");
    case SafeguardColumn:
        return tr("Transfer safeguard");
    case CategoriesColumn:
        return tr("Data categories");
    case PurposesColumn:
        return tr("Purposes");
    case AgreementColumn:
        return tr("Agreement");
    case ContactColumn:
        return tr("Contact");
    default:
        return {};
    }
}

void RecipientsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}
