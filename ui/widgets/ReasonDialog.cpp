#include "ui/widgets/ReasonDialog.h"

#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString& title, const QString& text, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action))
    , m_text(new QLabel(text, this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_text->setWordWrap(true);
    m_reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    retranslateUi();
    resize(460, sizeHint().height());
}

void ReasonDialog::accept()
{
    const Status st = m_action(m_reason->text());
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void ReasonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ReasonDialog::retranslateUi()
{
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Required; recorded in the audit trail"));
}
