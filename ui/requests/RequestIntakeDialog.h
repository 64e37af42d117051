#pragma once

#include "core/requests/RequestService.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class InlineMessage;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class NewCustomerDialog;
class Session;

/// Requests > New request…: type, channel, when it was received, the customer (found by an
/// exact email or reference, or none), the jurisdiction and the requester's own words.
/// RequestService computes the deadline; a refusal stays inline. For an objection or a
/// consent withdrawal the agent ticks the purposes named (withdrawn when the request is
/// fulfilled). When no customer matches, New Customer… collects one that intake() creates
/// together with the request (one transaction: cancelling leaves no customer behind).
class RequestIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    RequestIntakeDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QComboBox* typeCombo() const { return m_type; }
    QComboBox* channelCombo() const { return m_channel; }
    QDateTimeEdit* receivedEdit() const { return m_received; }
    QLineEdit* customerEdit() const { return m_customer; }
    QLabel* customerLabel() const { return m_customerFound; }
    QComboBox* jurisdictionCombo() const { return m_jurisdiction; }
    QLineEdit* requesterNameEdit() const { return m_name; }
    QLineEdit* requesterEmailEdit() const { return m_email; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    /// The purposes (checkable, data: code); shown for objection and consent withdrawal.
    QListWidget* purposesList() const { return m_purposes; }
    QPushButton* newCustomerButton() const { return m_newCustomerButton; }
    /// The open New Customer dialog (null when none), for tests.
    NewCustomerDialog* newCustomerDialog() const;
    /// The customer to create with the request, if one was entered.
    const std::optional<Customer>& newCustomer() const { return m_newCustomer; }
    /// The codes of the ticked purposes.
    QStringList checkedPurposes() const;
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// What intake() did, after a successful accept().
    const RequestIntake& intake() const { return m_intake; }
    /// The customer matched by the text in the customer field (empty: none).
    QString matchedCustomerId() const { return m_customerId; }

public slots:
    void accept() override;
    /// Opens New Customer (deferred), filled with the requester's details.
    void createCustomer();

protected:
    void changeEvent(QEvent* event) override;

private:
    void lookUpCustomer();
    void loadPurposes();
    void updatePurposes();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    RequestIntake m_intake;
    QString m_customerId;
    QString m_customerError;
    QList<QLabel*> m_labels;
    QFormLayout* m_form = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QLineEdit* m_customer = nullptr;
    QLabel* m_customerFound = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QListWidget* m_purposes = nullptr;
    QPushButton* m_newCustomerButton = nullptr;
    QPointer<NewCustomerDialog> m_newCustomerDialog;
    std::optional<Customer> m_newCustomer;
    QString m_purposesError;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
