#pragma once

#include "core/domain/RetentionRule.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class Session;

/// Retention > New rule… / Edit…: a data category or a purpose, the period in days, what it
/// counts from, what happens then, and the legal basis or hold it follows. RetentionService
/// validates; a refusal or a conflict stays inline.
class RetentionRuleDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new rule when @p rule has no id, else an edit of it; @p purposes: (id, name) to choose from.
    RetentionRuleDialog(std::shared_ptr<Session> session,
                        const RetentionRule& rule,
                        const QList<QPair<qint64, QString>>& purposes,
                        QWidget* parent = nullptr);

    QRadioButton* categoryRadio() const { return m_byCategory; }
    QRadioButton* purposeRadio() const { return m_byPurpose; }
    QLineEdit* categoryEdit() const { return m_category; }
    QComboBox* purposeCombo() const { return m_purpose; }
    QSpinBox* periodSpin() const { return m_period; }
    QComboBox* triggerCombo() const { return m_trigger; }
    QComboBox* actionCombo() const { return m_action; }
    QLineEdit* basisEdit() const { return m_basis; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// The id of the rule saved (after accept()).
    qint64 savedId() const { return m_rule.id; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateScope();

    std::shared_ptr<Session> m_session;
    RetentionRule m_rule;
    QList<QLabel*> m_labels;
    QRadioButton* m_byCategory = nullptr;
    QRadioButton* m_byPurpose = nullptr;
    QLineEdit* m_category = nullptr;
    QComboBox* m_purpose = nullptr;
    QSpinBox* m_period = nullptr;
    QComboBox* m_trigger = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_basis = nullptr;
    QCheckBox* m_active = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
