#pragma once

#include "core/domain/User.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QDialogButtonBox;
class QLabel;
class RoleChooser;
class Session;

/// Users > Change Roles…: the account's roles as check boxes (at least one); StaffService
/// refuses, for example, removing the last administrator, and the dialog shows why.
class RolesDialog : public QDialog
{
    Q_OBJECT
public:
    RolesDialog(std::shared_ptr<Session> session, const User& user, QWidget* parent = nullptr);

    RoleChooser* roleChooser() const { return m_roles; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    User m_user;
    QLabel* m_intro = nullptr;
    RoleChooser* m_roles = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
