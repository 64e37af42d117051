// Erasure in the GUI (issue #7): an agent prepares from the request dialog and sees the
// preview (destroyed, held with basis and end date, recipients); the agent cannot confirm; a
// second officer confirms with a justification and the reference typed again (refusals stay
// inline); the recipient checklist is marked; the certificate is saved as a PDF.
#include "UiTestSupport.h"

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "testsupport/SqliteReader.h"
#include "ui/erasure/ErasureConfirmDialog.h"
#include "ui/erasure/ErasurePanel.h"
#include "ui/erasure/ErasurePreviewDialog.h"
#include "ui/erasure/ErasurePreviewView.h"
#include "ui/erasure/LegalHoldsDialog.h"
#include "ui/requests/RequestDialog.h"
#include "ui/thirdparties/RecipientChecklistWidget.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString kName = QStringLiteral("Sekar Ayuningtyas");
const QString kRef = QStringLiteral("C-2044");

// Runs @p body on the next modal dialog of type T once it is shown.
template <typename T> void onModal(const std::function<void(T*)>& body)
{
    QTimer::singleShot(0, [body] {
        T* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = qobject_cast<T*>(QApplication::activeModalWidget());
                return dialog != nullptr;
            },
            5000);
        if (!shown || !dialog) {
            qWarning("no modal dialog");
            return;
        }
        body(dialog);
        if (dialog->isVisible()) {
            dialog->reject(); // a failed check must not leave the test hanging in exec()
        }
    });
}
} // namespace

class TestErasureDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void prepareConfirmCertificate();
    void preparerCannotConfirm();
    void legalHoldsEditor();
    void confirmWhileAnotherProgramReads();
    void cleanupTestCase() { Clock::setInstance(nullptr); }

private:
    MockClock m_clock;
};

void TestErasureDialogs::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC));
    Clock::setInstance(&m_clock);
}

