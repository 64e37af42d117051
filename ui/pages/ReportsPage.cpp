#include "ui/pages/ReportsPage.h"

ReportsPage::ReportsPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    retranslateUi();
}

QString ReportsPage::title() const
{
    return tr("Reports", "page title");
}

QString ReportsPage::description() const
{
    return tr("This page will produce compliance reports to print or export; it arrives in a later version of Amanah.");
}
