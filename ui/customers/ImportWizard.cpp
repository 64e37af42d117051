#include "ui/customers/ImportWizard.h"

#include "core/customers/NameIndex.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "ui/widgets/FileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

using Column = CustomerImporter::Column;

namespace {
/// A page whose completeness and set-up the wizard decides.
class HookPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<void()> init;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void initializePage() override
    {
        if (init) {
            init();
        }
    }
};

const QList<Column> kColumns{Column::ExternalRef,
                             Column::FullName,
                             Column::Email,
                             Column::Phone,
                             Column::Address,
                             Column::BirthDate,
                             Column::Country,
                             Column::Jurisdiction,
                             Column::Language,
                             Column::Notes,
                             Column::Source};

void changed(QWizard* wizard, int id)
{
    if (QWizardPage* p = wizard->page(id)) {
        emit p->completeChanged();
    }
}
} // namespace

ImportWizard::ImportWizard(std::shared_ptr<Session> session, QWidget* parent)
    : QWizard(parent)
    , m_session(std::move(session))
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(ValidatePage, buildValidatePage());
    setPage(RunPage, buildRunPage());
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportWizard::updateProgress);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportWizard::workDone);
    retranslateUi();
    resize(760, 560);
}

ImportWizard::~ImportWizard()
{
    // The worker has its own connection and writes in one transaction: cancelled, it rolls back.
    if (m_work) {
        m_work->cancel = true;
    }
    m_watcher->waitForFinished();
}

QWizardPage* ImportWizard::buildFilePage()
{
    auto* page = new HookPage(this);
    m_fileIntro = new QLabel(page);
    m_fileIntro->setWordWrap(true);
    m_fileLabel = new QLabel(page);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("importFile"));
    m_fileEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browse = new QPushButton(page);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_fileError = new QLabel(page);
    m_fileError->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fileLabel);
    row->addWidget(m_fileEdit, 1);
    row->addWidget(m_browse);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_fileIntro);
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch();
    page->complete = [this] {
        return !m_header.isEmpty();
    };
    connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);
    return page;
}

QWizardPage* ImportWizard::buildMappingPage()
{
    auto* page = new HookPage(this);
    auto* form = new QFormLayout;
    for (Column c : kColumns) {
        auto* label = new QLabel(page);
        auto* combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("map_%1").arg(static_cast<int>(c)));
        label->setBuddy(combo);
        m_combos.insert(c, combo);
        m_comboLabels.insert(c, label);
        form->addRow(label, combo);
    }
    m_consentColumns = new QLabel(page);
    m_consentColumns->setObjectName(QStringLiteral("consentColumns"));
    m_consentColumns->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_consentColumns);
    layout->addStretch();
    page->init = [this] {
        fillMapping();
    };
    return page;
}

QWizardPage* ImportWizard::buildValidatePage()
{
    auto* page = new HookPage(this);
    m_validationLabel = new QLabel(page);
    m_validationLabel->setObjectName(QStringLiteral("validationSummary"));
    m_validationLabel->setWordWrap(true);
    m_validateProgress = new QProgressBar(page);
    m_reportTable = new QTableWidget(page);
    m_reportTable->setObjectName(QStringLiteral("importReport"));
    m_reportTable->setColumnCount(2);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_goodRowsOnly = new QCheckBox(page);
    m_goodRowsOnly->setObjectName(QStringLiteral("goodRowsOnly"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_validateProgress);
    layout->addWidget(m_reportTable, 1);
    layout->addWidget(m_goodRowsOnly);
    page->setCommitPage(true);
    page->complete = [this] {
        return m_validated && !isWorking();
    };
    page->init = [this] {
        startWork(false);
    };
    return page;
}

QWizardPage* ImportWizard::buildRunPage()
{
    auto* page = new HookPage(this);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancelWork = new QPushButton(page);
    m_cancelWork->setObjectName(QStringLiteral("importCancel"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelWork);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addStretch();
    page->complete = [this] {
        return m_finished;
    };
    page->init = [this] {
        startWork(true);
    };
    connect(m_cancelWork, &QPushButton::clicked, this, [this] {
        if (m_work) {
            m_work->cancel = true;
        }
        m_cancelWork->setEnabled(false);
    });
    return page;
}

void ImportWizard::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import Customers"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

bool ImportWizard::setFile(const QString& path)
{
    QFile file(path);
    m_header.clear();
    m_data.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileError->setText(tr("The file cannot be read: %1").arg(file.errorString()));
    } else {
        m_data = file.readAll();
        m_header = CustomerImporter::header(m_data);
        m_fileError->setText(m_header.isEmpty() ? tr("The file has no header row: is it a CSV file?") : QString());
    }
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_guess = CustomerImporter::guessMapping(m_header);
    m_validated = false;
    changed(this, FilePage);
    return !m_header.isEmpty();
}

void ImportWizard::fillMapping()
{
    for (Column c : kColumns) {
        QComboBox* combo = m_combos.value(c);
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < m_header.size(); ++i) {
            combo->addItem(tr("Column %1: %2").arg(i + 1).arg(m_header.at(i)), i);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(m_guess.columns.value(c, -1))));
    }
    QStringList consents;
    for (const CustomerImporter::ConsentColumn& cc : m_guess.consents) {
        consents << tr("“%1” (column %2)").arg(cc.purposeCode).arg(cc.column + 1);
    }
    m_consentColumns->setText(consents.isEmpty() ? tr("No consent columns found (name them consent:<purpose code>).")
                                                 : tr("Consent columns: %1").arg(consents.join(QStringLiteral(", "))));
}

