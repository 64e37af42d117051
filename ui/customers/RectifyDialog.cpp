#include "ui/customers/RectifyDialog.h"

#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Field = CustomerService::Field;

namespace {
const QList<Field> kFields{
    Field::FullName, Field::Email, Field::Phone, Field::Address, Field::BirthDate, Field::Notes, Field::ExternalRef};
}

RectifyDialog::RectifyDialog(std::shared_ptr<Session> session, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_customer(customer)
    , m_fieldLabel(new QLabel(this))
    , m_field(new QComboBox(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_value(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_reload(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rectifyDialog"));
    m_field->setObjectName(QStringLiteral("rectifyField"));
    m_value->setObjectName(QStringLiteral("rectifyValue"));
    m_reason->setObjectName(QStringLiteral("rectifyReason"));
    m_error->setObjectName(QStringLiteral("rectifyError"));
    m_reload->setObjectName(QStringLiteral("rectifyReload"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    for (Field f : kFields) {
        m_field->addItem(QString(), static_cast<int>(f));
    }
    m_fieldLabel->setBuddy(m_field);
    m_valueLabel->setBuddy(m_value);
    m_reasonLabel->setBuddy(m_reason);
    m_buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    m_reload->setVisible(false); // after addButton(), which shows it

    auto* form = new QFormLayout;
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_valueLabel, m_value);
    form->addRow(m_reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RectifyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RectifyDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RectifyDialog::showCurrent);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_error->clear();
        m_reload->setVisible(false);
        emit reloadRequested();
    });
    retranslateUi();
    showCurrent();
    resize(520, sizeHint().height());
}

void RectifyDialog::setCustomer(const Customer& customer)
{
    m_customer = customer;
    showCurrent();
}

void RectifyDialog::setRequestId(qint64 requestId)
{
    m_requestId = requestId;
    retranslateUi();
}

void RectifyDialog::setField(Field field)
{
    m_field->setCurrentIndex(qMax(0, m_field->findData(static_cast<int>(field))));
}

QString RectifyDialog::valueOf(const Customer& c, Field field)
{
    switch (field) {
    case Field::FullName:
        return c.fullName;
    case Field::Email:
        return c.email;
    case Field::Phone:
        return c.phone;
    case Field::Address:
        return c.address;
    case Field::BirthDate:
        return c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString();
    case Field::Notes:
        return c.notes;
    case Field::ExternalRef:
        return c.externalRef;
    }
    return {};
}

void RectifyDialog::showCurrent()
{
    const QString value = valueOf(m_customer, static_cast<Field>(m_field->currentData().toInt()));
    m_current->setText(value.isEmpty() ? tr("(empty)") : value);
}

void RectifyDialog::accept()
{
    const auto field = static_cast<Field>(m_field->currentData().toInt());
    const Status st = CustomerService(m_session).rectify(
        m_customer.id, field, m_value->text().trimmed(), m_reason->text(), m_customer.version, m_requestId);
    if (!st) {
        m_conflict = st.error().code == ErrorCode::Conflict;
        m_reload->setVisible(m_conflict);
        // A conflict's message names what changed, by whom and when; Reload shows it.
        m_error->showMessage(st.errorString());
        adjustSize();
        return;
    }
    QDialog::accept();
}

void RectifyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RectifyDialog::retranslateUi()
{
    setWindowTitle(m_requestId ? tr("Correct Field for Request %1").arg(m_requestId) : tr("Correct Field"));
    m_fieldLabel->setText(tr("&Field:"));
    for (int i = 0; i < kFields.size(); ++i) {
        QString name = CustomerService::fieldName(CustomerService::fieldCode(kFields.at(i)));
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper(); // the service's names are for the middle of a sentence
        }
        m_field->setItemText(i, name);
    }
    m_currentLabel->setText(tr("Now:"));
    m_valueLabel->setText(tr("&New value:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Required, e.g. “customer called: moved house” (recorded in the audit trail)"));
    m_reload->setText(tr("&Reload"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Correction"));
}
