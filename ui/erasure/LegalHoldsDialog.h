#pragma once

#include "core/erasure/ErasureService.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Session;

/// The workspace's legal hold rules (officers): what an erasure keeps, on which legal basis,
/// for how long and counted from when. Select a rule to change it, or New for another.
class LegalHoldsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LegalHoldsDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* categoryEdit() const { return m_category; }
    QLineEdit* basisEdit() const { return m_basis; }
    QSpinBox* yearsSpin() const { return m_years; }
    QCheckBox* fieldCheck(const QString& code) const;
    QComboBox* triggerCombo() const { return m_trigger; }
    QCheckBox* activeCheck() const { return m_active; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* saveButton() const { return m_save; }
    InlineMessage* errorMessage() const { return m_error; }
    const QList<ErasureService::HoldRule>& rules() const { return m_rules; }

private:
    void reload(qint64 selectId = 0);
    void showRule(int row);
    void save();

    std::shared_ptr<Session> m_session;
    QList<ErasureService::HoldRule> m_rules;
    qint64 m_editing = 0;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_category = nullptr;
    QLineEdit* m_basis = nullptr;
    QSpinBox* m_years = nullptr;
    QList<QCheckBox*> m_fields;
    QComboBox* m_trigger = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    InlineMessage* m_error = nullptr;
};
