#include "ui/dialogs/AudienceExportDialog.h"

#include "core/services/ConsentService.h"
#include "core/services/PurposeService.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"
#include "ui/widgets/InlineMessage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <climits>

AudienceExportDialog::AudienceExportDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_intro(new QLabel(this))
    , m_purposeLabel(new QLabel(this))
    , m_purpose(new QComboBox(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("audienceExportDialog"));
    m_purpose->setObjectName(QStringLiteral("audiencePurpose"));
    m_intro->setWordWrap(true);
    m_purposeLabel->setBuddy(m_purpose);
    if (auto purposes = PurposeService(m_session).list(); purposes) {
        for (const Purpose& p : *purposes) {
            m_purpose->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
        }
    } else {
        m_error->showMessage(purposes.errorString());
    }
    auto* form = new QFormLayout;
    form->addRow(m_purposeLabel, m_purpose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AudienceExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AudienceExportDialog::reject);
    retranslateUi();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_purpose->count() > 0);
}

void AudienceExportDialog::accept()
{
    const QString code = m_purpose->currentData().toString();
    if (code.isEmpty()) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Export Audience"),
                                                     QDir::home().filePath(code + QStringLiteral("-audience.csv")),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error->showMessage(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ConsentService(m_session).exportAudience(code, &file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        file.cancelWriting();
        m_error->showMessage(written.errorString());
        return;
    }
    if (!file.commit()) {
        m_error->showMessage(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_count = *written;
    MessageBox::information(this,
                            tr("Export Audience"),
                            tr("%n customer(s) who may be contacted for “%1” were written to %2.\n\nThe export was "
                               "recorded in the audit trail with its purpose and count.",
                               nullptr,
                               static_cast<int>(qMin<qint64>(m_count, INT_MAX)))
                                .arg(m_purpose->currentText(), QDir::toNativeSeparators(path)));
    QDialog::accept();
}

void AudienceExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AudienceExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Audience"));
    m_intro->setText(tr("Only customers whose data may be used for the purpose now are exported: a current consent "
                        "that is not stale (for purposes on consent), no restriction, no objection that applies."));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
}
