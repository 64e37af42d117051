#pragma once

#include "core/retention/RetentionRun.h"
#include "ui/widgets/Page.h"

#include <atomic>
#include <memory>

class InlineMessage;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class RetentionRulesModel;

/// Retention (officers): the rules (Permission::ManagePolicy: new, edit, deactivate) and the
/// run (Permission::RunRetention): a preview lists per rule how many customers and records
/// are due and why, with a sample of customer ids; Apply… asks for a justification and runs
/// the batches on a worker with its own database connection, with progress and Cancel.
class RetentionPage : public Page
{
    Q_OBJECT
public:
    explicit RetentionPage(QWidget* parent = nullptr);
    ~RetentionPage() override;

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;
    void clearSensitive() override;

    RetentionRulesModel* model() const { return m_model; }
    QTableView* rulesTable() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableWidget* findingsTable() const { return m_findings; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* sampleLabel() const { return m_sample; }
    InlineMessage* errorMessage() const { return m_error; }
    bool isWorking() const { return m_work != nullptr; }
    /// Test seam: customers per batch of the next applies (default RetentionRun::kDefaultBatch).
    void setBatchSize(int size) { m_batchSize = size; }

public slots:
    void reload();
    void newRule();
    void editRule();
    void deactivateRule();
    void previewRun();
    /// Asks for the justification, then applies on the worker.
    void applyRun();
    void cancelWork();

signals:
    /// A run deleted or anonymised customers (other pages reload).
    void customersRemoved();

protected:
    void retranslateUi() override;

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
        Error error;
        RetentionPlan plan;
        RetentionOutcome run;
    };
    void start(bool apply, const QString& justification);
    void workDone(bool apply, const Outcome& out);
    void showPlan(const RetentionPlan& plan);
    void showOutcome(const RetentionOutcome& out);
    void updateProgress();
    void updateButtons();
    void openRuleDialog(const RetentionRule& rule);
    const RetentionRule* selectedRule() const;

    RetentionRulesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_deactivate = nullptr;
    QLabel* m_rulesLabel = nullptr;
    QLabel* m_runLabel = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_findings = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_sample = nullptr;
    InlineMessage* m_error = nullptr;
    QTimer* m_progressTimer = nullptr;
    std::shared_ptr<Work> m_work;
    bool m_havePlan = false;
    bool m_planEmpty = true;
    int m_batchSize = RetentionRun::kDefaultBatch;
};
