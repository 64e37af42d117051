#include "UiTestSupport.h"

#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/records/CustomerRecordService.h"
#include "core/rules/DataInventory.h"
#include "core/session/ControllerService.h"
#include "core/thirdparties/RecipientService.h"
#include "ui/consent/PurposeDialog.h"
#include "ui/customers/CustomerRecordDialog.h"
#include "ui/thirdparties/NoticeDraftDialog.h"
#include "ui/thirdparties/RecipientDialog.h"
#include "ui/thirdparties/RecipientsTableModel.h"
#include "ui/thirdparties/RecordDisclosureDialog.h"
#include "ui/thirdparties/ThirdPartiesPage.h"
#include "ui/users/ControllerDialog.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using PageId = MainWindow::PageId;

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);

template <typename T> T* waitForDialog(QWidget* parent)
{
    T* d = nullptr;
    for (int i = 0; i < 200 && !(d = parent->findChild<T*>()); ++i) {
        QTest::qWait(10);
    }
    return d;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

/// The Third parties page: the recipient register (add, edit, validation, officers only), the
/// recipients of a purpose, a disclosure recorded on a customer's record, the data inventory's
/// flags, the record of processing and the draft privacy notice.
class TestThirdPartiesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void registerAddEditValidate();
    void purposeRecipientsAndDisclosure();
    void inventoryRopaAndNotice();
    void adminSetsControllerDetails();
    void importDisclosures();
};

void TestThirdPartiesPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
}

void TestThirdPartiesPage::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestThirdPartiesPage::registerAddEditValidate()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    QVERIFY(ws.signInNewUser(QStringLiteral("olivia"), kOfficer));
    QVERIFY(ws.signInNewUser(QStringLiteral("agus"), kAgent));

    // Agents do not see the page.
    {
        auto agentWindow
            = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("agus"), TestWorkspace::staffPassword());
        QVERIFY(agentWindow);
        QVERIFY(!agentWindow->showPage(PageId::ThirdParties));
    }

    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::ThirdParties));
    auto* page = qobject_cast<ThirdPartiesPage*>(window->currentPage());
    QVERIFY(page);
    QAbstractItemModelTester tester(page->recipientsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->recipientsModel()->rowCount(), 0);
    QVERIFY(!page->editButton()->isEnabled());

    // Add: a recipient abroad without a safeguard is refused inside the dialog.
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    auto* dialog = waitForDialog<RecipientDialog>(page);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("MailCo Pte Ltd"));
    QTest::keyClicks(dialog->countryEdit(), QStringLiteral("sg"));
    QCOMPARE(dialog->countryEdit()->text(), QStringLiteral("SG"));
    QTest::keyClicks(dialog->categoriesEdit(), QStringLiteral("name, email"));
    QTest::keyClicks(dialog->contactEdit(), QStringLiteral("dpo@mailco.test"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorMessage()->isVisible());
    QVERIFY2(dialog->errorMessage()->text().contains(QLatin1String("safeguard")),
             qPrintable(dialog->errorMessage()->text()));
    UiTestSupport::snapshot(dialog, QStringLiteral("recipient-dialog-error"));
    QTest::keyClicks(dialog->safeguardEdit(), QStringLiteral("Standard contractual clauses"));
    QPointer<RecipientDialog> guard(dialog);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(page->recipientsModel()->rowCount(), 1);
    const QModelIndex name = page->recipientsModel()->index(0, RecipientsTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("MailCo Pte Ltd"));
    QCOMPARE(page->recipientsModel()->index(0, RecipientsTableModel::SafeguardColumn).data().toString(),
             QStringLiteral("Standard contractual clauses"));

    // Edit: select the row, change the contact.
    page->recipientsView()->selectRow(0);
    QVERIFY(page->editButton()->isEnabled());
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    auto* edit = waitForDialog<RecipientDialog>(page);
    QVERIFY(edit);
    QCOMPARE(edit->nameEdit()->text(), QStringLiteral("MailCo Pte Ltd"));
    edit->contactEdit()->setText(QStringLiteral("privacy@mailco.test"));
    edit->roleCombo()->setCurrentIndex(edit->roleCombo()->findData(static_cast<int>(Recipient::Role::Controller)));
    QPointer<RecipientDialog> editGuard(edit);
    QTest::mouseClick(edit->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(editGuard.isNull() || !editGuard->isVisible());
    QCOMPARE(page->recipientsModel()->index(0, RecipientsTableModel::ContactColumn).data().toString(),
             QStringLiteral("privacy@mailco.test"));
    QCOMPARE(page->recipientsModel()->index(0, RecipientsTableModel::RoleColumn).data().toString(),
             QStringLiteral("Controller"));
    auto stored = RecipientService(window->session()).list();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().version, 2);
    UiTestSupport::snapshot(window.get(), QStringLiteral("third-parties-register"));
}

