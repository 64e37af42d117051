#include "ui/pages/RequestsPage.h"

RequestsPage::RequestsPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("requestsPage"));
    retranslateUi();
}

QString RequestsPage::title() const
{
    return tr("Requests", "page title");
}

QString RequestsPage::description() const
{
    return tr("This page will track data subject requests, such as access, rectification and erasure, from receipt to "
              "decision within their legal deadlines; it arrives in a later version of Amanah.");
}
