#include "ui/pages/ThirdPartiesPage.h"

ThirdPartiesPage::ThirdPartiesPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("thirdPartiesPage"));
    retranslateUi();
}

QString ThirdPartiesPage::title() const
{
    return tr("Third parties", "page title");
}

QString ThirdPartiesPage::description() const
{
    return tr("This page will list the third parties and processors that receive customers' data, and for which "
              "purposes; it arrives in a later version of Amanah.");
}
