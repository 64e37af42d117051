#include "UiTestSupport.h"

#include "core/common/Clock.h"
#include "core/consent/ConsentService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/requests/AccessPackage.h"
#include "core/requests/RequestService.h"
#include "ui/customers/NewCustomerDialog.h"
#include "ui/customers/RectifyDialog.h"
#include "ui/requests/AnswerLetterDialog.h"
#include "ui/requests/AssignDialog.h"
#include "ui/requests/PackagePreviewDialog.h"
#include "ui/requests/RequestDialog.h"
#include "ui/requests/RequestIntakeDialog.h"
#include "ui/requests/RequestsPage.h"
#include "ui/requests/RequestsTableModel.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Printing.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using PageId = MainWindow::PageId;
using Type = Request::Type;
using State = Request::State;

namespace {
QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

/// The request desk's fulfilment in the GUI: an access request walked from intake to a
/// released package (preview, folder, files, SHA-256 in the audit trail), Assign To…,
/// purposes named at intake and withdrawn on completion, a new customer entered at intake,
/// the answer letter, and a rectification linked to its request.
class TestRequestDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void accessRequestToReleasedPackage();
    void portabilityPackageByAgent();
    void assignToSomeone();
    void purposesAtIntake();
    void newCustomerAtIntake();
    void answerLetter();
    void rectificationLinkedToRequest();
    void cleanupTestCase();

private:
    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        RequestsPage* page = nullptr;
    };
    Opened open(const QString& username);
    static RequestIntakeDialog* startIntake(RequestsPage* page, Type type, const QString& customer);
    static qint64 finishIntake(RequestsPage* page);
    static RequestDialog* openRequest(RequestsPage* page, qint64 id);
    static bool closeRequest(RequestsPage* page);
    /// Intake, verification and approval through the services (for tests about what follows).
    qint64 approvedRequest(Type type, const QString& customerId);
    qint64 auditCount(const QString& action, const QString& objectId, const QString& detailsLike);

    MockClock m_clock;
    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Session> m_agent;
    std::shared_ptr<Session> m_officer;
    QString m_customerId;
    QTemporaryDir m_tmp;
};

void TestRequestDesk::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QVERIFY(m_tmp.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
    m_agent = m_ws->signInNewUser(QStringLiteral("agnes"), static_cast<int>(Role::Agent));
    m_officer = m_ws->signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer));
    QVERIFY(m_agent && m_officer);
    for (auto [code, basis] : {std::pair{"newsletter", Purpose::LegalBasis::Consent},
                               std::pair{"surveys", Purpose::LegalBasis::Consent},
                               std::pair{"orders", Purpose::LegalBasis::Contract}}) {
        Purpose p;
        p.code = QString::fromLatin1(code);
        p.name = QStringLiteral("Purpose %1").arg(p.code);
        p.legalBasis = basis;
        p.dataCategories = {QStringLiteral("email")};
        p.retentionDays = 365;
        QVERIFY(PurposeService(m_officer).create(p).ok());
    }
    Customer c;
    c.fullName = QStringLiteral("Rina Wijaya");
    c.email = QStringLiteral("rina@example.com");
    c.externalRef = QStringLiteral("C-1001");
    c.country = QStringLiteral("DE");
    c.jurisdiction = QStringLiteral("GDPR");
    c.language = QStringLiteral("en");
    c.source = QStringLiteral("staff");
    auto id = CustomerService(m_agent).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    m_customerId = *id;
    ConsentService consent(m_agent);
    QVERIFY(consent.grant(m_customerId, QStringLiteral("newsletter"), ConsentEvent::Channel::WebCheckbox).ok());
    QVERIFY(consent.grant(m_customerId, QStringLiteral("surveys"), ConsentEvent::Channel::WebCheckbox).ok());
}

void TestRequestDesk::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestRequestDesk::cleanupTestCase()
{
    m_agent.reset();
    m_officer.reset();
    m_ws.reset();
    Clock::setInstance(nullptr);
}

