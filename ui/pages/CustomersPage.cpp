#include "ui/pages/CustomersPage.h"

CustomersPage::CustomersPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("customersPage"));
    retranslateUi();
}

QString CustomersPage::title() const
{
    return tr("Customers", "page title");
}

QString CustomersPage::description() const
{
    return tr("This page will let you search customers, view their consent history and rectify their data; it arrives "
              "in a later version of Amanah.");
}
