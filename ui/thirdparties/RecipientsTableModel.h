#pragma once

#include "core/domain/Recipient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The recipient register for the Third parties page: name, role, country, transfer
/// safeguard, data categories, purposes, agreement date and contact. The page loads it from
/// RecipientService::list() (the register is short: a full reset).
class RecipientsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        CountryColumn,
        SafeguardColumn,
        CategoriesColumn,
        PurposesColumn,
        AgreementColumn,
        ContactColumn,
        ColumnCount
    };
    /// Qt::UserRole on any column: the recipient's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit RecipientsTableModel(QObject* parent = nullptr);

    /// Replaces the rows; @p purposeCodes maps purpose ids to their codes for the Purposes column.
    void setRecipients(const QList<Recipient>& recipients, const QHash<qint64, QString>& purposeCodes);
    const QList<Recipient>& recipients() const { return m_rows; }
    /// The recipient on @p row; nullptr when out of range.
    const Recipient* recipientAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The translated name of a recipient role.
    static QString roleName(Recipient::Role role);
    /// Tells the views to redraw after a language change.
    void retranslate();

private:
    QList<Recipient> m_rows;
    QHash<qint64, QString> m_purposeCodes;
};
