#include "UiTestSupport.h"

#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/customers/ImportWizard.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using PageId = MainWindow::PageId;

/// The import wizard: a file with one bad row imports nothing by default and the report
/// names the line; with "good rows only" the rest is imported.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badRowStopsEverythingThenGoodRowsOnly();
    void importedNamesReachTheNameIndex();

private:
    static ImportWizard* startWizard(CustomersPage* page, const QString& csv);
    static void runToEnd(ImportWizard* wizard);
};

void TestImportWizard::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setNonInteractive(true);
}

ImportWizard* TestImportWizard::startWizard(CustomersPage* page, const QString& csv)
{
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    ImportWizard* wizard = nullptr;
    for (auto* w : page->findChildren<ImportWizard*>()) {
        if (w->isVisible()) {
            wizard = w;
        }
    }
    if (!wizard) {
        return nullptr;
    }
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(wizard->browseButton(), Qt::LeftButton);
    return wizard;
}

void TestImportWizard::runToEnd(ImportWizard* wizard)
{
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::ValidatePage));
    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::RunPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isFinished(), 30000);
}

void TestImportWizard::badRowStopsEverythingThenGoodRowsOnly()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto staff
        = ws.signInNewUser(QStringLiteral("olivia"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    QVERIFY(staff);
    Purpose newsletter;
    newsletter.code = QStringLiteral("newsletter");
    newsletter.name = QStringLiteral("Email newsletter");
    newsletter.marketing = true;
    QVERIFY(PurposeService(staff).create(newsletter).ok());

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("customer_ref,full_name,email,phone,country,jurisdiction,consent:newsletter\n"
               "R-1,Dewi Lestari,dewi@contoh.co.id,+62 812 3456 7801,ID,UU_PDP,yes\n"
               "R-2,Budi Santoso,not-an-email,,ID,UU_PDP,no\n"
               "R-3,Ana Souza,ana@exemplo.com.br,,BR,LGPD,\n");
    file.close();

    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Customers));
    auto* page = qobject_cast<CustomersPage*>(window->currentPage());
    QVERIFY(page);

    ImportWizard* wizard = startWizard(page, csv);
    QVERIFY(wizard);
    QVERIFY(wizard->fileEdit()->text().endsWith(QStringLiteral("customers.csv")));
    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::MappingPage));
    QCOMPARE(wizard->mappingCombo(CustomerImporter::Column::FullName)->currentData().toInt(), 1);
    QCOMPARE(wizard->mappingCombo(CustomerImporter::Column::Email)->currentData().toInt(), 2);
    QVERIFY(wizard->consentColumnsLabel()->text().contains(QStringLiteral("newsletter")));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isValidated(), 30000);
    QCOMPARE(wizard->reportTable()->rowCount(), 1);
    QCOMPARE(wizard->reportTable()->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY(!wizard->reportTable()->item(0, 1)->text().isEmpty());
    QVERIFY(!wizard->goodRowsOnlyCheck()->isChecked());
    UiTestSupport::snapshot(wizard, QStringLiteral("import-report"));
    runToEnd(wizard);
    QCOMPARE(wizard->report().imported, 0);
    QVERIFY2(wizard->summaryLabel()->text().startsWith(QStringLiteral("Nothing was imported")),
             qPrintable(wizard->summaryLabel()->text()));
    QCOMPARE(*CustomerService(staff).count({}), 0);
    wizard->close();

    // Again, importing only the good rows.
    wizard = startWizard(page, csv);
    QVERIFY(wizard);
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isValidated(), 30000);
    wizard->goodRowsOnlyCheck()->setChecked(true);
    runToEnd(wizard);
    QCOMPARE(wizard->report().imported, 2);
    QCOMPARE(wizard->report().consentEvents, 1);
    QVERIFY2(wizard->summaryLabel()->text().contains(QStringLiteral("audit trail")),
             qPrintable(wizard->summaryLabel()->text()));
    QCOMPARE(*CustomerService(staff).count({}), 2);
    wizard->close();
    QTRY_COMPARE(page->model()->rowCount(), 2);
}

void TestImportWizard::importedNamesReachTheNameIndex()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    auto staff
        = ws.signInNewUser(QStringLiteral("olivia"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    QVERIFY(staff);
    Customer before;
    before.fullName = QStringLiteral("Budi Santoso");
    before.country = QStringLiteral("ID");
    before.jurisdiction = QStringLiteral("UU_PDP");
    QVERIFY(CustomerService(staff).create(before).ok());

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("names.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("full_name,email\n"
               "Siti Rahmawati,siti@contoh.co.id\n"
               "José Álvarez,jose@ejemplo.es\n");
    file.close();

    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Customers));
    auto* page = qobject_cast<CustomersPage*>(window->currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isIndexReady(), 30000); // built from the one customer there is

    // The wizard imports on its own connection; the names it wrote reach the page's index
    // without a catch-up (whose timer runs once a minute).
    ImportWizard* wizard = startWizard(page, csv);
    QVERIFY(wizard);
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isValidated(), 30000);
    runToEnd(wizard);
    QCOMPARE(wizard->report().imported, 2);
    wizard->close();

    auto search = [&](const QString& text) {
        QSignalSpy done(page, &CustomersPage::searchFinished);
        page->searchEdit()->clear();
        QTest::keyClicks(page->searchEdit(), text);
        if (!done.wait(5000)) {
            return QStringList{QStringLiteral("(no search)")};
        }
        QStringList names;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            names << page->model()->index(row, CustomersTableModel::Name).data().toString();
        }
        return names;
    };
    QCOMPARE(search(QStringLiteral("rahmawati")), QStringList{QStringLiteral("Siti Rahmawati")});
    QCOMPARE(search(QStringLiteral("jose alvarez")), QStringList{QStringLiteral("José Álvarez")});
    QCOMPARE(search(QStringLiteral("budi")), QStringList{QStringLiteral("Budi Santoso")});
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
