#include "ui/retention/RetentionPage.h"

#include "core/consent/PurposeService.h"
#include "core/customers/NameIndex.h"
#include "core/retention/RetentionService.h"
#include "core/session/Session.h"
#include "ui/retention/RetentionRuleDialog.h"
#include "ui/retention/RetentionRulesModel.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/ReasonDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int kSampleSize = 10;

enum FindingColumn { RuleColumn, WhyColumn, CustomersColumn, EventsColumn, DisclosuresColumn, HeldColumn, Columns };
} // namespace

RetentionPage::RetentionPage(QWidget* parent)
    : Page(parent)
    , m_model(new RetentionRulesModel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_rulesLabel(new QLabel(this))
    , m_runLabel(new QLabel(this))
    , m_preview(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_findings(new QTableWidget(0, Columns, this))
    , m_summary(new QLabel(this))
    , m_sample(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("retentionPage"));
    m_table->setObjectName(QStringLiteral("retentionRules"));
    m_findings->setObjectName(QStringLiteral("retentionFindings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->verticalHeader()->hide();
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    m_findings->setVisible(false);
    m_rulesLabel->setWordWrap(true);
    m_runLabel->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_sample->setWordWrap(true);
    m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_progressTimer->setInterval(100);

    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_new);
    ruleButtons->addWidget(m_edit);
    ruleButtons->addWidget(m_deactivate);
    ruleButtons->addStretch(1);
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(m_preview);
    runButtons->addWidget(m_apply);
    runButtons->addWidget(m_progress, 1);
    runButtons->addWidget(m_cancel);
    runButtons->addStretch(0);
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_rulesLabel);
    layout->addWidget(m_table, 2);
    layout->addLayout(ruleButtons);
    layout->addSpacing(12);
    layout->addWidget(m_runLabel);
    layout->addLayout(runButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 2);
    layout->addWidget(m_sample);

    connect(m_new, &QPushButton::clicked, this, &RetentionPage::newRule);
    connect(m_edit, &QPushButton::clicked, this, &RetentionPage::editRule);
    connect(m_deactivate, &QPushButton::clicked, this, &RetentionPage::deactivateRule);
    connect(m_preview, &QPushButton::clicked, this, &RetentionPage::previewRun);
    connect(m_apply, &QPushButton::clicked, this, &RetentionPage::applyRun);
    connect(m_cancel, &QPushButton::clicked, this, &RetentionPage::cancelWork);
    connect(m_table, &QTableView::doubleClicked, this, &RetentionPage::editRule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RetentionPage::updateButtons);
    connect(m_progressTimer, &QTimer::timeout, this, &RetentionPage::updateProgress);
    retranslateUi();
    updateButtons();
}

RetentionPage::~RetentionPage()
{
    if (m_work) {
        m_work->cancel = true; // the worker stops after its batch; it holds its own state
    }
}

QString RetentionPage::title() const
{
    return tr("Retention", "page title");
}

void RetentionPage::setSession(const std::shared_ptr<Session>& session)
{
    Page::setSession(session);
    m_error->clear();
    m_havePlan = false;
    m_findings->setRowCount(0);
    m_findings->setVisible(false);
    m_summary->clear();
    m_sample->clear();
    reload();
}

void RetentionPage::clearSensitive()
{
    for (QDialog* dialog : findChildren<QDialog*>()) {
        dialog->reject();
    }
    m_sample->clear(); // customer ids are for the officer's eyes only
}

void RetentionPage::reload()
{
    if (!session() || !(session()->can(Permission::ManagePolicy) || session()->can(Permission::RunRetention))) {
        m_model->setRules({}, {});
        updateButtons();
        return;
    }
    const RetentionRule* current = selectedRule();
    const qint64 keep = current ? current->id : 0;
    auto rules = RetentionService(session()).list(true);
    if (!rules) {
        m_error->showMessage(rules.errorString());
        return;
    }
    QHash<qint64, QString> names;
    if (auto purposes = PurposeService(session()).list(true)) {
        for (const Purpose& p : *purposes) {
            names.insert(p.id, p.name);
        }
    }
    m_model->setRules(*rules, names);
    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    updateButtons();
}

const RetentionRule* RetentionPage::selectedRule() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->ruleAt(rows.first().row());
}