void TestErasureDialogs::prepareConfirmCertificate()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto agent = tw.signInNewUser(QStringLiteral("agnes"), static_cast<int>(Role::Agent));
    auto officer = tw.signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer));
    QVERIFY(agent && officer);
    const Database& db = *tw.workspace()->database();
    const qint64 now = m_clock.nowMs();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, created_at, updated_at) VALUES "
                                   "('KirimCepat Logistik', 'processor', 'ID', ?, ?)"),
                    {now, now})
                .ok());
    Customer c;
    c.fullName = kName;
    c.email = QStringLiteral("sekar@example.co.id");
    c.externalRef = kRef;
    c.address = QStringLiteral("Jalan Melati 9, Yogyakarta");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto customer = CustomerService(agent).create(c);
    QVERIFY(customer.ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, disclosed_at, source, "
                                   "created_at) SELECT ?, id, ?, 'manual', ? FROM recipients"),
                    {*customer, now, now})
                .ok());
    RequestService requests(agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *customer;
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(officer).approve(r->id, QStringLiteral("Verified"), 2).ok());

    // The agent prepares and sees the preview.
    {
        RequestDialog dialog(agent, r->id);
        dialog.show();
        ErasurePanel* panel = dialog.erasurePanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->prepareButton()->isEnabled());
        QVERIFY(!panel->confirmButton()->isEnabled()); // agents never confirm
        QVERIFY(!panel->certificateButton()->isEnabled());
        bool seen = false;
        onModal<ErasurePreviewDialog>([&](ErasurePreviewDialog* d) {
            ErasurePreviewView* view = d->view();
            QCOMPARE(view->topLevelItemCount(), 3);
            QCOMPARE(view->heldGroup()->childCount(), 1);
            QCOMPARE(view->heldGroup()->child(0)->text(0), QStringLiteral("invoices"));
            QVERIFY(view->heldGroup()->child(0)->text(1).contains(QStringLiteral("UU KUP")));
            QVERIFY(view->heldGroup()->child(0)->text(1).contains(QStringLiteral("2036")));
            QCOMPARE(view->recipientsGroup()->child(0)->text(0), QStringLiteral("KirimCepat Logistik (ID)"));
            QVERIFY(view->destroyedGroup()->childCount() >= 3);
            UiTestSupport::snapshot(d, QStringLiteral("erasure-preview"));
            seen = true;
            QTest::mouseClick(d->prepareButton(), Qt::LeftButton);
        });
        QTest::mouseClick(panel->prepareButton(), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("agnes")));
        QVERIFY(!panel->confirmButton()->isEnabled());
    }

    // A second officer confirms: refusals stay inline and change nothing.
    RequestDialog dialog(officer, r->id);
    dialog.show();
    ErasurePanel* panel = dialog.erasurePanel();
    QVERIFY(panel->confirmButton()->isEnabled());
    bool confirmed = false;
    onModal<ErasureConfirmDialog>([&](ErasureConfirmDialog* d) {
        QVERIFY(d->warningLabel()->text().contains(QStringLiteral("cannot be undone")));
        // Issue #17: which copies are unreadable at once, after a restore, or not until destroyed.
        QVERIFY(!d->warningLabel()->text().contains(QStringLiteral("backups included")));
        QVERIFY(d->warningLabel()->text().contains(QStringLiteral("This workspace and its log: unreadable at once.")));
        QVERIFY(d->warningLabel()->text().contains(QStringLiteral("restoring one through Amanah")));
        QVERIFY(d->warningLabel()->text().contains(
            QStringLiteral("Copies made outside Amanah (file copies, disk images): keep the data until they are "
                           "destroyed.")));
        QVERIFY(d->eraseButton()->isEnabled());
        QTest::keyClicks(d->justificationEdit(), QStringLiteral("asked"));
        QTest::keyClicks(d->referenceEdit(), kRef);
        QTest::mouseClick(d->eraseButton(), Qt::LeftButton);
        QVERIFY(d->errorMessage()->text().contains(QStringLiteral("justified")));
        QVERIFY(d->isVisible());
        QTest::keyClicks(d->justificationEdit(), QStringLiteral(" for erasure by email; no open order or claim"));
        d->referenceEdit()->clear();
        QTest::keyClicks(d->referenceEdit(), QStringLiteral("C-2045"));
        QTest::mouseClick(d->eraseButton(), Qt::LeftButton);
        QVERIFY(d->errorMessage()->text().contains(QStringLiteral("does not match")));
        QVERIFY(CustomerService(officer).get(*customer).ok());
        d->referenceEdit()->clear();
        QTest::keyClicks(d->referenceEdit(), kRef);
        UiTestSupport::snapshot(d, QStringLiteral("erasure-confirm"));
        QTest::mouseClick(d->eraseButton(), Qt::LeftButton);
        confirmed = !d->isVisible();
    });
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    QVERIFY(confirmed);
    QCOMPARE(dialog.details().request.state, Request::State::Executed);
    QCOMPARE(CustomerService(officer).get(*customer).code(), ErrorCode::NotFound);
    // The request says the customer was erased rather than "none", which would read as unmatched.
    QVERIFY(dialog.detailsLabel()->text().contains(QStringLiteral("Customer: erased")));
    QVERIFY(!dialog.detailsLabel()->text().contains(QStringLiteral("Customer: none")));
    QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("oscar")));
    QVERIFY(panel->certificateButton()->isEnabled());
    QVERIFY(!panel->prepareButton()->isEnabled());

    // The checklist: notify, then confirm.
    RecipientChecklistWidget* checklist = panel->checklist();
    QCOMPARE(checklist->table()->rowCount(), 1);
    checklist->table()->selectRow(0);
    QVERIFY(checklist->notifiedButton()->isEnabled());
    QVERIFY(!checklist->confirmedButton()->isEnabled());
    QTest::mouseClick(checklist->notifiedButton(), Qt::LeftButton);
    QVERIFY(checklist->table()->item(0, 1)->text().contains(QStringLiteral("oscar")));
    QVERIFY(checklist->confirmedButton()->isEnabled());
    m_clock.set(m_clock.now().addDays(40));
    checklist->refresh();
    QVERIFY(checklist->table()->item(0, 3)->text().contains(QStringLiteral("Overdue")));
    checklist->table()->selectRow(0);
    QTest::mouseClick(checklist->confirmedButton(), Qt::LeftButton);
    QVERIFY(checklist->checks().first().confirmedAt.isValid());
    QVERIFY(!checklist->checks().first().overdue);

    // The certificate.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("erasure.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(panel->certificateButton(), Qt::LeftButton);
    QVERIFY2(QFile::exists(pdf), qPrintable(panel->errorMessage()->text()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QVERIFY(panel->errorMessage()->text().contains(QStringLiteral("SHA-256")));
    UiTestSupport::snapshot(&dialog, QStringLiteral("erasure-request-dialog"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("penghapusan")) && text.contains(QStringLiteral("Disetujui oleh")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("agnes")) && text.contains(QStringLiteral("oscar")));
        QVERIFY(text.contains(QStringLiteral("KirimCepat")));
        QVERIFY(!text.contains(kName) && !text.contains(kRef));
    }

    // Held records: officers read them (restricted); once the hold ends, they are destroyed here.
    QVERIFY(panel->holdsLabel()->isVisible());
    QVERIFY(panel->holdsLabel()->text().contains(QStringLiteral("invoices")));
    QVERIFY(!panel->destroyHeldButton()->isEnabled());
    MessageBox::setNonInteractive(true);
    QTest::mouseClick(panel->showHeldButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Jalan Melati 9, Yogyakarta")));
    QVERIFY(MessageBox::lastText().contains(kName));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("sekar@example.co.id")));
    {
        RequestDialog asAgent(agent, r->id);
        QVERIFY(!asAgent.erasurePanel()->showHeldButton()->isVisibleTo(asAgent.erasurePanel()));
        QVERIFY(!asAgent.erasurePanel()->destroyHeldButton()->isVisibleTo(asAgent.erasurePanel()));
    }
    m_clock.set(m_clock.now().addYears(11));
    dialog.refresh();
    QVERIFY(panel->holdsLabel()->text().contains(QStringLiteral("ended")));
    QVERIFY(panel->destroyHeldButton()->isEnabled());
    QTest::mouseClick(panel->destroyHeldButton(), Qt::LeftButton);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM held_records"))->toInt(), 0);
    QVERIFY(!panel->holdsLabel()->isVisible());
    QVERIFY(panel->errorMessage()->text().contains(QStringLiteral("1 held record")));
}

