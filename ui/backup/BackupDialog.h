#pragma once

#include "core/backup/BackupService.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

/// File › Back Up…: writes an Amanah backup of the open SQLite workspace on a worker thread
/// while others go on working, lists this workspace's backups with those due for deletion,
/// and sets after how many days a backup is due. A PostgreSQL workspace is backed up with
/// pg_dump: the dialog says so and writes the erasure ledger to keep beside the dumps.
/// Administrators only (the service checks; the menu item is hidden from others).
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~BackupDialog() override;

    /// Starts a backup into the chosen folder (what "Back Up Now" does).
    void startBackup();
    /// True while a backup runs.
    bool isBusy() const;
    /// The listed backups (paths), newest first.
    QStringList listedPaths() const;
    /// The message shown under the list (the last outcome).
    QString messageText() const;

signals:
    /// A backup ended (ok or not).
    void finished();

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void chooseFolder();
    void refreshList();
    void saveKeepDays();
    void exportLedger();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    QLabel* m_intro = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_keepLabel = nullptr;
    QSpinBox* m_keepDays = nullptr;
    QTreeWidget* m_list = nullptr;
    QProgressBar* m_progress = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_backUp = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive;
};
