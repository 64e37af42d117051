#include "ui/requests/RequestsPage.h"

#include "core/requests/RequestService.h"
#include "core/rules/Deadlines.h"
#include "core/session/Session.h"
#include "ui/requests/RequestDialog.h"
#include "ui/requests/RequestIntakeDialog.h"
#include "ui/requests/RequestsTableModel.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QList<Request::State> kStates{Request::State::Received,
                                    Request::State::IdentityVerification,
                                    Request::State::InReview,
                                    Request::State::Approved,
                                    Request::State::Completed,
                                    Request::State::Rejected,
                                    Request::State::Withdrawn,
                                    Request::State::Executed};
const QList<Request::Type> kTypes{Request::Type::Access,
                                  Request::Type::Rectification,
                                  Request::Type::Erasure,
                                  Request::Type::Restriction,
                                  Request::Type::Objection,
                                  Request::Type::Portability,
                                  Request::Type::ConsentWithdrawal};
constexpr int kAllOpen = -1;
constexpr int kAll = -2;
} // namespace

RequestsPage::RequestsPage(QWidget* parent)
    : Page(parent)
    , m_model(new RequestsTableModel(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_jurisdictionLabel(new QLabel(this))
    , m_jurisdiction(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_counts(new QLabel(this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_assign(new QPushButton(this))
    , m_assignTo(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_state->setObjectName(QStringLiteral("requestStateFilter"));
    m_type->setObjectName(QStringLiteral("requestTypeFilter"));
    m_message->setObjectName(QStringLiteral("requestIntakeMessage"));
    m_stateLabel->setBuddy(m_state);
    m_typeLabel->setBuddy(m_type);
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    m_counts->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    fillCombos();

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_jurisdictionLabel);
    filters->addWidget(m_jurisdiction);
    filters->addWidget(m_overdue);
    filters->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_assignTo);
    buttons->addWidget(m_open);
    buttons->addStretch();
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(m_counts);
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_view, 1);
    contentLayout()->addLayout(buttons);

    const auto filterChanged = [this] {
        applyFilter();
    };
    connect(m_state, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, filterChanged);
    connect(m_new, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_assign, &QPushButton::clicked, this, &RequestsPage::assignToMe);
    connect(m_assignTo, &QPushButton::clicked, this, &RequestsPage::assignTo);
    connect(m_open, &QPushButton::clicked, this, &RequestsPage::openRequest);
    connect(m_view, &QTableView::activated, this, &RequestsPage::openRequest);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestsPage::updateButtons);
    connect(m_model, &RequestsTableModel::loadFailed, this, [this](const QString& message) {
        m_message->showMessage(message);
    });
    retranslateUi();
    updateButtons();
}

QString RequestsPage::title() const
{
    return tr("Requests", "page title");
}

void RequestsPage::fillCombos()
{
    m_state->clear();
    m_state->addItem(QString(), kAllOpen);
    m_state->addItem(QString(), kAll);
    for (Request::State s : kStates) {
        m_state->addItem(QString(), static_cast<int>(s));
    }
    m_type->clear();
    m_type->addItem(QString(), kAll);
    for (Request::Type t : kTypes) {
        m_type->addItem(QString(), static_cast<int>(t));
    }
    m_jurisdiction->clear();
    m_jurisdiction->addItem(QString(), QString());
    for (auto j : {Jurisdiction::UuPdp, Jurisdiction::Gdpr, Jurisdiction::Ccpa, Jurisdiction::Lgpd}) {
        m_jurisdiction->addItem(Deadlines::jurisdictionCode(j), Deadlines::jurisdictionCode(j));
    }
}

void RequestsPage::setSession(const std::shared_ptr<Session>& session)
{
    Page::setSession(session);
    if (m_intakeDialog) {
        m_intakeDialog->reject();
    }
    if (m_requestDialog) {
        m_requestDialog->reject();
    }
    if (m_assignDialog) {
        m_assignDialog->reject();
    }
    m_message->clear();
    m_service.reset();
    if (session && session->can(Permission::HandleRequests)) {
        m_service = std::make_shared<RequestService>(session);
    }
    m_model->setService(m_service);
    applyFilter();
    updateButtons();
}

void RequestsPage::clearSensitive()
{
    if (m_intakeDialog) {
        m_intakeDialog->reject();
    }
    if (m_requestDialog) {
        m_requestDialog->reject();
    }
    if (m_assignDialog) {
        m_assignDialog->reject();
    }
    m_message->clear();
    // The queue holds customer names: read again when shown after unlocking.
    m_model->clear();
    m_counts->clear();
    Page::clearSensitive();
}

void RequestsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_service) {
        reload();
    }
}

