#include "ui/reports/PeriodSelector.h"

#include "core/common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

PeriodSelector::PeriodSelector(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_label->setBuddy(m_preset);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addStretch(1);
    for (int i = 0; i < 4; ++i) {
        m_preset->addItem(QString());
    }
    retranslateUi();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodSelector::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodSelector::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodSelector::periodChanged);
    presetChosen();
}

void PeriodSelector::retranslateUi()
{
    m_label->setText(tr("&Period:"));
    m_preset->setItemText(0, tr("This month"));
    m_preset->setItemText(1, tr("Last 3 months"));
    m_preset->setItemText(2, tr("This year"));
    m_preset->setItemText(3, tr("Custom"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
}

void PeriodSelector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

QDate PeriodSelector::today() const
{
    return Clock::instance().now().toTimeZone(m_zone).date();
}

void PeriodSelector::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    presetChosen();
}

void PeriodSelector::presetChosen()
{
    const auto preset = static_cast<Preset>(m_preset->currentIndex());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const ReportPeriod p = preset == Preset::ThisMonth ? ReportPeriod::thisMonth(today())
            : preset == Preset::LastThreeMonths            ? ReportPeriod::lastMonths(today(), 3)
                                                           : ReportPeriod::thisYear(today());
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(p.first);
        m_to->setDate(p.last);
    }
    emit periodChanged();
}

ReportPeriod PeriodSelector::period() const
{
    return {m_from->date(), m_to->date()};
}

void PeriodSelector::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(static_cast<int>(preset));
}

void PeriodSelector::setPeriod(const ReportPeriod& period)
{
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(static_cast<int>(Preset::Custom));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(period.first);
        m_to->setDate(period.last);
    }
    emit periodChanged();
}
