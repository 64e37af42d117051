#pragma once

#include "ui/pages/PlaceholderPage.h"

/// The dashboard: aggregates for officers and managers, never a customer's data. Its content arrives in a later
/// version.
class DashboardPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
