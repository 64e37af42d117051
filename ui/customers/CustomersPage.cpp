#include "ui/customers/CustomersPage.h"

#include "core/consent/PurposeService.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/rules/Deadlines.h"
#include "core/session/Session.h"
#include "ui/consent/AudienceExportDialog.h"
#include "ui/customers/CustomerRecordDialog.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/customers/ImportWizard.h"
#include "ui/customers/NewCustomerDialog.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int kSearchLimit = 5000;
}

CustomersPage::CustomersPage(QWidget* parent)
    : Page(parent)
    , m_model(new CustomersTableModel(this))
    , m_searchTimer(new QTimer(this))
    , m_indexTimer(new QTimer(this))
    , m_catchUpTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("customersPage"));
    buildUi();
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::runSearch);
    m_indexTimer->setInterval(200);
    connect(m_indexTimer, &QTimer::timeout, this, &CustomersPage::updateIndexStatus);
    // Changes made on other desktops (PostgreSQL) reach the name index this often.
    m_catchUpTimer->setInterval(60 * 1000);
    connect(m_catchUpTimer, &QTimer::timeout, this, &CustomersPage::catchUp);
    retranslateUi();
    updateButtons();
}

CustomersPage::~CustomersPage()
{
    stopIndexBuild();
}

QString CustomersPage::title() const
{
    return tr("Customers", "page title");
}

void CustomersPage::buildUi()
{
    auto* searchRow = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("customerSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("searchStatus"));
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_searchEdit, 2);
    searchRow->addWidget(m_searchStatus, 1);
    contentLayout()->addLayout(searchRow);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CustomersPage::runSearch);

    buildFilterBar();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {170, 190, 120, 100, 60, 90};
    for (int c = 0; c < 6; ++c) {
        m_table->setColumnWidth(c, widths[c]);
    }
    contentLayout()->addWidget(m_table, 1);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateButtons);
    connect(m_model, &CustomersTableModel::loadFailed, this, [this](const QString& message) {
        m_countLabel->setText(message);
    });

    auto* buttons = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("audienceExportButton"));
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    contentLayout()->addLayout(buttons);
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_openButton, &QPushButton::clicked, this, &CustomersPage::openSelected);
    connect(m_importButton, &QPushButton::clicked, this, &CustomersPage::importCustomers);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersPage::exportAudience);
}

void CustomersPage::buildFilterBar()
{
    auto* filters = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_jurisdictionLabel = new QLabel(this);
    m_jurisdictionCombo = new QComboBox(this);
    m_jurisdictionCombo->setObjectName(QStringLiteral("jurisdictionFilter"));
    m_purposeLabel = new QLabel(this);
    m_purposeCombo = new QComboBox(this);
    m_purposeCombo->setObjectName(QStringLiteral("purposeFilter"));
    m_purposeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_consentCombo = new QComboBox(this);
    m_consentCombo->setObjectName(QStringLiteral("consentFilter"));
    m_statusLabel->setBuddy(m_statusCombo);
    m_jurisdictionLabel->setBuddy(m_jurisdictionCombo);
    m_purposeLabel->setBuddy(m_purposeCombo);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(8);
    filters->addWidget(m_jurisdictionLabel);
    filters->addWidget(m_jurisdictionCombo);
    filters->addSpacing(8);
    filters->addWidget(m_purposeLabel);
    filters->addWidget(m_purposeCombo);
    filters->addWidget(m_consentCombo);
    filters->addStretch();
    contentLayout()->addLayout(filters);
    fillCombos();
    for (QComboBox* c : {m_statusCombo, m_jurisdictionCombo, m_purposeCombo, m_consentCombo}) {
        connect(c, &QComboBox::activated, this, &CustomersPage::applyFilters);
    }
}

