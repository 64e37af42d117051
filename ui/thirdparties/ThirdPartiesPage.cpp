#include "ui/thirdparties/ThirdPartiesPage.h"

#include "core/common/Translations.h"
#include "core/consent/PurposeService.h"
#include "core/documents/DocumentRenderer.h"
#include "core/rules/DataInventory.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "core/thirdparties/DisclosureService.h"
#include "core/thirdparties/RecipientService.h"
#include "core/thirdparties/RopaExport.h"
#include "ui/thirdparties/NoticeDraftDialog.h"
#include "ui/thirdparties/RecipientDialog.h"
#include "ui/thirdparties/RecipientsTableModel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

ThirdPartiesPage::ThirdPartiesPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_message(new InlineMessage(this))
    , m_model(new RecipientsTableModel(this))
{
    setObjectName(QStringLiteral("thirdPartiesPage"));
    m_tabs->setObjectName(QStringLiteral("thirdPartiesTabs"));
    m_message->setObjectName(QStringLiteral("thirdPartiesMessage"));
    m_tabs->addTab(buildRecipientsTab(), QString());
    m_tabs->addTab(buildInventoryTab(), QString());
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(m_tabs, 1);
    retranslateUi();
    updateButtons();
}

QString ThirdPartiesPage::title() const
{
    return tr("Third parties", "page title");
}