TestRequestDesk::Opened TestRequestDesk::open(const QString& username)
{
    Opened o;
    o.window = UiTestSupport::signedInWindow(m_ws->location(), username, TestWorkspace::staffPassword());
    if (o.window && o.window->showPage(PageId::Requests)) {
        o.page = qobject_cast<RequestsPage*>(o.window->currentPage());
    }
    return o;
}

RequestIntakeDialog* TestRequestDesk::startIntake(RequestsPage* page, Type type, const QString& customer)
{
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->intakeDialog() != nullptr; }, 5000)) {
        return nullptr;
    }
    RequestIntakeDialog* d = page->intakeDialog();
    d->typeCombo()->setCurrentIndex(d->typeCombo()->findData(static_cast<int>(type)));
    d->channelCombo()->setCurrentIndex(d->channelCombo()->findData(QStringLiteral("email")));
    if (!customer.isEmpty()) {
        QTest::keyClicks(d->customerEdit(), customer);
    }
    QTest::keyClicks(d->requesterNameEdit(), QStringLiteral("Rina Wijaya"));
    return d;
}

qint64 TestRequestDesk::finishIntake(RequestsPage* page)
{
    RequestIntakeDialog* d = page->intakeDialog();
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->intakeDialog() == nullptr; }, 5000)) {
        qWarning("intake refused: %s", qPrintable(d->errorMessage()->text()));
        return 0;
    }
    return page->currentId();
}

RequestDialog* TestRequestDesk::openRequest(RequestsPage* page, qint64 id)
{
    if (!page->selectRequest(id)) {
        return nullptr;
    }
    QTest::mouseClick(page->openButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return page->requestDialog() != nullptr; }, 5000)) {
        return nullptr;
    }
    return page->requestDialog();
}

bool TestRequestDesk::closeRequest(RequestsPage* page)
{
    if (page->requestDialog()) {
        page->requestDialog()->reject();
    }
    return QTest::qWaitFor([page] { return page->requestDialog() == nullptr; }, 5000);
}

qint64 TestRequestDesk::approvedRequest(Type type, const QString& customerId)
{
    RequestInput in;
    in.type = type;
    in.channel = QStringLiteral("email");
    in.customerId = customerId;
    in.requester.name = QStringLiteral("Rina Wijaya");
    RequestService svc(m_officer);
    auto r = svc.intake(in);
    if (!r || !svc.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok()
        || !svc.approve(r->id, QStringLiteral("Identity verified by email code"), 2).ok()) {
        return 0;
    }
    return r->id;
}

qint64 TestRequestDesk::auditCount(const QString& action, const QString& objectId, const QString& detailsLike)
{
    auto n = m_ws->workspace()->database()->scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND object_id = ? AND details LIKE ?"),
        {action, objectId, detailsLike});
    return n ? n->toLongLong() : -1;
}

