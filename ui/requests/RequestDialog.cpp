#include "ui/requests/RequestDialog.h"

#include "core/session/Session.h"
#include "ui/erasure/ErasurePanel.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QList<RequestService::VerificationMethod> kMethods{RequestService::VerificationMethod::SignedInAccount,
                                                         RequestService::VerificationMethod::EmailCode,
                                                         RequestService::VerificationMethod::IdDocumentSeen};
}

RequestDialog::RequestDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_detailsLabel(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_methodLabel(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_startVerification(new QPushButton(this))
    , m_recordVerification(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_extend(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_complete(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("requestDialog"));
    m_error->setObjectName(QStringLiteral("requestError"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_historyLabel->setBuddy(m_history);
    for (auto m : kMethods) {
        m_method->addItem(RequestService::methodName(m), RequestService::methodCode(m));
    }
    for (auto r : RequestService::rejectReasons()) {
        m_reason->addItem(RequestService::reasonName(r), RequestService::reasonCode(r));
    }
    m_methodLabel->setBuddy(m_method);
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);

    auto* form = new QFormLayout;
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_noteLabel, m_note);
    auto* actions = new QGridLayout;
    actions->addWidget(m_startVerification, 0, 0);
    actions->addWidget(m_recordVerification, 0, 1);
    actions->addWidget(m_withdraw, 0, 2);
    actions->addWidget(m_approve, 1, 0);
    actions->addWidget(m_reject, 1, 1);
    actions->addWidget(m_extend, 1, 2);
    actions->addWidget(m_complete, 2, 0);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addLayout(buildFulfilmentRow());
    // Erasure (issue #7): preparation, confirmation, certificate and the Art. 19 checklist.
    m_erasurePanel = new ErasurePanel(m_session, this);
    layout->addWidget(m_erasurePanel);
    connect(m_erasurePanel, &ErasurePanel::changed, this, [this] {
        refresh();
        emit changed();
    });
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_close, &QPushButton::clicked, this, &RequestDialog::accept);
    connect(m_startVerification, &QPushButton::clicked, this, [this] {
        run(RequestService(m_session).startVerification(m_id, m_details.request.version));
    });
    connect(m_recordVerification, &QPushButton::clicked, this, [this] {
        RequestService::VerificationMethod method{};
        if (!RequestService::methodFromCode(m_method->currentData().toString(), &method)) {
            return;
        }
        run(RequestService(m_session).recordVerification(m_id, method, m_details.request.version));
    });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        run(RequestService(m_session).approve(m_id, m_note->toPlainText().trimmed(), m_details.request.version));
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        RequestService::RejectReason reason{};
        if (!RequestService::reasonFromCode(m_reason->currentData().toString(), &reason)) {
            return;
        }
        run(RequestService(m_session).reject(m_id, reason, m_note->toPlainText().trimmed(), m_details.request.version));
    });
    connect(m_extend, &QPushButton::clicked, this, [this] {
        auto due = RequestService(m_session).extend(m_id, m_note->toPlainText().trimmed(), m_details.request.version);
        run(due ? Status() : Status(due.error()));
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        run(RequestService(m_session).withdraw(m_id, m_note->toPlainText().trimmed(), m_details.request.version));
    });
    connect(m_complete, &QPushButton::clicked, this, [this] {
        run(RequestService(m_session).complete(m_id, m_note->toPlainText().trimmed(), m_details.request.version));
    });
    retranslateUi();
    refresh();
    resize(680, 620);
}

void RequestDialog::run(const Status& status)
{
    if (!status) {
        m_error->showMessage(status.errorString());
        refresh(); // a conflict: show what is stored now
        m_error->showMessage(status.errorString());
        return;
    }
    m_error->clear();
    m_note->clear();
    refresh();
    emit changed();
}

void RequestDialog::refresh()
{
    RequestService service(m_session);
    auto details = service.get(m_id);
    if (!details) {
        m_loaded = false;
        m_details = {};
        m_items.clear();
        m_error->showMessage(details.errorString());
        fillDetails();
        updateButtons();
        return;
    }
    m_loaded = true;
    m_details = *details;
    auto history = service.history(m_id);
    m_items = history ? *history : QList<RequestHistoryItem>{};
    if (!history) {
        m_error->showMessage(history.errorString());
    } else {
        m_error->clear();
    }
    fillDetails();
    updateButtons();
    m_erasurePanel->setRequest(m_details.request);
}

void RequestDialog::updateButtons()
{
    const auto& next = m_details.next;
    const bool handle = m_loaded && m_session && m_session->can(Permission::HandleRequests);
    const bool decide = m_loaded && m_session && m_session->can(Permission::DecideRequests);
    const Request::State state = m_details.request.state;
    const bool verifying = state == Request::State::Received || state == Request::State::IdentityVerification;
    m_startVerification->setEnabled(handle && next.contains(Request::State::IdentityVerification));
    m_recordVerification->setEnabled(handle && verifying && next.contains(Request::State::InReview));
    m_method->setEnabled(m_recordVerification->isEnabled());
    m_approve->setEnabled(decide && next.contains(Request::State::Approved));
    m_reject->setEnabled(decide && next.contains(Request::State::Rejected));
    m_reason->setEnabled(m_reject->isEnabled());
    m_extend->setEnabled(decide && m_details.extendable && m_details.request.isOpen());
    m_withdraw->setEnabled(handle && next.contains(Request::State::Withdrawn));
    m_complete->setEnabled(handle && next.contains(Request::State::Completed));
    updateFulfilmentButtons();
}

