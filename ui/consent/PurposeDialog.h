#pragma once

#include "core/domain/Purpose.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class Session;

/// Consent > Purposes > New… / Edit…: code (new purposes only), name, description, legal
/// basis, data categories, retention period, marketing, Kantara category, active and the
/// recipients (from the register on the Third parties page) the purpose's data goes to.
/// PurposeService validates; a refusal or a conflict stays inline.
class PurposeDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new purpose when @p purpose has no id, else an edit of it.
    PurposeDialog(std::shared_ptr<Session> session, const Purpose& purpose, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* basisCombo() const { return m_basis; }
    QLineEdit* categoriesEdit() const { return m_categories; }
    QSpinBox* retentionSpin() const { return m_retention; }
    QCheckBox* marketingCheck() const { return m_marketing; }
    /// The register's recipients, checkable; Qt::UserRole holds each id.
    QListWidget* recipientsList() const { return m_recipients; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadRecipients();

    std::shared_ptr<Session> m_session;
    Purpose m_purpose;
    QList<QLabel*> m_labels;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_categories = nullptr;
    QSpinBox* m_retention = nullptr;
    QLineEdit* m_category = nullptr;
    QCheckBox* m_marketing = nullptr;
    QCheckBox* m_active = nullptr;
    QListWidget* m_recipients = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
