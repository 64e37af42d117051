#include "ui/reports/ReportsPage.h"

#include "core/documents/DocumentRenderer.h"
#include "core/session/Session.h"
#include "ui/reports/PeriodSelector.h"
#include "ui/widgets/FileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

ReportsPage::ReportsPage(QWidget* parent)
    : ReportsPage(nullptr, parent)
{ }

ReportsPage::ReportsPage(std::shared_ptr<Session> session, QWidget* parent)
    : Page(parent)
    , m_job(new FiguresJob(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    buildUi();
    connect(m_job, &FiguresJob::finished, this, &ReportsPage::finished);
    retranslateUi();
    ReportsPage::setSession(session);
}

ReportsPage::~ReportsPage()
{
    m_job->wait();
}

QString ReportsPage::title() const
{
    return tr("Reports", "page title");
}

void ReportsPage::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_period = new PeriodSelector(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("id"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(QString(), QStringLiteral("pdf"));
    m_format->addItem(QString(), QStringLiteral("csv"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->addRow(m_period);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_pathLabel, pathRow);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("exportProgress"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_exportButton);
    actions->addWidget(m_progressBar);
    actions->addWidget(m_cancelButton);
    actions->addStretch(1);
    m_progressBar->setMaximumWidth(300);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_intro);
    contentLayout()->addLayout(form);
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_status);
    contentLayout()->addStretch(1);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ReportsPage::updateProgress);
    connect(m_browseButton, &QPushButton::clicked, this, &ReportsPage::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &FiguresJob::cancel);
    setBusy(false);
}

void ReportsPage::retranslateUi()
{
    Page::retranslateUi();
    m_intro->setText(tr("A compliance report holds figures only: requests, deadlines, consent, erasures, retention "
                        "runs, notifications and the audit trail's checkpoint. It never shows a customer."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Bahasa Indonesia"));
    m_formatLabel->setText(tr("&Format:"));
    m_format->setItemText(0, tr("PDF document"));
    m_format->setItemText(1, tr("Folder of CSV files"));
    m_pathLabel->setText(tr("&Save to:"));
    m_browseButton->setText(tr("&Browse…"));
    m_exportButton->setText(tr("&Export"));
    m_cancelButton->setText(tr("Cancel"));
    m_progressBar->setAccessibleName(tr("Export progress"));
}

void ReportsPage::setSession(const std::shared_ptr<Session>& session)
{
    m_job->wait();
    Page::setSession(session);
    m_service = session && session->can(Permission::ViewReports) ? std::make_shared<ReportService>(session) : nullptr;
    if (m_service) {
        m_period->setTimeZone(m_service->timeZone());
    }
    m_status->clear();
    setBusy(false);
}

void ReportsPage::browse()
{
    const bool pdf = m_format->currentData().toString() == QLatin1String("pdf");
    const ReportPeriod p = m_period->period();
    const QString name = QStringLiteral("compliance-%1-%2%3")
                             .arg(p.first.toString(Qt::ISODate),
                                  p.last.toString(Qt::ISODate),
                                  pdf ? QStringLiteral(".pdf") : QString());
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save the report"), QDir::home().filePath(name), pdf ? tr("PDF documents (*.pdf)") : QString());
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

void ReportsPage::exportReport()
{
    if (!m_service || isExporting()) {
        return;
    }
    if (m_path->text().trimmed().isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        return;
    }
    if (!m_job->start(m_service, m_period->period(), true)) {
        return;
    }
    m_progressBar->setRange(0, 0);
    m_status->setText(tr("Computing the figures and verifying the audit trail…"));
    setBusy(true);
    m_progressTimer->start();
}

void ReportsPage::updateProgress()
{
    if (m_job->total() > 0) {
        m_progressBar->setRange(0, m_job->total());
        m_progressBar->setValue(m_job->done());
    }
}

void ReportsPage::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_period, m_language, m_format, m_path, m_browseButton}) {
        w->setEnabled(m_service && !busy);
    }
    m_exportButton->setEnabled(m_service && !busy);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ReportsPage::finished(const FiguresJob::Outcome& outcome)
{
    m_progressTimer->stop();
    QStringList files;
    if (!outcome.ok) {
        m_status->setText(outcome.error.code == ErrorCode::Cancelled
                              ? tr("The export was cancelled.")
                              : tr("The report could not be made: %1").arg(outcome.error.message));
    } else {
        // Writing happens here, on the thread that owns the session: the export is audited.
        m_status->setText(tr("Writing the report…"));
        const auto format = m_format->currentData().toString() == QLatin1String("pdf") ? ReportService::Format::Pdf
                                                                                       : ReportService::Format::Csv;
        auto written = m_service->exportReport(outcome.figures,
                                               format,
                                               m_language->currentData().toString(),
                                               QDir::fromNativeSeparators(m_path->text().trimmed()),
                                               &DocumentRenderer::htmlToPdf);
        if (written) {
            files = *written;
            QString text = tr("The report was saved: %1").arg(QDir::toNativeSeparators(m_path->text().trimmed()));
            if (!outcome.figures.chain.intact) {
                text += QLatin1Char(' ') + tr("Warning: the audit trail failed verification; the report says so.");
            }
            m_status->setText(text);
        } else {
            m_status->setText(tr("The report could not be saved: %1").arg(written.errorString()));
        }
    }
    setBusy(false);
    emit exported(files);
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}
