#include "ui/requests/RequestIntakeDialog.h"

#include "core/common/Clock.h"
#include "core/consent/PurposeService.h"
#include "core/customers/CustomerService.h"
#include "core/rules/Deadlines.h"
#include "core/session/Session.h"
#include "ui/customers/NewCustomerDialog.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QList<Request::Type> kTypes{Request::Type::Access,
                                  Request::Type::Rectification,
                                  Request::Type::Erasure,
                                  Request::Type::Restriction,
                                  Request::Type::Objection,
                                  Request::Type::Portability,
                                  Request::Type::ConsentWithdrawal};

bool namesPurposes(Request::Type t)
{
    return t == Request::Type::Objection || t == Request::Type::ConsentWithdrawal;
}
} // namespace

RequestIntakeDialog::RequestIntakeDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_type(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_received(new QDateTimeEdit(this))
    , m_customer(new QLineEdit(this))
    , m_customerFound(new QLabel(this))
    , m_jurisdiction(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_purposes(new QListWidget(this))
    , m_newCustomerButton(new QPushButton(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("requestIntakeDialog"));
    m_type->setObjectName(QStringLiteral("requestType"));
    m_customer->setObjectName(QStringLiteral("requestCustomer"));
    m_purposes->setObjectName(QStringLiteral("requestPurposes"));
    m_newCustomerButton->setObjectName(QStringLiteral("requestNewCustomer"));
    m_newCustomerButton->setEnabled(m_session && m_session->can(Permission::EditCustomers));
    m_purposes->setFixedHeight(m_purposes->fontMetrics().height() * 6);
    m_error->setObjectName(QStringLiteral("requestIntakeError"));
    for (Request::Type t : kTypes) {
        m_type->addItem(DomainText::requestType(t), static_cast<int>(t));
    }
    for (const QString& code : RequestService::channels()) {
        m_channel->addItem(RequestService::channelName(code), code);
    }
    const QDateTime now = Clock::instance().now().toLocalTime();
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setMaximumDateTime(now);
    m_received->setDateTime(now);
    m_jurisdiction->addItem(QString(), QString()); // the customer's, else the workspace's
    for (auto j : {Jurisdiction::UuPdp, Jurisdiction::Gdpr, Jurisdiction::Ccpa, Jurisdiction::Lgpd}) {
        m_jurisdiction->addItem(Deadlines::jurisdictionCode(j), Deadlines::jurisdictionCode(j));
    }
    m_customerFound->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4);

    auto* form = new QFormLayout;
    const QList<QWidget*> fields{
        m_type, m_purposes, m_channel, m_received, m_customer, m_jurisdiction, m_name, m_email, m_phone, m_notes};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        if (field == m_customer) {
            auto* row = new QHBoxLayout;
            row->addWidget(m_customer, 1);
            row->addWidget(m_newCustomerButton);
            form->addRow(label, row);
            form->addRow(QString(), m_customerFound);
        } else {
            form->addRow(label, field);
        }
    }
    m_form = form;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_customer, &QLineEdit::editingFinished, this, &RequestIntakeDialog::lookUpCustomer);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RequestIntakeDialog::updatePurposes);
    connect(m_newCustomerButton, &QPushButton::clicked, this, &RequestIntakeDialog::createCustomer);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestIntakeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestIntakeDialog::reject);
    loadPurposes();
    retranslateUi();
    updatePurposes();
    resize(560, sizeHint().height());
}

NewCustomerDialog* RequestIntakeDialog::newCustomerDialog() const
{
    return m_newCustomerDialog;
}

void RequestIntakeDialog::loadPurposes()
{
    m_purposesError.clear();
    auto purposes = PurposeService(m_session).list();
    if (!purposes) {
        m_purposesError = purposes.errorString();
        return;
    }
    for (const Purpose& p : *purposes) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), m_purposes);
        item->setData(Qt::UserRole, p.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void RequestIntakeDialog::updatePurposes()
{
    m_form->setRowVisible(m_purposes, namesPurposes(static_cast<Request::Type>(m_type->currentData().toInt())));
}

QStringList RequestIntakeDialog::checkedPurposes() const
{
    QStringList codes;
    for (int i = 0; i < m_purposes->count(); ++i) {
        if (m_purposes->item(i)->checkState() == Qt::Checked) {
            codes << m_purposes->item(i)->data(Qt::UserRole).toString();
        }
    }
    return codes;
}

void RequestIntakeDialog::createCustomer()
{
    if (m_newCustomerDialog) {
        return;
    }
    // Start from what is known: the requester's details and the text that matched nobody.
    Customer c = m_newCustomer.value_or(Customer());
    if (!m_newCustomer) {
        const QString text = m_customer->text().trimmed();
        c.fullName = m_name->text().trimmed();
        c.email = m_email->text().trimmed();
        c.phone = m_phone->text().trimmed();
        if (text.contains(QLatin1Char('@'))) {
            c.email = c.email.isEmpty() ? text : c.email;
        } else {
            c.externalRef = text;
        }
        c.jurisdiction = m_jurisdiction->currentData().toString();
    }
    auto* dialog = new NewCustomerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDeferred(true);
    dialog->setCustomer(c);
    m_newCustomerDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_newCustomer = dialog->customer();
        m_customerId.clear();
        m_customerError.clear();
        m_customer->clear();
        if (!m_newCustomer->jurisdiction.isEmpty()) {
            m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(m_newCustomer->jurisdiction)));
        }
        m_error->clear();
        retranslateUi();
    });
    dialog->open();
}

