// CustomerRecordDialog, part two: restriction and objection (with a reason), recording a
// disclosure, and the consent receipt as Kantara JSON or PDF. (Part one holds the tabs, consent and rectification.)

#include "ui/customers/CustomerRecordDialog.h"

#include "core/consent/ConsentReceipt.h"
#include "core/customers/CustomerService.h"
#include "ui/thirdparties/RecordDisclosureDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/Printing.h"
#include "ui/widgets/ReasonDialog.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextDocument>

void CustomerRecordDialog::toggleRestriction()
{
    const bool restrict = m_record.customer.status != Customer::Status::Restricted;
    const int version = m_record.customer.version;
    auto action = [this, restrict, version](const QString& reason) {
        return CustomerService(m_session).setRestricted(m_id, restrict, reason, version);
    };
    auto* dialog = new ReasonDialog(restrict ? tr("Restrict Processing") : tr("Lift Restriction"),
                                    restrict ? tr("While processing is restricted, the customer's data is only "
                                                  "stored: no purpose may use it.")
                                             : tr("The customer's data may be used again for its purposes."),
                                    action,
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerRecordDialog::changed);
    dialog->open();
}

void CustomerRecordDialog::toggleObjection()
{
    const bool object = !m_record.customer.objected;
    const int version = m_record.customer.version;
    auto action = [this, object, version](const QString& reason) {
        return CustomerService(m_session).setObjected(m_id, object, reason, version);
    };
    auto* dialog = new ReasonDialog(object ? tr("Record Objection") : tr("Lift Objection"),
                                    object ? tr("An objection stops marketing and processing on legitimate "
                                                "interest or public task for this customer.")
                                           : tr("The objection no longer applies."),
                                    action,
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerRecordDialog::changed);
    dialog->open();
}

void CustomerRecordDialog::recordDisclosure()
{
    auto* dialog = new RecordDisclosureDialog(m_session, m_id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &CustomerRecordDialog::changed);
    dialog->open();
}

void CustomerRecordDialog::exportReceiptJson()
{
    auto receipt = ConsentReceipt::forCustomer(m_session, m_id);
    if (!receipt) {
        m_error->showMessage(receipt.errorString());
        return;
    }
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Consent Receipt (JSON)"),
                                                     QDir::home().filePath(QStringLiteral("consent-receipt.json")),
                                                     tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(receipt->toJson()).toJson()) < 0
        || !file.commit()) {
        m_error->showMessage(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

void CustomerRecordDialog::exportReceiptPdf()
{
    auto receipt = ConsentReceipt::forCustomer(m_session, m_id);
    if (!receipt) {
        m_error->showMessage(receipt.errorString());
        return;
    }
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Consent Receipt (PDF)"),
                                                     QDir::home().filePath(QStringLiteral("consent-receipt.pdf")),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    // The customer's language; English when none is recorded.
    const QString language = m_record.customer.language.isEmpty() ? QStringLiteral("en") : m_record.customer.language;
    QTextDocument document;
    document.setHtml(receipt->toHtml(language));
    if (!Printing::printToPdf(document, path, tr("Consent receipt"))) {
        m_error->showMessage(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
}
