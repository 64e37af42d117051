#include "ui/backup/RestoreDialog.h"

#include "core/backup/Restore.h"
#include "core/erasure/ErasureLedger.h"
#include "core/session/Authenticator.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {
struct Outcome
{
    bool ok = false;
    Restore::Outcome result;
    Error error;
};

QHBoxLayout* withButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}
} // namespace

RestoreDialog::RestoreDialog(const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_backupLabel(new QLabel(this))
    , m_backup(new QLineEdit(this))
    , m_browseBackup(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_ledgerLabel(new QLabel(this))
    , m_ledger(new QLineEdit(this))
    , m_browseLedger(new QPushButton(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QLineEdit(this))
    , m_browseTarget(new QPushButton(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(username, this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_message(new InlineMessage(this))
    , m_restore(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_backup->setObjectName(QStringLiteral("backupFile"));
    m_ledger->setObjectName(QStringLiteral("ledgerFile"));
    m_target->setObjectName(QStringLiteral("targetFile"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_code->setObjectName(QStringLiteral("code"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(6);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_restore->setDefault(true);
    m_buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    for (auto [label, edit] : {std::pair{m_backupLabel, m_backup},
                               std::pair{m_ledgerLabel, m_ledger},
                               std::pair{m_targetLabel, m_target},
                               std::pair{m_userLabel, m_user},
                               std::pair{m_passwordLabel, m_password},
                               std::pair{m_codeLabel, m_code}}) {
        label->setBuddy(edit);
    }

    auto* form = new QFormLayout;
    form->addRow(m_backupLabel, withButton(m_backup, m_browseBackup));
    form->addRow(QString(), m_summary);
    form->addRow(m_ledgerLabel, withButton(m_ledger, m_browseLedger));
    form->addRow(m_targetLabel, withButton(m_target, m_browseTarget));
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_codeLabel, m_code);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browseBackup, &QPushButton::clicked, this, &RestoreDialog::chooseBackup);
    connect(m_browseLedger, &QPushButton::clicked, this, &RestoreDialog::chooseLedger);
    connect(m_browseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_backup, &QLineEdit::editingFinished, this, &RestoreDialog::describeBackup);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    retranslateUi();
    resize(680, sizeHint().height());
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::chooseBackup()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Choose a Backup"), m_backup->text(), tr("Amanah backups (*.%1)").arg(BackupService::fileSuffix()));
    if (!file.isEmpty()) {
        setBackupFile(file);
    }
}

void RestoreDialog::chooseLedger()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Choose the Erasure Ledger"), m_ledger->text(), tr("Erasure ledgers (*.json)"));
    if (!file.isEmpty()) {
        m_ledger->setText(QDir::toNativeSeparators(file));
    }
}

void RestoreDialog::chooseTarget()
{
    const QString file = FileDialog::getSaveFileName(
        this, tr("Restore Into"), m_target->text(), tr("Amanah workspaces (*.amanah *.db)"));
    if (!file.isEmpty()) {
        m_target->setText(QDir::toNativeSeparators(file));
    }
}

void RestoreDialog::setBackupFile(const QString& path)
{
    m_backup->setText(QDir::toNativeSeparators(path));
    describeBackup();
}

void RestoreDialog::setTargetFile(const QString& path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

void RestoreDialog::setCredentials(const QString& username, const QString& password, const QString& code)
{
    m_user->setText(username);
    m_password->setText(password);
    m_code->setText(code);
}

void RestoreDialog::describeBackup()
{
    const QString path = QDir::fromNativeSeparators(m_backup->text().trimmed());
    m_summary->clear();
    if (path.isEmpty()) {
        return;
    }
    auto info = BackupService::inspect(path);
    if (!info) {
        m_summary->setText(info.errorString());
        return;
    }
    m_summary->setText(tr("Made %1 (schema %2, audit trail up to entry %3); %n erasure(s) inside.",
                          nullptr,
                          static_cast<int>(info->erasures))
                           .arg(QLocale().toString(info->createdAt.toLocalTime(), QLocale::LongFormat))
                           .arg(info->schemaVersion)
                           .arg(info->auditHead.section(QLatin1Char(':'), 0, 0)));
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height())); // the summary wraps onto more lines
    const QFileInfo backup(path);
    if (m_ledger->text().trimmed().isEmpty()) {
        m_ledger->setText(QDir::toNativeSeparators(
            backup.absoluteDir().filePath(ErasureLedger::fileName(QByteArray::fromHex(info->workspaceId.toLatin1())))));
    }
    if (m_target->text().trimmed().isEmpty()) {
        m_target->setText(QDir::toNativeSeparators(
            backup.absoluteDir().filePath(tr("%1-restored.amanah").arg(backup.completeBaseName()))));
    }
}

void RestoreDialog::startRestore()
{
    if (m_busy) {
        return;
    }
    const QString backup = QDir::fromNativeSeparators(m_backup->text().trimmed());
    const QString ledger = QDir::fromNativeSeparators(m_ledger->text().trimmed());
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    const QString code = m_code->text().trimmed();
    if (backup.isEmpty() || target.isEmpty()) {
        m_message->showMessage(tr("Choose the backup and the file to restore into."));
        return;
    }
    if (user.isEmpty() || password.isEmpty()) {
        m_message->showMessage(tr("Sign in to the backup as one of its administrators: user name and password."));
        return;
    }
    m_busy = true;
    m_restore->setEnabled(false);
    m_progress->setVisible(true);
    m_message->showMessage(tr("Restoring and making the later erasures again…"), InlineMessage::Kind::Information);
    // The whole restore on one worker thread: its connections belong to that thread.
    auto future = QtConcurrent::run([=]() {
        Outcome out;
        auto restore = Restore::prepare(backup, target, ledger);
        if (!restore) {
            out.error = restore.error();
            return out;
        }
        {
            Authenticator auth((*restore)->workspace());
            auto pending = auth.checkPassword(user, password);
            if (!pending) {
                out.error = pending.error();
                return out;
            }
            auto session = (*pending)->complete(code);
            if (!session) {
                out.error = session.error();
                return out;
            }
            auto applied = (*restore)->apply(*session);
            if (!applied) {
                out.error = applied.error();
                return out;
            }
            out.result = *applied;
        }
        if (auto st = (*restore)->finish(); !st) {
            out.error = st.error();
            return out;
        }
        out.ok = true;
        return out;
    });
    m_password->clear();
    whenReady(this, future, [this, target](const Outcome& out) {
        m_busy = false;
        m_restore->setEnabled(true);
        m_progress->setVisible(false);
        if (!out.ok) {
            m_message->showMessage(out.error.message);
            emit finished();
            return;
        }
        m_restored = target;
        const QString done
            = tr("Restored into %1. The ledger held %2 erasure(s): %3 customer(s) deleted again, %4 anonymised "
                 "again, %5 recorded for customers the backup never had.")
                  .arg(QDir::toNativeSeparators(target))
                  .arg(out.result.ledgerEntries)
                  .arg(out.result.deleted)
                  .arg(out.result.anonymised)
                  .arg(out.result.recorded);
        m_message->showMessage(done, InlineMessage::Kind::Information);
        emit finished();
        if (MessageBox::question(this, tr("Backup Restored"), done + QLatin1Char('\n') + tr("Open it now?"))
            == QMessageBox::Yes) {
            emit openRequested(target);
            accept();
        }
    });
}

QString RestoreDialog::messageText() const
{
    return m_message->text();
}

void RestoreDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
    }
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore a Backup"));
    m_intro->setText(tr("The backup is restored into a new workspace file. Every erasure and retention deletion "
                        "recorded in the erasure ledger after the backup is made again, and audited, before the "
                        "workspace can be opened: no erased customer comes back."));
    m_backupLabel->setText(tr("&Backup:"));
    m_ledgerLabel->setText(tr("Erasure &ledger:"));
    m_targetLabel->setText(tr("Restore &into:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_codeLabel->setText(tr("Two-factor &code:"));
    m_code->setPlaceholderText(tr("Only if two-factor sign-in is on"));
    m_password->setPlaceholderText(tr("As it was when the backup was made"));
    for (QPushButton* b : {m_browseBackup, m_browseLedger, m_browseTarget}) {
        b->setText(tr("Browse…"));
    }
    m_restore->setText(tr("&Restore"));
}
