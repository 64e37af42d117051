#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class Session;

/// Customers > Audience Export… (officers): the customers a purpose may be used for now, as
/// CSV for a mailing tool. ConsentService decides who is in it (FairUse) and audits the
/// export with its purpose and count; the dialog asks for the purpose and the file.
class AudienceExportDialog : public QDialog
{
    Q_OBJECT
public:
    AudienceExportDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QComboBox* purposeCombo() const { return m_purpose; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// Customers written by the last export (-1 before).
    qint64 exportedCount() const { return m_count; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    qint64 m_count = -1;
    QLabel* m_intro = nullptr;
    QLabel* m_purposeLabel = nullptr;
    QComboBox* m_purpose = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
