#pragma once

#include <QDialog>

#include <memory>

class AuthWorker;
class InlineMessage;
class NewPasswordFields;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class Session;

/// "Forgot the administrator password?": the recovery key printed at set-up opens the
/// workspace and gives an administrator a new password (Authenticator::recover).
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(AuthWorker* worker, QWidget* parent = nullptr);

    QLineEdit* recoveryKeyEdit() const { return m_key; }
    QLineEdit* usernameEdit() const { return m_username; }
    NewPasswordFields* passwordFields() const { return m_passwords; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

signals:
    /// The administrator is signed in with the new password.
    void recovered(const std::shared_ptr<Session>& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateOk();
    void retranslateUi();

    AuthWorker* m_worker = nullptr;
    bool m_busy = false;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_keyLabel = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    NewPasswordFields* m_passwords = nullptr;
    InlineMessage* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
