#pragma once

#include "ui/widgets/Page.h"

#include <memory>

class AuthWorker;
class InlineMessage;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class UsersTableModel;
struct User;

/// Staff accounts (Permission::ManageUsers): add, change roles, disable or enable, reset a
/// password or two-factor, remove; and the workspace's security settings. Every change goes
/// through StaffService, whose refusals appear on the page.
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);
    ~UsersPage() override;

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;
    void clearSensitive() override;

    UsersTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* rolesButton() const { return m_roles; }
    QPushButton* disableButton() const { return m_disable; }
    QPushButton* resetPasswordButton() const { return m_resetPassword; }
    QPushButton* resetTwoFactorButton() const { return m_resetTwoFactor; }
    QPushButton* removeButton() const { return m_remove; }
    QCheckBox* requireTwoFactorCheck() const { return m_requireTwoFactor; }
    QSpinBox* idleMinutesSpin() const { return m_idleMinutes; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    /// Reads the accounts and settings again.
    void reload();
    void addUser();
    void changeRoles();
    void toggleDisabled();
    void resetPassword();
    void resetTwoFactor();
    void removeUser();
    /// The controller's name and contact for notices and records (ControllerDialog).
    void editController();

signals:
    /// The administrator changed the idle time before locking.
    void idleMinutesChanged(int minutes);

protected:
    void retranslateUi() override;

private:
    const User* selectedUser() const;
    void select(qint64 id);
    void updateButtons();
    void applyRequireTwoFactor(bool on);
    void applyIdleMinutes(int minutes);
    void loadSettings();
    bool report(const QString& error);

    std::unique_ptr<AuthWorker> m_worker;
    UsersTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_roles = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_resetPassword = nullptr;
    QPushButton* m_resetTwoFactor = nullptr;
    QPushButton* m_remove = nullptr;
    InlineMessage* m_error = nullptr;
    QGroupBox* m_securityGroup = nullptr;
    QPushButton* m_controller = nullptr;
    QCheckBox* m_requireTwoFactor = nullptr;
    QLabel* m_idleLabel = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
};
