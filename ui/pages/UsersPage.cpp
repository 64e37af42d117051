#include "ui/pages/UsersPage.h"

UsersPage::UsersPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("usersPage"));
    retranslateUi();
}

QString UsersPage::title() const
{
    return tr("Users", "page title");
}

QString UsersPage::description() const
{
    return tr("This page will manage staff accounts and their roles; it arrives in a later version of Amanah.");
}
