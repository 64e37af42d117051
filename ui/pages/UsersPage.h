#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Staff accounts and roles. Its content arrives in a later version.
class UsersPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit UsersPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
