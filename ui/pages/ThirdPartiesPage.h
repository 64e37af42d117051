#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Third parties (recipients and processors). Its content arrives in a later version.
class ThirdPartiesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit ThirdPartiesPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