void TestThirdPartiesPage::purposeRecipientsAndDisclosure()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto officer = ws.signInNewUser(QStringLiteral("olivia"), kOfficer);
    auto agent = ws.signInNewUser(QStringLiteral("agus"), kAgent);
    QVERIFY(officer && agent);
    Recipient courier;
    courier.name = QStringLiteral("Kurir Kilat");
    courier.country = QStringLiteral("ID");
    courier.dataCategories = {QStringLiteral("name"), QStringLiteral("address")};
    auto rid = RecipientService(officer).create(courier);
    QVERIFY(rid.ok());

    // The purpose dialog offers the register's recipients.
    QWidget host;
    Purpose orders;
    orders.code = QStringLiteral("orders");
    orders.name = QStringLiteral("Order delivery");
    orders.legalBasis = Purpose::LegalBasis::Contract;
    auto* purposeDialog = new PurposeDialog(officer, orders, &host);
    QCOMPARE(purposeDialog->recipientsList()->count(), 1);
    purposeDialog->recipientsList()->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(purposeDialog->categoriesEdit(), QStringLiteral("name, address"));
    purposeDialog->retentionSpin()->setValue(3650);
    purposeDialog->accept();
    QVERIFY2(purposeDialog->result() == QDialog::Accepted, qPrintable(purposeDialog->errorMessage()->text()));
    auto stored = PurposeService(officer).byCode(QStringLiteral("orders"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->recipientIds, QList<qint64>{*rid});

    // An agent records a disclosure on the customer's record.
    Customer c;
    c.fullName = QStringLiteral("Dewi Lestari");
    c.email = QStringLiteral("dewi@contoh.co.id");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto cid = CustomerService(agent).create(c);
    QVERIFY(cid.ok());
    CustomerRecordDialog record(agent, *cid, &host);
    record.show();
    QVERIFY(!record.recordDisclosureButton()->isHidden()); // agents record disclosures
    QVERIFY(record.recordDisclosureButton()->isEnabled());
    QCOMPARE(record.disclosuresTable()->rowCount(), 0);
    QTest::mouseClick(record.recordDisclosureButton(), Qt::LeftButton);
    auto* d = waitForDialog<RecordDisclosureDialog>(&record);
    QVERIFY(d);
    QCOMPARE(d->recipientCombo()->count(), 1);
    QCOMPARE(d->categoriesEdit()->text(), QStringLiteral("name, address")); // from the register
    d->dateEdit()->setDate(QDate::currentDate().addDays(-1));
    QPointer<RecordDisclosureDialog> guard(d);
    QTest::mouseClick(d->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QTRY_COMPARE(record.disclosuresTable()->rowCount(), 1);
    QCOMPARE(record.disclosuresTable()->item(0, 1)->text(), QStringLiteral("Kurir Kilat"));
    QCOMPARE(record.disclosuresTable()->item(0, 2)->text(), QStringLiteral("orders"));
    QCOMPARE(record.disclosuresTable()->item(0, 4)->text(), QStringLiteral("By hand"));
    record.tabs()->setCurrentIndex(CustomerRecordDialog::DisclosuresTab);
    UiTestSupport::snapshot(&record, QStringLiteral("record-disclosures"));
}

void TestThirdPartiesPage::inventoryRopaAndNotice()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto officer = ws.signInNewUser(QStringLiteral("olivia"), kOfficer);
    QVERIFY(officer);
    Recipient mail;
    mail.name = QStringLiteral("MailCo");
    mail.country = QStringLiteral("SG");
    mail.safeguard = QStringLiteral("Standard contractual clauses");
    auto rid = RecipientService(officer).create(mail);
    QVERIFY(rid.ok());
    Purpose news;
    news.code = QStringLiteral("newsletter");
    news.name = QStringLiteral("Email newsletter");
    news.dataCategories = {QStringLiteral("name"), QStringLiteral("email")};
    news.retentionDays = 730;
    news.recipientIds = {*rid};
    QVERIFY(PurposeService(officer).create(news).ok());
    Purpose loyalty;
    loyalty.code = QStringLiteral("loyalty");
    loyalty.name = QStringLiteral("Loyalty points");
    loyalty.legalBasis = Purpose::LegalBasis::Contract;
    loyalty.dataCategories = {QStringLiteral("phone")};
    QVERIFY(PurposeService(officer).create(loyalty).ok()); // no retention period

    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::ThirdParties));
    auto* page = qobject_cast<ThirdPartiesPage*>(window->currentPage());
    QVERIFY(page);
    page->tabs()->setCurrentIndex(1);
    QTableWidget* inv = page->inventoryTable();
    QCOMPARE(inv->rowCount(), static_cast<int>(DataInventory::fieldCodes().size()));
    QHash<QString, int> rowOf;
    for (int r = 0; r < inv->rowCount(); ++r) {
        rowOf.insert(inv->item(r, ThirdPartiesPage::FieldCol)->text(), r);
    }
    const int email = rowOf.value(QStringLiteral("Email address"), -1);
    const int birth = rowOf.value(QStringLiteral("Date of birth"), -1);
    QVERIFY(email >= 0 && birth >= 0);
    QCOMPARE(inv->item(email, ThirdPartiesPage::PurposesCol)->text(), QStringLiteral("newsletter"));
    QCOMPARE(inv->item(email, ThirdPartiesPage::StatusCol)->text(), QStringLiteral("In use"));
    QCOMPARE(inv->item(birth, ThirdPartiesPage::StatusCol)->text(), QStringLiteral("Not used by any purpose"));
    QVERIFY(!inv->item(birth, ThirdPartiesPage::StatusCol)->icon().isNull()); // icon and text, not colour
    bool retentionFlagged = false;
    for (int i = 0; i < page->problemsList()->count(); ++i) {
        const QListWidgetItem* item = page->problemsList()->item(i);
        retentionFlagged |= item->data(Qt::UserRole).toString() == QLatin1String("loyalty")
            && item->text().contains(QLatin1String("retention"));
    }
    QVERIFY(retentionFlagged);
    UiTestSupport::snapshot(window.get(), QStringLiteral("third-parties-inventory"));

    // Record of processing as CSV and PDF.
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("ropa.csv"));
    FileDialog::setNextFileName(csvPath);
    QTest::mouseClick(page->ropaCsvButton(), Qt::LeftButton);
    const QByteArray csv = readAll(csvPath);
    QVERIFY2(csv.contains("newsletter") && csv.contains("loyalty") && csv.contains("Standard contractual clauses"),
             csv.constData());
    const QString pdfPath = dir.filePath(QStringLiteral("ropa.pdf"));
    FileDialog::setNextFileName(pdfPath);
    QTest::mouseClick(page->ropaPdfButton(), Qt::LeftButton);
    QVERIFY2(readAll(pdfPath).startsWith("%PDF"), qPrintable(page->message()->text()));

    // The draft notice in both languages; publish the Indonesian one.
    QTest::mouseClick(page->noticeButton(), Qt::LeftButton);
    auto* notice = waitForDialog<NoticeDraftDialog>(page);
    QVERIFY(notice);
    for (const QString& lang : {QStringLiteral("id"), QStringLiteral("en")}) {
        const QString text = notice->preview(lang)->toPlainText();
        QVERIFY(text.contains(QLatin1String("Email newsletter")));
        QVERIFY(text.contains(QLatin1String("Loyalty points")));
        QVERIFY(text.contains(QLatin1String("MailCo")));
        QVERIFY(notice->preview(lang)->isReadOnly());
    }
    QVERIFY(notice->preview(QStringLiteral("id"))->toPlainText().contains(QLatin1String("Kebijakan Privasi")));
    QVERIFY(notice->preview(QStringLiteral("id"))->toPlainText().contains(QLatin1String("730 hari")));
    QVERIFY(notice->preview(QStringLiteral("en"))->toPlainText().contains(QLatin1String("730 days")));
    UiTestSupport::snapshot(notice, QStringLiteral("notice-draft"));
    const QString htmlPath = dir.filePath(QStringLiteral("notice.html"));
    FileDialog::setNextFileName(htmlPath);
    QTest::mouseClick(notice->saveHtmlButton(), Qt::LeftButton);
    QVERIFY(readAll(htmlPath).contains("Kebijakan Privasi"));
    const QString noticePdf = dir.filePath(QStringLiteral("notice.pdf"));
    FileDialog::setNextFileName(noticePdf);
    QTest::mouseClick(notice->savePdfButton(), Qt::LeftButton);
    QVERIFY(readAll(noticePdf).startsWith("%PDF"));

    QCOMPARE(notice->currentLanguage(), QStringLiteral("id"));
    notice->labelEdit()->setText(QStringLiteral("2026-11-id"));
    QVERIFY(notice->materialCheck()->isChecked());
    QTest::mouseClick(notice->publishButton(), Qt::LeftButton);
    QVERIFY(notice->publishedId() > 0);
    auto versions = NoticeService(officer).list();
    QVERIFY(versions.ok());
    QCOMPARE(versions->size(), 1);
    QCOMPARE(versions->first().label, QStringLiteral("2026-11-id"));
    QCOMPARE(versions->first().language, QStringLiteral("id"));
    QVERIFY(versions->first().material);
    QVERIFY(versions->first().body.contains(QLatin1String("Kebijakan Privasi")));
    // A second publish with the same label is refused and says so.
    QTest::mouseClick(notice->publishButton(), Qt::LeftButton);
    QVERIFY(notice->message()->text().contains(QLatin1String("exists already")));
    QCOMPARE(NoticeService(officer).list()->size(), 1);
}

