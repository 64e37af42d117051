#include "ui/pages/AuditTrailPage.h"

AuditTrailPage::AuditTrailPage(QWidget* parent)
    : PlaceholderPage(parent)
{
    setObjectName(QStringLiteral("auditTrailPage"));
    retranslateUi();
}

QString AuditTrailPage::title() const
{
    return tr("Audit trail", "page title");
}

QString AuditTrailPage::description() const
{
    return tr("This page will show the tamper-evident record of every change and let you verify it; it arrives in a "
              "later version of Amanah.");
}