void RetentionPage::updateButtons()
{
    const bool manage = session() && session()->can(Permission::ManagePolicy);
    const bool run = session() && session()->can(Permission::RunRetention);
    const RetentionRule* rule = selectedRule();
    m_new->setEnabled(manage);
    m_edit->setEnabled(manage && rule);
    m_deactivate->setEnabled(manage && rule && rule->active);
    m_preview->setEnabled(run && !m_work);
    m_apply->setEnabled(run && !m_work && m_havePlan && !m_planEmpty);
}

void RetentionPage::openRuleDialog(const RetentionRule& rule)
{
    QList<QPair<qint64, QString>> purposes;
    if (auto list = PurposeService(session()).list(false)) {
        for (const Purpose& p : *list) {
            purposes << qMakePair(p.id, p.name);
        }
    }
    auto* dialog = new RetentionRuleDialog(session(), rule, purposes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const qint64 id = dialog->savedId();
        m_havePlan = false; // the rules changed: preview again before applying
        reload();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_table->selectRow(row);
        }
    });
    dialog->open();
}

void RetentionPage::newRule()
{
    RetentionRule r;
    r.dataCategory = QStringLiteral("customer_record");
    r.periodDays = 730;
    openRuleDialog(r);
}

void RetentionPage::editRule()
{
    if (const RetentionRule* r = selectedRule()) {
        openRuleDialog(*r);
    }
}

void RetentionPage::deactivateRule()
{
    const RetentionRule* r = selectedRule();
    if (!r) {
        return;
    }
    if (auto st = RetentionService(session()).deactivate(r->id, r->version); !st) {
        m_error->showMessage(st.errorString());
    } else {
        m_error->clear();
        m_havePlan = false;
    }
    reload();
}

void RetentionPage::previewRun()
{
    start(false, QString());
}

void RetentionPage::applyRun()
{
    if (!m_havePlan || m_work) {
        return;
    }
    auto* dialog = new ReasonDialog(
        tr("Apply Retention Run"),
        tr("Customers due under the rules are deleted or anonymised now, in batches, and held records whose hold "
           "has ended are destroyed. This cannot be undone. Say why, for the audit trail."),
        [](const QString& why) { return RetentionRun::checkJustification(why); },
        this);
    dialog->setObjectName(QStringLiteral("retentionApplyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { start(true, dialog->reasonEdit()->text()); });
    dialog->open();
}

void RetentionPage::cancelWork()
{
    if (m_work) {
        m_work->cancel = true;
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling after the current batch…"));
    }
}

void RetentionPage::start(bool apply, const QString& justification)
{
    if (m_work || !session()) {
        return;
    }
    m_error->clear();
    m_work = std::make_shared<Work>();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_summary->setText(apply ? tr("Applying the retention run…") : tr("Finding what is due…"));
    // A Database belongs to one thread: the worker opens its own connection and acts through
    // a copy of the session (keys and user) on it.
    const WorkspaceLocation location = session()->workspace()->location();
    const Vault vault = session()->vault();
    const User user = session()->user();
    const QByteArray workspaceId = session()->workspaceId();
    const int batch = m_batchSize;
    std::shared_ptr<Work> work = m_work;
    auto future = QtConcurrent::run([=]() {
        Outcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = ws.error();
            return out;
        }
        auto own = std::make_shared<Session>(*ws, vault, user, workspaceId);
        auto progress = [work](qint64 done, qint64 total) {
            work->done = done;
            work->total = total;
            return !work->cancel.load();
        };
        RetentionRun run(own);
        if (apply) {
            auto r = run.apply(justification, progress, batch);
            out.ok = r.ok();
            if (r) {
                out.run = *r;
            } else {
                out.error = r.error();
            }
        } else {
            auto p = run.preview(progress);
            out.ok = p.ok();
            if (p) {
                out.plan = *p;
            } else {
                out.error = p.error();
            }
        }
        return out;
    });
    whenReady(this, future, [this, apply](const Outcome& out) { workDone(apply, out); });
    m_progressTimer->start();
    updateButtons();
}

void RetentionPage::updateProgress()
{
    if (!m_work || m_work->total.load() <= 0) {
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 * m_work->done.load() / m_work->total.load()));
}