void TestErasureDialogs::preparerCannotConfirm()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer));
    auto officer2 = tw.signInNewUser(QStringLiteral("olga"), static_cast<int>(Role::Officer));
    QVERIFY(officer && officer2);
    Customer c;
    c.fullName = kName;
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto customer = CustomerService(officer).create(c);
    QVERIFY(customer.ok());
    RequestService requests(officer);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *customer;
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(requests.approve(r->id, QStringLiteral("Verified"), 2).ok());
    QVERIFY(ErasureService(officer).prepare(r->id).ok());
    RequestDialog mine(officer, r->id);
    QVERIFY(!mine.erasurePanel()->confirmButton()->isEnabled());
    RequestDialog theirs(officer2, r->id);
    QVERIFY(theirs.erasurePanel()->confirmButton()->isEnabled());
}

void TestErasureDialogs::legalHoldsEditor()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    auto officer = tw.signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer));
    auto agent = tw.signInNewUser(QStringLiteral("agnes"), static_cast<int>(Role::Agent));
    QVERIFY(officer && agent);
    {
        LegalHoldsDialog asAgent(agent);
        QVERIFY(!asAgent.saveButton()->isEnabled());
        QVERIFY(asAgent.errorMessage()->text().contains(QStringLiteral("permission"), Qt::CaseInsensitive)
                || asAgent.rules().isEmpty());
    }
    LegalHoldsDialog d(officer);
    d.show();
    QCOMPARE(d.table()->rowCount(), 1);
    d.table()->selectRow(0);
    QCOMPARE(d.categoryEdit()->text(), QStringLiteral("invoices"));
    QVERIFY(d.fieldCheck(QStringLiteral("address"))->isChecked());
    QVERIFY(!d.fieldCheck(QStringLiteral("email"))->isChecked());
    // A new rule; an empty basis is refused inline.
    QTest::mouseClick(d.newButton(), Qt::LeftButton);
    QTest::keyClicks(d.categoryEdit(), QStringLiteral("warranty"));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.errorMessage()->text().contains(QStringLiteral("basis")));
    QCOMPARE(d.rules().size(), 1);
    QTest::keyClicks(d.basisEdit(), QStringLiteral("Consumer warranty claims, 2 years"));
    d.yearsSpin()->setValue(2);
    d.fieldCheck(QStringLiteral("phone"))->setChecked(true);
    d.triggerCombo()->setCurrentIndex(1);
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QCOMPARE(d.rules().size(), 2);
    auto rules = ErasureService(officer).holdRules();
    QVERIFY(rules.ok());
    const auto it = std::find_if(rules->cbegin(), rules->cend(), [](const ErasureService::HoldRule& r) {
        return r.category == QLatin1String("warranty");
    });
    QVERIFY(it != rules->cend());
    QCOMPARE(it->years, 2);
    QCOMPARE(it->fields, QStringList({QStringLiteral("phone")}));
    QVERIFY(!it->fromActivity);
    UiTestSupport::snapshot(&d, QStringLiteral("legal-holds"));
}

