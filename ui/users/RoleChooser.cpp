#include "ui/users/RoleChooser.h"

#include "core/rules/Permissions.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

RoleChooser::RoleChooser(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Role role : Permissions::allRoles()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("role_") + Permissions::roleCode(role));
        box->setProperty("role", static_cast<int>(role));
        connect(box, &QCheckBox::toggled, this, [this] { emit rolesChanged(roles()); });
        layout->addWidget(box);
        m_boxes << box;
    }
    retranslateUi();
}

int RoleChooser::roles() const
{
    int bits = 0;
    for (QCheckBox* box : m_boxes) {
        if (box->isChecked()) {
            bits |= box->property("role").toInt();
        }
    }
    return bits;
}

void RoleChooser::setRoles(int roles)
{
    for (QCheckBox* box : m_boxes) {
        box->setChecked(roles & box->property("role").toInt());
    }
}

QCheckBox* RoleChooser::checkBox(int role) const
{
    for (QCheckBox* box : m_boxes) {
        if (box->property("role").toInt() == role) {
            return box;
        }
    }
    return nullptr;
}

void RoleChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RoleChooser::retranslateUi()
{
    const QStringList hints = {tr("customer service: customers, consent, requests"),
                               tr("privacy: decisions, erasures, policies, audit"),
                               tr("dashboards, reports, audit"),
                               tr("staff accounts and workspace settings")};
    for (int i = 0; i < m_boxes.size(); ++i) {
        const auto role = static_cast<Role>(m_boxes[i]->property("role").toInt());
        m_boxes[i]->setText(
            tr("%1 — %2", "role name — what it may do").arg(Permissions::roleName(role), hints.value(i)));
    }
}