void RetentionPage::workDone(bool apply, const Outcome& out)
{
    m_progressTimer->stop();
    m_work.reset();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!out.ok) {
        m_summary->clear();
        m_error->showMessage(out.error.code == ErrorCode::Cancelled ? tr("The preview was cancelled.")
                                                                    : out.error.message);
    } else if (apply) {
        showOutcome(out.run);
    } else {
        showPlan(out.plan);
    }
    updateButtons();
}

void RetentionPage::showPlan(const RetentionPlan& plan)
{
    m_havePlan = true;
    m_planEmpty = plan.isEmpty();
    m_findings->setRowCount(0);
    for (const RetentionFinding& f : plan.findings) {
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        const QStringList cells{tr("%1, %2: %3", "scope, period: action")
                                    .arg(m_model->scopeText(f.rule),
                                         tr("%n day(s)", nullptr, f.rule.periodDays),
                                         RetentionService::actionName(f.rule.action)),
                                f.why,
                                QString::number(f.customers),
                                QString::number(f.consentEvents),
                                QString::number(f.disclosures),
                                QString::number(f.heldRecords)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c)); // the reason may be longer than its column
            if (c >= CustomersColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_findings->setItem(row, c, item);
        }
    }
    m_findings->resizeRowsToContents();
    m_findings->setVisible(!plan.findings.isEmpty());
    if (m_planEmpty) {
        m_summary->setText(tr("Nothing is due now."));
        m_sample->clear();
        return;
    }
    m_summary->setText(tr("Due now: %1 customer(s) to delete, %2 to anonymise, %3 held record(s) to destroy. "
                          "Check the list, then Apply.")
                           .arg(plan.count(RetentionRule::Action::Delete))
                           .arg(plan.count(RetentionRule::Action::Anonymise))
                           .arg(plan.heldRecords.size()));
    const QStringList sample = plan.sample(kSampleSize);
    m_sample->setText(sample.isEmpty()
                          ? QString()
                          : tr("First customers (ids): %1%2")
                                .arg(sample.join(QStringLiteral(", ")),
                                     plan.targets.size() > sample.size() ? QStringLiteral(", …") : QString()));
}

void RetentionPage::showOutcome(const RetentionOutcome& out)
{
    m_havePlan = false;
    m_findings->setVisible(false);
    m_sample->clear();
    if (auto index = NameIndex::existing(session() ? session()->workspace().get() : nullptr)) {
        for (const QString& id : out.removedCustomers) {
            index->remove(id); // the worker's connection had no index of ours to update
        }
    }
    const QString done = tr("%1 customer(s) deleted, %2 anonymised, %3 held record(s) destroyed; %4 of %5 "
                            "batch(es) done.")
                             .arg(out.deleted)
                             .arg(out.anonymised)
                             .arg(out.heldDestroyed)
                             .arg(out.batchesDone)
                             .arg(out.batches);
    m_summary->setText(out.cancelled ? tr("Cancelled: %1 The rest was left untouched.").arg(done)
                                     : tr("Done: %1").arg(done));
    if (out.deleted + out.anonymised > 0) {
        emit customersRemoved();
    }
}

void RetentionPage::retranslateUi()
{
    Page::retranslateUi();
    m_model->retranslate();
    m_rulesLabel->setText(tr("How long data is kept: each rule counts a period from a trigger, then deletes or "
                             "anonymises. A customer exactly at the end of the period is due."));
    m_runLabel->setText(tr("Retention run: preview what is due now, then apply it with a justification."));
    m_new->setText(tr("&New Rule…"));
    m_edit->setText(tr("&Edit…"));
    m_deactivate->setText(tr("&Deactivate"));
    m_preview->setText(tr("&Preview Run"));
    m_apply->setText(tr("&Apply…"));
    m_cancel->setText(tr("Cancel"));
    m_findings->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Why"), tr("Customers"), tr("Consent events"), tr("Disclosures"), tr("Held records")});
}
