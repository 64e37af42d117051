#include "ui/customers/CustomerRecordDialog.h"

#include "core/consent/ConsentService.h"
#include "core/customers/CustomerService.h"
#include "core/records/CustomerRecordService.h"
#include "core/session/Session.h"
#include "ui/consent/GrantConsentDialog.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/customers/RectifyDialog.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const char* const kFieldCodes[] = {"external_ref",
                                   "full_name",
                                   "email",
                                   "phone",
                                   "address",
                                   "birth_date",
                                   "country",
                                   "jurisdiction",
                                   "language",
                                   "status",
                                   "created",
                                   "updated",
                                   "notes"};

QTableWidget* newTable(QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}
} // namespace

CustomerRecordDialog::CustomerRecordDialog(std::shared_ptr<Session> session, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(customerId)
    , m_header(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("customerRecordDialog"));
    m_header->setObjectName(QStringLiteral("recordHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont font = m_header->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_header->setFont(font);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->addTab(buildDetailsTab(), QString());
    m_tabs->addTab(buildConsentTab(), QString());
    m_historyTable = newTable(this, "historyTable");
    m_tabs->addTab(buildListTab(&m_historyTable, &m_historyEmpty, "historyTable"), QString());
    m_tabs->addTab(buildListTab(&m_requestsTable, &m_requestsEmpty, "requestsTable"), QString());
    QWidget* disclosures = buildListTab(&m_disclosuresTable, &m_disclosuresEmpty, "disclosuresTable");
    m_recordDisclosureButton = new QPushButton(disclosures);
    m_recordDisclosureButton->setObjectName(QStringLiteral("recordDisclosureButton"));
    auto* disclosureButtons = new QHBoxLayout;
    disclosureButtons->addWidget(m_recordDisclosureButton);
    disclosureButtons->addStretch();
    static_cast<QVBoxLayout*>(disclosures->layout())->addLayout(disclosureButtons);
    connect(m_recordDisclosureButton, &QPushButton::clicked, this, &CustomerRecordDialog::recordDisclosure);
    m_tabs->addTab(disclosures, QString());

    m_receiptJsonButton = new QPushButton(this);
    m_receiptJsonButton->setObjectName(QStringLiteral("receiptJsonButton"));
    m_receiptPdfButton = new QPushButton(this);
    m_receiptPdfButton->setObjectName(QStringLiteral("receiptPdfButton"));
    m_closeButton = new QPushButton(this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_receiptJsonButton);
    bottom->addWidget(m_receiptPdfButton);
    bottom->addStretch();
    bottom->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(m_receiptJsonButton, &QPushButton::clicked, this, &CustomerRecordDialog::exportReceiptJson);
    connect(m_receiptPdfButton, &QPushButton::clicked, this, &CustomerRecordDialog::exportReceiptPdf);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    resize(940, 600);
    reload();
}

QWidget* CustomerRecordDialog::buildDetailsTab()
{
    auto* tab = new QWidget(this);
    m_detailsForm = new QFormLayout;
    for (const char* code : kFieldCodes) {
        auto* caption = new QLabel(tab);
        auto* value = new QLabel(tab);
        value->setObjectName(QStringLiteral("value_") + QString::fromLatin1(code));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        caption->setBuddy(value);
        m_valueCaptions << caption;
        m_values << qMakePair(QString::fromLatin1(code), value);
        m_detailsForm->addRow(caption, value);
    }
    m_rectifyButton = new QPushButton(tab);
    m_rectifyButton->setObjectName(QStringLiteral("rectifyButton"));
    m_restrictButton = new QPushButton(tab);
    m_restrictButton->setObjectName(QStringLiteral("restrictButton"));
    m_objectButton = new QPushButton(tab);
    m_objectButton->setObjectName(QStringLiteral("objectButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rectifyButton);
    buttons->addWidget(m_restrictButton);
    buttons->addWidget(m_objectButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(m_detailsForm);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_rectifyButton, &QPushButton::clicked, this, &CustomerRecordDialog::rectify);
    connect(m_restrictButton, &QPushButton::clicked, this, &CustomerRecordDialog::toggleRestriction);
    connect(m_objectButton, &QPushButton::clicked, this, &CustomerRecordDialog::toggleObjection);
    return tab;
}

QWidget* CustomerRecordDialog::buildConsentTab()
{
    auto* tab = new QWidget(this);
    m_consentTable = newTable(tab, "consentTable");
    m_consentTable->setColumnCount(MayUseCol + 1);
    m_grantButton = new QPushButton(tab);
    m_grantButton->setObjectName(QStringLiteral("grantButton"));
    m_withdrawButton = new QPushButton(tab);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_withdrawChannelLabel = new QLabel(tab);
    m_withdrawChannel = new QComboBox(tab);
    m_withdrawChannel->setObjectName(QStringLiteral("withdrawChannel"));
    for (ConsentEvent::Channel c : DomainText::channels()) {
        m_withdrawChannel->addItem(QString(), static_cast<int>(c));
    }
    m_withdrawChannel->setCurrentIndex(m_withdrawChannel->findData(static_cast<int>(ConsentEvent::Channel::Phone)));
    m_withdrawChannelLabel->setBuddy(m_withdrawChannel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_grantButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_withdrawChannelLabel);
    buttons->addWidget(m_withdrawChannel);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch();
    m_useDetail = new QLabel(tab);
    m_useDetail->setObjectName(QStringLiteral("mayUseDetail"));
    m_useDetail->setWordWrap(true);
    m_useDetail->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_consentTable, 1);
    layout->addWidget(m_useDetail);
    layout->addLayout(buttons);
    connect(m_grantButton, &QPushButton::clicked, this, &CustomerRecordDialog::grant);
    connect(m_withdrawButton, &QPushButton::clicked, this, &CustomerRecordDialog::withdraw);
    connect(m_consentTable, &QTableWidget::itemSelectionChanged, this, &CustomerRecordDialog::updateButtons);
    return tab;
}

QWidget* CustomerRecordDialog::buildListTab(QTableWidget** table, QLabel** empty, const char* name)
{
    auto* tab = new QWidget(this);
    if (!*table) {
        *table = newTable(tab, name);
    } else {
        (*table)->setParent(tab);
    }
    *empty = new QLabel(tab);
    (*empty)->setObjectName(QString::fromLatin1(name) + QStringLiteral("Empty"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(*empty);
    layout->addWidget(*table, 1);
    return tab;
}

QLabel* CustomerRecordDialog::valueLabel(const QString& fieldCode) const
{
    for (const auto& v : m_values) {
        if (v.first == fieldCode) {
            return v.second;
        }
    }
    return nullptr;
}

void CustomerRecordDialog::reload()
{
    auto record = CustomerRecordService(m_session).record(m_id);
    if (!record) {
        m_error->showMessage(record.errorString());
        m_loaded = false;
        updateButtons();
        return;
    }
    m_error->clear();
    m_record = std::move(record).value();
    m_loaded = true;
    showRecord();
}

void CustomerRecordDialog::showRecord()
{
    if (!m_loaded) {
        return;
    }
    const Customer& c = m_record.customer;
    m_header->setText(c.externalRef.isEmpty() ? c.fullName : tr("%1 — %2").arg(c.fullName, c.externalRef));
    setWindowTitle(tr("Customer — %1").arg(c.fullName));
    showDetails();
    showConsents();
    showHistory();
    showRequestsAndDisclosures();
    updateButtons();
}

void CustomerRecordDialog::showDetails()
{
    const Customer& c = m_record.customer;
    const QString none = tr("(none)");
    auto set = [&](const char* code, const QString& value) {
        valueLabel(QString::fromLatin1(code))->setText(value.isEmpty() ? none : value);
    };
    set("external_ref", c.externalRef);
    set("full_name", c.fullName);
    set("email", c.email);
    set("phone", c.phone);
    set("address", c.address);
    set("birth_date", c.birthDate.isValid() ? c.birthDate.toString(Qt::ISODate) : QString());
    set("country", c.country);
    set("jurisdiction", c.jurisdiction);
    set("language", c.language);
    set("status", CustomersTableModel::statusText(c.status, c.objected));
    set("created", DomainText::dateTime(c.created));
    set("updated", tr("%1 (version %2)").arg(DomainText::dateTime(c.updated)).arg(c.version));
    set("notes", c.notes);
}

void CustomerRecordDialog::showConsents()
{
    const QString selected = selectedPurpose();
    m_consentTable->setRowCount(static_cast<int>(m_record.consents.size()));
    int row = 0;
    for (const ConsentStatus& s : m_record.consents) {
        const bool decided = s.state != ConsentStatus::State::NoDecision;
        const QString use = s.use.allowed ? tr("Yes — %1").arg(s.use.message) : tr("No — %1").arg(s.use.message);
        setRow(m_consentTable,
               row,
               {s.purpose.name,
                DomainText::legalBasis(s.purpose.legalBasis),
                DomainText::consentState(s.state),
                decided ? DomainText::dateTime(s.at) : QString(),
                decided ? DomainText::channel(s.channel) : QString(),
                s.noticeLabel,
                s.stale ? tr("Stale: needs re-consent") : QString(),
                use});
        m_consentTable->item(row, PurposeCol)->setData(Qt::UserRole, s.purpose.code);
        if (!s.use.allowed) {
            m_consentTable->item(row, MayUseCol)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        ++row;
    }
    // The last column (may use, with its reason) takes the rest; its full text is the tooltip.
    for (int c = PurposeCol; c < MayUseCol; ++c) {
        m_consentTable->resizeColumnToContents(c);
    }
    if (!selected.isEmpty()) {
        selectPurpose(selected);
    }
}

void CustomerRecordDialog::showHistory()
{
    m_historyTable->setRowCount(static_cast<int>(m_record.history.size()));
    int row = 0;
    for (const ConsentHistoryItem& h : m_record.history) {
        setRow(m_historyTable,
               row++,
               {DomainText::dateTime(h.event.occurred),
                h.purposeName,
                h.event.granted ? tr("Granted") : tr("Withdrawn"),
                DomainText::channel(h.event.channel),
                h.noticeLabel,
                h.evidenceUnreadable ? tr("(unreadable)") : h.event.evidence,
                h.recordedBy.isEmpty() ? tr("(system)") : h.recordedBy});
    }
    m_historyTable->resizeColumnsToContents();
    m_historyEmpty->setVisible(m_record.history.isEmpty());
    m_historyTable->setVisible(!m_record.history.isEmpty());
}

void CustomerRecordDialog::showRequestsAndDisclosures()
{
    m_requestsTable->setRowCount(static_cast<int>(m_record.requests.size()));
    int row = 0;
    for (const RequestSummary& r : m_record.requests) {
        setRow(m_requestsTable,
               row++,
               {QString::number(r.id),
                DomainText::requestType(r.type),
                DomainText::requestState(r.state),
                DomainText::dateTime(r.received),
                DomainText::dateTime(r.due)});
    }
    m_disclosuresTable->setRowCount(static_cast<int>(m_record.disclosures.size()));
    row = 0;
    for (const DisclosureSummary& d : m_record.disclosures) {
        setRow(m_disclosuresTable,
               row++,
               {DomainText::dateTime(d.disclosed),
                d.recipient,
                d.purposeCode,
                d.dataCategories.join(QStringLiteral(", ")),
                DomainText::disclosureSource(d.source)});
    }
    m_requestsEmpty->setVisible(m_record.requests.isEmpty());
    m_requestsTable->setVisible(!m_record.requests.isEmpty());
    m_disclosuresTable->resizeColumnsToContents();
    m_disclosuresEmpty->setVisible(m_record.disclosures.isEmpty());
    m_disclosuresTable->setVisible(!m_record.disclosures.isEmpty());
}

void CustomerRecordDialog::updateButtons()
{
    const bool edit = m_loaded && m_session->can(Permission::EditCustomers);
    const bool consent = m_loaded && m_session->can(Permission::RecordConsent);
    const bool erased = m_record.customer.status == Customer::Status::Erased;
    for (QWidget* w : std::initializer_list<QWidget*>{m_rectifyButton, m_restrictButton, m_objectButton}) {
        w->setVisible(m_session->can(Permission::EditCustomers));
        w->setEnabled(edit && !erased);
    }
    m_recordDisclosureButton->setVisible(m_session->can(Permission::EditCustomers));
    m_recordDisclosureButton->setEnabled(edit && !erased);
    m_grantButton->setVisible(m_session->can(Permission::RecordConsent));
    m_withdrawButton->setVisible(m_session->can(Permission::RecordConsent));
    m_withdrawChannel->setVisible(m_session->can(Permission::RecordConsent));
    m_withdrawChannelLabel->setVisible(m_session->can(Permission::RecordConsent));
    m_grantButton->setEnabled(consent && !erased);
    m_withdrawButton->setEnabled(consent && !erased && !selectedPurpose().isEmpty());
    // The selected purpose's whole "may use" sentence (the column shows its start).
    const int row = m_consentTable->currentRow();
    const QTableWidgetItem* use = selectedPurpose().isEmpty() ? nullptr : m_consentTable->item(row, MayUseCol);
    m_useDetail->setText(use ? tr("%1 — may use: %2").arg(m_consentTable->item(row, PurposeCol)->text(), use->text())
                             : QString());
    m_receiptJsonButton->setEnabled(m_loaded);
    m_receiptPdfButton->setEnabled(m_loaded);
    m_restrictButton->setText(m_record.customer.status == Customer::Status::Restricted ? tr("&Lift Restriction…")
                                                                                       : tr("Re&strict Processing…"));
    m_objectButton->setText(m_record.customer.objected ? tr("Lift O&bjection…") : tr("Record O&bjection…"));
}

QString CustomerRecordDialog::selectedPurpose() const
{
    const int row = m_consentTable->currentRow();
    if (row < 0 || !m_consentTable->selectionModel()->hasSelection() || !m_consentTable->item(row, PurposeCol)) {
        return {};
    }
    return m_consentTable->item(row, PurposeCol)->data(Qt::UserRole).toString();
}

bool CustomerRecordDialog::selectPurpose(const QString& purposeCode)
{
    for (int row = 0; row < m_consentTable->rowCount(); ++row) {
        if (m_consentTable->item(row, PurposeCol)->data(Qt::UserRole).toString() == purposeCode) {
            m_consentTable->selectRow(row);
            return true;
        }
    }
    return false;
}

void CustomerRecordDialog::changed()
{
    reload();
    emit customerChanged();
}

void CustomerRecordDialog::rectify()
{
    auto* dialog = new RectifyDialog(m_session, m_record.customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerRecordDialog::changed);
    connect(dialog, &RectifyDialog::reloadRequested, this, [this, dialog] {
        changed();
        dialog->setCustomer(m_record.customer);
    });
    dialog->open();
}

void CustomerRecordDialog::grant()
{
    auto* dialog = new GrantConsentDialog(m_session, m_id, selectedPurpose(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerRecordDialog::changed);
    dialog->open();
}

void CustomerRecordDialog::withdraw()
{
    const QString code = selectedPurpose();
    if (code.isEmpty()) {
        return;
    }
    const QString purpose = m_consentTable->item(m_consentTable->currentRow(), PurposeCol)->text();
    const auto channel = static_cast<ConsentEvent::Channel>(m_withdrawChannel->currentData().toInt());
    if (MessageBox::question(this,
                             tr("Withdraw Consent"),
                             tr("Record that %1 withdrew consent for “%2” (%3)? It takes effect at once: audience "
                                "exports stop including the customer.")
                                 .arg(m_record.customer.fullName, purpose, DomainText::channel(channel)),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes)
        != QMessageBox::Yes) {
        return;
    }
    auto done = ConsentService(m_session).withdraw(m_id, code, channel);
    if (!done) {
        m_error->showMessage(done.errorString());
        return;
    }
    changed();
    selectPurpose(code);
}

void CustomerRecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CustomerRecordDialog::retranslateUi()
{
    m_tabs->setTabText(DetailsTab, tr("&Details"));
    m_tabs->setTabText(ConsentTab, tr("&Consent"));
    m_tabs->setTabText(HistoryTab, tr("&History"));
    m_tabs->setTabText(RequestsTab, tr("&Requests"));
    m_tabs->setTabText(DisclosuresTab, tr("D&isclosures"));
    const QStringList captions{tr("Reference:"),
                               tr("Full name:"),
                               tr("Email:"),
                               tr("Phone:"),
                               tr("Address:"),
                               tr("Birth date:"),
                               tr("Country:"),
                               tr("Jurisdiction:"),
                               tr("Language:"),
                               tr("Status:"),
                               tr("Created:"),
                               tr("Last changed:"),
                               tr("Notes:")};
    for (int i = 0; i < captions.size(); ++i) {
        m_valueCaptions.at(i)->setText(captions.at(i));
    }
    m_rectifyButton->setText(tr("Correct &Field…"));
    m_consentTable->setHorizontalHeaderLabels({tr("Purpose"),
                                               tr("Legal basis"),
                                               tr("State"),
                                               tr("Since"),
                                               tr("Channel"),
                                               tr("Notice"),
                                               tr("Stale"),
                                               tr("May use")});
    m_historyTable->setColumnCount(7);
    m_historyTable->setHorizontalHeaderLabels({tr("When"),
                                               tr("Purpose"),
                                               tr("Event"),
                                               tr("Channel"),
                                               tr("Notice version"),
                                               tr("Evidence"),
                                               tr("Recorded by")});
    m_requestsTable->setColumnCount(5);
    m_requestsTable->setHorizontalHeaderLabels({tr("No."), tr("Type"), tr("State"), tr("Received"), tr("Due")});
    m_disclosuresTable->setColumnCount(5);
    m_disclosuresTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Recipient"), tr("Purpose"), tr("Data categories"), tr("Recorded from")});
    m_recordDisclosureButton->setText(tr("Record Disclos&ure…"));
    m_historyEmpty->setText(tr("No consent event recorded yet."));
    m_requestsEmpty->setText(tr("None yet."));
    m_disclosuresEmpty->setText(tr("None yet."));
    m_grantButton->setText(tr("&Grant…"));
    m_withdrawButton->setText(tr("&Withdraw"));
    m_withdrawChannelLabel->setText(tr("Withdrawal via:"));
    for (int i = 0; i < m_withdrawChannel->count(); ++i) {
        m_withdrawChannel->setItemText(
            i, DomainText::channel(static_cast<ConsentEvent::Channel>(m_withdrawChannel->itemData(i).toInt())));
    }
    m_receiptJsonButton->setText(tr("Consent Receipt (&JSON)…"));
    m_receiptPdfButton->setText(tr("Consent Receipt (&PDF)…"));
    m_closeButton->setText(tr("Close"));
    showRecord();
}
