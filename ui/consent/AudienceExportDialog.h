#pragma once

#include <QDialog>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class InlineMessage;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTimer;
class Session;
template <typename T> class QFutureWatcher;

/// Customers > Audience Export… (officers): the customers a purpose may be used for now, as
/// CSV for a mailing tool, optionally for a named recipient. ConsentService decides who is in
/// it (FairUse), audits the export with its purpose and count and, for a recipient, records a
/// disclosure per customer; the dialog asks for the purpose, the recipient and the file.
///
/// The export runs on a worker with its own connection; the dialog shows its progress, and
/// Cancel stops it: a cancelled export leaves no file (QSaveFile discards it) and, since
/// nothing was handed out, no audit entry and no disclosure.
class AudienceExportDialog : public QDialog
{
    Q_OBJECT
public:
    AudienceExportDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~AudienceExportDialog() override;

    QComboBox* purposeCombo() const { return m_purpose; }
    /// "No recipient" (data 0) and the recipients (data: their id).
    QComboBox* recipientCombo() const { return m_recipient; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QProgressBar* progressBar() const { return m_progress; }
    InlineMessage* errorMessage() const { return m_error; }
    /// Customers written by the last export (-1 before).
    qint64 exportedCount() const { return m_count; }
    /// True while an export runs.
    bool isWorking() const;

    /// Test seam: called on the worker after each batch of rows, with the cancel flag.
    static void setBatchHookForTest(std::function<void(const std::atomic<bool>& cancel)> hook);

public slots:
    void accept() override;
    /// While an export runs: cancels it (the dialog stays open); otherwise closes.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Work
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome
    {
        bool ok = false;
        qint64 count = 0;
        QStringList damaged; ///< ids left out because their data cannot be decrypted
        int error = 0; ///< ErrorCode when not ok
        QString message;
    };
    void retranslateUi();
    void setWorking(bool working);
    void updateProgress();
    void workDone();

    std::shared_ptr<Session> m_session;
    qint64 m_count = -1;
    QString m_path;
    QLabel* m_intro = nullptr;
    QLabel* m_purposeLabel = nullptr;
    QComboBox* m_purpose = nullptr;
    QLabel* m_recipientLabel = nullptr;
    QComboBox* m_recipient = nullptr;
    QProgressBar* m_progress = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_progressTimer = nullptr;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    // From the click on Export until the worker's outcome is shown (the future alone finishes
    // earlier, before its finished signal reaches the dialog).
    bool m_working = false;
    std::shared_ptr<Work> m_work;
};