CustomerImporter::Mapping ImportWizard::mapping() const
{
    CustomerImporter::Mapping m = m_guess;
    m.columns.clear();
    for (Column c : kColumns) {
        const int column = m_combos.value(c)->currentData().toInt();
        if (column >= 0) {
            m.columns.insert(c, column);
        }
    }
    return m;
}

bool ImportWizard::isWorking() const
{
    return m_working;
}

void ImportWizard::startWork(bool write)
{
    if (isWorking()) {
        return;
    }
    m_working = true;
    m_writing = write;
    m_workError.clear();
    if (write) {
        m_finished = false;
        m_summary->setText(tr("Importing…"));
        m_cancelWork->setEnabled(true);
        m_cancelWork->setVisible(true);
    } else {
        m_validated = false;
        m_reportTable->setRowCount(0);
        m_validationLabel->setText(tr("Checking every row…"));
    }
    QProgressBar* bar = write ? m_progress : m_validateProgress;
    bar->setRange(0, 0);
    bar->setVisible(true);
    m_work = std::make_shared<Progress>();
    // A Database belongs to one thread: the worker opens its own connection and acts through
    // a copy of the session (keys and user) on it.
    const WorkspaceLocation location = m_session->workspace()->location();
    const Vault vault = m_session->vault();
    const User user = m_session->user();
    const QByteArray workspaceId = m_session->workspaceId();
    const QByteArray csv = m_data;
    const CustomerImporter::Mapping map = mapping();
    const auto policy
        = m_goodRowsOnly->isChecked() ? CustomerImporter::Policy::GoodRowsOnly : CustomerImporter::Policy::AllOrNothing;
    std::shared_ptr<Progress> work = m_work;
    // The worker's Workspace is its own object: hand it the index the pages search (if any).
    const std::shared_ptr<NameIndex> index = NameIndex::existing(m_session->workspace().get());
    m_watcher->setFuture(QtConcurrent::run([=]() {
        Outcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = ws.error();
            return out;
        }
        auto session = std::make_shared<Session>(*ws, vault, user, workspaceId);
        CustomerImporter importer(session);
        importer.setNameIndex(index);
        auto progress = [work](qint64 done, qint64 total) {
            work->done = done;
            work->total = total;
            return !work->cancel.load();
        };
        auto report = write ? importer.run(csv, map, policy, progress) : importer.validate(csv, map, progress);
        out.ok = report.ok();
        if (report) {
            out.report = *report;
        } else {
            out.error = report.error();
        }
        return out;
    }));
    m_progressTimer->start();
    changed(this, write ? RunPage : ValidatePage);
}

void ImportWizard::updateProgress()
{
    if (!m_work || m_work->total.load() <= 0) {
        return;
    }
    QProgressBar* bar = m_writing ? m_progress : m_validateProgress;
    bar->setRange(0, 1000);
    bar->setValue(static_cast<int>(1000 * m_work->done.load() / m_work->total.load()));
}

