#pragma once

#include "core/reports/ReportService.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

/// The period of a dashboard or report: this month, the last 3 months, this year (each up
/// to today in the workspace's time zone, on the project Clock) or two dates of one's own.
class PeriodSelector : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { ThisMonth, LastThreeMonths, ThisYear, Custom };

    explicit PeriodSelector(QWidget* parent = nullptr);

    ReportPeriod period() const;
    /// Chooses a preset; Custom keeps the dates shown.
    void setPreset(Preset preset);
    /// Custom dates (selects Custom).
    void setPeriod(const ReportPeriod& period);
    /// The zone whose "today" the presets end on.
    void setTimeZone(const QTimeZone& zone);

    QComboBox* presetCombo() const { return m_preset; }

signals:
    void periodChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void presetChosen();
    QDate today() const;

    QLabel* m_label = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
};
