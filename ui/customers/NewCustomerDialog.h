#pragma once

#include "core/domain/Customer.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Session;

/// Customers > New Customer…: the personal fields of a new customer. CustomerService
/// validates and encrypts; its refusal (a bad email, an impossible phone...) stays inline.
class NewCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    NewCustomerDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLineEdit* countryEdit() const { return m_country; }
    QComboBox* jurisdictionCombo() const { return m_jurisdiction; }
    QComboBox* languageCombo() const { return m_language; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// The new customer's id after a successful accept().
    QString createdId() const { return m_createdId; }

    /// Deferred: accept() only checks the fields and keeps the customer (customer()), for a
    /// form that creates it together with something else (a request at intake).
    void setDeferred(bool deferred)
    {
        m_deferred = deferred;
        retranslateUi();
    }
    /// The customer as entered, after a successful accept().
    const Customer& customer() const { return m_customer; }
    /// Fills the form, e.g. with what a requester gave.
    void setCustomer(const Customer& c);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    Customer entered() const;

    std::shared_ptr<Session> m_session;
    QString m_createdId;
    bool m_deferred = false;
    Customer m_customer;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_address = nullptr;
    QDateEdit* m_birth = nullptr;
    QLineEdit* m_country = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
