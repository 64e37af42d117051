#include "ui/thirdparties/RecipientDialog.h"

#include "core/common/Clock.h"
#include "core/thirdparties/RecipientService.h"
#include "ui/thirdparties/RecipientsTableModel.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecipientDialog::RecipientDialog(std::shared_ptr<Session> session, const Recipient& recipient, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_recipient(recipient)
    , m_name(new QLineEdit(recipient.name, this))
    , m_role(new QComboBox(this))
    , m_country(new QLineEdit(recipient.country, this))
    , m_safeguard(new QLineEdit(recipient.safeguard, this))
    , m_categories(new QLineEdit(recipient.dataCategories.join(QStringLiteral(", ")), this))
    , m_hasAgreement(new QCheckBox(this))
    , m_agreement(new QDateEdit(this))
    , m_contact(new QLineEdit(recipient.contact, this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recipientDialog"));
    m_name->setObjectName(QStringLiteral("recipientName"));
    m_country->setObjectName(QStringLiteral("recipientCountry"));
    m_safeguard->setObjectName(QStringLiteral("recipientSafeguard"));
    m_error->setObjectName(QStringLiteral("recipientError"));
    m_role->addItem(QString(), static_cast<int>(Recipient::Role::Processor));
    m_role->addItem(QString(), static_cast<int>(Recipient::Role::Controller));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(recipient.role)));
    m_country->setMaxLength(2);
    m_agreement->setCalendarPopup(true);
    m_agreement->setDate(recipient.agreementDate.isValid() ? recipient.agreementDate : Clock::instance().now().date());
    m_hasAgreement->setChecked(recipient.agreementDate.isValid());
    m_agreement->setEnabled(m_hasAgreement->isChecked());
    connect(m_hasAgreement, &QCheckBox::toggled, m_agreement, &QWidget::setEnabled);
    // Country codes are capitals (ISO 3166-1 alpha-2); typing "sg" should just work.
    connect(m_country, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text != text.toUpper()) {
            const int pos = m_country->cursorPosition();
            m_country->setText(text.toUpper());
            m_country->setCursorPosition(pos);
        }
    });
    auto* agreementRow = new QHBoxLayout;
    agreementRow->addWidget(m_hasAgreement);
    agreementRow->addWidget(m_agreement, 1);
    auto* form = new QFormLayout;
    const QList<QWidget*> fields{m_name, m_role, m_country, m_safeguard, m_categories};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    auto* agreementLabel = new QLabel(this);
    agreementLabel->setBuddy(m_hasAgreement);
    m_labels << agreementLabel;
    form->addRow(agreementLabel, agreementRow);
    auto* contactLabel = new QLabel(this);
    contactLabel->setBuddy(m_contact);
    m_labels << contactLabel;
    form->addRow(contactLabel, m_contact);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecipientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecipientDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

void RecipientDialog::accept()
{
    Recipient r = m_recipient;
    r.name = m_name->text().trimmed();
    r.role = static_cast<Recipient::Role>(m_role->currentData().toInt());
    r.country = m_country->text().trimmed().toUpper();
    r.safeguard = m_safeguard->text().trimmed();
    r.dataCategories.clear();
    for (const QString& c : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty()) {
            r.dataCategories << c.trimmed();
        }
    }
    r.agreementDate = m_hasAgreement->isChecked() ? m_agreement->date() : QDate();
    r.contact = m_contact->text().trimmed();
    RecipientService service(m_session);
    Status st;
    if (r.id == 0) {
        auto id = service.create(r);
        st = id ? Status() : Status(id.error());
    } else {
        st = service.update(r, m_recipient.version);
    }
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void RecipientDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecipientDialog::retranslateUi()
{
    setWindowTitle(m_recipient.id == 0 ? tr("New Recipient") : tr("Edit Recipient"));
    const QStringList labels{tr("&Name:"),
                             tr("&Role:"),
                             tr("C&ountry:"),
                             tr("Transfer &safeguard:"),
                             tr("Data &categories:"),
                             tr("&Agreement signed:"),
                             tr("C&ontact:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_role->setItemText(0, RecipientsTableModel::roleName(Recipient::Role::Processor));
    m_role->setItemText(1, RecipientsTableModel::roleName(Recipient::Role::Controller));
    m_country->setPlaceholderText(tr("two letters, e.g. ID, SG, US"));
    m_safeguard->setPlaceholderText(tr("needed outside the workspace's area, e.g. standard contractual clauses"));
    m_categories->setPlaceholderText(tr("comma-separated, e.g. name, email"));
    m_hasAgreement->setText(tr("on"));
    m_contact->setPlaceholderText(tr("e.g. the recipient's data protection officer"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_recipient.id == 0 ? tr("&Add") : tr("&Save"));
}
