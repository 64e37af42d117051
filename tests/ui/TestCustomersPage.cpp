#include "UiTestSupport.h"

#include "core/consent/ConsentReceipt.h"
#include "core/consent/ConsentService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/demo/DemoWorkspace.h"
#include "ui/consent/AudienceExportDialog.h"
#include "ui/consent/GrantConsentDialog.h"
#include "ui/customers/CustomerRecordDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/customers/NewCustomerDialog.h"
#include "ui/customers/RectifyDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/Printing.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using PageId = MainWindow::PageId;

/// The Customers page on a workspace with the demo's named customers and purposes:
/// search, filters, the record, rectification, a conflict between two agents, consent
/// granted and withdrawn, the audience export and the consent receipt.
class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void search();
    void filters();
    void rectifyNeedsReason();
    void conflictBetweenTwoAgents();
    void grantAndWithdraw();
    void audienceExportAndReceipt();
    void newCustomer();
    void damagedRowIsMarked();
    void cleanupTestCase();

private:
    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        CustomersPage* page = nullptr;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Opened open(const QString& username);
    static QStringList names(CustomersPage* page);
    static void searchFor(CustomersPage* page, const QString& text);
    static CustomerRecordDialog* openRecord(CustomersPage* page, const QString& id);
    static QString consentCell(CustomerRecordDialog* d, const QString& purposeName, int column);

    std::unique_ptr<TestWorkspace> m_ws;
    std::shared_ptr<Session> m_staff;
    QHash<QString, QString> m_ids; // reference -> id
    QTemporaryDir m_dir;
};

void TestCustomersPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorString()));
    const int both = static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer);
    m_staff = m_ws->signInNewUser(QStringLiteral("olivia"), both);
    QVERIFY(m_staff);
    QVERIFY(m_ws->signInNewUser(QStringLiteral("andi"), static_cast<int>(Role::Agent)));
    QVERIFY(DemoWorkspace::createPolicies(m_staff).ok());
    CustomerService customers(m_staff);
    for (const Customer& c : DemoWorkspace::customers()) {
        auto id = customers.create(c);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        m_ids.insert(c.externalRef, *id);
    }
}

void TestCustomersPage::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestCustomersPage::cleanupTestCase()
{
    m_staff.reset();
    m_ws.reset();
}

TestCustomersPage::Opened TestCustomersPage::open(const QString& username)
{
    Opened o;
    o.window = UiTestSupport::signedInWindow(m_ws->location(), username, TestWorkspace::staffPassword());
    if (!o.window || !o.window->showPage(PageId::Customers)) {
        return o;
    }
    o.page = qobject_cast<CustomersPage*>(o.window->currentPage());
    o.tester = std::make_unique<QAbstractItemModelTester>(o.page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return o;
}

QStringList TestCustomersPage::names(CustomersPage* page)
{
    QStringList out;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        out << page->model()->index(row, CustomersTableModel::Name).data().toString();
    }
    return out;
}

void TestCustomersPage::searchFor(CustomersPage* page, const QString& text)
{
    QSignalSpy done(page, &CustomersPage::searchFinished);
    page->searchEdit()->clear();
    QTest::keyClicks(page->searchEdit(), text);
    // Debounced: the search runs once typing pauses.
    QVERIFY(done.wait(3000));
}

CustomerRecordDialog* TestCustomersPage::openRecord(CustomersPage* page, const QString& id)
{
    page->openCustomer(id);
    CustomerRecordDialog* d = nullptr;
    for (auto* candidate : page->findChildren<CustomerRecordDialog*>()) {
        if (candidate->isVisible() && candidate->record().customer.id == id) {
            d = candidate;
        }
    }
    return d;
}

QString TestCustomersPage::consentCell(CustomerRecordDialog* d, const QString& purposeName, int column)
{
    QTableWidget* t = d->consentTable();
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, CustomerRecordDialog::PurposeCol)->text() == purposeName) {
            return t->item(row, column)->text();
        }
    }
    return {};
}

