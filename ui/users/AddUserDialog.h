#pragma once

#include <QDialog>

#include <memory>

class AuthWorker;
class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class RoleChooser;
class Session;

/// Users > Add User…: user name, name, roles (at least one) and a generated one-time
/// password that the new user changes at first sign-in. StaffService decides; its error
/// stays in the dialog.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(std::shared_ptr<Session> session, AuthWorker* worker, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    RoleChooser* roleChooser() const { return m_roles; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* copyButton() const { return m_copy; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// The new account's id after a successful accept().
    qint64 createdUserId() const { return m_createdId; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateOk();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    AuthWorker* m_worker = nullptr;
    bool m_busy = false;
    qint64 m_createdId = 0;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLabel* m_rolesLabel = nullptr;
    RoleChooser* m_roles = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_note = nullptr;
    InlineMessage* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
