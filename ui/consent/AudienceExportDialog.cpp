#include "ui/consent/AudienceExportDialog.h"

#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/session/Workspace.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace {

std::function<void(const std::atomic<bool>&)>& batchHook()
{
    static std::function<void(const std::atomic<bool>&)> hook;
    return hook;
}

} // namespace

void AudienceExportDialog::setBatchHookForTest(std::function<void(const std::atomic<bool>& cancel)> hook)
{
    batchHook() = std::move(hook);
}

AudienceExportDialog::AudienceExportDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_intro(new QLabel(this))
    , m_purposeLabel(new QLabel(this))
    , m_purpose(new QComboBox(this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_progressTimer(new QTimer(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("audienceExportDialog"));
    m_purpose->setObjectName(QStringLiteral("audiencePurpose"));
    m_recipient->setObjectName(QStringLiteral("audienceRecipient"));
    m_progress->setObjectName(QStringLiteral("audienceProgress"));
    m_intro->setWordWrap(true);
    m_purposeLabel->setBuddy(m_purpose);
    m_recipientLabel->setBuddy(m_recipient);
    if (auto purposes = PurposeService(m_session).list(); purposes) {
        for (const Purpose& p : *purposes) {
            m_purpose->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.code);
        }
    } else {
        m_error->showMessage(purposes.errorString());
    }
    m_recipient->addItem(QString(), 0); // "No recipient", named in retranslateUi()
    if (auto recipients = ConsentService(m_session).exportRecipients(); recipients) {
        for (const ConsentService::ExportRecipient& r : *recipients) {
            m_recipient->addItem(r.name, r.id);
        }
    } else {
        m_error->showMessage(recipients.errorString());
    }
    m_progress->setVisible(false);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &AudienceExportDialog::updateProgress);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &AudienceExportDialog::workDone);
    auto* form = new QFormLayout;
    form->addRow(m_purposeLabel, m_purpose);
    form->addRow(m_recipientLabel, m_recipient);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // The wrapped intro, the progress bar and a message all fit: the dialog grows with them.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_intro->setMinimumWidth(460);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AudienceExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AudienceExportDialog::reject);
    retranslateUi();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_purpose->count() > 0);
}

AudienceExportDialog::~AudienceExportDialog()
{
    // Closed while exporting: the worker stops at its next batch and discards the file.
    if (m_work) {
        m_work->cancel = true;
    }
    m_watcher->waitForFinished();
}

bool AudienceExportDialog::isWorking() const
{
    return m_working;
}

void AudienceExportDialog::accept()
{
    const QString code = m_purpose->currentData().toString();
    if (code.isEmpty() || isWorking()) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Export Audience"),
                                                     QDir::home().filePath(code + QStringLiteral("-audience.csv")),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_path = path;
    m_error->hide();
    m_work = std::make_shared<Work>();
    // A Database belongs to one thread: the worker opens its own connection and acts through
    // a copy of the session (keys and user) on it, like the import wizard.
    const WorkspaceLocation location = m_session->workspace()->location();
    const Vault vault = m_session->vault();
    const User user = m_session->user();
    const QByteArray workspaceId = m_session->workspaceId();
    const qint64 recipientId = m_recipient->currentData().toLongLong();
    std::shared_ptr<Work> work = m_work;
    const auto hook = batchHook();
    m_watcher->setFuture(QtConcurrent::run([=]() {
        Outcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = static_cast<int>(ws.error().code);
            out.message = ws.errorString();
            return out;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out.error = static_cast<int>(ErrorCode::Storage);
            out.message
                = tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return out;
        }
        auto session = std::make_shared<Session>(*ws, vault, user, workspaceId);
        auto progress = [work, hook](qint64 done, qint64 total) {
            work->done = done;
            work->total = total;
            if (hook) {
                hook(work->cancel);
            }
            return !work->cancel.load();
        };
        auto written = ConsentService(session).exportAudience(code, &file, progress, recipientId);
        if (!written) {
            file.cancelWriting(); // no partial file is left behind
            out.error = static_cast<int>(written.error().code);
            out.message = written.errorString();
            return out;
        }
        if (!file.commit()) {
            // The export is audited, but the file is not there: say so.
            out.error = static_cast<int>(ErrorCode::Storage);
            out.message
                = tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return out;
        }
        out.ok = true;
        out.count = written->exported;
        out.damaged = written->damaged;
        return out;
    }));
    setWorking(true);
}

void AudienceExportDialog::reject()
{
    if (isWorking()) {
        if (m_work) {
            m_work->cancel = true;
        }
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void AudienceExportDialog::setWorking(bool working)
{
    m_working = working;
    m_purpose->setEnabled(!working);
    m_recipient->setEnabled(!working);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!working && m_purpose->count() > 0);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_progress->setVisible(working);
    if (working) {
        m_progress->setRange(0, 0); // busy until the first batch tells the total
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
    }
}

void AudienceExportDialog::updateProgress()
{
    if (!m_work || m_work->total.load() <= 0) {
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(
        static_cast<int>(1000 * std::min(m_work->done.load(), m_work->total.load()) / m_work->total.load()));
}

void AudienceExportDialog::workDone()
{
    updateProgress();
    setWorking(false);
    const Outcome out = m_watcher->result();
    m_work.reset();
    if (!out.ok) {
        m_error->showMessage(out.error == static_cast<int>(ErrorCode::Cancelled)
                                 ? tr("The export was cancelled. No file was written and nothing was recorded.")
                                 : out.message);
        return;
    }
    m_count = out.count;
    const QString recipient = m_recipient->currentData().toLongLong() ? m_recipient->currentText() : QString();
    const int n = static_cast<int>(qMin<qint64>(m_count, INT_MAX));
    const QString where = QDir::toNativeSeparators(m_path);
    const QString text = recipient.isEmpty()
        ? tr("%n customer(s) who may be contacted for “%1” were written to %2.\n\nThe export was recorded in the "
             "audit trail with its purpose and count.",
             nullptr,
             n)
              .arg(m_purpose->currentText(), where)
        : tr("%n customer(s) who may be contacted for “%1” were written to %2 for %3.\n\nThe export was recorded "
             "in the audit trail with its purpose and count, and a disclosure to %3 in each customer's record.",
             nullptr,
             n)
              .arg(m_purpose->currentText(), where, recipient);
    if (out.damaged.isEmpty()) {
        MessageBox::information(this, tr("Export Audience"), text);
    } else {
        // Named by id only: their data cannot be decrypted, and ids are not personal data.
        const QString left = tr("%n customer(s) were left out because their records are damaged and cannot be "
                                "decrypted:\n%1",
                                nullptr,
                                static_cast<int>(out.damaged.size()))
                                 .arg(out.damaged.join(QLatin1Char('\n')));
        MessageBox::warning(this, tr("Export Audience"), text + QStringLiteral("\n\n") + left);
    }
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
    // A wrapped label does not claim its height in a dialog's layout: give it its lines.
    m_intro->setMinimumHeight(m_intro->heightForWidth(m_intro->minimumWidth()));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_recipientLabel->setText(tr("&Recipient:"));
    m_recipient->setItemText(0, tr("No recipient (for our own use)"));
    m_recipient->setToolTip(tr("Who receives the file. A disclosure to the recipient is then recorded in the record "
                               "of every exported customer."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
}
