#include "ui/reports/DashboardPage.h"

#include "core/rules/RequestWorkflow.h"
#include "core/session/Session.h"
#include "ui/reports/PeriodSelector.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

const char* const kTileKeys[]
    = {"openTotal", "dueSoon", "overdue", "onTime", "stale", "erasures", "retention", "notified", "chain"};

QString typeName(const QString& code)
{
    Request::Type t;
    return Request::typeFromCode(code, &t) ? RequestWorkflow::typeName(t) : code;
}

QString stateName(const QString& code)
{
    Request::State s;
    return Request::stateFromCode(code, &s) ? RequestWorkflow::stateName(s) : code;
}

// Replaces the chart's content with @p series over @p categories, from 0 to @p top (0: the
// largest value). Small counts get whole-number ticks; larger ranges round to nice numbers.
void setBars(
    QChart* chart, QAbstractBarSeries* series, const QStringList& categories, const QString& title, double top = 0)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* a : axes) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(title);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    if (top <= 0) {
        for (QBarSet* set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i) {
                top = std::max(top, set->at(i));
            }
        }
    }
    top = std::max(1.0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, top > 5 ? top : std::ceil(top));
    if (top > 5) {
        y->applyNiceNumbers();
    } else {
        y->setTickCount(int(std::ceil(top)) + 1);
    }
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(series->barSets().size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : DashboardPage(nullptr, parent)
{ }

DashboardPage::DashboardPage(std::shared_ptr<Session> session, QWidget* parent)
    : Page(parent)
    , m_job(new FiguresJob(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();
    connect(m_job, &FiguresJob::finished, this, &DashboardPage::finished);
    retranslateUi();
    DashboardPage::setSession(session);
}

DashboardPage::~DashboardPage()
{
    m_job->wait();
}

QString DashboardPage::title() const
{
    return tr("Dashboard", "page title");
}

QLabel* DashboardPage::addTile(QGridLayout* grid, const QString& key, int index)
{
    auto* frame = new QWidget(this);
    frame->setObjectName(QStringLiteral("tileFrame_") + key);
    auto* box = new QVBoxLayout(frame);
    auto* value = new QLabel(frame);
    value->setObjectName(QStringLiteral("tile_") + key);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(frame);
    caption->setWordWrap(true);
    box->addWidget(value);
    box->addWidget(caption);
    frame->setStyleSheet(
        QStringLiteral("#%1 { border: 1px solid palette(mid); border-radius: 4px; }").arg(frame->objectName()));
    grid->addWidget(frame, index / 3, index % 3);
    m_tileCaptions.insert(key, caption);
    return value;
}

QChartView* DashboardPage::addChart(QGridLayout* grid, QChart** chart, int row, int column)
{
    *chart = new QChart;
    (*chart)->setAnimationOptions(QChart::NoAnimation);
    (*chart)->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(*chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    grid->addWidget(view, row, column);
    return view;
}

void DashboardPage::buildUi()
{
    m_period = new PeriodSelector(this);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("refreshProgress"));
    m_progressBar->setMaximumWidth(200);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_progressBar);
    bar->addWidget(m_cancelButton);
    bar->addStretch(1);
    contentLayout()->addLayout(bar);
    contentLayout()->addWidget(m_status);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    auto* tiles = new QGridLayout;
    int i = 0;
    for (const char* key : kTileKeys) {
        m_tiles.insert(QString::fromLatin1(key), addTile(tiles, QString::fromLatin1(key), i++));
    }
    column->addLayout(tiles);
    auto* charts = new QGridLayout;
    addChart(charts, &m_openChart, 0, 0);
    addChart(charts, &m_onTimeChart, 0, 1);
    addChart(charts, &m_medianChart, 1, 0);
    addChart(charts, &m_consentChart, 1, 1);
    column->addLayout(charts);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    contentLayout()->addWidget(scroll, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &DashboardPage::updateProgress);
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &FiguresJob::cancel);
    connect(m_period, &PeriodSelector::periodChanged, this, [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    });
    setBusy(false);
}