void RequestsPage::applyFilter()
{
    RequestQueueFilter f;
    const int state = m_state->currentData().toInt();
    if (state == kAllOpen) {
        f.openOnly = true;
    } else if (state != kAll) {
        f.states = {static_cast<Request::State>(state)};
    }
    const int type = m_type->currentData().toInt();
    if (type != kAll) {
        f.type = static_cast<Request::Type>(type);
    }
    f.jurisdiction = m_jurisdiction->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(f);
    updateCounts();
}

void RequestsPage::reload()
{
    const qint64 id = currentId();
    m_model->reload();
    updateCounts();
    if (id != 0) {
        selectRequest(id);
    }
}

void RequestsPage::updateCounts()
{
    if (!m_service) {
        m_counts->clear();
        return;
    }
    RequestQueueFilter f = m_model->filter();
    f.openOnly = false;
    auto counts = m_service->countsByState(f);
    if (!counts) {
        m_counts->setText(counts.errorString());
        return;
    }
    QStringList parts;
    for (Request::State s : kStates) {
        const qint64 n = counts->value(s, 0);
        if (n > 0) {
            parts << tr("%1: %2").arg(DomainText::requestState(s)).arg(n);
        }
    }
    m_counts->setText(parts.isEmpty() ? tr("No requests.") : parts.join(QStringLiteral(" · ")));
}

qint64 RequestsPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).id : 0;
}

bool RequestsPage::selectRequest(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        return false;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void RequestsPage::updateButtons()
{
    const bool can = m_service != nullptr;
    const RequestQueueRow row = m_model->rowAt(m_view->currentIndex().row());
    const bool selected = can && row.id != 0;
    const qint64 me = session() ? session()->user().id : 0;
    m_new->setEnabled(can);
    m_open->setEnabled(selected);
    m_assign->setEnabled(selected && row.open && row.assignee != me);
    m_assignTo->setEnabled(selected && row.open);
}

void RequestsPage::newRequest()
{
    if (!m_service || m_intakeDialog) {
        return;
    }
    auto* dialog = new RequestIntakeDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_intakeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RequestIntake& in = dialog->intake();
        QString text = tr("Request %1 logged. Due %2.").arg(in.id).arg(DomainText::dateTime(in.due));
        if (in.acknowledgeBy.isValid()) {
            text += QLatin1Char(' ') + tr("Acknowledge by %1.").arg(DomainText::dateTime(in.acknowledgeBy));
        }
        if (in.duplicateOf != 0) {
            text = tr("Possible duplicate: request %1 of the same type from this customer is still open. %2")
                       .arg(in.duplicateOf)
                       .arg(text);
            m_message->showMessage(text, InlineMessage::Kind::Error);
        } else {
            m_message->showMessage(text, InlineMessage::Kind::Information);
        }
        m_model->reload();
        updateCounts();
        selectRequest(in.id);
    });
    dialog->open();
}

void RequestsPage::assignToMe()
{
    const RequestQueueRow row = m_model->rowAt(m_view->currentIndex().row());
    if (!m_service || row.id == 0 || !session()) {
        return;
    }
    auto status = m_service->assign(row.id, session()->user().id, row.version);
    if (!status) {
        m_message->showMessage(status.errorString());
    } else {
        m_message->clear();
    }
    reload();
}

void RequestsPage::assignTo()
{
    const RequestQueueRow row = m_model->rowAt(m_view->currentIndex().row());
    if (!m_service || row.id == 0 || m_assignDialog) {
        return;
    }
    auto* dialog = new AssignDialog(session(), row.id, row.assignee, row.version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_assignDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        m_message->clear();
        reload();
    });
    dialog->open();
}

void RequestsPage::openRequest()
{
    const qint64 id = currentId();
    if (!m_service || id == 0 || m_requestDialog) {
        return;
    }
    auto* dialog = new RequestDialog(session(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_requestDialog = dialog;
    connect(dialog, &RequestDialog::changed, this, &RequestsPage::reload);
    dialog->open();
}

void RequestsPage::retranslateUi()
{
    Page::retranslateUi();
    m_stateLabel->setText(tr("&State:"));
    m_typeLabel->setText(tr("&Type:"));
    m_jurisdictionLabel->setText(tr("&Jurisdiction:"));
    m_overdue->setText(tr("&Overdue only"));
    m_state->setItemText(0, tr("All open"));
    m_state->setItemText(1, tr("All"));
    for (int i = 2; i < m_state->count(); ++i) {
        m_state->setItemText(i, DomainText::requestState(static_cast<Request::State>(m_state->itemData(i).toInt())));
    }
    m_type->setItemText(0, tr("All types"));
    for (int i = 1; i < m_type->count(); ++i) {
        m_type->setItemText(i, DomainText::requestType(static_cast<Request::Type>(m_type->itemData(i).toInt())));
    }
    m_jurisdiction->setItemText(0, tr("All"));
    m_new->setText(tr("&New Request…"));
    m_assign->setText(tr("Assign to &Me"));
    m_assignTo->setText(tr("Assign &To…"));
    m_open->setText(tr("&Open"));
    updateCounts();
}