void TestCustomersPage::search()
{
    Opened o = open(QStringLiteral("olivia"));
    QVERIFY(o.page);
    QTRY_VERIFY_WITH_TIMEOUT(o.page->isIndexReady(), 20000);
    QCOMPARE(o.page->model()->source(), CustomersTableModel::Source::Index);
    QCOMPARE(o.page->model()->rowCount(), 8);
    UiTestSupport::snapshot(o.window.get(), QStringLiteral("customers-page"));

    searchFor(o.page, QStringLiteral("jose"));
    QCOMPARE(names(o.page), QStringList{QString::fromUtf8("José Álvarez")});
    QVERIFY2(o.page->searchStatusLabel()->text().contains(QStringLiteral("by name")),
             qPrintable(o.page->searchStatusLabel()->text()));
    searchFor(o.page, QStringLiteral("dewi"));
    QCOMPARE(names(o.page), QStringList{QStringLiteral("Dewi Lestari")});
    searchFor(o.page, QStringLiteral("ANNA.Schmidt@beispiel.de "));
    QCOMPARE(names(o.page), QStringList{QStringLiteral("Anna Schmidt")});
    // "+62 812 3456 7801" written the local way.
    searchFor(o.page, QStringLiteral("0812-3456-7801"));
    QCOMPARE(names(o.page), QStringList{QStringLiteral("Dewi Lestari")});
    searchFor(o.page, QStringLiteral("SHOP-10008"));
    QCOMPARE(names(o.page), QStringList{QStringLiteral("Emily Carter")});
    searchFor(o.page, QStringLiteral("nobody at all"));
    QCOMPARE(o.page->model()->rowCount(), 0);
    searchFor(o.page, QString());
    QCOMPARE(o.page->model()->rowCount(), 8);

    // Double-click opens the record.
    const int row = o.page->model()->rowOf(m_ids.value(QStringLiteral("SHOP-10001")));
    QVERIFY(row >= 0);
    const QModelIndex index = o.page->model()->index(row, 0);
    o.page->table()->scrollTo(index);
    o.page->table()->selectRow(row);
    QVERIFY(o.page->openButton()->isEnabled());
    emit o.page->table()->doubleClicked(index); // what a double-click on the row emits
    CustomerRecordDialog* d = nullptr;
    QTRY_VERIFY((d = o.page->findChild<CustomerRecordDialog*>()) && d->isVisible());
    QCOMPARE(d->valueLabel(QStringLiteral("full_name"))->text(), QStringLiteral("Dewi Lestari"));
    QCOMPARE(d->requestsEmptyLabel()->text(), QStringLiteral("None yet."));
    d->reject();
}

void TestCustomersPage::filters()
{
    Opened o = open(QStringLiteral("olivia"));
    QVERIFY(o.page);
    QTRY_VERIFY_WITH_TIMEOUT(o.page->isIndexReady(), 20000);
    QComboBox* j = o.page->jurisdictionCombo();
    j->setCurrentIndex(j->findData(QStringLiteral("GDPR")));
    o.page->applyFilters();
    QCOMPARE(o.page->model()->source(), CustomersTableModel::Source::Pages);
    QStringList gdpr = names(o.page);
    gdpr.sort();
    QCOMPARE(gdpr, (QStringList{QStringLiteral("Anna Schmidt"), QString::fromUtf8("José Álvarez")}));
    // A search narrowed by the filter.
    searchFor(o.page, QStringLiteral("dewi"));
    QCOMPARE(o.page->model()->rowCount(), 0);
    searchFor(o.page, QString());
    QComboBox* s = o.page->statusCombo();
    s->setCurrentIndex(s->findData(static_cast<int>(Customer::Status::Restricted)));
    o.page->applyFilters();
    QCOMPARE(o.page->model()->rowCount(), 0);
    j->setCurrentIndex(0);
    s->setCurrentIndex(0);
    o.page->applyFilters();
    QCOMPARE(o.page->model()->rowCount(), 8);
}