QWidget* ThirdPartiesPage::buildRecipientsTab()
{
    auto* tab = new QWidget(this);
    m_recipientsView = new QTableView(tab);
    m_recipientsView->setObjectName(QStringLiteral("recipientsView"));
    m_recipientsView->setModel(m_model);
    m_recipientsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipientsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recipientsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipientsView->setAlternatingRowColors(true);
    m_recipientsView->verticalHeader()->hide();
    m_recipientsView->horizontalHeader()->setStretchLastSection(true);
    m_new = new QPushButton(tab);
    m_new->setObjectName(QStringLiteral("newRecipientButton"));
    m_edit = new QPushButton(tab);
    m_edit->setObjectName(QStringLiteral("editRecipientButton"));
    m_import = new QPushButton(tab);
    m_import->setObjectName(QStringLiteral("importDisclosuresButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_import);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_recipientsView, 1);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &ThirdPartiesPage::newRecipient);
    connect(m_edit, &QPushButton::clicked, this, &ThirdPartiesPage::editRecipient);
    connect(m_import, &QPushButton::clicked, this, &ThirdPartiesPage::importDisclosures);
    connect(m_recipientsView, &QTableView::doubleClicked, this, &ThirdPartiesPage::editRecipient);
    connect(m_recipientsView->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &ThirdPartiesPage::updateButtons);
    return tab;
}

QWidget* ThirdPartiesPage::buildInventoryTab()
{
    auto* tab = new QWidget(this);
    m_inventory = new QTableWidget(tab);
    m_inventory->setObjectName(QStringLiteral("inventoryTable"));
    m_inventory->setColumnCount(StatusCol + 1);
    m_inventory->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inventory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inventory->setAlternatingRowColors(true);
    m_inventory->verticalHeader()->hide();
    m_inventory->horizontalHeader()->setStretchLastSection(true);
    m_otherCategories = new QLabel(tab);
    m_otherCategories->setObjectName(QStringLiteral("otherCategories"));
    m_otherCategories->setWordWrap(true);
    m_problemsLabel = new QLabel(tab);
    m_problems = new QListWidget(tab);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setWordWrap(true);
    m_problemsLabel->setBuddy(m_problems);
    m_ropaCsv = new QPushButton(tab);
    m_ropaCsv->setObjectName(QStringLiteral("ropaCsvButton"));
    m_ropaPdf = new QPushButton(tab);
    m_ropaPdf->setObjectName(QStringLiteral("ropaPdfButton"));
    m_notice = new QPushButton(tab);
    m_notice->setObjectName(QStringLiteral("draftNoticeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ropaCsv);
    buttons->addWidget(m_ropaPdf);
    buttons->addStretch();
    buttons->addWidget(m_notice);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_inventory, 3);
    layout->addWidget(m_otherCategories);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addLayout(buttons);
    connect(m_ropaCsv, &QPushButton::clicked, this, &ThirdPartiesPage::exportRopaCsv);
    connect(m_ropaPdf, &QPushButton::clicked, this, &ThirdPartiesPage::exportRopaPdf);
    connect(m_notice, &QPushButton::clicked, this, &ThirdPartiesPage::draftNotice);
    return tab;
}

void ThirdPartiesPage::retranslateUi()
{
    Page::retranslateUi();
    m_tabs->setTabText(0, tr("&Recipients"));
    m_tabs->setTabText(1, tr("&Data inventory"));
    m_new->setText(tr("&New Recipient…"));
    m_edit->setText(tr("&Edit…"));
    m_import->setText(tr("&Import Disclosures (CSV)…"));
    m_import->setToolTip(tr("A CSV file with the columns customer_ref or email, recipient, purpose, date and "
                            "categories"));
    m_inventory->setHorizontalHeaderLabels(
        {tr("Personal field"), tr("Data category"), tr("Used by purposes"), tr("Minimisation")});
    m_problemsLabel->setText(tr("Minimisation problems:"));
    m_ropaCsv->setText(tr("Export Record of Processing (&CSV)…"));
    m_ropaPdf->setText(tr("Export Record of Processing (&PDF)…"));
    m_notice->setText(tr("Draft Privacy &Notice…"));
    m_model->retranslate();
    if (session() && session()->can(Permission::ManagePolicy)) {
        showInventory();
    }
}

void ThirdPartiesPage::setSession(const std::shared_ptr<Session>& session)
{
    Page::setSession(session);
    reload();
}

void ThirdPartiesPage::reload()
{
    m_message->clear();
    m_model->setRecipients({}, {});
    m_inventory->setRowCount(0);
    m_problems->clear();
    if (session() && session()->can(Permission::ManagePolicy)) {
        auto recipients = RecipientService(session()).list();
        auto purposes = PurposeService(session()).list(true);
        if (!recipients || !purposes) {
            m_message->showMessage(recipients ? purposes.errorString() : recipients.errorString());
        } else {
            QHash<qint64, QString> codes;
            for (const Purpose& p : *purposes) {
                codes.insert(p.id, p.code);
            }
            m_model->setRecipients(*recipients, codes);
            m_recipientsView->resizeColumnsToContents();
        }
        showInventory();
    }
    updateButtons();
}

void ThirdPartiesPage::showInventory()
{
    auto purposes = PurposeService(session()).list(false);
    if (!purposes) {
        m_message->showMessage(purposes.errorString());
        return;
    }
    const QString lang = Translations::current();
    const DataInventory::Result inv = DataInventory::build(*purposes);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_inventory->setRowCount(static_cast<int>(inv.fields.size()));
    for (int row = 0; row < inv.fields.size(); ++row) {
        const DataInventory::FieldRow& f = inv.fields.at(row);
        m_inventory->setItem(row, FieldCol, new QTableWidgetItem(DataInventory::fieldName(f.field, lang)));
        // The code too: it is what a purpose's data categories name.
        m_inventory->setItem(row,
                             CategoryCol,
                             new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                                 DataInventory::categoryName(f.category, lang), f.category)));
        m_inventory->setItem(
            row,
            PurposesCol,
            new QTableWidgetItem(f.purposes.isEmpty() ? tr("none") : f.purposes.join(QStringLiteral(", "))));
        // An icon AND a sentence: the flag must not rely on colour or shape alone.
        auto* status = f.unused ? new QTableWidgetItem(warning, tr("Not used by any purpose"))
                                : new QTableWidgetItem(tr("In use"));
        m_inventory->setItem(row, StatusCol, status);
    }
    m_inventory->resizeColumnsToContents();
    QStringList others;
    for (const QString& c : inv.otherCategories) {
        others << DataInventory::categoryName(c, lang);
    }
    m_otherCategories->setText(
        others.isEmpty()
            ? QString()
            : tr("Purposes also name categories Amanah does not store: %1.").arg(others.join(QStringLiteral(", "))));
    m_otherCategories->setVisible(!others.isEmpty());
    m_problems->clear();
    for (const DataInventory::Problem& p : inv.problems) {
        auto* item = new QListWidgetItem(warning, p.message, m_problems);
        item->setData(Qt::UserRole, p.subject);
    }
    if (inv.problems.isEmpty()) {
        new QListWidgetItem(tr("None: every field is used and every purpose has a retention period."), m_problems);
    }
}

void ThirdPartiesPage::updateButtons()
{
    const bool officer = session() && session()->can(Permission::ManagePolicy);
    const bool reports = officer || (session() && session()->can(Permission::ViewReports));
    m_new->setEnabled(officer);
    m_edit->setEnabled(officer && m_recipientsView->selectionModel()->hasSelection());
    m_import->setEnabled(session() && session()->can(Permission::EditCustomers));
    m_ropaCsv->setEnabled(reports);
    m_ropaPdf->setEnabled(reports);
    m_notice->setEnabled(officer);
}

void ThirdPartiesPage::openRecipientDialog(int row)
{
    const Recipient* r = m_model->recipientAt(row);
    auto* dialog = new RecipientDialog(session(), r ? *r : Recipient(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit policiesChanged();
    });
    dialog->open();
}

void ThirdPartiesPage::newRecipient()
{
    openRecipientDialog(-1);
}

void ThirdPartiesPage::editRecipient()
{
    const QModelIndexList rows = m_recipientsView->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        openRecipientDialog(rows.first().row());
    }
}

