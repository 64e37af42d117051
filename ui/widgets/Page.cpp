#include "ui/widgets/Page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

Page::Page(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_contentLayout(new QVBoxLayout)
{
    m_titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont font = m_titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_titleLabel->setFont(font);
    m_titleLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_contentLayout, 1);
}

void Page::setWorkspace(const std::shared_ptr<Workspace>& /*workspace*/) { }

void Page::setSession(const std::shared_ptr<Session>& session)
{
    m_session = session;
}

void Page::clearSensitive() { }

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void Page::retranslateUi()
{
    m_titleLabel->setText(title());
    m_titleLabel->setAccessibleName(title());
}
