#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Session;

/// Grant…: records that the customer gave consent for a purpose, with the channel, the
/// notice version they agreed to and the evidence (encrypted: it may be an IP address).
class GrantConsentDialog : public QDialog
{
    Q_OBJECT
public:
    GrantConsentDialog(std::shared_ptr<Session> session,
                       const QString& customerId,
                       const QString& purposeCode,
                       QWidget* parent = nullptr);

    QComboBox* purposeCombo() const { return m_purpose; }
    QComboBox* channelCombo() const { return m_channel; }
    QComboBox* noticeCombo() const { return m_notice; }
    QLineEdit* evidenceEdit() const { return m_evidence; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    QString m_customerId;
    QLabel* m_purposeLabel = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_channelLabel = nullptr;
    QComboBox* m_channel = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QComboBox* m_notice = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QLineEdit* m_evidence = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
