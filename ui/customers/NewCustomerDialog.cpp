#include "ui/customers/NewCustomerDialog.h"

#include "core/customers/CustomerService.h"
#include "core/rules/Deadlines.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QDate kNoBirthDate(1900, 1, 1); // the minimum of the date edit: "not known"
}

NewCustomerDialog::NewCustomerDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_birth(new QDateEdit(this))
    , m_country(new QLineEdit(this))
    , m_jurisdiction(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_error->setObjectName(QStringLiteral("newCustomerError"));
    m_birth->setCalendarPopup(true);
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setMinimumDate(kNoBirthDate);
    m_birth->setDate(kNoBirthDate);
    m_country->setMaxLength(2);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);
    for (auto j : {Jurisdiction::UuPdp, Jurisdiction::Gdpr, Jurisdiction::Ccpa, Jurisdiction::Lgpd}) {
        m_jurisdiction->addItem(Deadlines::jurisdictionCode(j), Deadlines::jurisdictionCode(j));
    }
    const QString workspace = CustomerService(m_session).workspaceJurisdiction();
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(workspace)));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    const QList<QWidget*> fields{
        m_name, m_email, m_phone, m_reference, m_address, m_birth, m_country, m_jurisdiction, m_language, m_notes};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        m_form->addRow(label, field);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCustomerDialog::reject);
    retranslateUi();
    resize(480, sizeHint().height());
}

Customer NewCustomerDialog::entered() const
{
    Customer c;
    c.fullName = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.externalRef = m_reference->text().trimmed();
    c.address = m_address->text().trimmed();
    if (m_birth->date() != kNoBirthDate) {
        c.birthDate = m_birth->date();
    }
    c.country = m_country->text().trimmed().toUpper();
    c.jurisdiction = m_jurisdiction->currentData().toString();
    c.language = m_language->currentData().toString();
    c.notes = m_notes->toPlainText().trimmed();
    c.source = QStringLiteral("staff");
    return c;
}

void NewCustomerDialog::setCustomer(const Customer& c)
{
    m_name->setText(c.fullName);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_reference->setText(c.externalRef);
    m_address->setText(c.address);
    m_birth->setDate(c.birthDate.isValid() ? c.birthDate : kNoBirthDate);
    m_country->setText(c.country);
    if (!c.jurisdiction.isEmpty()) {
        m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(c.jurisdiction)));
    }
    if (!c.language.isEmpty()) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(c.language)));
    }
    m_notes->setPlainText(c.notes);
}

void NewCustomerDialog::accept()
{
    const Customer c = entered();
    CustomerService customers(m_session);
    if (m_deferred) {
        if (auto st = customers.validateNew(c); !st) {
            m_error->showMessage(st.errorString());
            return;
        }
        m_customer = c;
        QDialog::accept();
        return;
    }
    auto id = customers.create(c);
    if (!id) {
        m_error->showMessage(id.errorString());
        return;
    }
    m_customer = c;
    m_createdId = *id;
    QDialog::accept();
}

void NewCustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void NewCustomerDialog::retranslateUi()
{
    setWindowTitle(tr("New Customer"));
    const QStringList labels{tr("Full &name:"),
                             tr("&Email:"),
                             tr("&Phone:"),
                             tr("Customer &reference:"),
                             tr("&Address:"),
                             tr("&Birth date:"),
                             tr("&Country:"),
                             tr("&Jurisdiction:"),
                             tr("&Language:"),
                             tr("N&otes:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_phone->setPlaceholderText(tr("e.g. +62 812 3456 7801"));
    m_country->setPlaceholderText(tr("two letters, e.g. ID"));
    m_birth->setSpecialValueText(tr("not known"));
    m_notes->setPlaceholderText(tr("Only what the shop needs to know"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_deferred ? tr("&Use for This Request") : tr("&Create"));
}
