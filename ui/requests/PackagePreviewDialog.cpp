#include "ui/requests/PackagePreviewDialog.h"

#include "core/customers/CustomerService.h"
#include "core/documents/DocumentRenderer.h"
#include "core/requests/AccessPackage.h"
#include "core/requests/PortabilityPackage.h"
#include "core/requests/RequestService.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QString channelText(const QString& code)
{
    ConsentEvent::Channel channel{};
    return ConsentEvent::channelFromCode(code, &channel) ? DomainText::channel(channel) : code;
}

// The portability package has no document of its own: a plain table of what the JSON and
// the CSV hold, for the reviewer.
QString portabilityHtml(const PortabilityPackage& p)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                       .arg(PackagePreviewDialog::tr("Data the customer provided"));
    for (const PortabilityPackage::Field& f : p.providedData) {
        QString name = CustomerService::fieldName(f.code);
        name = name.isEmpty() ? f.code : name;
        name[0] = name[0].toUpper(); // the service's names are for the middle of a sentence
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), f.value.toHtmlEscaped());
    }
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                .arg(PackagePreviewDialog::tr("Consent choices"));
    for (const PortabilityPackage::ConsentChoice& c : p.consents) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(c.purposeCode.toHtmlEscaped(),
                         c.granted ? PackagePreviewDialog::tr("granted") : PackagePreviewDialog::tr("withdrawn"),
                         DomainText::dateTime(c.at).toHtmlEscaped(),
                         channelText(c.channel).toHtmlEscaped());
    }
    if (p.consents.isEmpty()) {
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(PackagePreviewDialog::tr("None recorded."));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

PackagePreviewDialog::PackagePreviewDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_intro(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_release(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("packagePreviewDialog"));
    m_error->setObjectName(QStringLiteral("packageError"));
    m_intro->setWordWrap(true);
    m_preview->setOpenLinks(false);
    m_progress->setRange(0, 0); // busy: rendering reports no steps
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setFixedHeight(m_result->fontMetrics().lineSpacing() * 7 + 2 * m_result->frameWidth() + 8);
    m_result->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_release->setDefault(true);

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_release);
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_preview, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_release, &QPushButton::clicked, this, &PackagePreviewDialog::release);
    connect(m_close, &QPushButton::clicked, this, &PackagePreviewDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag) {
            m_cancelFlag->store(true);
            m_cancel->setEnabled(false);
        }
    });
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &PackagePreviewDialog::workDone);
    build();
    retranslateUi();
    setBusy(false);
    showResult();
    resize(760, 720);
}

PackagePreviewDialog::~PackagePreviewDialog()
{
    // The worker holds its own connection and copies only: let it finish.
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
    m_watcher->waitForFinished();
}

void PackagePreviewDialog::build()
{
    m_ready = false;
    auto details = RequestService(m_session).get(m_id);
    if (!details) {
        m_error->showMessage(details.errorString());
        return;
    }
    m_type = details->request.type;
    if (m_type == Request::Type::Portability) {
        auto p = PortabilityPackage::build(m_session, m_id);
        if (!p) {
            m_error->showMessage(p.errorString());
            return;
        }
        m_preview->setHtml(portabilityHtml(*p));
    } else if (m_type == Request::Type::Access) {
        auto p = AccessPackage::build(m_session, m_id);
        if (!p) {
            m_error->showMessage(p.errorString());
            return;
        }
        m_language = p->language;
        m_preview->setHtml(p->toHtml(p->language));
    } else {
        m_error->showMessage(tr("Only access and portability requests are answered with a package."));
        return;
    }
    m_ready = true;
}

void PackagePreviewDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_release->setEnabled(!busy && m_ready && m_written.isEmpty());
    m_close->setEnabled(!busy);
}

