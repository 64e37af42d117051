#include "ui/erasure/ErasurePanel.h"

#include "core/common/Clock.h"
#include "core/documents/DocumentRenderer.h"
#include "core/erasure/ErasureCertificate.h"
#include "core/erasure/ErasureService.h"
#include "core/session/Session.h"
#include "ui/erasure/ErasureConfirmDialog.h"
#include "ui/erasure/ErasurePreviewDialog.h"
#include "ui/erasure/LegalHoldsDialog.h"
#include "ui/thirdparties/RecipientChecklistWidget.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ErasurePanel::ErasurePanel(std::shared_ptr<Session> session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(std::move(session))
    , m_status(new QLabel(this))
    , m_prepare(new QPushButton(tr("&Prepare Erasure…"), this))
    , m_confirm(new QPushButton(tr("C&onfirm Erasure…"), this))
    , m_certificate(new QPushButton(tr("Certificate…"), this))
    , m_holds(new QLabel(this))
    , m_showHeld(new QPushButton(tr("&View Held Records…"), this))
    , m_destroyHeld(new QPushButton(tr("Destroy &Ended Holds"), this))
    , m_legalHolds(new QPushButton(tr("Legal &Holds…"), this))
    , m_recipientsLabel(new QLabel(tr("Recipients to notify (GDPR Art. 19):"), this))
    , m_checklist(new RecipientChecklistWidget(m_session, this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("erasurePanel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_prepare);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_certificate);
    buttons->addWidget(m_legalHolds);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    m_holds->setWordWrap(true);
    m_holds->setTextFormat(Qt::PlainText);
    auto* holdButtons = new QHBoxLayout;
    holdButtons->addWidget(m_showHeld);
    holdButtons->addWidget(m_destroyHeld);
    holdButtons->addStretch();
    layout->addWidget(m_holds);
    layout->addLayout(holdButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_recipientsLabel);
    layout->addWidget(m_checklist);
    connect(m_prepare, &QPushButton::clicked, this, &ErasurePanel::openPrepare);
    connect(m_confirm, &QPushButton::clicked, this, &ErasurePanel::openConfirm);
    connect(m_certificate, &QPushButton::clicked, this, &ErasurePanel::saveCertificate);
    connect(m_showHeld, &QPushButton::clicked, this, &ErasurePanel::showHeld);
    connect(m_destroyHeld, &QPushButton::clicked, this, &ErasurePanel::destroyEndedHolds);
    connect(m_legalHolds, &QPushButton::clicked, this, &ErasurePanel::openLegalHolds);
    hide();
}

void ErasurePanel::setRequest(const Request& r)
{
    m_request = r;
    const bool erasure = r.type == Request::Type::Erasure;
    const bool notifies = erasure || r.type == Request::Type::Rectification || r.type == Request::Type::Restriction;
    setVisible(r.id != 0 && notifies);
    setTitle(erasure ? tr("Erasure") : tr("Recipients"));
    m_checklist->setRequest(notifies ? r.id : 0);
    for (QWidget* w : {static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_prepare),
                       static_cast<QWidget*>(m_confirm),
                       static_cast<QWidget*>(m_certificate)}) {
        w->setVisible(erasure);
    }
    m_legalHolds->setVisible(erasure && m_session && m_session->can(Permission::ManagePolicy));
    m_heldIds.clear();
    for (QWidget* w :
         {static_cast<QWidget*>(m_holds), static_cast<QWidget*>(m_showHeld), static_cast<QWidget*>(m_destroyHeld)}) {
        w->setVisible(false);
    }
    if (!erasure || !m_session) {
        return;
    }
    auto record = ErasureService(m_session).record(r.id);
    const bool executed = r.state == Request::State::Executed;
    if (!record) {
        m_status->setText(record.errorString());
    } else if (executed) {
        m_status->setText(
            tr("Executed %1; prepared by %2, approved by %3.")
                .arg(DomainText::dateTime(record->executedAt), record->preparedByName, record->approvedByName));
    } else if (record->shreddedAt.isValid()) {
        m_status->setText(
            tr("The customer's data was deleted on %1, but the erasure is not finished: another program was "
               "still reading the workspace, so the data key may remain in its log. Close other Amanah "
               "windows and jobs on this workspace, then confirm the erasure again to finish.")
                .arg(DomainText::dateTime(record->shreddedAt)));
    } else if (record->preparedBy) {
        m_status->setText(tr("Prepared by %1 on %2: waiting for a second officer to confirm.")
                              .arg(record->preparedByName, DomainText::dateTime(record->preparedAt)));
    } else if (r.state == Request::State::Approved) {
        m_status->setText(tr("Approved: prepare the erasure to see what goes and what a legal hold keeps."));
    } else {
        m_status->setText(tr("The erasure can be prepared once the request is approved."));
    }
    const bool approved = r.state == Request::State::Approved;
    const bool prepared = record && record->preparedBy != 0 && !executed;
    const bool shredded = record && record->shreddedAt.isValid();
    m_prepare->setEnabled(approved && !shredded && m_session->can(Permission::PrepareErasure));
    m_confirm->setEnabled(approved && prepared && m_session->can(Permission::ApproveErasure)
                          && record->preparedBy != m_session->user().id);
    m_certificate->setEnabled(executed);
    if (!record || record->holds.isEmpty()) {
        return;
    }
    QStringList lines{tr("Kept under a legal hold (restricted, officers only):")};
    bool ended = false;
    for (const ErasureRecord::Held& h : record->holds) {
        m_heldIds << h.id;
        const bool over = h.heldUntil <= Clock::instance().now();
        ended = ended || over;
        lines << (over ? tr("%1 (%2): the hold ended %3").arg(h.category, h.basis, DomainText::dateTime(h.heldUntil))
                       : tr("%1 (%2) until %3").arg(h.category, h.basis, DomainText::dateTime(h.heldUntil)));
    }
    m_holds->setText(lines.join(QLatin1Char('\n')));
    m_holds->setVisible(true);
    m_showHeld->setVisible(m_session->can(Permission::ApproveErasure));
    m_destroyHeld->setVisible(m_session->can(Permission::RunRetention));
    m_destroyHeld->setEnabled(ended);
}

void ErasurePanel::showHeld()
{
    QStringList parts;
    for (qint64 id : m_heldIds) {
        auto held = ErasureService(m_session).readHeld(id);
        if (!held) {
            m_error->showMessage(held.errorString());
            return;
        }
        QStringList fields;
        for (const auto& [code, value] : held->fields) {
            fields << QStringLiteral("%1: %2").arg(CustomerShredder::fieldName(code), value);
        }
        parts << tr("%1 — %2, until %3").arg(held->category, held->basis, DomainText::dateTime(held->heldUntil))
                + QLatin1Char('\n') + fields.join(QLatin1Char('\n'));
    }
    MessageBox::information(this,
                            tr("Held Records"),
                            tr("Restricted: use only for the purpose of the hold.") + QStringLiteral("\n\n")
                                + parts.join(QStringLiteral("\n\n")));
}

void ErasurePanel::openLegalHolds()
{
    LegalHoldsDialog dialog(m_session, this);
    dialog.exec();
    emit changed(); // the preview of a request not yet executed may change
}

void ErasurePanel::destroyEndedHolds()
{
    auto destroyed = ErasureService(m_session).destroyExpiredHolds(m_request.id);
    if (!destroyed) {
        m_error->showMessage(destroyed.errorString());
        return;
    }
    m_error->showMessage(tr("%n held record(s) destroyed.", nullptr, *destroyed), InlineMessage::Kind::Information);
    emit changed();
}

void ErasurePanel::openPrepare()
{
    ErasurePreviewDialog dialog(m_session, m_request.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
    }
}

void ErasurePanel::openConfirm()
{
    ErasureConfirmDialog dialog(m_session, m_request.id, this);
    dialog.exec();
    emit changed(); // also when closed after a failure: the data may be deleted already
}

void ErasurePanel::saveCertificate()
{
    const QString path
        = FileDialog::getSaveFileName(this,
                                      tr("Save Certificate of Erasure"),
                                      QDir::home().filePath(QStringLiteral("erasure-%1.pdf").arg(m_request.id)),
                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    auto sha = ErasureCertificate::write(m_session, m_request.id, path, &DocumentRenderer::htmlToPdf);
    if (!sha) {
        m_error->showMessage(sha.errorString());
        return;
    }
    m_error->showMessage(tr("Certificate saved to %1 (SHA-256 %2).").arg(QDir::toNativeSeparators(path), *sha),
                         InlineMessage::Kind::Information);
    emit changed();
}