void CustomersPage::fillCombos()
{
    // Item data are codes; texts are set (translated) by retranslateUi().
    m_statusCombo->clear();
    m_statusCombo->addItem(QString(), -1);
    for (auto s : {Customer::Status::Active, Customer::Status::Restricted, Customer::Status::Erased}) {
        m_statusCombo->addItem(QString(), static_cast<int>(s));
    }
    m_jurisdictionCombo->clear();
    m_jurisdictionCombo->addItem(QString(), QString());
    for (auto j : {Jurisdiction::Gdpr, Jurisdiction::UuPdp, Jurisdiction::Ccpa, Jurisdiction::Lgpd}) {
        const QString code = Deadlines::jurisdictionCode(j);
        m_jurisdictionCombo->addItem(code, code);
    }
    m_consentCombo->clear();
    for (auto c : {CustomerConsentFilter::Any,
                   CustomerConsentFilter::Current,
                   CustomerConsentFilter::Granted,
                   CustomerConsentFilter::NeedsReconsent,
                   CustomerConsentFilter::Withdrawn,
                   CustomerConsentFilter::NoDecision}) {
        m_consentCombo->addItem(QString(), static_cast<int>(c));
    }
    m_purposeCombo->clear();
    m_purposeCombo->addItem(QString(), QVariant::fromValue<qint64>(0));
}

void CustomersPage::reloadPurposes()
{
    const qint64 selected = m_purposeCombo->currentData().toLongLong();
    while (m_purposeCombo->count() > 1) {
        m_purposeCombo->removeItem(1);
    }
    if (!session()) {
        return;
    }
    auto purposes = PurposeService(session()).list();
    if (!purposes) {
        return;
    }
    for (const Purpose& p : *purposes) {
        m_purposeCombo->addItem(p.name, QVariant::fromValue<qint64>(p.id));
    }
    const int at = m_purposeCombo->findData(QVariant::fromValue<qint64>(selected));
    m_purposeCombo->setCurrentIndex(qMax(0, at));
}

