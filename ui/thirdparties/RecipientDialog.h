#pragma once

#include "core/domain/Recipient.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;

/// Third parties > New Recipient… / Edit…: name, role, country, transfer safeguard, data
/// categories, agreement date and contact. RecipientService validates (a country outside the
/// workspace's rules needs a safeguard); a refusal or a conflict stays inline.
class RecipientDialog : public QDialog
{
    Q_OBJECT
public:
    /// A new recipient when @p recipient has no id, else an edit of it.
    RecipientDialog(std::shared_ptr<Session> session, const Recipient& recipient, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    QLineEdit* countryEdit() const { return m_country; }
    QLineEdit* safeguardEdit() const { return m_safeguard; }
    QLineEdit* categoriesEdit() const { return m_categories; }
    QCheckBox* agreementCheck() const { return m_hasAgreement; }
    QDateEdit* agreementEdit() const { return m_agreement; }
    QLineEdit* contactEdit() const { return m_contact; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    Recipient m_recipient;
    QList<QLabel*> m_labels;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_safeguard = nullptr;
    QLineEdit* m_categories = nullptr;
    QCheckBox* m_hasAgreement = nullptr;
    QDateEdit* m_agreement = nullptr;
    QLineEdit* m_contact = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
