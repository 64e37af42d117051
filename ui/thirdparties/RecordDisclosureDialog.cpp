#include "ui/thirdparties/RecordDisclosureDialog.h"

#include "core/common/Clock.h"
#include "core/consent/PurposeService.h"
#include "core/thirdparties/DisclosureService.h"
#include "core/thirdparties/RecipientService.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordDisclosureDialog::RecordDisclosureDialog(std::shared_ptr<Session> session,
                                               const QString& customerId,
                                               QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_customerId(customerId)
    , m_recipient(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_categories(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recordDisclosureDialog"));
    m_recipient->setObjectName(QStringLiteral("disclosureRecipient"));
    m_purpose->setObjectName(QStringLiteral("disclosurePurpose"));
    m_categories->setObjectName(QStringLiteral("disclosureCategories"));
    m_error->setObjectName(QStringLiteral("disclosureError"));
    m_date->setCalendarPopup(true);
    m_date->setDate(Clock::instance().now().date());
    auto* form = new QFormLayout;
    for (QWidget* field : std::initializer_list<QWidget*>{m_recipient, m_purpose, m_date, m_categories}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDisclosureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDisclosureDialog::reject);
    // The categories the register says this recipient receives, as a starting point.
    connect(m_recipient, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        if (index >= 0 && index < m_recipients.size()) {
            m_categories->setText(m_recipients.at(index).dataCategories.join(QStringLiteral(", ")));
        }
    });
    load();
    retranslateUi();
    resize(460, sizeHint().height());
}

void RecordDisclosureDialog::load()
{
    auto recipients = RecipientService(m_session).list();
    auto purposes = PurposeService(m_session).list(false);
    if (!recipients || !purposes) {
        m_error->showMessage(recipients ? purposes.errorString() : recipients.errorString());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_recipients = *recipients;
    for (const Recipient& r : m_recipients) {
        m_recipient->addItem(QStringLiteral("%1 (%2)").arg(r.name, r.country), r.id);
    }
    for (const Purpose& p : *purposes) {
        m_purpose->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.id);
    }
    if (m_recipients.isEmpty()) {
        m_error->showMessage(tr("The register has no recipient yet: an officer adds them on the Third parties page."),
                             InlineMessage::Kind::Information);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void RecordDisclosureDialog::accept()
{
    Disclosure d;
    d.customerId = m_customerId;
    d.recipientId = m_recipient->currentData().toLongLong();
    d.purposeId = m_purpose->currentData().toLongLong();
    // The day the data went out, at noon UTC: a date picked in any time zone stays that date.
    d.disclosed = QDateTime(m_date->date(), QTime(12, 0), Qt::UTC);
    if (d.disclosed > Clock::instance().now() && m_date->date() == Clock::instance().now().date()) {
        d.disclosed = Clock::instance().now();
    }
    d.dataCategories = m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto id = DisclosureService(m_session).record(d);
    if (!id) {
        m_error->showMessage(id.errorString());
        return;
    }
    QDialog::accept();
}

void RecordDisclosureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecordDisclosureDialog::retranslateUi()
{
    setWindowTitle(tr("Record Disclosure"));
    const QStringList labels{tr("&Recipient:"), tr("&Purpose:"), tr("&Date:"), tr("Data &categories:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_categories->setPlaceholderText(tr("comma-separated, e.g. name, address"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
}
