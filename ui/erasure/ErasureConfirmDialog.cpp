#include "ui/erasure/ErasureConfirmDialog.h"

#include "core/session/Session.h"
#include "ui/erasure/ErasurePreviewView.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ErasureConfirmDialog::ErasureConfirmDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_intro(new QLabel(this))
    , m_view(new ErasurePreviewView(this))
    , m_warning(new QLabel(this))
    , m_justificationLabel(new QLabel(tr("&Justification:"), this))
    , m_justification(new QPlainTextEdit(this))
    , m_referenceLabel(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_erase(new QPushButton(tr("&Erase Permanently"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("erasureConfirmDialog"));
    setWindowTitle(tr("Confirm Erasure of Request %1").arg(requestId));
    m_intro->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("erasureWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(ErasurePreviewView::warningText());
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().height() * 4);
    m_justification->setPlaceholderText(
        tr("Why this erasure is justified (at least %n characters)", nullptr, ErasureService::kMinJustification));
    m_justificationLabel->setBuddy(m_justification);
    m_referenceLabel->setBuddy(m_reference);
    m_erase->setAutoDefault(false);
    m_cancel->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(m_justificationLabel, m_justification);
    form->addRow(m_referenceLabel, m_reference);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_erase);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_erase, &QPushButton::clicked, this, &ErasureConfirmDialog::erase);
    connect(m_cancel, &QPushButton::clicked, this, &ErasureConfirmDialog::reject);

    load();
    resize(860, 640);
}

void ErasureConfirmDialog::load()
{
    auto preview = ErasureService(m_session).preview(m_id);
    if (!preview) {
        m_error->showMessage(preview.errorString());
        m_referenceLabel->setText(tr("Customer &reference:"));
    } else if (preview->shredded) {
        m_view->hide();
        m_intro->setText(tr("The customer's data was already deleted, but the erasure is not finished: its data key "
                            "may remain in the workspace's log while another program reads the workspace. Close "
                            "other Amanah windows and jobs on this workspace, then finish the erasure."));
        m_referenceLabel->setText(tr("Type the customer &reference again:"));
        m_erase->setText(tr("&Finish Erasure"));
    } else {
        m_view->setPreview(*preview);
        m_intro->setText(preview->preparedBy
                             ? tr("Prepared by %1 on %2. You confirm as the second person.")
                                   .arg(preview->preparedByName, DomainText::dateTime(preview->preparedAt))
                             : tr("Not prepared yet: someone must prepare this erasure first."));
        m_referenceLabel->setText(tr("Type the customer &reference %1 again:").arg(preview->reference));
    }
    m_erase->setEnabled(preview.ok() && preview->preparedBy != 0 && m_session->can(Permission::ApproveErasure));
}

void ErasureConfirmDialog::erase()
{
    auto st = ErasureService(m_session).execute(m_id, m_justification->toPlainText(), m_reference->text());
    if (!st) {
        load(); // the data may be deleted already: the dialog then offers to finish
        m_error->showMessage(st.errorString());
        return;
    }
    accept();
}
