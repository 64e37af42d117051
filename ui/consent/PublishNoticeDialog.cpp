#include "ui/consent/PublishNoticeDialog.h"

#include "core/consent/NoticeService.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PublishNoticeDialog::PublishNoticeDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_label(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_effective(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_material(new QCheckBox(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("publishNoticeDialog"));
    m_label->setObjectName(QStringLiteral("noticeLabel"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_material->setObjectName(QStringLiteral("noticeMaterial"));
    m_error->setObjectName(QStringLiteral("noticeError"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_material->setChecked(true);
    auto* form = new QFormLayout;
    for (QWidget* field : std::initializer_list<QWidget*>{m_label, m_language, m_text, m_effective}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    form->addRow(QString(), m_material);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PublishNoticeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PublishNoticeDialog::reject);
    retranslateUi();
    resize(600, 480);
}

bool PublishNoticeDialog::publishedMaterial() const
{
    return m_publishedId != 0 && m_material->isChecked();
}

void PublishNoticeDialog::accept()
{
    NoticeVersion n;
    n.label = m_label->text().trimmed();
    n.language = m_language->currentData().toString();
    n.body = m_text->toPlainText();
    n.effective = m_effective->dateTime();
    n.material = m_material->isChecked();
    auto id = NoticeService(m_session).publish(n);
    if (!id) {
        m_error->showMessage(id.errorString());
        return;
    }
    m_publishedId = *id;
    QDialog::accept();
}

void PublishNoticeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PublishNoticeDialog::retranslateUi()
{
    setWindowTitle(tr("Publish Notice Version"));
    const QStringList labels{tr("&Label:"), tr("L&anguage:"), tr("&Text:"), tr("&Effective from:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_label->setPlaceholderText(tr("e.g. 2026-03"));
    m_material->setText(tr("&Material change: customers must consent again once it is in effect"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
}
