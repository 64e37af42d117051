#pragma once

#include "ui/pages/PlaceholderPage.h"

/// The audit trail and its verification. Its content arrives in a later version.
class AuditTrailPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit AuditTrailPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