void TestRequestDesk::accessRequestToReleasedPackage()
{
    qint64 id = 0;
    {
        // The agent logs the request and verifies the requester's identity.
        Opened agent = open(QStringLiteral("agnes"));
        QVERIFY(agent.page);
        QVERIFY(startIntake(agent.page, Type::Access, QStringLiteral("C-1001")));
        id = finishIntake(agent.page);
        QVERIFY(id != 0);
        RequestDialog* d = openRequest(agent.page, id);
        QVERIFY(d);
        QVERIFY(!d->packageButton()->isEnabled()); // not before approval
        QTest::mouseClick(d->recordVerificationButton(), Qt::LeftButton);
        QCOMPARE(d->details().request.state, State::InReview);
        QVERIFY(!d->packageButton()->isEnabled());
        QVERIFY(closeRequest(agent.page));
    }
    // The officer approves, previews the package and releases it.
    Opened officer = open(QStringLiteral("oscar"));
    QVERIFY(officer.page);
    RequestDialog* d = openRequest(officer.page, id);
    QVERIFY(d);
    QTest::keyClicks(d->noteEdit(), QStringLiteral("Identity verified; nothing withheld."));
    QTest::mouseClick(d->approveButton(), Qt::LeftButton);
    QCOMPARE(d->details().request.state, State::Approved);
    QVERIFY(d->packageButton()->isVisible());
    QVERIFY(!d->rectifyButton()->isVisible()); // only for rectification requests
    QVERIFY(d->packageButton()->isEnabled());
    UiTestSupport::snapshot(d, QStringLiteral("request-dialog-approved-access"));
    QTest::mouseClick(d->packageButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->packageDialog(), 5000);
    PackagePreviewDialog* p = d->packageDialog();
    QVERIFY2(p->isReady(), qPrintable(p->errorMessage()->text()));
    QCOMPARE(p->language(), QStringLiteral("en")); // the customer's
    // The preview is the document the customer gets: every section, the data, the rights.
    const QString preview = p->previewBrowser()->toPlainText();
    for (const QString& title : AccessPackage::sectionTitles(QStringLiteral("en"))) {
        QVERIFY2(preview.contains(title), qPrintable(title));
    }
    QVERIFY(preview.contains(QStringLiteral("rina@example.com")));
    QVERIFY(preview.contains(QStringLiteral("Purpose newsletter")));
    QVERIFY(preview.contains(RequestService::complaintSentence(QStringLiteral("GDPR"), QStringLiteral("en"))));
    QVERIFY(p->releaseButton()->isEnabled());
    QVERIFY(!p->progressBar()->isVisible());
    UiTestSupport::snapshot(p, QStringLiteral("package-preview"));

    // A folder that cannot be written: a clear message, no file, the request unchanged.
    const QString blocker = m_tmp.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    FileDialog::setNextFileName(blocker + QStringLiteral("/inside"));
    QTest::mouseClick(p->releaseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 20000);
    QVERIFY(!p->errorMessage()->text().isEmpty());
    QVERIFY2(p->errorMessage()->text().contains(QStringLiteral("unchanged")), qPrintable(p->errorMessage()->text()));
    QVERIFY(p->writtenFiles().isEmpty());
    QVERIFY(p->releaseButton()->isEnabled());
    QCOMPARE(RequestService(m_officer).get(id)->request.state, State::Approved);
    QCOMPARE(auditCount(QStringLiteral("request.package_released"), QString::number(id), QStringLiteral("%")), 0);

    // Cancelling the folder choice does nothing.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(p->releaseButton(), Qt::LeftButton);
    QVERIFY(!p->isBusy());

    // Cancelled while the PDF is laid out (the flag is read after rendering, so this click
    // always comes first): no file stays behind, the request stays approved.
    const QString cancelled = m_tmp.filePath(QStringLiteral("cancelled"));
    FileDialog::setNextFileName(cancelled);
    QTest::mouseClick(p->releaseButton(), Qt::LeftButton);
    QVERIFY(p->isBusy());
    QVERIFY(p->cancelButton()->isVisible());
    QVERIFY(p->progressBar()->isVisible());
    QTest::mouseClick(p->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    QVERIFY2(p->errorMessage()->text().contains(QStringLiteral("Cancelled")), qPrintable(p->errorMessage()->text()));
    QVERIFY(QDir(cancelled).entryList(QDir::Files).isEmpty());
    QVERIFY(p->writtenFiles().isEmpty());
    QCOMPARE(RequestService(m_officer).get(id)->request.state, State::Approved);

    // Release into a real folder: JSON and PDF, hashes shown and audited, request completed.
    const QString out = m_tmp.filePath(QStringLiteral("package"));
    FileDialog::setNextFileName(out);
    QTest::mouseClick(p->releaseButton(), Qt::LeftButton);
    QVERIFY(!p->releaseButton()->isEnabled()); // no second release while it runs
    QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    QVERIFY2(p->errorMessage()->text().isEmpty(), qPrintable(p->errorMessage()->text()));
    QCOMPARE(p->writtenFiles().size(), 2);
    const QString jsonPath = p->writtenFiles().at(0).first;
    const QString pdfPath = p->writtenFiles().at(1).first;
    QCOMPARE(QFileInfo(jsonPath).fileName(), QStringLiteral("access-request-%1.json").arg(id));
    QCOMPARE(QFileInfo(pdfPath).fileName(), QStringLiteral("access-request-%1.pdf").arg(id));
    QVERIFY(QFileInfo(pdfPath).size() > 0);
    const QString jsonHash = sha256Of(jsonPath);
    QCOMPARE(jsonHash.size(), 64);
    QCOMPARE(p->writtenFiles().at(0).second, jsonHash);
    QCOMPARE(p->writtenFiles().at(1).second, sha256Of(pdfPath));
    QVERIFY(p->resultText()->isVisible());
    QVERIFY(p->resultText()->toPlainText().contains(jsonHash));
    QVERIFY(p->resultText()->toPlainText().contains(sha256Of(pdfPath)));
    QVERIFY(!p->releaseButton()->isEnabled());
    UiTestSupport::snapshot(p, QStringLiteral("package-released"));

    // The JSON holds what the law asks for.
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), AccessPackage::schemaId());
    QCOMPARE(o.value(QStringLiteral("requestId")).toInteger(), id);
    QCOMPARE(o.value(QStringLiteral("customerId")).toString(), m_customerId);
    QCOMPARE(o.value(QStringLiteral("jurisdiction")).toString(), QStringLiteral("GDPR"));
    QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    const QJsonObject personal = o.value(QStringLiteral("personalData")).toObject();
    QCOMPARE(personal.value(QStringLiteral("full_name")).toString(), QStringLiteral("Rina Wijaya"));
    QCOMPARE(personal.value(QStringLiteral("email")).toString(), QStringLiteral("rina@example.com"));
    QCOMPARE(o.value(QStringLiteral("purposes")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("consentHistory")).toArray().size(), 2);
    QVERIFY(!o.value(QStringLiteral("rights")).toObject().value(QStringLiteral("complaint")).toObject().isEmpty());
    QCOMPARE(o.value(QStringLiteral("automatedDecisionMaking")).toObject().value(QStringLiteral("used")).toBool(true),
             false);
    for (const QString& field : AccessPackage::requiredFields()) {
        QVERIFY2(o.contains(field), qPrintable(field));
    }

    // The audit entry and the request carry the same hash; the request is completed.
    QCOMPARE(auditCount(QStringLiteral("request.package_released"),
                        QString::number(id),
                        QStringLiteral("%json_sha256=") + jsonHash + QStringLiteral("%")),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(d->details().request.state, State::Completed, 5000);
    QVERIFY(d->details().request.artefactSha256.contains(jsonHash));
    QVERIFY(!d->packageButton()->isEnabled());
    p->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!d->packageDialog(), 5000);
    QVERIFY(closeRequest(officer.page));
}