void TestCustomersPage::rectifyNeedsReason()
{
    Opened o = open(QStringLiteral("olivia"));
    QVERIFY(o.page);
    QTRY_VERIFY_WITH_TIMEOUT(o.page->isIndexReady(), 20000);
    const QString id = m_ids.value(QStringLiteral("SHOP-10002"));
    CustomerRecordDialog* d = openRecord(o.page, id);
    QVERIFY(d);
    QTest::mouseClick(d->rectifyButton(), Qt::LeftButton);
    RectifyDialog* r = nullptr;
    QTRY_VERIFY((r = d->findChild<RectifyDialog*>()) && r->isVisible());
    r->setField(CustomerService::Field::Email);
    QCOMPARE(r->currentValueLabel()->text(), QStringLiteral("budi.santoso@contoh.co.id"));
    QTest::keyClicks(r->valueEdit(), QStringLiteral("budi.s@contoh.co.id"));
    QTest::mouseClick(r->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(r->isVisible());
    QVERIFY(r->errorMessage()->isVisible());
    QVERIFY2(r->errorMessage()->text().contains(QStringLiteral("why"), Qt::CaseInsensitive),
             qPrintable(r->errorMessage()->text()));
    QCOMPARE(CustomerService(m_staff).get(id)->email, QStringLiteral("budi.santoso@contoh.co.id"));

    QPointer<RectifyDialog> guard(r);
    QTest::keyClicks(r->reasonEdit(), QStringLiteral("Customer called: new address"));
    QTest::mouseClick(r->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QCOMPARE(d->valueLabel(QStringLiteral("email"))->text(), QStringLiteral("budi.s@contoh.co.id"));
    // The table shows the new value (read again, not edited in place).
    const int row = o.page->model()->rowOf(id);
    QTRY_COMPARE(o.page->model()->index(row, CustomersTableModel::Email).data().toString(),
                 QStringLiteral("budi.s@contoh.co.id"));
    d->reject();
}

void TestCustomersPage::conflictBetweenTwoAgents()
{
    Opened first = open(QStringLiteral("olivia"));
    Opened second = open(QStringLiteral("andi"));
    QVERIFY(first.page && second.page);
    const QString id = m_ids.value(QStringLiteral("SHOP-10006"));
    CustomerRecordDialog* a = openRecord(first.page, id);
    CustomerRecordDialog* b = openRecord(second.page, id);
    QVERIFY(a && b);

    // Andi starts correcting the name; meanwhile Olivia saves a new phone.
    QTest::mouseClick(b->rectifyButton(), Qt::LeftButton);
    RectifyDialog* rb = nullptr;
    QTRY_VERIFY((rb = b->findChild<RectifyDialog*>()) && rb->isVisible());
    rb->setField(CustomerService::Field::FullName);
    QTest::keyClicks(rb->valueEdit(), QStringLiteral("Anna Schmitt"));
    QTest::keyClicks(rb->reasonEdit(), QStringLiteral("Typo reported by the customer"));

    QTest::mouseClick(a->rectifyButton(), Qt::LeftButton);
    RectifyDialog* ra = nullptr;
    QTRY_VERIFY((ra = a->findChild<RectifyDialog*>()) && ra->isVisible());
    ra->setField(CustomerService::Field::Phone);
    QTest::keyClicks(ra->valueEdit(), QStringLiteral("+49 151 9999 0000"));
    QTest::keyClicks(ra->reasonEdit(), QStringLiteral("New number given in store"));
    QTest::mouseClick(ra->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!a->findChild<RectifyDialog*>() || !a->findChild<RectifyDialog*>()->isVisible());

    QTest::mouseClick(rb->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(rb->isVisible());
    QVERIFY(rb->hadConflict());
    const QString message = rb->errorMessage()->text();
    QVERIFY2(message.contains(QStringLiteral("olivia")), qPrintable(message));
    QVERIFY2(message.contains(CustomerService::fieldName(QStringLiteral("phone")), Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY(rb->reloadButton()->isVisible());
    UiTestSupport::snapshot(rb, QStringLiteral("rectify-conflict"));
    // Nothing was overwritten.
    auto now = CustomerService(m_staff).get(id);
    QCOMPARE(now->fullName, QStringLiteral("Anna Schmidt"));
    QCOMPARE(now->phone, QStringLiteral("+4915199990000"));

    // Reload shows the record as it is; saving again is then allowed.
    QTest::mouseClick(rb->reloadButton(), Qt::LeftButton);
    QCOMPARE(b->valueLabel(QStringLiteral("phone"))->text(), QStringLiteral("+4915199990000"));
    QTest::mouseClick(rb->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!b->findChild<RectifyDialog*>() || !b->findChild<RectifyDialog*>()->isVisible());
    QCOMPARE(CustomerService(m_staff).get(id)->fullName, QStringLiteral("Anna Schmitt"));
    a->reject();
    b->reject();
}

void TestCustomersPage::grantAndWithdraw()
{
    Opened o = open(QStringLiteral("andi"));
    QVERIFY(o.page);
    const QString id = m_ids.value(QStringLiteral("SHOP-10005"));
    CustomerRecordDialog* d = openRecord(o.page, id);
    QVERIFY(d);
    d->tabs()->setCurrentIndex(CustomerRecordDialog::ConsentTab);
    const QString newsletter = QStringLiteral("Email newsletter");
    QCOMPARE(consentCell(d, newsletter, CustomerRecordDialog::StateCol), QStringLiteral("No decision"));
    QVERIFY(consentCell(d, newsletter, CustomerRecordDialog::MayUseCol).startsWith(QStringLiteral("No — ")));
    const int events = d->historyTable()->rowCount();

    QVERIFY(d->selectPurpose(QStringLiteral("newsletter")));
    QTest::mouseClick(d->grantButton(), Qt::LeftButton);
    GrantConsentDialog* g = nullptr;
    QTRY_VERIFY((g = d->findChild<GrantConsentDialog*>()) && g->isVisible());
    QCOMPARE(g->purposeCombo()->currentData().toString(), QStringLiteral("newsletter"));
    g->channelCombo()->setCurrentIndex(g->channelCombo()->findData(static_cast<int>(ConsentEvent::Channel::PaperForm)));
    QTest::keyClicks(g->evidenceEdit(), QStringLiteral("Form 2024/117"));
    QTest::mouseClick(g->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(consentCell(d, newsletter, CustomerRecordDialog::StateCol), QStringLiteral("Granted"));
    QCOMPARE(consentCell(d, newsletter, CustomerRecordDialog::ChannelCol), QStringLiteral("Paper form"));
    QVERIFY(consentCell(d, newsletter, CustomerRecordDialog::MayUseCol).startsWith(QStringLiteral("Yes — ")));
    QCOMPARE(d->historyTable()->rowCount(), events + 1);
    QCOMPARE(d->historyTable()->item(0, 5)->text(), QStringLiteral("Form 2024/117"));
    QCOMPARE(d->historyTable()->item(0, 6)->text(), QStringLiteral("andi"));
    UiTestSupport::snapshot(d, QStringLiteral("customer-record-consent"));

    // Withdrawing: one click and one confirmation.
    QVERIFY(d->selectPurpose(QStringLiteral("newsletter")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(d->withdrawButton(), Qt::LeftButton);
    QCOMPARE(consentCell(d, newsletter, CustomerRecordDialog::StateCol), QStringLiteral("Withdrawn"));
    QVERIFY2(consentCell(d, newsletter, CustomerRecordDialog::MayUseCol).startsWith(QStringLiteral("No — ")),
             qPrintable(consentCell(d, newsletter, CustomerRecordDialog::MayUseCol)));
    QCOMPARE(d->historyTable()->rowCount(), events + 2);
    QCOMPARE(d->historyTable()->item(0, 2)->text(), QStringLiteral("Withdrawn"));
    QCOMPARE(d->historyTable()->item(1, 2)->text(), QStringLiteral("Granted"));
    // Cancelling the confirmation records nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(d->withdrawButton(), Qt::LeftButton);
    QCOMPARE(d->historyTable()->rowCount(), events + 2);
    d->reject();
}

void TestCustomersPage::audienceExportAndReceipt()
{
    ConsentService consent(m_staff);
    const QString dewi = m_ids.value(QStringLiteral("SHOP-10001"));
    const QString emily = m_ids.value(QStringLiteral("SHOP-10008"));
    const QString made = m_ids.value(QStringLiteral("SHOP-10007"));
    const auto sms = QStringLiteral("sms_promotions");
    QVERIFY(consent.grant(dewi, sms, ConsentEvent::Channel::WebCheckbox).ok());
    QVERIFY(consent.grant(emily, sms, ConsentEvent::Channel::WebCheckbox).ok());
    QVERIFY(consent.grant(made, sms, ConsentEvent::Channel::Phone).ok());
    QVERIFY(consent.withdraw(made, sms, ConsentEvent::Channel::Phone).ok());

    const Database& db = *m_ws->workspace()->database();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO recipients (name, role, country, created_at, updated_at) VALUES "
                                   "('Mail Co', 'processor', 'ID', 0, 0)"))
                .ok());
    auto count = [&](const char* sql) {
        return db.scalar(QString::fromLatin1(sql))->toLongLong();
    };
    const qint64 exportsBefore = count("SELECT count(*) FROM audit_log WHERE action = 'audience.export'");

    Opened o = open(QStringLiteral("olivia"));
    QVERIFY(o.page);
    QVERIFY(o.page->exportButton()->isVisible());
    QTest::mouseClick(o.page->exportButton(), Qt::LeftButton);
    AudienceExportDialog* e = nullptr;
    QTRY_VERIFY((e = o.page->findChild<AudienceExportDialog*>()) && e->isVisible());
    e->purposeCombo()->setCurrentIndex(e->purposeCombo()->findData(sms));
    // "No recipient" first, then every recipient of the register (the workspace's own and Mail Co).
    QCOMPARE(e->recipientCombo()->count(), 1 + count("SELECT count(*) FROM recipients"));
    QVERIFY(e->recipientCombo()->findText(QStringLiteral("Mail Co")) > 0);
    const QString path = m_dir.filePath(QStringLiteral("audience.csv"));

    // On a worker: the progress bar moves while the dialog stays responsive; Cancel stops the
    // export after its first batch, leaves no file (not even a partial one) and records nothing.
    AudienceExportDialog::setBatchHookForTest([](const std::atomic<bool>& cancel) {
        QElapsedTimer waited;
        waited.start();
        while (!cancel.load() && waited.elapsed() < 20000) {
            QThread::msleep(5); // holds the worker until the test clicks Cancel
        }
    });
    e->recipientCombo()->setCurrentIndex(e->recipientCombo()->findText(QStringLiteral("Mail Co")));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(e->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(e->isWorking());
    QVERIFY(e->progressBar()->isVisible());
    QVERIFY(!e->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTRY_COMPARE(e->progressBar()->value(), e->progressBar()->maximum()); // both customers in the first batch
    UiTestSupport::snapshot(e, QStringLiteral("audience-export-running"));
    QTest::mouseClick(e->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!e->isWorking());
    AudienceExportDialog::setBatchHookForTest({});
    QVERIFY(e->isVisible());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("audience*")}, QDir::Files), QStringList());
    QVERIFY(e->errorMessage()->isVisible());
    UiTestSupport::snapshot(e, QStringLiteral("audience-export-cancelled"));
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'audience.export'"), exportsBefore);
    QCOMPARE(count("SELECT count(*) FROM disclosures"), 0);
    QCOMPARE(e->exportedCount(), -1);

    // Again, to the end: the file, the audit entry and a disclosure to Mail Co per customer.
    FileDialog::setNextFileName(path);
    // A successful export closes the dialog, which deletes itself: watch it through a guard.
    const QPointer<AudienceExportDialog> guard(e);
    QTest::mouseClick(e->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("2 customer")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("audit trail")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Mail Co")), qPrintable(MessageBox::lastText()));
    QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'audience.export'"), exportsBefore + 1);
    QCOMPARE(count("SELECT count(*) FROM disclosures WHERE source = 'export'"), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + two customers
    const QString body = lines.mid(1).join(QLatin1Char('\n'));
    QVERIFY(body.contains(dewi));
    QVERIFY(body.contains(emily));
    QVERIFY(!body.contains(made));

    // An agent has no audience export.
    Opened agent = open(QStringLiteral("andi"));
    QVERIFY(!agent.page->exportButton()->isVisible());

    // The consent receipt, as Kantara JSON and as PDF.
    CustomerRecordDialog* d = openRecord(o.page, dewi);
    QVERIFY(d);
    const QString json = m_dir.filePath(QStringLiteral("receipt.json"));
    FileDialog::setNextFileName(json);
    QTest::mouseClick(d->receiptJsonButton(), Qt::LeftButton);
    QFile receipt(json);
    QVERIFY(receipt.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(receipt.readAll()).object();
    QVERIFY2(ConsentReceipt::check(object).isEmpty(), qPrintable(ConsentReceipt::check(object).join(QLatin1Char(';'))));
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(d->receiptPdfButton(), Qt::LeftButton);
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5).startsWith("%PDF"));
    QVERIFY(!d->errorMessage()->isVisible());
    d->reject();
}

void TestCustomersPage::newCustomer()
{
    Opened o = open(QStringLiteral("andi"));
    QVERIFY(o.page);
    QTRY_VERIFY_WITH_TIMEOUT(o.page->isIndexReady(), 20000);
    const int before = o.page->model()->rowCount();
    QTest::mouseClick(o.page->newButton(), Qt::LeftButton);
    NewCustomerDialog* n = nullptr;
    QTRY_VERIFY((n = o.page->findChild<NewCustomerDialog*>()) && n->isVisible());
    QTest::keyClicks(n->nameEdit(), QStringLiteral("Rina Wulandari"));
    QTest::keyClicks(n->emailEdit(), QStringLiteral("not an email"));
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(n->isVisible());
    QVERIFY(n->errorMessage()->isVisible());
    n->emailEdit()->setText(QStringLiteral("rina@contoh.co.id"));
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(o.page->model()->rowCount(), before + 1);
    searchFor(o.page, QStringLiteral("wulan"));
    QCOMPARE(names(o.page), QStringList{QStringLiteral("Rina Wulandari")});

    // A control character in the name is refused by the service; the dialog shows why.
    QTest::mouseClick(o.page->newButton(), Qt::LeftButton);
    auto visibleDialog = [&]() -> NewCustomerDialog* {
        for (auto* d : o.page->findChildren<NewCustomerDialog*>()) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    };
    NewCustomerDialog* again = nullptr;
    QTRY_VERIFY((again = visibleDialog()) != nullptr);
    again->nameEdit()->setText(QStringLiteral("Rina\x1B[2J"));
    again->emailEdit()->setText(QStringLiteral("rina2@contoh.co.id"));
    QTest::mouseClick(again->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(again->isVisible());
    QVERIFY(again->errorMessage()->isVisible());
    QVERIFY2(again->errorMessage()->text().contains(QLatin1String("U+001B")),
             qPrintable(again->errorMessage()->text()));
    QVERIFY(
        CustomerService(m_staff).find(CustomerService::Lookup::Email, QStringLiteral("rina2@contoh.co.id"))->isEmpty());
    again->reject();
}

void TestCustomersPage::damagedRowIsMarked()
{
    // One byte of a customer's wrapped key flipped with plain SQL.
    Customer c;
    c.fullName = QStringLiteral("Rusak Sekali");
    c.email = QStringLiteral("rusak@contoh.co.id");
    c.jurisdiction = QStringLiteral("UU_PDP");
    c.country = QStringLiteral("ID");
    auto id = CustomerService(m_staff).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    const Database& db = *m_ws->workspace()->database();
    const QByteArray wrapped
        = db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {*id})->toByteArray();
    QByteArray bad = wrapped;
    bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x01);
    QVERIFY(db.exec(QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"), {bad, *id}).ok());
    const auto restore = qScopeGuard([&] {
        QVERIFY(
            db.exec(QStringLiteral("UPDATE customer_keys SET wrapped = ? WHERE customer_id = ?"), {wrapped, *id}).ok());
    });

    Opened o = open(QStringLiteral("olivia"));
    QVERIFY(o.page);
    QTRY_VERIFY_WITH_TIMEOUT(o.page->isIndexReady(), 20000);
    const int row = o.page->model()->rowOf(*id);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return o.page->model()->index(row, column).data(role);
    };
    QCOMPARE(cell(CustomersTableModel::Name).toString(), QString::fromUtf8("Damaged record — cannot be decrypted"));
    QVERIFY(!cell(CustomersTableModel::Name, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(cell(CustomersTableModel::Name, CustomersTableModel::DamagedRole).toBool());
    QCOMPARE(cell(CustomersTableModel::Status).toString(), QStringLiteral("Damaged"));
    QCOMPARE(cell(CustomersTableModel::Country).toString(), QStringLiteral("ID"));
    QVERIFY(cell(CustomersTableModel::Name, Qt::ToolTipRole).toString().contains(*id));
    QVERIFY(cell(CustomersTableModel::Email).toString().isEmpty());
    // Everyone else is shown as before.
    const int dewi = o.page->model()->rowOf(m_ids.value(QStringLiteral("SHOP-10001")));
    QCOMPARE(o.page->model()->index(dewi, CustomersTableModel::Name).data().toString(), QStringLiteral("Dewi Lestari"));
    QVERIFY(!o.page->model()->index(dewi, CustomersTableModel::Name).data(CustomersTableModel::DamagedRole).toBool());
    UiTestSupport::snapshot(o.window.get(), QStringLiteral("customers-page-damaged-row"));
}

QTEST_MAIN(TestCustomersPage)
#include "TestCustomersPage.moc"
