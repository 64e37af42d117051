#include "ui/retention/RetentionRulesModel.h"

#include "core/retention/RetentionService.h"

RetentionRulesModel::RetentionRulesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RetentionRulesModel::setRules(const QList<RetentionRule>& rules, const QHash<qint64, QString>& purposeNames)
{
    beginResetModel();
    m_rules = rules;
    m_purposes = purposeNames;
    endResetModel();
}

const RetentionRule* RetentionRulesModel::ruleAt(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

int RetentionRulesModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString RetentionRulesModel::scopeText(const RetentionRule& rule) const
{
    if (rule.purposeId > 0) {
        return tr("Purpose: %1").arg(m_purposes.value(rule.purposeId, QString::number(rule.purposeId)));
    }
    return tr("Category: %1").arg(rule.dataCategory);
}

int RetentionRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int RetentionRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionRulesModel::data(const QModelIndex& index, int role) const
{
    const RetentionRule* r = ruleAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    if (role == IdRole) {
        return r->id;
    }
    if (role == Qt::TextAlignmentRole && index.column() == PeriodColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ScopeColumn:
        return scopeText(*r);
    case TriggerColumn:
        return RetentionService::triggerName(r->trigger);
    case PeriodColumn:
        return tr("%n day(s)", nullptr, r->periodDays);
    case ActionColumn:
        return RetentionService::actionName(r->action);
    case BasisColumn:
        return r->legalHoldBasis;
    case ActiveColumn:
        return r->active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant RetentionRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ScopeColumn:
        return tr("Applies to");
    case TriggerColumn:
        return tr("Counted from");
    case PeriodColumn:
        return tr("Period");
    case ActionColumn:
        return tr("Then");
    case BasisColumn:
        return tr("Legal basis / hold");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

void RetentionRulesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rules.isEmpty()) {
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rules.size()) - 1, ColumnCount - 1));
    }
}
