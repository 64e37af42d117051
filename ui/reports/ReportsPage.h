#pragma once

#include "ui/reports/FiguresJob.h"
#include "ui/widgets/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class PeriodSelector;

/// Compliance reports: a period, a language (English or Bahasa Indonesia), PDF or a folder of
/// CSV files, where to save it; the figures are computed off the GUI thread, then written.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget* parent = nullptr);
    explicit ReportsPage(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;

    /// Computes the figures and writes the report to the chosen path.
    void exportReport();
    bool isExporting() const { return m_job->isRunning(); }

    PeriodSelector* periodSelector() const { return m_period; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* formatCombo() const { return m_format; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_exportButton; }
    QString statusText() const;

signals:
    /// An export ended; @p files is empty when it failed or was cancelled.
    void exported(const QStringList& files);

protected:
    void retranslateUi() override;

private:
    void buildUi();
    void browse();
    void finished(const FiguresJob::Outcome& outcome);
    void setBusy(bool busy);
    void updateProgress();

    std::shared_ptr<ReportService> m_service;
    FiguresJob* m_job = nullptr;
    PeriodSelector* m_period = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browseButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_progressTimer = nullptr;
};