void DashboardPage::retranslateUi()
{
    Page::retranslateUi();
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Compute the figures of the period again (the audit trail is verified too)."));
    m_cancelButton->setText(tr("Cancel"));
    m_progressBar->setAccessibleName(tr("Refresh progress"));
    const QMap<QString, QString> captions{{QStringLiteral("openTotal"), tr("Open requests")},
                                          {QStringLiteral("dueSoon"), tr("Due within 2 days")},
                                          {QStringLiteral("overdue"), tr("Overdue")},
                                          {QStringLiteral("onTime"), tr("Answered within the deadline")},
                                          {QStringLiteral("stale"), tr("Stale consents (older notice)")},
                                          {QStringLiteral("erasures"), tr("Erasures done")},
                                          {QStringLiteral("retention"), tr("Retention runs")},
                                          {QStringLiteral("notified"), tr("Recipients notified")},
                                          {QStringLiteral("chain"), tr("Audit trail")}};
    for (auto it = captions.cbegin(); it != captions.cend(); ++it) {
        m_tileCaptions.value(it.key())->setText(it.value());
        m_tiles.value(it.key())->setAccessibleDescription(it.value());
    }
    showFigures();
}

void DashboardPage::setSession(const std::shared_ptr<Session>& session)
{
    m_job->wait();
    Page::setSession(session);
    // Only roles that may see reports get a service; it checks again on every call.
    m_service = session && session->can(Permission::ViewReports) ? std::make_shared<ReportService>(session) : nullptr;
    if (m_service) {
        m_period->setTimeZone(m_service->timeZone());
    }
    m_figures.reset();
    m_stale = true;
    m_status->clear();
    showFigures();
    setBusy(false);
    if (m_service && isVisible()) {
        refresh();
    }
}

void DashboardPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    if (m_stale && m_service && !isRefreshing()) {
        refresh();
    }
}

void DashboardPage::refresh()
{
    if (!m_service || isRefreshing()) {
        return;
    }
    m_stale = false;
    if (!m_job->start(m_service, m_period->period(), true)) {
        return;
    }
    m_progressBar->setRange(0, 0);
    m_status->setText(tr("Computing the figures…"));
    setBusy(true);
    m_progressTimer->start();
}

void DashboardPage::updateProgress()
{
    if (m_job->total() > 0) {
        m_progressBar->setRange(0, m_job->total());
        m_progressBar->setValue(m_job->done());
    }
}

