#pragma once

#include "core/domain/Recipient.h"

#include <QDialog>
#include <QList>

#include <memory>

class InlineMessage;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;

/// Customer record > Disclosures > Record Disclosure…: which recipient received which data of
/// this customer, for which purpose, on which day. DisclosureService validates and audits.
class RecordDisclosureDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDisclosureDialog(std::shared_ptr<Session> session, const QString& customerId, QWidget* parent = nullptr);

    QComboBox* recipientCombo() const { return m_recipient; }
    QComboBox* purposeCombo() const { return m_purpose; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* categoriesEdit() const { return m_categories; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();

    std::shared_ptr<Session> m_session;
    QString m_customerId;
    QList<Recipient> m_recipients;
    QList<QLabel*> m_labels;
    QComboBox* m_recipient = nullptr;
    QComboBox* m_purpose = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_categories = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