bool ThirdPartiesPage::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        m_message->showMessage(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

namespace {
struct ImportOutcome
{
    bool ok = false;
    DisclosureService::Report report;
    Error error;
};

struct ImportProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};
} // namespace

void ThirdPartiesPage::importDisclosures()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import Disclosures"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(
            tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray csv = file.readAll();
    // A Database belongs to one thread: the worker opens its own connection and acts through
    // a copy of the session (keys and user) on it, like the customer import.
    const WorkspaceLocation location = session()->workspace()->location();
    const Vault vault = session()->vault();
    const User user = session()->user();
    const QByteArray workspaceId = session()->workspaceId();
    auto work = std::make_shared<ImportProgress>();
    auto* progress = new QProgressDialog(tr("Checking and importing disclosures…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("disclosureImportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [work] { work->cancel = true; });
    auto* timer = new QTimer(progress);
    connect(timer, &QTimer::timeout, progress, [progress, work] {
        if (work->total.load() > 0) {
            progress->setValue(static_cast<int>(1000 * work->done.load() / work->total.load()));
        }
    });
    timer->start(100);
    m_import->setEnabled(false);
    QFuture<ImportOutcome> future = QtConcurrent::run([=]() {
        ImportOutcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = ws.error();
            return out;
        }
        auto worker = std::make_shared<Session>(*ws, vault, user, workspaceId);
        auto report = DisclosureService(worker).importCsv(
            csv, DisclosureService::Policy::AllOrNothing, [work](qint64 done, qint64 total) {
                work->done = done;
                work->total = total;
                return !work->cancel.load();
            });
        out.ok = report.ok();
        if (report) {
            out.report = *report;
        } else {
            out.error = report.error();
        }
        return out;
    });
    whenReady(this, future, [this, progress](const ImportOutcome& out) {
        progress->deleteLater();
        updateButtons();
        if (!out.ok) {
            m_message->showMessage(out.error.message);
            return;
        }
        if (!out.report.problems.isEmpty()) {
            QStringList lines;
            for (const DisclosureService::Problem& p : out.report.problems.mid(0, 20)) {
                lines << tr("Line %1: %2").arg(p.line).arg(p.reason);
            }
            MessageBox::warning(this,
                                tr("Disclosures Not Imported"),
                                tr("Nothing was imported: %n row(s) need correcting first.",
                                   nullptr,
                                   static_cast<int>(out.report.problems.size()))
                                    + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
            return;
        }
        m_message->showMessage(tr("%n disclosure(s) imported.", nullptr, static_cast<int>(out.report.imported)),
                               InlineMessage::Kind::Information);
    });
}

void ThirdPartiesPage::exportRopaCsv()
{
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Record of Processing (CSV)"),
                                                     QDir::home().filePath(QStringLiteral("record-of-processing.csv")),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    auto csv = RopaExport::build(session(), RopaExport::Format::Csv, Translations::current());
    if (!csv) {
        m_message->showMessage(csv.errorString());
        return;
    }
    if (writeFile(path, csv->toUtf8())) {
        m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
    }
}

void ThirdPartiesPage::exportRopaPdf()
{
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Record of Processing (PDF)"),
                                                     QDir::home().filePath(QStringLiteral("record-of-processing.pdf")),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    auto html = RopaExport::build(session(), RopaExport::Format::Html, Translations::current());
    if (!html) {
        m_message->showMessage(html.errorString());
        return;
    }
    if (auto st = DocumentRenderer::htmlToPdf(*html, path, tr("Record of processing activities")); !st) {
        m_message->showMessage(st.errorString());
        return;
    }
    m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
}

void ThirdPartiesPage::draftNotice()
{
    auto* dialog = new NoticeDraftDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoticeDraftDialog::published, this, &ThirdPartiesPage::policiesChanged);
    dialog->open();
}