void RequestDialog::fillDetails()
{
    if (!m_loaded) {
        m_detailsLabel->clear();
        m_history->setRowCount(0);
        return;
    }
    const Request& r = m_details.request;
    QStringList lines;
    lines << tr("Request %1: %2").arg(r.id).arg(DomainText::requestType(r.type));
    lines << tr("State: %1").arg(DomainText::requestState(r.state));
    lines << tr("Channel: %1").arg(RequestService::channelName(r.channel));
    lines << tr("Received: %1").arg(DomainText::dateTime(r.received));
    lines << tr("Jurisdiction: %1").arg(r.jurisdiction);
    if (!r.purposeCodes.isEmpty()) {
        lines << tr("Purposes named: %1").arg(r.purposeCodes.join(QStringLiteral(", ")));
    }
    if (r.type == Request::Type::Erasure && r.state == Request::State::Executed) {
        // Only accountability remains: saying "none" would read as if no customer had been matched.
        lines << tr("Customer: erased — their personal data was destroyed");
        lines << tr("Requester: erased with the customer");
    } else {
        lines << tr("Customer: %1").arg(m_details.customerName.isEmpty() ? tr("none") : m_details.customerName);
        lines << tr("Requester: %1")
                     .arg(m_details.requesterUnreadable ? tr("no longer readable")
                                                        : m_details.request.requesterDetails);
    }
    QString due = DomainText::dateTime(m_details.effectiveDue);
    if (m_details.overdue) {
        due = tr("%1 (overdue)").arg(due);
    } else if (m_details.paused) {
        due = tr("%1 (clock paused during identity verification)").arg(due);
    }
    lines << tr("Due: %1").arg(due);
    if (!m_details.deadlineSource.isEmpty()) {
        lines << tr("Deadline source: %1").arg(m_details.deadlineSource);
    }
    if (r.acknowledgeBy.isValid()) {
        lines << tr("Acknowledge by: %1").arg(DomainText::dateTime(r.acknowledgeBy));
    }
    if (r.extendedDue.isValid()) {
        lines << tr("Extended to %1: %2").arg(DomainText::dateTime(r.extendedDue), r.extensionReason);
    }
    if (r.verified.isValid()) {
        RequestService::VerificationMethod method{};
        const QString how = RequestService::methodFromCode(r.verificationMethod, &method)
            ? RequestService::methodName(method)
            : r.verificationMethod;
        lines << tr("Identity verified: %1, by %2, %3")
                     .arg(how, m_details.verifiedByName, DomainText::dateTime(r.verified));
    } else {
        lines << tr("Identity verified: not yet");
    }
    lines << tr("Assignee: %1").arg(r.assignee == 0 ? tr("nobody") : m_details.assigneeName);
    if (r.duplicateOf != 0) {
        lines << tr("Possible duplicate of request %1").arg(r.duplicateOf);
    }
    if (!r.decision.isEmpty() || !r.justification.isEmpty()) {
        lines << tr("Decision by %1: %2").arg(m_details.decidedByName, r.justification);
    }
    m_detailsLabel->setText(lines.join(QLatin1Char('\n')));

    m_history->setRowCount(static_cast<int>(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const RequestHistoryItem& h = m_items.at(i);
        const QString to = DomainText::requestState(h.to);
        const QString change
            = h.from && *h.from != h.to ? tr("%1 → %2").arg(DomainText::requestState(*h.from), to) : to;
        const QStringList cells{
            DomainText::dateTime(h.at), h.actor.isEmpty() ? tr("unknown") : h.actor, change, h.note};
        for (int c = 0; c < cells.size(); ++c) {
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
    }
}

void RequestDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_method->count(); ++i) {
            RequestService::VerificationMethod m{};
            if (RequestService::methodFromCode(m_method->itemData(i).toString(), &m)) {
                m_method->setItemText(i, RequestService::methodName(m));
            }
        }
        for (int i = 0; i < m_reason->count(); ++i) {
            RequestService::RejectReason r{};
            if (RequestService::reasonFromCode(m_reason->itemData(i).toString(), &r)) {
                m_reason->setItemText(i, RequestService::reasonName(r));
            }
        }
        retranslateUi();
        fillDetails();
    }
    QDialog::changeEvent(event);
}

void RequestDialog::retranslateUi()
{
    setWindowTitle(tr("Request"));
    m_historyLabel->setText(tr("&History:"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Why")});
    m_methodLabel->setText(tr("Verification &method:"));
    m_reasonLabel->setText(tr("Rejection &reason:"));
    m_noteLabel->setText(tr("&Justification or note:"));
    m_note->setPlaceholderText(
        tr("Required to reject (at least %n characters) and to extend", nullptr, RequestService::kMinJustification));
    m_startVerification->setText(tr("&Start Verification"));
    m_recordVerification->setText(tr("Record &Verification"));
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("Re&ject"));
    m_extend->setText(tr("E&xtend Deadline"));
    m_withdraw->setText(tr("&Withdrawn by Customer"));
    m_complete->setText(tr("&Complete"));
    m_close->setText(tr("C&lose"));
    retranslateFulfilment();
}
