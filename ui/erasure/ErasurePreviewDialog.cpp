#include "ui/erasure/ErasurePreviewDialog.h"

#include "core/session/Session.h"
#include "ui/erasure/ErasurePreviewView.h"
#include "ui/widgets/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ErasurePreviewDialog::ErasurePreviewDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_intro(new QLabel(this))
    , m_view(new ErasurePreviewView(this))
    , m_error(new InlineMessage(this))
    , m_prepare(new QPushButton(tr("&Prepare Erasure"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("erasurePreviewDialog"));
    setWindowTitle(tr("Prepare Erasure of Request %1").arg(requestId));
    m_intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_prepare);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_prepare, &QPushButton::clicked, this, &ErasurePreviewDialog::prepare);
    connect(m_cancel, &QPushButton::clicked, this, &ErasurePreviewDialog::reject);

    auto preview = ErasureService(m_session).preview(m_id);
    if (!preview) {
        m_error->showMessage(preview.errorString());
        m_prepare->setEnabled(false);
    } else {
        m_view->setPreview(*preview);
        m_intro->setText(
            tr("Erasure of %1 (reference %2). Check what goes and what a legal hold keeps. After you prepare it, a "
               "second officer who is not you confirms it with a written justification.")
                .arg(preview->customerName, preview->reference));
    }
    m_prepare->setEnabled(preview.ok() && m_session->can(Permission::PrepareErasure));
    resize(860, 520);
}

void ErasurePreviewDialog::prepare()
{
    auto prepared = ErasureService(m_session).prepare(m_id);
    if (!prepared) {
        m_error->showMessage(prepared.errorString());
        return;
    }
    accept();
}
