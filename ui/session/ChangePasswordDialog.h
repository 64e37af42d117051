#pragma once

#include <QDialog>

#include <memory>

class AuthWorker;
class InlineMessage;
class NewPasswordFields;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class Session;

/// Account > Change Password…, and the forced change of a one-time password at first
/// sign-in (then Cancel reads "Sign Out"). AccountService checks and stores it.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(std::shared_ptr<Session> session, AuthWorker* worker, bool forced, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    NewPasswordFields* passwordFields() const { return m_passwords; }
    InlineMessage* errorMessage() const { return m_error; }
    QDialogButtonBox* buttons() const { return m_buttons; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateOk();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    AuthWorker* m_worker = nullptr;
    bool m_forced = false;
    bool m_busy = false;
    QLabel* m_intro = nullptr;
    QLabel* m_currentLabel = nullptr;
    QLineEdit* m_current = nullptr;
    NewPasswordFields* m_passwords = nullptr;
    InlineMessage* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
