#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Compliance reports. Its content arrives in a later version.
class ReportsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