// Issue #17: the second officer confirms while another connection reads the workspace. The
// dialog shows the service's message, stays open as "Finish Erasure" and the request stays
// approved (the panel says the erasure is unfinished); once the reader is gone, finishing
// executes it.
void TestErasureDialogs::confirmWhileAnotherProgramReads()
{
    TestWorkspace tw;
    QVERIFY2(tw.ok(), qPrintable(tw.errorString()));
    if (tw.location().isPostgres()) {
        QSKIP("SQLite's log only");
    }
    auto agent = tw.signInNewUser(QStringLiteral("agnes"), static_cast<int>(Role::Agent));
    auto officer = tw.signInNewUser(QStringLiteral("oscar"), static_cast<int>(Role::Officer));
    QVERIFY(agent && officer);
    Customer c;
    c.fullName = kName;
    c.externalRef = kRef;
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto customer = CustomerService(agent).create(c);
    QVERIFY(customer.ok());
    RequestService requests(agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *customer;
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(officer).approve(r->id, QStringLiteral("Verified"), 2).ok());
    QVERIFY(ErasureService(agent).prepare(r->id).ok());

    SqliteReader reader(tw.location().path);
    QVERIFY(reader.ok());
    ErasureConfirmDialog d(officer, r->id);
    d.show();
    QTest::keyClicks(d.justificationEdit(), QStringLiteral("Asked for erasure by email; no open order or claim"));
    QTest::keyClicks(d.referenceEdit(), kRef);
    QTest::mouseClick(d.eraseButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY2(d.errorMessage()->text().contains(QStringLiteral("execute the erasure again to finish")),
             qPrintable(d.errorMessage()->text()));
    QCOMPARE(d.eraseButton()->text(), QStringLiteral("&Finish Erasure"));
    QVERIFY(d.eraseButton()->isEnabled());
    QVERIFY(!d.view()->isVisible());
    QCOMPARE(RequestService(officer).load(r->id)->state, Request::State::Approved);
    {
        RequestDialog asOfficer(officer, r->id);
        ErasurePanel* panel = asOfficer.erasurePanel();
        QVERIFY(panel->statusLabel()->text().contains(QStringLiteral("not finished")));
        QVERIFY(!panel->prepareButton()->isEnabled());
        QVERIFY(panel->confirmButton()->isEnabled());
    }
    reader.end();
    QTest::mouseClick(d.eraseButton(), Qt::LeftButton);
    QVERIFY2(!d.isVisible(), qPrintable(d.errorMessage()->text()));
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(RequestService(officer).load(r->id)->state, Request::State::Executed);
}

QTEST_MAIN(TestErasureDialogs)
#include "TestErasureDialogs.moc"
