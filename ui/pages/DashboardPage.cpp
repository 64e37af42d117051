#include "ui/pages/DashboardPage.h"

DashboardPage::DashboardPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    retranslateUi();
}

QString DashboardPage::title() const
{
    return tr("Dashboard", "page title");
}

QString DashboardPage::description() const
{
    return tr("This page will show open requests, upcoming deadlines and consent figures at a glance; it arrives in a "
              "later version of Amanah.");
}
