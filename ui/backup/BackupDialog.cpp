#include "ui/backup/BackupDialog.h"

#include "core/session/Workspace.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Outcome
{
    bool ok = false;
    BackupInfo info;
    QString path; ///< the ledger written (PostgreSQL)
    Error error;
};
} // namespace

BackupDialog::BackupDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_keepLabel(new QLabel(this))
    , m_keepDays(new QSpinBox(this))
    , m_list(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_message(new InlineMessage(this))
    , m_backUp(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_alive(std::make_shared<bool>(true))
{
    setObjectName(QStringLiteral("backupDialog"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_intro->setWordWrap(true);
    m_folderLabel->setBuddy(m_folder);
    m_keepLabel->setBuddy(m_keepDays);
    m_keepDays->setRange(1, 3650);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_progress->setRange(0, 0); // VACUUM INTO reports no progress: busy until done
    m_progress->setVisible(false);
    m_backUp->setDefault(true);
    m_buttons->addButton(m_backUp, QDialogButtonBox::ActionRole);

    BackupService service(m_session);
    const bool postgres = m_session->workspace()->location().isPostgres();
    m_folder->setText(QDir::toNativeSeparators(postgres ? QDir::homePath() : service.defaultFolder()));
    if (auto days = service.keepDays()) {
        m_keepDays->setValue(*days);
    }

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_keepLabel, m_keepDays);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_backUp, &QPushButton::clicked, this, postgres ? &BackupDialog::exportLedger : &BackupDialog::startBackup);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    m_list->setVisible(!postgres);
    retranslateUi();
    refreshList();
    resize(720, 460);
}

BackupDialog::~BackupDialog()
{
    *m_alive = false;
}

void BackupDialog::chooseFolder()
{
    const QString dir = FileDialog::getExistingDirectory(this, tr("Folder for Backups"), m_folder->text());
    if (!dir.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(dir));
    }
}

void BackupDialog::startBackup()
{
    if (m_busy) {
        return;
    }
    saveKeepDays();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_message->showMessage(tr("Choose a folder for the backup."));
        return;
    }
    const QString path = BackupService(m_session).suggestedPath(folder);
    // A Database belongs to one thread: the worker opens its own connection and acts through
    // a copy of the session (keys and user) on it.
    const WorkspaceLocation location = m_session->workspace()->location();
    const Vault vault = m_session->vault();
    const User user = m_session->user();
    const QByteArray workspaceId = m_session->workspaceId();
    m_busy = true;
    m_backUp->setEnabled(false);
    m_progress->setVisible(true);
    m_message->showMessage(tr("Backing up… Others can go on working meanwhile."), InlineMessage::Kind::Information);
    auto future = QtConcurrent::run([=]() {
        Outcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = ws.error();
            return out;
        }
        auto session = std::make_shared<Session>(*ws, vault, user, workspaceId);
        auto info = BackupService(session).create(path);
        if (!info) {
            out.error = info.error();
            return out;
        }
        out.ok = true;
        out.info = *info;
        return out;
    });
    whenReady(this, future, [this](const Outcome& out) {
        m_busy = false;
        m_backUp->setEnabled(true);
        m_progress->setVisible(false);
        refreshList();
        if (!out.ok) {
            m_message->showMessage(out.error.message);
        } else {
            m_message->showMessage(
                tr("Backed up to %1 (%2). The erasure ledger was written beside it: keep the two together.")
                    .arg(QDir::toNativeSeparators(out.info.path), QLocale().formattedDataSize(out.info.sizeBytes)),
                InlineMessage::Kind::Information);
        }
        emit finished();
    });
}

void BackupDialog::exportLedger()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    auto path = BackupService(m_session).exportLedger(folder);
    if (!path) {
        m_message->showMessage(path.errorString());
        return;
    }
    m_message->showMessage(tr("The erasure ledger was written to %1 and is kept current there after every erasure.")
                               .arg(QDir::toNativeSeparators(*path)),
                           InlineMessage::Kind::Information);
    emit finished();
}

bool BackupDialog::isBusy() const
{
    return m_busy;
}

QStringList BackupDialog::listedPaths() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        out << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    }
    return out;
}

QString BackupDialog::messageText() const
{
    return m_message->text();
}

void BackupDialog::refreshList()
{
    m_list->clear();
    if (m_session->workspace()->location().isPostgres()) {
        return;
    }
    auto backups = BackupService(m_session).list();
    if (!backups) {
        m_message->showMessage(backups.errorString());
        return;
    }
    const QLocale locale;
    for (const BackupInfo& b : *backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, locale.formattedDataSize(b.sizeBytes));
        item->setText(2,
                      b.dueForDeletion ? tr("Due for deletion (%n days old)", nullptr, b.ageDays)
                                       : tr("Kept (%n days old)", nullptr, b.ageDays));
        item->setText(3, QDir::toNativeSeparators(b.path));
        item->setData(0, Qt::UserRole, b.path);
        if (b.dueForDeletion) {
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    for (int c = 0; c < 3; ++c) {
        m_list->resizeColumnToContents(c);
    }
}

void BackupDialog::saveKeepDays()
{
    BackupService service(m_session);
    auto current = service.keepDays();
    if (current && *current == m_keepDays->value()) {
        return;
    }
    if (auto st = service.setKeepDays(m_keepDays->value()); !st) {
        m_message->showMessage(st.errorString());
        return;
    }
    refreshList();
}

void BackupDialog::reject()
{
    if (m_busy) {
        return; // the backup finishes first: closing does not abandon a half-written file
    }
    saveKeepDays(); // one audited change on leaving, not one per click of the spin box
    QDialog::reject();
}

void BackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshList();
    }
    QDialog::changeEvent(event);
}

void BackupDialog::retranslateUi()
{
    const bool postgres = m_session->workspace()->location().isPostgres();
    setWindowTitle(tr("Back Up Workspace"));
    m_intro->setText(
        postgres ? tr("A PostgreSQL workspace is backed up with pg_dump (see the README). Keep the erasure ledger "
                      "beside the dumps: after pg_restore, “amanahctl restore --ledger” makes every later erasure "
                      "again before anyone works in the restored workspace.")
                 : tr("A backup is a consistent copy of the workspace, encrypted as the workspace is, taken while "
                      "others go on working. The erasure ledger is written beside it: restoring the backup makes "
                      "every later erasure again before anyone can work in it."));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_keepLabel->setText(tr("&Keep backups for:"));
    m_keepDays->setSuffix(tr(" days"));
    m_list->setHeaderLabels({tr("Created"), tr("Size"), tr("Status"), tr("File")});
    m_backUp->setText(postgres ? tr("&Write Erasure Ledger") : tr("&Back Up Now"));
}
