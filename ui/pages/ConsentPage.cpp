#include "ui/pages/ConsentPage.h"

ConsentPage::ConsentPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("consentPage"));
    retranslateUi();
}

QString ConsentPage::title() const
{
    return tr("Consent", "page title");
}

QString ConsentPage::description() const
{
    return tr("This page will manage the purposes of processing, the versions of the privacy notice and the consent "
              "customers give or withdraw; it arrives in a later version of Amanah.");
}
