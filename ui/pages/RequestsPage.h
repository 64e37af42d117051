#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Data subject requests and their deadlines. Its content arrives in a later version.
class RequestsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit RequestsPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
