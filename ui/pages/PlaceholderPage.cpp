#include "ui/pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : Page(parent)
    , m_descriptionLabel(new QLabel(this))
{
    m_descriptionLabel->setObjectName(QStringLiteral("pageDescription"));
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    contentLayout()->addWidget(m_descriptionLabel);
    contentLayout()->addStretch(1);
}

void PlaceholderPage::retranslateUi()
{
    Page::retranslateUi();
    m_descriptionLabel->setText(description());
}
