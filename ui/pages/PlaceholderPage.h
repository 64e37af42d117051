#pragma once

#include "ui/pages/Page.h"

class QLabel;

/// A page whose content arrives in a later version: its title and one plain sentence
/// saying what it will hold. It never shows invented data.
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget* parent = nullptr);

    /// The translated sentence shown under the title.
    virtual QString description() const = 0;
    QLabel* descriptionLabel() const { return m_descriptionLabel; }

protected:
    void retranslateUi() override;

private:
    QLabel* m_descriptionLabel = nullptr;
};