void TestThirdPartiesPage::adminSetsControllerDetails()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto window = UiTestSupport::signedInWindow(ws.location());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Users));
    auto* page = qobject_cast<UsersPage*>(window->currentPage());
    QVERIFY(page);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("controllerButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = waitForDialog<ControllerDialog>(page);
    QVERIFY(dialog);
    dialog->field(0)->clear();
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->errorMessage()->isVisible()); // a name is needed
    QTest::keyClicks(dialog->field(0), QStringLiteral("Toko Amanah"));
    QTest::keyClicks(dialog->field(3), QStringLiteral("privasi@toko.test"));
    QTest::keyClicks(dialog->field(4), QStringLiteral("+62 22 1234567"));
    UiTestSupport::snapshot(dialog, QStringLiteral("controller-dialog"));
    QPointer<ControllerDialog> guard(dialog);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    auto stored = ControllerService(window->session()).get();
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, QStringLiteral("Toko Amanah"));
    QCOMPARE(stored->email, QStringLiteral("privasi@toko.test"));
}

void TestThirdPartiesPage::importDisclosures()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto officer = ws.signInNewUser(QStringLiteral("olivia"), kOfficer);
    QVERIFY(officer);
    Recipient courier;
    courier.name = QStringLiteral("Kurir Kilat");
    courier.country = QStringLiteral("ID");
    QVERIFY(RecipientService(officer).create(courier).ok());
    Purpose orders;
    orders.code = QStringLiteral("orders");
    orders.name = QStringLiteral("Order delivery");
    orders.legalBasis = Purpose::LegalBasis::Contract;
    QVERIFY(PurposeService(officer).create(orders).ok());
    Customer c;
    c.fullName = QStringLiteral("Dewi Lestari");
    c.externalRef = QStringLiteral("CUST-7");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto cid = CustomerService(officer).create(c);
    QVERIFY(cid.ok());

    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::ThirdParties));
    auto* page = qobject_cast<ThirdPartiesPage*>(window->currentPage());
    QVERIFY(page && page->importButton()->isEnabled());
    QTemporaryDir dir;
    auto writeCsv = [&dir](const char* name, const QByteArray& content) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? path : QString();
    };
    const QByteArray header = "customer_ref,recipient,purpose,date,categories\r\n";
    FileDialog::setNextFileName(writeCsv("bad.csv",
                                         header
                                             + "CUST-7,Kurir Kilat,orders,2026-01-05,address\r\n"
                                               "CUST-7,Nobody,orders,2026-01-05,address\r\n"));
    const int boxes = MessageBox::count();
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    QTRY_COMPARE(MessageBox::count(), boxes + 1);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Line 3")), qPrintable(MessageBox::lastText()));
    QCOMPARE(CustomerRecordService(officer).record(*cid)->disclosures.size(), 0); // all or nothing

    FileDialog::setNextFileName(writeCsv("good.csv", header + "CUST-7,Kurir Kilat,orders,2026-01-05,address;name\r\n"));
    QTRY_VERIFY(page->importButton()->isEnabled());
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    QTRY_VERIFY2(page->message()->text().contains(QLatin1String("imported")), qPrintable(page->message()->text()));
    auto record = CustomerRecordService(officer).record(*cid);
    QVERIFY(record.ok());
    QCOMPARE(record->disclosures.size(), 1);
    QCOMPARE(record->disclosures.first().source, QStringLiteral("import"));
    QCOMPARE(record->disclosures.first().dataCategories,
             (QStringList{QStringLiteral("address"), QStringLiteral("name")}));
}

QTEST_MAIN(TestThirdPartiesPage)
#include "TestThirdPartiesPage.moc"
