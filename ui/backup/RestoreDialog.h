#pragma once

#include <QDialog>

class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

/// File › Restore…: restores an Amanah backup into a new workspace file on a worker thread
/// (core/backup/Restore): the erasure ledger beside the backup is checked and applied, as an
/// administrator of the backup signs in to it, before the workspace is put in place. The
/// widget collects the files and the credentials and shows the service's answer.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const QString& username, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    /// Fills the backup file (and the ledger and target beside it), as choosing it does.
    void setBackupFile(const QString& path);
    void setTargetFile(const QString& path);
    void setCredentials(const QString& username, const QString& password, const QString& code = {});
    /// Starts the restore (what the Restore button does).
    void startRestore();
    bool isBusy() const { return m_busy; }
    QString messageText() const;
    /// The file restored into, once the restore succeeded.
    const QString& restoredFile() const { return m_restored; }

signals:
    /// The restore ended; restoredFile() is empty when it failed.
    void finished();
    /// The user asked to open the restored workspace.
    void openRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void chooseBackup();
    void chooseLedger();
    void chooseTarget();
    void describeBackup();
    void retranslateUi();

    QLabel* m_intro = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLineEdit* m_backup = nullptr;
    QPushButton* m_browseBackup = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_ledgerLabel = nullptr;
    QLineEdit* m_ledger = nullptr;
    QPushButton* m_browseLedger = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLineEdit* m_target = nullptr;
    QPushButton* m_browseTarget = nullptr;
    QLabel* m_userLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QProgressBar* m_progress = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_restore = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    QString m_restored;
};