void DashboardPage::setBusy(bool busy)
{
    m_refreshButton->setEnabled(m_service && !busy);
    m_period->setEnabled(m_service != nullptr);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void DashboardPage::finished(const FiguresJob::Outcome& outcome)
{
    m_progressTimer->stop();
    setBusy(false);
    if (outcome.ok) {
        m_figures = outcome.figures;
        m_status->setText(tr("Figures of %1 to %2, as of %3.")
                              .arg(QLocale().toString(m_figures->period.first, QLocale::ShortFormat),
                                   QLocale().toString(m_figures->period.last, QLocale::ShortFormat),
                                   QLocale().toString(m_figures->generatedAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (outcome.error.code == ErrorCode::Cancelled) {
        m_status->setText(tr("The refresh was cancelled."));
    } else {
        m_status->setText(tr("The figures could not be computed: %1").arg(outcome.error.message));
    }
    showFigures();
    emit refreshed();
    if (m_stale && isVisible()) {
        refresh(); // the period changed meanwhile
    }
}

QString DashboardPage::tileText(const QString& key) const
{
    const QLabel* l = m_tiles.value(key);
    return l ? l->text() : QString();
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::showFigures()
{
    if (!m_figures) {
        for (QLabel* l : std::as_const(m_tiles)) {
            l->setText(QStringLiteral("–"));
        }
        for (QChart* c : {m_openChart, m_onTimeChart, m_medianChart, m_consentChart}) {
            c->removeAllSeries();
            c->setTitle(QString());
        }
        return;
    }
    const ComplianceFigures& f = *m_figures;
    showTiles(f);
    showOpenChart(f);
    showOnTimeChart(f);
    showMedianChart(f);
    showConsentChart(f);
}

void DashboardPage::showTiles(const ComplianceFigures& f)
{
    const QLocale locale;
    m_tiles.value(QStringLiteral("openTotal"))->setText(locale.toString(f.openTotal));
    m_tiles.value(QStringLiteral("dueSoon"))->setText(locale.toString(f.dueSoon));
    m_tiles.value(QStringLiteral("overdue"))->setText(locale.toString(f.overdue));
    m_tiles.value(QStringLiteral("onTime"))
        ->setText(f.answered ? locale.toString(f.onTimePercent(), 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"));
    m_tiles.value(QStringLiteral("onTime"))
        ->setToolTip(tr("%1 of %2 requests answered in the period").arg(f.answeredOnTime).arg(f.answered));
    m_tiles.value(QStringLiteral("stale"))->setText(locale.toString(f.staleConsents));
    m_tiles.value(QStringLiteral("erasures"))->setText(locale.toString(f.erasuresDone));
    m_tiles.value(QStringLiteral("retention"))->setText(locale.toString(f.retentionRuns));
    m_tiles.value(QStringLiteral("notified"))->setText(locale.toString(f.recipientsNotified));
    QLabel* chain = m_tiles.value(QStringLiteral("chain"));
    chain->setText(!f.chain.verified    ? tr("Not checked")
                       : f.chain.intact ? tr("Intact")
                                        : tr("Broken at %1").arg(f.chain.firstBroken));
    chain->setToolTip(f.chain.verified ? tr("Checkpoint: entry %1, MAC %2").arg(f.chain.headSeq).arg(f.chain.headMacHex)
                                       : QString());
}

void DashboardPage::showOpenChart(const ComplianceFigures& f)
{
    // Open requests: one stacked bar per type, a segment per state.
    QStringList types;
    QStringList states;
    for (auto it = f.openByTypeAndState.cbegin(); it != f.openByTypeAndState.cend(); ++it) {
        types << it.key();
        for (auto s = it->cbegin(); s != it->cend(); ++s) {
            if (!states.contains(s.key())) {
                states << s.key();
            }
        }
    }
    auto* open = new QStackedBarSeries;
    double maxOpen = 0;
    for (const QString& s : states) {
        auto* set = new QBarSet(stateName(s));
        for (const QString& t : types) {
            *set << double(f.openByTypeAndState.value(t).value(s));
        }
        open->append(set);
    }
    for (const QString& t : types) {
        double sum = 0;
        for (auto v : f.openByTypeAndState.value(t)) {
            sum += double(v);
        }
        maxOpen = std::max(maxOpen, sum);
    }
    QStringList typeNames;
    for (const QString& t : types) {
        typeNames << typeName(t);
    }
    setBars(m_openChart, open, typeNames, tr("Open requests by type and state"), std::max(1.0, maxOpen));
}

void DashboardPage::showOnTimeChart(const ComplianceFigures& f)
{
    auto* onTime = new QBarSeries;
    auto* share = new QBarSet(tr("% answered within the deadline"));
    QStringList months;
    for (const auto& m : f.answeredByMonth) {
        *share << m.percent();
        months << m.month.toString(QStringLiteral("yyyy-MM"));
    }
    onTime->append(share);
    setBars(m_onTimeChart, onTime, months, tr("Answered within the deadline per month (%)"), 100);
}

void DashboardPage::showMedianChart(const ComplianceFigures& f)
{
    auto* medians = new QBarSeries;
    auto* days = new QBarSet(tr("Median days"));
    QStringList medianTypes;
    for (const auto& m : f.medianByType) {
        *days << m.medianDays;
        medianTypes << typeName(m.type);
    }
    medians->append(days);
    setBars(m_medianChart, medians, medianTypes, tr("Median days to answer per type"));
}

void DashboardPage::showConsentChart(const ComplianceFigures& f)
{
    QStringList months;
    for (const auto& m : f.answeredByMonth) {
        months << m.month.toString(QStringLiteral("yyyy-MM"));
    }
    // Consent: per month, a bar per purpose for grants and one for withdrawals.
    auto* consent = new QBarSeries;
    QStringList purposes;
    for (const auto& p : f.consentByPurpose) {
        if (p.granted || p.withdrawn) {
            purposes << p.purpose;
        }
    }
    for (const QString& p : purposes) {
        auto* given = new QBarSet(tr("%1 given").arg(p));
        auto* withdrawn = new QBarSet(tr("%1 withdrawn").arg(p));
        for (const auto& m : f.answeredByMonth) {
            qint64 g = 0;
            qint64 w = 0;
            for (const auto& c : f.consentByMonth) {
                if (c.purpose == p && c.month == m.month) {
                    g += c.granted;
                    w += c.withdrawn;
                }
            }
            *given << double(g);
            *withdrawn << double(w);
        }
        consent->append(given);
        consent->append(withdrawn);
    }
    setBars(m_consentChart, consent, months, tr("Consent given and withdrawn per purpose"));
}
