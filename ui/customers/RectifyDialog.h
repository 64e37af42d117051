#pragma once

#include "core/customers/CustomerService.h"
#include "core/domain/Customer.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;

/// Correct Field…: which field, the new value and the reason (required and audited; the
/// service refuses a missing one). The old value is not kept anywhere. When someone else
/// saved the record meanwhile, the service's Conflict message names what changed and the
/// dialog offers Reload: nothing is overwritten.
class RectifyDialog : public QDialog
{
    Q_OBJECT
public:
    RectifyDialog(std::shared_ptr<Session> session, const Customer& customer, QWidget* parent = nullptr);

    /// The record as read again (after Reload): its current values and version.
    void setCustomer(const Customer& customer);
    void setField(CustomerService::Field field);
    /// Links a rectification request: its id goes into the audit entry of the correction,
    /// and the title names it (0: none).
    void setRequestId(qint64 requestId);
    qint64 requestId() const { return m_requestId; }

    QComboBox* fieldCombo() const { return m_field; }
    QLabel* currentValueLabel() const { return m_current; }
    QLineEdit* valueEdit() const { return m_value; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* reloadButton() const { return m_reload; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// True after a save was refused because the record changed.
    bool hadConflict() const { return m_conflict; }

public slots:
    void accept() override;

signals:
    /// Reload was clicked: the owner reads the record again and calls setCustomer().
    void reloadRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showCurrent();
    static QString valueOf(const Customer& c, CustomerService::Field field);

    std::shared_ptr<Session> m_session;
    Customer m_customer;
    bool m_conflict = false;
    qint64 m_requestId = 0;
    QLabel* m_fieldLabel = nullptr;
    QComboBox* m_field = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_reload = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