void PackagePreviewDialog::release()
{
    if (!m_ready || isBusy() || !m_written.isEmpty()) {
        return;
    }
    const QString dir = FileDialog::getExistingDirectory(this, tr("Release Package Into"), QDir::homePath());
    if (dir.isEmpty()) {
        return;
    }
    m_error->clear();
    // The worker thread opens its own connection with a copy of the session (keys and user),
    // as the importer does: a database connection belongs to the thread that opened it.
    const WorkspaceLocation location = m_session->workspace()->location();
    const Vault vault = m_session->vault();
    const User user = m_session->user();
    const QByteArray workspaceId = m_session->workspaceId();
    const qint64 id = m_id;
    const bool access = m_type == Request::Type::Access;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancelFlag;
    setBusy(true);
    m_watcher->setFuture(QtConcurrent::run([=]() {
        Outcome out;
        auto ws = Workspace::open(location, Database::OpenMode::MustExist);
        if (!ws) {
            out.error = ws.error();
            return out;
        }
        auto session = std::make_shared<Session>(*ws, vault, user, workspaceId);
        const Error cancelled(ErrorCode::Cancelled, tr("Cancelled: no package was released."));
        if (access) {
            // PDF layout is the slow part; a cancel during it makes the release fail, so the
            // files are removed and the request stays approved.
            auto pdf = [cancel, cancelled](const QString& html, const QString& path, const QString& title) {
                Status st = DocumentRenderer::htmlToPdf(html, path, title);
                if (st && cancel->load()) {
                    return Status(cancelled);
                }
                return st;
            };
            auto r = AccessPackage::release(session, id, dir, pdf);
            if (!r) {
                out.error = r.error();
                return out;
            }
            out.files << WrittenFile{r->jsonPath, r->jsonSha256} << WrittenFile{r->pdfPath, r->pdfSha256};
            return out;
        }
        if (cancel->load()) {
            out.error = cancelled;
            return out;
        }
        auto r = PortabilityPackage::release(session, id, dir);
        if (!r) {
            out.error = r.error();
            return out;
        }
        out.files << WrittenFile{r->jsonPath, r->jsonSha256} << WrittenFile{r->csvPath, r->csvSha256};
        return out;
    }));
}

void PackagePreviewDialog::workDone()
{
    const Outcome out = m_watcher->result();
    m_cancelFlag.reset();
    if (out.error.code != ErrorCode::None) {
        m_error->showMessage(
            out.error.code == ErrorCode::Cancelled
                ? out.error.message
                : tr("The package was not released and the request is unchanged: %1").arg(out.error.message));
        setBusy(false);
        return;
    }
    m_written = out.files;
    setBusy(false);
    showResult();
    emit released();
}

void PackagePreviewDialog::showResult()
{
    m_result->setVisible(!m_written.isEmpty());
    if (m_written.isEmpty()) {
        m_result->clear();
        return;
    }
    QStringList lines;
    lines << tr("Released into %1 and recorded in the audit trail; the request is completed.")
                 .arg(QDir::toNativeSeparators(QFileInfo(m_written.first().first).absolutePath()));
    for (const WrittenFile& f : m_written) {
        lines << QFileInfo(f.first).fileName() << tr("  SHA-256: %1").arg(f.second);
    }
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
}

void PackagePreviewDialog::reject()
{
    if (isBusy()) {
        return; // Cancel first: the worker finishes what it started
    }
    QDialog::reject();
}

void PackagePreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult();
    }
    QDialog::changeEvent(event);
}

void PackagePreviewDialog::retranslateUi()
{
    const bool access = m_type == Request::Type::Access;
    setWindowTitle(access ? tr("Access Package") : tr("Portability Package"));
    const QString language
        = m_language == QLatin1String("id") ? QStringLiteral("Bahasa Indonesia") : QStringLiteral("English");
    m_intro->setText(access ? tr("This is what the customer receives, in %1. Check it, then release it: a JSON file "
                                 "and a PDF are written into a folder you choose, their SHA-256 is recorded in the "
                                 "audit trail, and the request is completed.")
                                  .arg(language)
                            : tr("This is the data the customer provided, as they receive it. Check it, then release "
                                 "it: a JSON file and a CSV file are written into a folder you choose, their SHA-256 "
                                 "is recorded in the audit trail, and the request is completed."));
    m_progressLabel->setText(tr("Writing the package…"));
    m_release->setText(tr("&Release…"));
    m_cancel->setText(tr("&Cancel"));
    m_close->setText(tr("C&lose"));
}