void TestRequestDesk::portabilityPackageByAgent()
{
    const qint64 id = approvedRequest(Type::Portability, m_customerId);
    QVERIFY(id != 0);
    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    RequestDialog* d = openRequest(agent.page, id);
    QVERIFY(d);
    QVERIFY(d->packageButton()->isEnabled()); // agents fulfil portability
    QVERIFY(!d->completeButton()->isEnabled());
    QTest::mouseClick(d->packageButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->packageDialog(), 5000);
    PackagePreviewDialog* p = d->packageDialog();
    QVERIFY2(p->isReady(), qPrintable(p->errorMessage()->text()));
    QVERIFY(p->previewBrowser()->toPlainText().contains(QStringLiteral("rina@example.com")));
    QVERIFY(p->previewBrowser()->toPlainText().contains(QStringLiteral("newsletter")));
    UiTestSupport::snapshot(p, QStringLiteral("portability-preview"));
    FileDialog::setNextFileName(m_tmp.filePath(QStringLiteral("portability")));
    QTest::mouseClick(p->releaseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    QVERIFY2(p->errorMessage()->text().isEmpty(), qPrintable(p->errorMessage()->text()));
    QCOMPARE(p->writtenFiles().size(), 2);
    QCOMPARE(QFileInfo(p->writtenFiles().at(1).first).fileName(), QStringLiteral("portability-request-%1.csv").arg(id));
    for (const auto& f : p->writtenFiles()) {
        QCOMPARE(f.second, sha256Of(f.first));
        QVERIFY(p->resultText()->toPlainText().contains(f.second));
    }
    QCOMPARE(auditCount(QStringLiteral("request.package_released"),
                        QString::number(id),
                        QStringLiteral("%csv_sha256=") + p->writtenFiles().at(1).second + QStringLiteral("%")),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(d->details().request.state, State::Completed, 5000);
    p->reject();
    QVERIFY(closeRequest(agent.page));
}

void TestRequestDesk::assignToSomeone()
{
    RequestInput in;
    in.type = Type::Restriction;
    in.channel = QStringLiteral("phone");
    in.customerId = m_customerId;
    auto r = RequestService(m_agent).intake(in);
    QVERIFY(r.ok());
    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    QVERIFY(agent.page->selectRequest(r->id));
    QVERIFY(agent.page->assignToButton()->isEnabled());
    QTest::mouseClick(agent.page->assignToButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(agent.page->assignDialog(), 5000);
    AssignDialog* a = agent.page->assignDialog();
    // Everyone who handles requests, and nobody; not the admin.
    QStringList names;
    for (int i = 0; i < a->staffCombo()->count(); ++i) {
        names << a->staffCombo()->itemText(i);
    }
    QVERIFY2(names.filter(QStringLiteral("oscar")).size() == 1, qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(names.filter(QStringLiteral("agnes")).size() == 1);
    QVERIFY(names.filter(QStringLiteral("admin")).isEmpty());
    QCOMPARE(a->staffCombo()->currentData().toLongLong(), 0); // nobody yet
    QVERIFY(a->selectUser(m_officer->user().id));
    UiTestSupport::snapshot(a, QStringLiteral("assign-dialog"));
    QTest::mouseClick(a->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!agent.page->assignDialog(), 5000);
    const int row = agent.page->model()->rowOf(r->id);
    QVERIFY(row >= 0);
    QCOMPARE(agent.page->model()->rowAt(row).assignee, m_officer->user().id);
    QCOMPARE(RequestService(m_agent).get(r->id)->request.assignee, m_officer->user().id);
    QCOMPARE(auditCount(QStringLiteral("request.assign"),
                        QString::number(r->id),
                        QStringLiteral("%assignee=%1%").arg(m_officer->user().id)),
             1);

    // A stale list (someone changed the request meanwhile): refused inline, nothing changes.
    QVERIFY(agent.page->selectRequest(r->id));
    QTest::mouseClick(agent.page->assignToButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(agent.page->assignDialog(), 5000);
    a = agent.page->assignDialog();
    QCOMPARE(a->staffCombo()->currentData().toLongLong(), m_officer->user().id);
    QVERIFY(RequestService(m_officer).assign(r->id, 0, RequestService(m_officer).get(r->id)->request.version).ok());
    QVERIFY(a->selectUser(m_agent->user().id));
    QTest::mouseClick(a->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(a->isVisible());
    QVERIFY(!a->errorMessage()->text().isEmpty());
    QCOMPARE(RequestService(m_agent).get(r->id)->request.assignee, 0);
    a->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!agent.page->assignDialog(), 5000);
}

void TestRequestDesk::purposesAtIntake()
{
    qint64 id = 0;
    {
        Opened agent = open(QStringLiteral("agnes"));
        QVERIFY(agent.page);
        RequestIntakeDialog* d = startIntake(agent.page, Type::Access, QStringLiteral("C-1001"));
        QVERIFY(d);
        QVERIFY(!d->purposesList()->isVisible()); // an access request names no purpose
        d->typeCombo()->setCurrentIndex(d->typeCombo()->findData(static_cast<int>(Type::ConsentWithdrawal)));
        QVERIFY(d->purposesList()->isVisible());
        d->typeCombo()->setCurrentIndex(d->typeCombo()->findData(static_cast<int>(Type::Objection)));
        QVERIFY(d->purposesList()->isVisible());
        QCOMPARE(d->purposesList()->count(), 3);
        // Nothing ticked: the agent is asked first (default No keeps the dialog open).
        const int boxes = MessageBox::count();
        QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("No purpose is ticked")));
        QVERIFY(agent.page->intakeDialog());
        for (int i = 0; i < d->purposesList()->count(); ++i) {
            QListWidgetItem* item = d->purposesList()->item(i);
            if (item->data(Qt::UserRole).toString() == QLatin1String("newsletter")) {
                item->setCheckState(Qt::Checked);
            }
        }
        QCOMPARE(d->checkedPurposes(), QStringList{QStringLiteral("newsletter")});
        UiTestSupport::snapshot(d, QStringLiteral("intake-objection-purposes"));
        id = finishIntake(agent.page);
        QVERIFY(id != 0);
        QCOMPARE(RequestService(m_agent).get(id)->request.purposeCodes, QStringList{QStringLiteral("newsletter")});
        RequestDialog* r = openRequest(agent.page, id);
        QVERIFY(r);
        QVERIFY(r->detailsLabel()->text().contains(QStringLiteral("Purposes named: newsletter")));
        QTest::mouseClick(r->recordVerificationButton(), Qt::LeftButton);
        QCOMPARE(r->details().request.state, State::InReview);
        QVERIFY(closeRequest(agent.page));
    }
    QVERIFY(RequestService(m_officer)
                .approve(id,
                         QStringLiteral("Objection to marketing needs no grounds"),
                         RequestService(m_officer).get(id)->request.version)
                .ok());
    ConsentService consent(m_agent);
    QVERIFY(consent.mayUse(m_customerId, QStringLiteral("newsletter"))->allowed); // not before fulfilment
    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    RequestDialog* r = openRequest(agent.page, id);
    QVERIFY(r);
    QVERIFY(!r->packageButton()->isVisible());
    QVERIFY(r->completeButton()->isEnabled());
    QTest::mouseClick(r->completeButton(), Qt::LeftButton);
    QVERIFY2(r->errorMessage()->text().isEmpty(), qPrintable(r->errorMessage()->text()));
    QCOMPARE(r->details().request.state, State::Completed);
    // The chosen purpose is withdrawn at once, the other one is untouched.
    QCOMPARE(consent.mayUse(m_customerId, QStringLiteral("newsletter"))->reason, FairUse::Reason::ConsentWithdrawn);
    QVERIFY(consent.mayUse(m_customerId, QStringLiteral("surveys"))->allowed);
    QCOMPARE(consent.history(m_customerId)->first().event.requestId, id);
    QVERIFY(closeRequest(agent.page));
}

void TestRequestDesk::newCustomerAtIntake()
{
    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    CustomerService customers(m_agent);

    // Entered, then the intake is cancelled: no customer is left behind.
    RequestIntakeDialog* d = startIntake(agent.page, Type::Access, QStringLiteral("budi@example.com"));
    QVERIFY(d);
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(d->errorMessage()->text().contains(QStringLiteral("New Customer"))); // the way out is named
    QVERIFY(d->newCustomerButton()->isEnabled());
    QTest::mouseClick(d->newCustomerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->newCustomerDialog(), 5000);
    NewCustomerDialog* n = d->newCustomerDialog();
    QCOMPARE(n->emailEdit()->text(), QStringLiteral("budi@example.com")); // what matched nobody
    QCOMPARE(n->nameEdit()->text(), QStringLiteral("Rina Wijaya")); // the requester's name
    n->nameEdit()->clear();
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(n->isVisible()); // a customer needs a name: refused inline
    QVERIFY(!n->errorMessage()->text().isEmpty());
    QTest::keyClicks(n->nameEdit(), QStringLiteral("Budi Santoso"));
    QTest::keyClicks(n->phoneEdit(), QStringLiteral("+62 812 3456 7801"));
    UiTestSupport::snapshot(n, QStringLiteral("intake-new-customer"));
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->newCustomerDialog(), 5000);
    QVERIFY(d->newCustomer());
    QVERIFY(d->customerLabel()->text().contains(QStringLiteral("Budi Santoso")));
    QVERIFY(d->customerEdit()->text().isEmpty());
    QCOMPARE(customers.find(CustomerService::Lookup::Email, QStringLiteral("budi@example.com"))->size(), 0);
    UiTestSupport::snapshot(d, QStringLiteral("intake-with-new-customer"));
    d->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!agent.page->intakeDialog(), 5000);
    QCOMPARE(customers.find(CustomerService::Lookup::Email, QStringLiteral("budi@example.com"))->size(), 0);

    // Entered and logged: the customer and the request are created together, matched.
    d = startIntake(agent.page, Type::Access, QStringLiteral("budi@example.com"));
    QVERIFY(d);
    QTest::mouseClick(d->newCustomerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->newCustomerDialog(), 5000);
    n = d->newCustomerDialog();
    n->nameEdit()->clear();
    QTest::keyClicks(n->nameEdit(), QStringLiteral("Budi Santoso"));
    n->jurisdictionCombo()->setCurrentIndex(n->jurisdictionCombo()->findData(QStringLiteral("UU_PDP")));
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->newCustomerDialog(), 5000);
    QCOMPARE(d->jurisdictionCombo()->currentData().toString(), QStringLiteral("UU_PDP"));
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!agent.page->intakeDialog(), 5000);
    const QStringList found = *customers.find(CustomerService::Lookup::Email, QStringLiteral("budi@example.com"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(customers.get(found.first())->fullName, QStringLiteral("Budi Santoso"));
    const qint64 id = agent.page->currentId();
    QVERIFY(id != 0);
    auto details = RequestService(m_agent).get(id);
    QCOMPARE(details->request.customerId, found.first());
    QCOMPARE(details->request.jurisdiction, QStringLiteral("UU_PDP"));
}

void TestRequestDesk::answerLetter()
{
    RequestInput in;
    in.type = Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = m_customerId;
    RequestService svc(m_officer);
    auto r = svc.intake(in);
    QVERIFY(r.ok());
    const QString why = QStringLiteral("The identity document shown did not match the account holder.");
    QVERIFY(svc.reject(r->id, RequestService::RejectReason::IdentityNotVerified, why, 1).ok());

    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    agent.page->stateCombo()->setCurrentIndex(1); // all states: a rejected request is closed
    RequestDialog* d = openRequest(agent.page, r->id);
    QVERIFY(d);
    QVERIFY(d->answerButton()->isEnabled());
    QTest::mouseClick(d->answerButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->answerDialog(), 5000);
    AnswerLetterDialog* a = d->answerDialog();
    QCOMPARE(a->languageCombo()->currentData().toString(), QStringLiteral("en")); // the customer's
    QString text = a->letterText()->toPlainText();
    QCOMPARE(text, *svc.answer(r->id, QStringLiteral("en")));
    QVERIFY(text.contains(QStringLiteral("we could not verify your identity")));
    QVERIFY(text.contains(why));
    QVERIFY(text.contains(RequestService::complaintSentence(QStringLiteral("GDPR"), QStringLiteral("en"))));
    UiTestSupport::snapshot(a, QStringLiteral("answer-letter"));
    a->languageCombo()->setCurrentIndex(a->languageCombo()->findData(QStringLiteral("id")));
    text = a->letterText()->toPlainText();
    QVERIFY(text.contains(RequestService::complaintSentence(QStringLiteral("GDPR"), QStringLiteral("id"))));
    QVERIFY(text.contains(QStringLiteral("kami tidak dapat memverifikasi identitas Anda")));

    QTest::mouseClick(a->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text);
    const QString pdf = m_tmp.filePath(QStringLiteral("answer.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(a->savePdfButton(), Qt::LeftButton);
    QVERIFY(QFileInfo(pdf).size() > 0);
    const QString printed = m_tmp.filePath(QStringLiteral("printed.pdf"));
    Printing::setNextOutputFile(printed);
    QTest::mouseClick(a->printButton(), Qt::LeftButton);
    QVERIFY(QFileInfo(printed).size() > 0);
    // A folder that does not exist: a clear message.
    FileDialog::setNextFileName(m_tmp.filePath(QStringLiteral("missing/answer.pdf")));
    QTest::mouseClick(a->savePdfButton(), Qt::LeftButton);
    QVERIFY(a->errorMessage()->text().contains(QStringLiteral("cannot be written")));
    a->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!d->answerDialog(), 5000);
    QVERIFY(closeRequest(agent.page));
}

void TestRequestDesk::rectificationLinkedToRequest()
{
    const qint64 id = approvedRequest(Type::Rectification, m_customerId);
    QVERIFY(id != 0);
    Opened agent = open(QStringLiteral("agnes"));
    QVERIFY(agent.page);
    RequestDialog* d = openRequest(agent.page, id);
    QVERIFY(d);
    QVERIFY(d->rectifyButton()->isVisible());
    QVERIFY(d->rectifyButton()->isEnabled());
    QVERIFY(!d->packageButton()->isVisible());
    // Completing before the record is corrected is refused by the service.
    QTest::mouseClick(d->completeButton(), Qt::LeftButton);
    QVERIFY(!d->errorMessage()->text().isEmpty());
    QCOMPARE(d->details().request.state, State::Approved);

    QTest::mouseClick(d->rectifyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->rectifyDialog(), 5000);
    RectifyDialog* r = d->rectifyDialog();
    QCOMPARE(r->requestId(), id);
    QVERIFY(r->windowTitle().contains(QString::number(id)));
    r->setField(CustomerService::Field::Email);
    QCOMPARE(r->currentValueLabel()->text(), QStringLiteral("rina@example.com"));
    QTest::keyClicks(r->valueEdit(), QStringLiteral("rina.w@example.com"));
    QTest::keyClicks(r->reasonEdit(), QStringLiteral("Customer asked: new address"));
    UiTestSupport::snapshot(r, QStringLiteral("rectify-for-request"));
    QTest::mouseClick(r->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->rectifyDialog(), 5000);
    QCOMPARE(CustomerService(m_agent).get(m_customerId)->email, QStringLiteral("rina.w@example.com"));
    QCOMPARE(auditCount(QStringLiteral("customer.rectify"), m_customerId, QStringLiteral("%;request=%1").arg(id)), 1);

    QTest::mouseClick(d->completeButton(), Qt::LeftButton);
    QVERIFY2(d->errorMessage()->text().isEmpty(), qPrintable(d->errorMessage()->text()));
    QCOMPARE(d->details().request.state, State::Completed);
    QVERIFY(!d->rectifyButton()->isEnabled());
    QVERIFY(closeRequest(agent.page));
}

QTEST_MAIN(TestRequestDesk)
#include "TestRequestDesk.moc"
