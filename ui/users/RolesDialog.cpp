#include "ui/users/RolesDialog.h"

#include "core/session/StaffService.h"
#include "ui/users/RoleChooser.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RolesDialog::RolesDialog(std::shared_ptr<Session> session, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_user(user)
    , m_intro(new QLabel(this))
    , m_roles(new RoleChooser(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rolesDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_roles->setRoles(user.roles);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_roles);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RolesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RolesDialog::reject);
    connect(m_roles, &RoleChooser::rolesChanged, this, [this](int roles) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(roles != 0);
    });
    retranslateUi();
}

void RolesDialog::accept()
{
    const Status st = StaffService(m_session).setRoles(m_user.id, m_roles->roles(), m_user.version);
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void RolesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RolesDialog::retranslateUi()
{
    setWindowTitle(tr("Change Roles"));
    m_intro->setText(tr("Roles of %1 (%2). A user may hold several.").arg(m_user.displayName, m_user.username));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Roles"));
}
