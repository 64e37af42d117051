#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Retention rules and the purge. Its content arrives in a later version.
class RetentionPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit RetentionPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