void ImportWizard::workDone()
{
    m_working = false;
    m_progressTimer->stop();
    const Outcome out = m_watcher->result();
    m_work.reset();
    m_report = out.report;
    m_workError = out.ok ? QString() : out.error.message;
    if (m_writing) {
        m_finished = true;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_cancelWork->setVisible(false);
        showSummary();
        if (out.ok && m_report.imported > 0) {
            emit imported();
        }
        changed(this, RunPage);
    } else {
        m_validated = out.ok;
        m_validateProgress->setVisible(false);
        showValidation();
        changed(this, ValidatePage);
    }
}

void ImportWizard::showValidation()
{
    if (!m_workError.isEmpty()) {
        m_validationLabel->setText(tr("The file could not be checked: %1").arg(m_workError));
        return;
    }
    if (!m_validated) {
        return;
    }
    const CustomerImporter::Report& r = m_report;
    m_reportTable->setRowCount(static_cast<int>(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        auto* line = new QTableWidgetItem(QString::number(r.problems.at(i).line));
        line->setData(Qt::TextAlignmentRole, QVariant(Qt::AlignRight | Qt::AlignVCenter));
        m_reportTable->setItem(i, 0, line);
        m_reportTable->setItem(i, 1, new QTableWidgetItem(r.problems.at(i).reason));
    }
    QString text = tr("%1 row(s) read: %2 good, %3 bad (of which %4 duplicate(s) by email).")
                       .arg(r.rows)
                       .arg(r.good)
                       .arg(r.problems.size())
                       .arg(r.duplicates);
    text += QLatin1Char(' ');
    text += r.problems.isEmpty() ? tr("Every row can be imported.")
                                 : tr("By default nothing is imported while any row is bad: correct the file, or "
                                      "import only the good rows.");
    m_validationLabel->setText(text);
    m_reportTable->setVisible(!r.problems.isEmpty());
    m_goodRowsOnly->setVisible(!r.problems.isEmpty());
}

void ImportWizard::showSummary()
{
    const CustomerImporter::Report& r = m_report;
    if (!m_workError.isEmpty()) {
        m_summary->setText(m_workError.isEmpty() ? QString() : tr("Nothing was imported: %1").arg(m_workError));
        return;
    }
    if (r.imported == 0 && !r.problems.isEmpty()) {
        m_summary->setText(tr("Nothing was imported: %1 row(s) are bad (see the report). Correct the file, or run the "
                              "import again and choose to import only the good rows.")
                               .arg(r.problems.size()));
        return;
    }
    m_summary->setText(tr("%1 customer(s) and %2 consent event(s) were imported; %3 bad row(s) were left out. The "
                          "import was recorded in the audit trail as one action.")
                           .arg(r.imported)
                           .arg(r.consentEvents)
                           .arg(r.problems.size()));
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import Customers"));
    page(FilePage)->setTitle(tr("Choose the CSV file"));
    page(MappingPage)->setTitle(tr("Match the columns"));
    page(MappingPage)->setSubTitle(tr("Which column of the file holds each customer field"));
    page(ValidatePage)->setTitle(tr("Check the rows"));
    page(RunPage)->setTitle(tr("Import"));
    m_fileIntro->setText(tr("A CSV file with a header row: one customer per row, and optionally one column per "
                            "purpose named consent:<purpose code>. Every row is checked before anything is written."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    const QStringList names{tr("Customer reference"),
                            tr("Full name"),
                            tr("Email"),
                            tr("Phone"),
                            tr("Address"),
                            tr("Birth date"),
                            tr("Country"),
                            tr("Jurisdiction"),
                            tr("Language"),
                            tr("Notes"),
                            tr("Source")};
    for (int i = 0; i < kColumns.size(); ++i) {
        m_comboLabels.value(kColumns.at(i))->setText(names.at(i) + QLatin1Char(':'));
    }
    m_reportTable->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_goodRowsOnly->setText(tr("Import &only the good rows (the bad ones are left out)"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_cancelWork->setText(tr("Cancel Import"));
    if (m_validated) {
        showValidation();
    }
    if (m_finished) {
        showSummary();
    }
}
