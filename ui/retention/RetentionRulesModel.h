#pragma once

#include "core/domain/RetentionRule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// Retention rules for the Retention page: scope (data category or purpose), trigger,
/// period, action, legal hold basis and whether the rule is active. The page loads it
/// from RetentionService::list().
class RetentionRulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScopeColumn, TriggerColumn, PeriodColumn, ActionColumn, BasisColumn, ActiveColumn, ColumnCount };
    /// Qt::UserRole on any column: the rule's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit RetentionRulesModel(QObject* parent = nullptr);

    /// Replaces the rows; @p purposeNames maps purpose ids to what the scope column shows.
    void setRules(const QList<RetentionRule>& rules, const QHash<qint64, QString>& purposeNames);
    /// The rule on @p row; nullptr when out of range.
    const RetentionRule* ruleAt(int row) const;
    /// The row of rule @p id; -1 when absent.
    int rowOf(qint64 id) const;
    /// The translated scope of @p rule ("Category: orders", "Purpose: Newsletter").
    QString scopeText(const RetentionRule& rule) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Tells the views to redraw the headers and texts after a language change.
    void retranslate();

private:
    QList<RetentionRule> m_rules;
    QHash<qint64, QString> m_purposes;
};
