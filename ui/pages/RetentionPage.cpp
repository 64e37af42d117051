#include "ui/pages/RetentionPage.h"

RetentionPage::RetentionPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("retentionPage"));
    retranslateUi();
}

QString RetentionPage::title() const
{
    return tr("Retention", "page title");
}

QString RetentionPage::description() const
{
    return tr("This page will set how long each kind of data is kept and run the retention purge; it arrives in a "
              "later version of Amanah.");
}
