#include "ui/consent/GrantConsentDialog.h"

#include "core/consent/ConsentService.h"
#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

GrantConsentDialog::GrantConsentDialog(std::shared_ptr<Session> session,
                                       const QString& customerId,
                                       const QString& purposeCode,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_customerId(customerId)
    , m_purposeLabel(new QLabel(this))
    , m_purpose(new QComboBox(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_noticeLabel(new QLabel(this))
    , m_notice(new QComboBox(this))
    , m_evidenceLabel(new QLabel(this))
    , m_evidence(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("grantConsentDialog"));
    m_purpose->setObjectName(QStringLiteral("grantPurpose"));
    m_channel->setObjectName(QStringLiteral("grantChannel"));
    m_notice->setObjectName(QStringLiteral("grantNotice"));
    m_evidence->setObjectName(QStringLiteral("grantEvidence"));
    if (auto purposes = PurposeService(m_session).list(); purposes) {
        for (const Purpose& p : *purposes) {
            m_purpose->addItem(p.name, p.code);
        }
    }
    m_purpose->setCurrentIndex(qMax(0, m_purpose->findData(purposeCode)));
    for (ConsentEvent::Channel c : DomainText::channels()) {
        m_channel->addItem(DomainText::channel(c), static_cast<int>(c));
    }
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(ConsentEvent::Channel::Phone)));
    m_notice->addItem(QString(), QVariant::fromValue<qint64>(0));
    if (auto notices = NoticeService(m_session).list(); notices) {
        for (const NoticeVersion& n : *notices) {
            m_notice->addItem(
                tr("%1 (%2, effective %3)").arg(n.label, n.language, n.effective.date().toString(Qt::ISODate)),
                QVariant::fromValue<qint64>(n.id));
        }
    }
    m_purposeLabel->setBuddy(m_purpose);
    m_channelLabel->setBuddy(m_channel);
    m_noticeLabel->setBuddy(m_notice);
    m_evidenceLabel->setBuddy(m_evidence);
    auto* form = new QFormLayout;
    form->addRow(m_purposeLabel, m_purpose);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_noticeLabel, m_notice);
    form->addRow(m_evidenceLabel, m_evidence);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GrantConsentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GrantConsentDialog::reject);
    retranslateUi();
    resize(500, sizeHint().height());
}

void GrantConsentDialog::accept()
{
    ConsentService::Input in;
    in.customerId = m_customerId;
    in.purposeCode = m_purpose->currentData().toString();
    in.granted = true;
    in.channel = static_cast<ConsentEvent::Channel>(m_channel->currentData().toInt());
    in.noticeVersionId = m_notice->currentData().toLongLong();
    in.evidence = m_evidence->text().trimmed();
    auto id = ConsentService(m_session).record(in);
    if (!id) {
        m_error->showMessage(id.errorString());
        return;
    }
    QDialog::accept();
}

void GrantConsentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void GrantConsentDialog::retranslateUi()
{
    setWindowTitle(tr("Record Consent Granted"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_channelLabel->setText(tr("&Channel:"));
    m_noticeLabel->setText(tr("&Notice version:"));
    m_notice->setItemText(0, tr("The version in effect now"));
    m_evidenceLabel->setText(tr("&Evidence:"));
    m_evidence->setPlaceholderText(tr("e.g. form number, call reference, IP address"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Grant"));
}
