#include "ui/thirdparties/RecipientChecklistWidget.h"

#include "core/session/Session.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RecipientChecklistWidget::RecipientChecklistWidget(std::shared_ptr<Session> session, QWidget* parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_table(new QTableWidget(0, 4, this))
    , m_notified(new QPushButton(tr("Mark &Notified"), this))
    , m_confirmed(new QPushButton(tr("Mark Con&firmed"), this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("recipientChecklist"));
    m_table->setHorizontalHeaderLabels({tr("Recipient"), tr("Notified"), tr("Confirmed"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A few rows: the request dialog's history keeps its room; more scroll.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_notified);
    buttons->addWidget(m_confirmed);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_notified, &QPushButton::clicked, this, [this] { mark(false); });
    connect(m_confirmed, &QPushButton::clicked, this, [this] { mark(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecipientChecklistWidget::updateButtons);
    updateButtons();
}

void RecipientChecklistWidget::setRequest(qint64 requestId)
{
    m_id = requestId;
    refresh();
}

void RecipientChecklistWidget::refresh()
{
    m_checks.clear();
    if (m_id) {
        auto list = RecipientNotificationService(m_session).checklist(m_id);
        if (list) {
            m_checks = *list;
            m_error->clear();
        } else {
            m_error->showMessage(list.errorString());
        }
    }
    m_table->setRowCount(static_cast<int>(m_checks.size()));
    auto when = [this](const QDateTime& at, const QString& by) {
        return at.isValid() ? tr("%1 by %2").arg(DomainText::dateTime(at), by) : tr("not yet");
    };
    for (int i = 0; i < m_checks.size(); ++i) {
        const RecipientCheck& c = m_checks.at(i);
        QString status = c.confirmedAt.isValid() ? tr("Done") : tr("Open");
        if (c.overdue) {
            status = tr("Overdue since %1").arg(DomainText::dateTime(c.dueBy));
        } else if (!c.confirmedAt.isValid() && c.dueBy.isValid()) {
            status = tr("Confirm by %1").arg(DomainText::dateTime(c.dueBy));
        }
        const QStringList cells{QStringLiteral("%1 (%2)").arg(c.name, c.country),
                                when(c.notifiedAt, c.notifiedBy),
                                when(c.confirmedAt, c.confirmedBy),
                                status};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (c.overdue) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void RecipientChecklistWidget::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_checks.size() && m_table->selectionModel()->hasSelection();
    const bool may = m_session && m_session->can(Permission::HandleRequests);
    m_notified->setEnabled(may && selected && !m_checks.at(row).notifiedAt.isValid());
    m_confirmed->setEnabled(may && selected && m_checks.at(row).notifiedAt.isValid()
                            && !m_checks.at(row).confirmedAt.isValid());
}

void RecipientChecklistWidget::mark(bool confirm)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_checks.size()) {
        return;
    }
    RecipientNotificationService service(m_session);
    const qint64 recipient = m_checks.at(row).recipientId;
    auto st = confirm ? service.markConfirmed(m_id, recipient) : service.markNotified(m_id, recipient);
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    refresh();
    m_table->selectRow(row);
}
