#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Customers: search, consent history, rectification. Its content arrives in a later version.
class CustomersPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit CustomersPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
