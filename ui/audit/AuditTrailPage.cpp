#include "ui/audit/AuditTrailPage.h"

#include "core/audit/AuditService.h"
#include "core/session/Session.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

namespace {
const QDate kNoDate(2000, 1, 1); // the minimum of the date edits: "any"

QString escaped(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
} // namespace

AuditTrailPage::AuditTrailPage(QWidget* parent)
    : AuditTrailPage(nullptr, parent)
{ }

AuditTrailPage::AuditTrailPage(std::shared_ptr<Session> session, QWidget* parent)
    : Page(parent)
    , m_model(new AuditTableModel(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(QStringLiteral("auditTrailPage"));
    buildUi();
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &AuditTrailPage::verificationDone);
    retranslateUi();
    AuditTrailPage::setSession(session);
}

AuditTrailPage::~AuditTrailPage()
{
    // The worker holds its own connection and the shared progress; let it stop cleanly.
    if (m_progress) {
        m_progress->cancel = true;
    }
    m_watcher->waitForFinished();
}

QString AuditTrailPage::title() const
{
    return tr("Audit trail", "page title");
}

void AuditTrailPage::buildUi()
{
    auto* filters = new QGridLayout;
    auto addField = [&](QLabel*& label, QWidget* field, const char* name, int row, int column) {
        label = new QLabel(this);
        label->setBuddy(field);
        field->setObjectName(QString::fromLatin1(name));
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    m_actorEdit = new QLineEdit(this);
    m_actionEdit = new QLineEdit(this);
    m_objectTypeEdit = new QLineEdit(this);
    m_objectIdEdit = new QLineEdit(this);
    m_fromEdit = new QDateEdit(this);
    m_toEdit = new QDateEdit(this);
    for (QDateEdit* d : {m_fromEdit, m_toEdit}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kNoDate);
        d->setDate(kNoDate);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    addField(m_actorLabel, m_actorEdit, "actorEdit", 0, 0);
    addField(m_actionLabel, m_actionEdit, "actionEdit", 0, 1);
    addField(m_fromLabel, m_fromEdit, "fromEdit", 0, 2);
    addField(m_objectTypeLabel, m_objectTypeEdit, "objectTypeEdit", 1, 0);
    addField(m_objectIdLabel, m_objectIdEdit, "objectIdEdit", 1, 1);
    addField(m_toLabel, m_toEdit, "toEdit", 1, 2);
    m_applyButton = new QPushButton(this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    filters->addWidget(m_applyButton, 0, 6);
    filters->addWidget(m_clearButton, 1, 6);
    contentLayout()->addLayout(filters);
    for (QLineEdit* e : {m_actorEdit, m_actionEdit, m_objectTypeEdit, m_objectIdEdit}) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &AuditTrailPage::applyFilter);
    }
    connect(m_applyButton, &QPushButton::clicked, this, &AuditTrailPage::applyFilter);
    connect(m_clearButton, &QPushButton::clicked, this, &AuditTrailPage::clearFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setOpenLinks(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditTrailPage::showDetails);
    connect(m_model, &AuditTableModel::loadFailed, this, [this](const QString& message) {
        m_details->setPlainText(message);
    });

    auto* actions = new QHBoxLayout;
    m_verifyButton = new QPushButton(this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("verifyProgress"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_progressBar, 1);
    actions->addWidget(m_cancelButton);
    actions->addStretch();
    actions->addWidget(m_exportButton);
    contentLayout()->addLayout(actions);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTrailPage::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditTrailPage::cancelVerification);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditTrailPage::exportTrail);

    auto* result = new QHBoxLayout;
    m_resultIcon = new QLabel(this);
    m_resultIcon->setObjectName(QStringLiteral("verifyResultIcon"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("verifyResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    result->addWidget(m_resultIcon);
    result->addWidget(m_resultLabel, 1);
    contentLayout()->addLayout(result);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &AuditTrailPage::updateProgress);
    setBusy(false);
}

void AuditTrailPage::retranslateUi()
{
    Page::retranslateUi();
    m_actorLabel->setText(tr("&Actor:", "who did it"));
    m_actionLabel->setText(tr("A&ction:"));
    m_objectTypeLabel->setText(tr("Object &type:"));
    m_objectIdLabel->setText(tr("Object &ID:"));
    m_fromLabel->setText(tr("&From:", "date"));
    m_toLabel->setText(tr("T&o:", "date"));
    m_actorEdit->setPlaceholderText(tr("user name"));
    m_actionEdit->setPlaceholderText(tr("e.g. customer. or customer.rectify"));
    m_objectTypeEdit->setPlaceholderText(tr("e.g. customer"));
    m_fromEdit->setSpecialValueText(tr("any", "no date limit"));
    m_toEdit->setSpecialValueText(tr("any", "no date limit"));
    m_applyButton->setText(tr("Apply"));
    m_clearButton->setText(tr("Clear"));
    m_verifyButton->setText(tr("&Verify"));
    m_verifyButton->setToolTip(tr("Recompute the whole chain and name the first entry that was altered, removed, "
                                  "reordered or inserted"));
    m_cancelButton->setText(tr("Cancel"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(tr("Export the entries shown (filters and dates) as CSV or JSON with the chain head"));
    m_table->setAccessibleName(tr("Audit entries"));
    m_details->setAccessibleName(tr("Entry details"));
    m_progressBar->setAccessibleName(tr("Verification progress"));
    showOutcome();
    showDetails();
}

void AuditTrailPage::setSession(const std::shared_ptr<Session>& session)
{
    if (isVerifying()) {
        cancelVerification();
        m_watcher->waitForFinished();
        m_verifying = false; // its finished signal, still queued, is ignored
        m_progressTimer->stop();
        m_progress.reset();
    }
    Page::setSession(session);
    // Only roles that may view the trail get a service; the service checks again on every call.
    m_service = session && session->can(Permission::ViewAudit) ? std::make_shared<AuditService>(session) : nullptr;
    m_lastOutcome.reset();
    showOutcome();
    m_model->setService(m_service);
    setBusy(false);
}

AuditFilter AuditTrailPage::currentFilter() const
{
    AuditFilter f;
    f.actor = m_actorEdit->text().trimmed();
    f.action = m_actionEdit->text().trimmed();
    f.objectType = m_objectTypeEdit->text().trimmed();
    f.objectId = m_objectIdEdit->text().trimmed();
    // Whole local days, both included.
    if (m_fromEdit->date() != kNoDate) {
        f.from = m_fromEdit->date().startOfDay();
    }
    if (m_toEdit->date() != kNoDate) {
        f.to = m_toEdit->date().addDays(1).startOfDay();
    }
    return f;
}

void AuditTrailPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void AuditTrailPage::clearFilter()
{
    for (QLineEdit* e : {m_actorEdit, m_actionEdit, m_objectTypeEdit, m_objectIdEdit}) {
        e->clear();
    }
    m_fromEdit->setDate(kNoDate);
    m_toEdit->setDate(kNoDate);
    applyFilter();
}

void AuditTrailPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(m_service ? tr("Select an entry to see its details.") : QString());
        return;
    }
    const AuditEntry e = m_model->entry(current.row());
    QString html = QStringLiteral("<table>");
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Entry"), QString::number(e.seq));
    row(tr("Time"),
        tr("%1 (%2 UTC)")
            .arg(e.occurred.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 e.occurred.toUTC().toString(Qt::ISODateWithMs)));
    row(tr("Actor", "who did it"), e.actorId ? tr("%1 (user %2)").arg(e.actor).arg(e.actorId) : e.actor);
    row(tr("Role"), e.role);
    row(tr("Action"), e.action);
    row(tr("Object", "what it was done to"), e.objectType + QLatin1Char(' ') + e.objectId);
    row(tr("Justification"), e.justification.isEmpty() ? tr("(none)") : e.justification);
    row(tr("Details"), e.details.isEmpty() ? tr("(none)") : e.details);
    row(tr("MAC"), QString::fromLatin1(e.mac.toHex()));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

bool AuditTrailPage::isVerifying() const
{
    return m_verifying;
}

void AuditTrailPage::setBusy(bool busy)
{
    const bool usable = m_service != nullptr;
    m_verifyButton->setEnabled(usable && !busy);
    m_exportButton->setEnabled(usable && !busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_progressBar->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_applyButton,
                                                      m_clearButton,
                                                      m_actorEdit,
                                                      m_actionEdit,
                                                      m_objectTypeEdit,
                                                      m_objectIdEdit,
                                                      m_fromEdit,
                                                      m_toEdit}) {
        w->setEnabled(usable);
    }
}

void AuditTrailPage::verify()
{
    if (!m_service || isVerifying()) {
        return;
    }
    m_verifying = true;
    m_progress = std::make_shared<Progress>();
    m_progressBar->setRange(0, 0); // busy until the first report
    m_lastOutcome.reset();
    m_resultIcon->clear();
    m_resultLabel->setText(tr("Verifying the audit trail…"));
    setBusy(true);
    m_progressTimer->start();
    // The service opens its own connection on the worker thread.
    std::shared_ptr<AuditService> service = m_service;
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher->setFuture(QtConcurrent::run([service, progress]() {
        Outcome out;
        auto v = service->verify(std::nullopt, [progress](qint64 done, qint64 total) {
            progress->done = done;
            progress->total = total;
            return !progress->cancel.load();
        });
        out.ok = v.ok();
        if (v) {
            out.verification = *v;
        } else {
            out.error = v.error();
        }
        return out;
    }));
}

void AuditTrailPage::cancelVerification()
{
    if (m_progress) {
        m_progress->cancel = true;
    }
    m_cancelButton->setEnabled(false);
}

void AuditTrailPage::updateProgress()
{
    if (!m_progress || m_progress->total.load() <= 0) {
        return;
    }
    // Entries can exceed int: show per-mille.
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(static_cast<int>(1000 * m_progress->done.load() / m_progress->total.load()));
}

void AuditTrailPage::verificationDone()
{
    if (!m_verifying) {
        return; // the previous session's verification, cancelled by setSession()
    }
    m_verifying = false;
    m_progressTimer->stop();
    m_lastOutcome = m_watcher->result();
    m_progress.reset();
    setBusy(false);
    showOutcome();
    m_model->reload(); // the verification itself is a new entry
    emit verificationFinished();
}

QString AuditTrailPage::verificationText() const
{
    return m_lastOutcome ? m_resultLabel->text() : QString();
}

void AuditTrailPage::showOutcome()
{
    if (!m_lastOutcome) {
        if (!isVerifying()) {
            m_resultIcon->clear();
            m_resultLabel->clear();
        }
        return;
    }
    const Outcome& o = *m_lastOutcome;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    QString text;
    if (!o.ok) {
        text = o.error.code == ErrorCode::Cancelled
            ? tr("Verification was cancelled.")
            : tr("The audit trail could not be verified: %1").arg(o.error.message);
        icon = o.error.code == ErrorCode::Cancelled ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    } else if (o.verification.intact) {
        text = tr("The audit trail is intact up to entry %1. Head: %2")
                   .arg(o.verification.head.seq)
                   .arg(o.verification.head.toString());
        icon = QStyle::SP_DialogApplyButton;
    } else {
        text = tr("The audit trail is broken at entry %1: %2")
                   .arg(o.verification.firstBroken)
                   .arg(o.verification.problem);
        icon = QStyle::SP_MessageBoxCritical;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_resultIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_resultLabel->setText(text);
    m_resultLabel->setAccessibleName(text);
}

void AuditTrailPage::exportTrail()
{
    if (!m_service) {
        return;
    }
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    const QString path = FileDialog::getSaveFileName(this,
                                                     tr("Export audit trail"),
                                                     QDir::home().filePath(QStringLiteral("audit-trail.csv")),
                                                     csvFilter + QStringLiteral(";;") + jsonFilter);
    if (path.isEmpty()) {
        return;
    }
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    auto result = json ? m_service->exportJson(currentFilter(), path) : m_service->exportCsv(currentFilter(), path);
    if (!result) {
        MessageBox::critical(this, tr("Export audit trail"), result.errorString());
        return;
    }
    m_model->reload(); // the export is audited
    MessageBox::information(this,
                            tr("Export audit trail"),
                            tr("%n entries were written to %1.\nChain head at export: %2",
                               nullptr,
                               static_cast<int>(qMin<qint64>(result->count, INT_MAX)))
                                .arg(QDir::toNativeSeparators(result->path), result->head.toString()));
}
