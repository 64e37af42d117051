#pragma once

#include "ui/reports/FiguresJob.h"
#include "ui/widgets/Page.h"

#include <QMap>

#include <optional>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class PeriodSelector;

/// The dashboard for officers and managers: figures and charts of a period that a person
/// reads at a glance (open requests by state and type, due soon and overdue, the share
/// answered on time per month, median days to answer, consent given and withdrawn per
/// purpose, stale consents, erasures, retention runs, notifications, the audit chain).
/// Aggregates only (ReportService); the figures are computed on a worker thread.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget* parent = nullptr);
    explicit DashboardPage(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;

    /// Recomputes the figures of the chosen period off the GUI thread.
    void refresh();
    bool isRefreshing() const { return m_job->isRunning(); }
    const std::optional<ComplianceFigures>& figures() const { return m_figures; }

    PeriodSelector* periodSelector() const { return m_period; }
    QPushButton* refreshButton() const { return m_refreshButton; }
    /// The value shown on the tile of @p key ("openTotal", "dueSoon", "overdue", "onTime",
    /// "stale", "erasures", "retention", "notified", "chain").
    QString tileText(const QString& key) const;
    QChart* openChart() const { return m_openChart; }
    QChart* onTimeChart() const { return m_onTimeChart; }
    QChart* medianChart() const { return m_medianChart; }
    QChart* consentChart() const { return m_consentChart; }
    QString statusText() const;

signals:
    void refreshed();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void finished(const FiguresJob::Outcome& outcome);
    void showFigures();
    void showTiles(const ComplianceFigures& f);
    void showOpenChart(const ComplianceFigures& f);
    void showOnTimeChart(const ComplianceFigures& f);
    void showMedianChart(const ComplianceFigures& f);
    void showConsentChart(const ComplianceFigures& f);
    void updateProgress();
    void setBusy(bool busy);
    QLabel* addTile(QGridLayout* grid, const QString& key, int index);
    QChartView* addChart(QGridLayout* grid, QChart** chart, int row, int column);

    std::shared_ptr<ReportService> m_service;
    FiguresJob* m_job = nullptr;
    std::optional<ComplianceFigures> m_figures;
    bool m_stale = true; ///< the shown figures do not match the session or period

    PeriodSelector* m_period = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_progressTimer = nullptr;
    QMap<QString, QLabel*> m_tiles;
    QMap<QString, QLabel*> m_tileCaptions;
    QChart* m_openChart = nullptr;
    QChart* m_onTimeChart = nullptr;
    QChart* m_medianChart = nullptr;
    QChart* m_consentChart = nullptr;
};
