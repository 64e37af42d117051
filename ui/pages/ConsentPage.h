#pragma once

#include "ui/pages/PlaceholderPage.h"

/// Consent: purposes and privacy notice versions. Its content arrives in a later version.
class ConsentPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit ConsentPage(QWidget* parent = nullptr);

    QString title() const override;
    QString description() const override;
};