void RequestIntakeDialog::lookUpCustomer()
{
    m_customerId.clear();
    m_customerError.clear();
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty()) {
        retranslateUi();
        return;
    }
    m_newCustomer.reset(); // a customer named in the field replaces one entered with New Customer
    CustomerService customers(m_session);
    const auto kind
        = text.contains(QLatin1Char('@')) ? CustomerService::Lookup::Email : CustomerService::Lookup::ExternalRef;
    auto ids = customers.find(kind, text);
    if (!ids) {
        m_customerError = ids.errorString();
    } else if (ids->size() > 1) {
        m_customerError
            = tr("%n customers match; use the customer reference instead.", nullptr, static_cast<int>(ids->size()));
    } else if (ids->size() == 1) {
        m_customerId = ids->first();
        auto c = customers.get(m_customerId);
        if (c && !c->jurisdiction.isEmpty()) {
            m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(c->jurisdiction)));
        }
    }
    retranslateUi();
}

void RequestIntakeDialog::accept()
{
    lookUpCustomer();
    if (!m_customer->text().trimmed().isEmpty() && m_customerId.isEmpty()) {
        m_error->showMessage(m_customerError.isEmpty()
                                 ? tr("No customer has this email or reference. Clear the field to log the "
                                      "request without a customer, or enter the requester with New Customer.")
                                 : m_customerError);
        return;
    }
    const QDateTime now = Clock::instance().now();
    if (m_received->dateTime() > now) {
        m_error->showMessage(tr("The request cannot have been received in the future."));
        return;
    }
    RequestInput in;
    in.type = static_cast<Request::Type>(m_type->currentData().toInt());
    in.channel = m_channel->currentData().toString();
    in.received = m_received->dateTime().toUTC();
    in.customerId = m_customerId;
    in.newCustomer = m_newCustomer;
    if (namesPurposes(in.type)) {
        in.purposeCodes = checkedPurposes();
        if (in.purposeCodes.isEmpty()
            && MessageBox::question(this,
                                    tr("No Purpose Ticked"),
                                    tr("No purpose is ticked. The request can be logged, but it cannot be fulfilled "
                                       "until it names the purposes to withdraw. Log it anyway?"),
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No)
                != QMessageBox::Yes) {
            return;
        }
    }
    in.jurisdiction = m_jurisdiction->currentData().toString();
    in.requester.name = m_name->text().trimmed();
    in.requester.email = m_email->text().trimmed();
    in.requester.phone = m_phone->text().trimmed();
    in.requester.notes = m_notes->toPlainText().trimmed();
    auto result = RequestService(m_session).intake(in);
    if (!result) {
        m_error->showMessage(result.errorString());
        return;
    }
    m_intake = *result;
    QDialog::accept();
}

void RequestIntakeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_type->count(); ++i) {
            m_type->setItemText(i, DomainText::requestType(static_cast<Request::Type>(m_type->itemData(i).toInt())));
        }
        for (int i = 0; i < m_channel->count(); ++i) {
            m_channel->setItemText(i, RequestService::channelName(m_channel->itemData(i).toString()));
        }
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RequestIntakeDialog::retranslateUi()
{
    setWindowTitle(tr("New Request"));
    const QStringList labels{tr("&Type:"),
                             tr("P&urposes named:"),
                             tr("C&hannel:"),
                             tr("&Received at:"),
                             tr("C&ustomer:"),
                             tr("&Jurisdiction:"),
                             tr("Requester &name:"),
                             tr("Requester &email:"),
                             tr("Requester &phone:"),
                             tr("N&otes:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_customer->setPlaceholderText(tr("exact email or customer reference"));
    m_jurisdiction->setItemText(0, tr("The customer's or the workspace's"));
    m_notes->setPlaceholderText(tr("What the requester asked for, in their words"));
    m_newCustomerButton->setText(tr("New &Customer…"));
    m_newCustomerButton->setToolTip(tr("The requester is not a customer yet: enter them; they are created with the "
                                       "request"));
    m_purposes->setToolTip(m_purposesError.isEmpty() ? tr("Tick each purpose the customer objects to or withdraws "
                                                          "consent from; it is withdrawn when the request is fulfilled")
                                                     : m_purposesError);
    if (!m_customerError.isEmpty()) {
        m_customerFound->setText(m_customerError);
    } else if (m_newCustomer) {
        m_customerFound->setText(
            tr("New customer “%1”: created together with the request.").arg(m_newCustomer->fullName));
    } else if (!m_customerId.isEmpty()) {
        m_customerFound->setText(tr("Customer found."));
    } else if (!m_customer->text().trimmed().isEmpty()) {
        m_customerFound->setText(tr("No customer has this email or reference."));
    } else {
        m_customerFound->setText(tr("No customer: the request is logged on its own."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log Request"));
}
