// RequestDialog, part two: fulfilment — the access / portability package, the answer letter
// and the rectification linked to the request. (Part one holds the details, the history
// and the workflow steps.)

#include "ui/requests/RequestDialog.h"

#include "core/customers/CustomerService.h"
#include "core/session/Session.h"
#include "ui/customers/RectifyDialog.h"
#include "ui/requests/AnswerLetterDialog.h"
#include "ui/requests/PackagePreviewDialog.h"
#include "ui/widgets/InlineMessage.h"

#include <QGridLayout>
#include <QPushButton>

PackagePreviewDialog* RequestDialog::packageDialog() const
{
    return m_packageDialog;
}

AnswerLetterDialog* RequestDialog::answerDialog() const
{
    return m_answerDialog;
}

RectifyDialog* RequestDialog::rectifyDialog() const
{
    return m_rectifyDialog;
}

QLayout* RequestDialog::buildFulfilmentRow()
{
    m_package = new QPushButton(this);
    m_answer = new QPushButton(this);
    m_rectify = new QPushButton(this);
    m_package->setObjectName(QStringLiteral("requestPackage"));
    m_answer->setObjectName(QStringLiteral("requestAnswer"));
    m_rectify->setObjectName(QStringLiteral("requestRectify"));
    connect(m_package, &QPushButton::clicked, this, &RequestDialog::preparePackage);
    connect(m_answer, &QPushButton::clicked, this, &RequestDialog::showAnswer);
    connect(m_rectify, &QPushButton::clicked, this, &RequestDialog::rectifyRecord);
    // Three equal columns like the workflow steps above.
    auto* row = new QGridLayout;
    row->addWidget(m_package, 0, 0);
    row->addWidget(m_rectify, 0, 1);
    row->addWidget(m_answer, 0, 2);
    for (int c = 0; c < 3; ++c) {
        row->setColumnStretch(c, 1);
    }
    return row;
}

void RequestDialog::updateFulfilmentButtons()
{
    const Request& r = m_details.request;
    const bool handle = m_loaded && m_session && m_session->can(Permission::HandleRequests);
    const bool packaged = r.type == Request::Type::Access || r.type == Request::Type::Portability;
    m_package->setVisible(!m_loaded || packaged);
    m_package->setEnabled(handle && packaged && r.state == Request::State::Approved
                          && m_session->can(Permission::ViewCustomers));
    const bool rectification = r.type == Request::Type::Rectification;
    m_rectify->setVisible(!m_loaded || rectification);
    m_rectify->setEnabled(handle && rectification && !r.customerId.isEmpty()
                          && (r.state == Request::State::InReview || r.state == Request::State::Approved)
                          && m_session->can(Permission::EditCustomers));
    m_answer->setEnabled(handle);
    if (packaged) {
        m_complete->setEnabled(false); // releasing the package completes it
    }
}

void RequestDialog::retranslateFulfilment()
{
    m_package->setText(tr("Prepare &Package…"));
    m_package->setToolTip(tr("Review what the customer receives, then release it (approved requests only)"));
    m_rectify->setText(tr("Rectify &Record…"));
    m_rectify->setToolTip(tr("Correct the customer's record; the correction is audited with this request"));
    m_answer->setText(tr("Answer L&etter…"));
}

QString RequestDialog::customerLanguage() const
{
    const Request& r = m_details.request;
    if (!r.customerId.isEmpty() && m_session->can(Permission::ViewCustomers)) {
        auto c = CustomerService(m_session).get(r.customerId);
        if (c && !c->language.isEmpty()) {
            return c->language;
        }
    }
    return r.jurisdiction == QLatin1String("UU_PDP") ? QStringLiteral("id") : QStringLiteral("en");
}

void RequestDialog::preparePackage()
{
    if (!m_loaded || m_packageDialog) {
        return;
    }
    auto* dialog = new PackagePreviewDialog(m_session, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_packageDialog = dialog;
    connect(dialog, &PackagePreviewDialog::released, this, [this] {
        m_error->clear();
        refresh();
        emit changed();
    });
    dialog->open();
}

void RequestDialog::showAnswer()
{
    if (!m_loaded || m_answerDialog) {
        return;
    }
    auto* dialog = new AnswerLetterDialog(m_session, m_id, customerLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_answerDialog = dialog;
    dialog->open();
}

void RequestDialog::rectifyRecord()
{
    if (!m_loaded || m_rectifyDialog || m_details.request.customerId.isEmpty()) {
        return;
    }
    const QString customerId = m_details.request.customerId;
    auto customer = CustomerService(m_session).get(customerId);
    if (!customer) {
        m_error->showMessage(customer.errorString());
        return;
    }
    auto* dialog = new RectifyDialog(m_session, *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRequestId(m_id);
    m_rectifyDialog = dialog;
    connect(dialog, &RectifyDialog::reloadRequested, dialog, [this, dialog, customerId] {
        auto again = CustomerService(m_session).get(customerId);
        if (again) {
            dialog->setCustomer(*again);
        }
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_error->showMessage(tr("The record was corrected. Complete the request when every correction is made."),
                             InlineMessage::Kind::Information);
        emit changed();
    });
    dialog->open();
}