void CustomersPage::retranslateUi()
{
    Page::retranslateUi();
    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Name (any part), email, phone or customer reference"));
    m_searchEdit->setAccessibleName(tr("Search customers"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_statusCombo->setItemText(0, tr("Any", "any status"));
    m_statusCombo->setItemText(1, CustomersTableModel::statusText(Customer::Status::Active, false));
    m_statusCombo->setItemText(2, CustomersTableModel::statusText(Customer::Status::Restricted, false));
    m_statusCombo->setItemText(3, CustomersTableModel::statusText(Customer::Status::Erased, false));
    m_jurisdictionLabel->setText(tr("&Jurisdiction:"));
    m_jurisdictionCombo->setItemText(0, tr("Any", "any jurisdiction"));
    m_purposeLabel->setText(tr("&Consent for:"));
    m_purposeCombo->setItemText(0, tr("Any purpose"));
    const QStringList consent{tr("Any consent state"),
                              tr("Granted, current"),
                              tr("Granted (stale or not)"),
                              tr("Needs re-consent"),
                              tr("Withdrawn"),
                              tr("No decision")};
    for (int i = 0; i < consent.size(); ++i) {
        m_consentCombo->setItemText(i, consent.at(i));
    }
    m_consentCombo->setAccessibleName(tr("Consent state"));
    m_table->setAccessibleName(tr("Customers"));
    m_newButton->setText(tr("&New Customer…"));
    m_openButton->setText(tr("&Open"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("Audience &Export…"));
    m_exportButton->setToolTip(
        tr("Export the customers who may be contacted for a purpose, as CSV for a mailing tool"));
    updateIndexStatus();
    updateCount();
}

void CustomersPage::setSession(const std::shared_ptr<Session>& session)
{
    stopIndexBuild();
    Page::setSession(session);
    m_service.reset();
    m_index.reset(); // nobody else holding it: the decrypted names are dropped
    m_indexError.clear();
    m_indexReady = false;
    m_searchEdit->clear();
    m_searchTimer->stop();
    m_catchUpTimer->stop();
    if (session && session->can(Permission::ViewCustomers)) {
        m_service = std::make_shared<CustomerService>(session);
        m_index = NameIndex::forWorkspace(session->workspace().get());
    }
    fillCombos();
    retranslateUi();
    reloadPurposes();
    m_model->clearSearch();
    m_model->setService(m_service, m_index);
    if (m_index && !m_index->isReady()) {
        startIndexBuild();
    } else if (m_index) {
        m_indexReady = true;
        m_catchUpTimer->start();
    }
    updateIndexStatus();
    updateCount();
    updateButtons();
}

void CustomersPage::clearSensitive()
{
    m_model->clearSensitive();
}

void CustomersPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (session()) {
        reloadPurposes();
    }
}

bool CustomersPage::isIndexReady() const
{
    // Ready for the page once it has switched the table over (indexFinished), not before.
    return m_indexReady && m_index && m_index->isReady();
}

void CustomersPage::startIndexBuild()
{
    // Decrypting every name takes seconds at a million customers: on worker threads,
    // each with its own connection (NameIndex::build); the page polls the progress.
    m_buildProgress = std::make_shared<BuildProgress>();
    std::shared_ptr<BuildProgress> progress = m_buildProgress;
    m_build = m_index->buildInBackground(session(), [progress](qint64 done, qint64 total) {
        progress->done = done;
        progress->total = total;
    });
    m_indexTimer->start();
    whenReady(this, m_build, [this](const Status& st) { indexFinished(st); });
}

void CustomersPage::stopIndexBuild()
{
    // The build uses the session's keys: it must be over before they are forgotten.
    if (m_build.isRunning() && m_index) {
        m_index->cancel();
        m_build.waitForFinished();
    }
    m_build = {};
    m_indexTimer->stop();
}

void CustomersPage::indexFinished(const Status& status)
{
    m_indexTimer->stop();
    if (!status && status.error().code != ErrorCode::Cancelled) {
        m_indexError = status.errorString();
    }
    m_indexReady = m_index && m_index->isReady();
    if (isIndexReady()) {
        m_catchUpTimer->start();
        if (!m_model->isSearchActive()) {
            m_model->reload();
        }
        if (!m_searchEdit->text().trimmed().isEmpty()) {
            runSearch();
        }
    }
    updateIndexStatus();
    updateCount();
    emit indexBuilt();
}

void CustomersPage::updateIndexStatus()
{
    QString text;
    if (!m_indexError.isEmpty()) {
        text = tr("Name search is unavailable: %1").arg(m_indexError);
    } else if (m_index && !m_index->isReady()) {
        const qint64 total = m_buildProgress ? m_buildProgress->total.load() : 0;
        const qint64 done = m_buildProgress ? m_buildProgress->done.load() : 0;
        text = tr("Name index: building %1%").arg(total > 0 ? 100 * done / total : 0);
    }
    if (!text.isEmpty() || !m_model->isSearchActive()) {
        m_searchStatus->setText(text);
    }
}

void CustomersPage::catchUp()
{
    if (!isIndexReady() || !session()) {
        return;
    }
    const qint64 before = m_index->size();
    if (m_index->catchUp(session()) && m_index->size() != before
        && m_model->source() == CustomersTableModel::Source::Index) {
        m_model->reload();
        updateCount();
    }
}

CustomerFilter CustomersPage::currentFilter() const
{
    CustomerFilter f;
    const int status = m_statusCombo->currentData().toInt();
    if (status >= 0) {
        f.status = static_cast<Customer::Status>(status);
    }
    f.jurisdiction = m_jurisdictionCombo->currentData().toString();
    f.purposeId = m_purposeCombo->currentData().toLongLong();
    f.consent = static_cast<CustomerConsentFilter>(m_consentCombo->currentData().toInt());
    // Every consent state but "needs re-consent" is about one purpose.
    if (f.purposeId == 0 && f.consent != CustomerConsentFilter::NeedsReconsent) {
        f.consent = CustomerConsentFilter::Any;
    }
    return f;
}

void CustomersPage::applyFilters()
{
    if (!m_service) {
        return;
    }
    m_model->setFilter(currentFilter());
    if (m_model->isSearchActive()) {
        runSearch();
    }
    updateCount();
}

void CustomersPage::runSearch()
{
    m_searchTimer->stop();
    if (!m_service) {
        return;
    }
    const QString text = m_searchEdit->text().trimmed();
    if (text.isEmpty()) {
        m_model->clearSearch();
        m_searchStatus->clear();
        updateIndexStatus();
        updateCount();
        emit searchFinished();
        return;
    }
    auto found = m_service->search(text, currentFilter(), kSearchLimit);
    if (!found) {
        m_searchStatus->setText(found.errorString());
        emit searchFinished();
        return;
    }
    m_model->setSearchResult(found->ids);
    QString how;
    switch (found->kind) {
    case CustomerService::SearchResult::Kind::Email:
        how = tr("by email", "found by");
        break;
    case CustomerService::SearchResult::Kind::Phone:
        how = tr("by phone", "found by");
        break;
    case CustomerService::SearchResult::Kind::ExternalRef:
        how = tr("by customer reference", "found by");
        break;
    case CustomerService::SearchResult::Kind::Name:
        how = tr("by name", "found by");
        break;
    }
    const int n = static_cast<int>(found->ids.size());
    QString summary;
    if (!found->indexReady) {
        summary = tr("Searching names… the name index is still being built; results follow when it is ready.");
    } else if (found->total > n) {
        summary = tr("%1 found %2; showing the first %3.").arg(found->total).arg(how).arg(n);
    } else {
        summary = tr("%n found %1.", nullptr, n).arg(how);
    }
    m_searchStatus->setText(summary);
    updateCount();
    emit searchFinished();
}

void CustomersPage::updateCount()
{
    if (!m_service) {
        m_countLabel->clear();
        return;
    }
    if (m_model->isSearchActive()) {
        m_countLabel->clear();
        return;
    }
    qint64 n = 0;
    if (m_model->source() == CustomersTableModel::Source::Index) {
        n = m_model->rowCount();
    } else if (auto c = m_service->count(m_model->filter()); c) {
        n = *c;
    }
    m_countLabel->setText(tr("%1 customers", "count").arg(QLocale().toString(n)));
}

void CustomersPage::updateButtons()
{
    const bool usable = m_service != nullptr;
    const bool selected = usable && m_table->selectionModel()->hasSelection();
    const auto s = session();
    m_newButton->setEnabled(usable && s->can(Permission::EditCustomers));
    m_importButton->setEnabled(usable && s->can(Permission::EditCustomers));
    m_openButton->setEnabled(selected);
    m_exportButton->setVisible(s && s->can(Permission::ManagePolicy));
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_searchEdit, m_statusCombo, m_jurisdictionCombo, m_purposeCombo, m_consentCombo}) {
        w->setEnabled(usable);
    }
}

void CustomersPage::openSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        openCustomer(m_model->idAt(current.row()));
    }
}

void CustomersPage::openCustomer(const QString& id)
{
    if (!m_service || id.isEmpty()) {
        return;
    }
    auto* dialog = new CustomerRecordDialog(session(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerRecordDialog::customerChanged, this, [this] { m_model->clearSensitive(); });
    dialog->open();
}

void CustomersPage::newCustomer()
{
    if (!m_service) {
        return;
    }
    auto* dialog = new NewCustomerDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->createdId();
        m_model->reload();
        updateCount();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    });
    dialog->open();
}

void CustomersPage::importCustomers()
{
    if (!m_service) {
        return;
    }
    auto* wizard = new ImportWizard(session(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        // The importer handed the imported names to the name index (CustomerImporter::setNameIndex).
        m_model->reload();
        updateCount();
    });
    wizard->open();
}

void CustomersPage::exportAudience()
{
    if (!session() || !session()->can(Permission::ManagePolicy)) {
        return;
    }
    auto* dialog = new AudienceExportDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
