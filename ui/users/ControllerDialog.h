#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;

/// Users > Controller Details… (administrators): the controller's name, contact person,
/// address, email, phone and privacy-policy address that consent receipts, access packages,
/// the record of processing and the privacy notice print. ControllerService validates.
class ControllerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ControllerDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    /// The fields in order: name, contact, address, email, phone, policy URL.
    QLineEdit* field(int index) const { return m_fields.value(index); }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    QList<QLineEdit*> m_fields;
    QList<QLabel*> m_labels;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
