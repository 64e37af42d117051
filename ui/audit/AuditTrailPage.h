#pragma once

#include "core/audit/AuditService.h"
#include "ui/widgets/Page.h"

#include <QFutureWatcher>

#include <atomic>
#include <memory>

class AuditTableModel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
class Session;

/// The audit trail (ARCHITECTURE.md §7, §8): every change newest first, filtered by actor,
/// action, object and dates and loaded lazily; the selected entry's details and justification;
/// verification of the whole chain off the GUI thread with progress and cancel; export of the
/// filtered period as CSV or JSON with the chain head. Officers, managers and administrators.
class AuditTrailPage : public Page
{
    Q_OBJECT
public:
    /// A page without a session shows nothing until setSession().
    explicit AuditTrailPage(QWidget* parent = nullptr);
    AuditTrailPage(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~AuditTrailPage() override;

    QString title() const override;
    /// The signed-in user whose permission the page uses (null: signed out).
    void setSession(const std::shared_ptr<Session>& session) override;

    AuditTableModel* model() const { return m_model; }
    /// The sentence of the last verification ("The audit trail is intact ..."), empty before.
    QString verificationText() const;
    bool isVerifying() const;

public slots:
    void applyFilter();
    void clearFilter();
    /// Starts verification on a worker thread.
    void verify();
    void cancelVerification();
    /// Asks for a file (FileDialog) and exports the filtered entries: .json as JSON, else CSV.
    void exportTrail();

signals:
    /// Verification finished (intact, broken, cancelled or failed).
    void verificationFinished();

protected:
    void retranslateUi() override;

private:
    /// What the worker hands back (default-constructible for QFuture).
    struct Outcome
    {
        bool ok = false;
        AuditLog::Verification verification;
        Error error;
    };
    /// Shared with the worker; outlives the page if the worker is still finishing.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };

    void buildUi();
    void showDetails();
    void updateProgress();
    void verificationDone();
    void showOutcome();
    void setBusy(bool busy);
    AuditFilter currentFilter() const;

    std::shared_ptr<AuditService> m_service;
    AuditTableModel* m_model = nullptr;

    QLabel* m_actorLabel = nullptr;
    QLineEdit* m_actorEdit = nullptr;
    QLabel* m_actionLabel = nullptr;
    QLineEdit* m_actionEdit = nullptr;
    QLabel* m_objectTypeLabel = nullptr;
    QLineEdit* m_objectTypeEdit = nullptr;
    QLabel* m_objectIdLabel = nullptr;
    QLineEdit* m_objectIdEdit = nullptr;
    QLabel* m_fromLabel = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_resultIcon = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTimer* m_progressTimer = nullptr;

    QFutureWatcher<Outcome>* m_watcher = nullptr;
    /// From verify() until verificationDone() has shown the outcome (the future ends earlier).
    bool m_verifying = false;
    std::shared_ptr<Progress> m_progress;
    std::optional<Outcome> m_lastOutcome;
};
