#include "UiTestSupport.h"

#include "core/consent/ConsentService.h"
#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "ui/consent/ConsentPage.h"
#include "ui/consent/PublishNoticeDialog.h"
#include "ui/consent/PurposeDialog.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using PageId = MainWindow::PageId;

/// The Consent page: an officer creates a purpose and publishes a material notice version;
/// the grants given before become stale and the Customers page's "Needs re-consent" lists them.
class TestConsentPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void purposeAndMaterialNotice();
};

void TestConsentPage::initTestCase()
{
    QVERIFY(Crypto::init().ok());
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsentPage::init()
{
    MessageBox::setNonInteractive(true);
    MessageBox::clearLast();
}

void TestConsentPage::purposeAndMaterialNotice()
{
    TestWorkspace ws;
    QVERIFY2(ws.ok(), qPrintable(ws.errorString()));
    const int both = static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer);
    auto staff = ws.signInNewUser(QStringLiteral("olivia"), both);
    QVERIFY(staff);
    auto window
        = UiTestSupport::signedInWindow(ws.location(), QStringLiteral("olivia"), TestWorkspace::staffPassword());
    QVERIFY(window);
    QVERIFY(window->showPage(PageId::Consent));
    auto* page = qobject_cast<ConsentPage*>(window->currentPage());
    QVERIFY(page);
    QCOMPARE(page->purposesTable()->rowCount(), 0);

    // A new purpose; a bad code is refused inside the dialog.
    QTest::mouseClick(page->newPurposeButton(), Qt::LeftButton);
    PurposeDialog* p = nullptr;
    QTRY_VERIFY((p = page->findChild<PurposeDialog*>()) && p->isVisible());
    QTest::keyClicks(p->codeEdit(), QStringLiteral("Loyalty Club!"));
    QTest::keyClicks(p->nameEdit(), QStringLiteral("Loyalty club mailings"));
    QTest::keyClicks(p->descriptionEdit(), QStringLiteral("Offers for members of the loyalty club."));
    p->basisCombo()->setCurrentIndex(p->basisCombo()->findData(static_cast<int>(Purpose::LegalBasis::Consent)));
    QTest::keyClicks(p->categoriesEdit(), QStringLiteral("name, email"));
    p->retentionSpin()->setValue(365);
    p->marketingCheck()->setChecked(true);
    QTest::mouseClick(p->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(p->isVisible());
    QVERIFY(p->errorMessage()->isVisible());
    QPointer<PurposeDialog> guard(p);
    p->codeEdit()->setText(QStringLiteral("loyalty"));
    QTest::mouseClick(p->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    QCOMPARE(page->purposesTable()->rowCount(), 1);
    QCOMPARE(page->purposesTable()->item(0, ConsentPage::CodeCol)->text(), QStringLiteral("loyalty"));
    QCOMPARE(page->purposesTable()->item(0, ConsentPage::CategoriesCol)->text(), QStringLiteral("name, email"));
    auto stored = PurposeService(staff).byCode(QStringLiteral("loyalty"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->retentionDays, 365);
    QCOMPARE(stored->dataCategories, (QStringList{QStringLiteral("name"), QStringLiteral("email")}));

    // A customer who consented before the new notice.
    Customer c;
    c.fullName = QStringLiteral("Putri Anggraini");
    c.email = QStringLiteral("putri@contoh.co.id");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto id = CustomerService(staff).create(c);
    QVERIFY(id.ok());
    QVERIFY(ConsentService(staff).grant(*id, QStringLiteral("loyalty"), ConsentEvent::Channel::WebCheckbox).ok());
    QCOMPARE(page->staleLabel()->text(), QStringLiteral("No grant needs re-consent."));

    // Publish a material version effective now.
    page->tabs()->setCurrentIndex(1);
    QTest::mouseClick(page->publishButton(), Qt::LeftButton);
    PublishNoticeDialog* n = nullptr;
    QTRY_VERIFY((n = page->findChild<PublishNoticeDialog*>()) && n->isVisible());
    QTest::keyClicks(n->labelEdit(), QStringLiteral("2026-03"));
    QTest::keyClicks(n->textEdit(), QStringLiteral("We now share order data with our courier."));
    n->effectiveEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
    QVERIFY(n->materialCheck()->isChecked());
    UiTestSupport::snapshot(n, QStringLiteral("publish-notice"));
    QTest::mouseClick(n->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(page->noticesTable()->rowCount(), 1);
    QVERIFY2(page->staleLabel()->text().startsWith(QStringLiteral("1 grant(s)")),
             qPrintable(page->staleLabel()->text()));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("1 grant(s)")), qPrintable(MessageBox::lastText()));
    QCOMPARE(*NoticeService(staff).staleGrantCount(), 1);
    UiTestSupport::snapshot(window.get(), QStringLiteral("consent-page"));

    // The Customers page lists the customer under "Needs re-consent".
    QVERIFY(window->showPage(PageId::Customers));
    auto* customers = qobject_cast<CustomersPage*>(window->currentPage());
    QVERIFY(customers);
    QAbstractItemModelTester tester(customers->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QComboBox* consent = customers->consentCombo();
    consent->setCurrentIndex(consent->findData(static_cast<int>(CustomerConsentFilter::NeedsReconsent)));
    customers->applyFilters();
    QCOMPARE(customers->model()->rowCount(), 1);
    QCOMPARE(customers->model()->index(0, CustomersTableModel::Name).data().toString(),
             QStringLiteral("Putri Anggraini"));
    // ... and for the purpose itself (the purposes combo follows the Consent page).
    QComboBox* purpose = customers->purposeCombo();
    const int loyalty = purpose->findText(QStringLiteral("Loyalty club mailings"));
    QVERIFY(loyalty > 0);
    purpose->setCurrentIndex(loyalty);
    customers->applyFilters();
    QCOMPARE(customers->model()->rowCount(), 1);
    consent->setCurrentIndex(consent->findData(static_cast<int>(CustomerConsentFilter::Current)));
    customers->applyFilters();
    QCOMPARE(customers->model()->rowCount(), 0);
}

QTEST_MAIN(TestConsentPage)
#include "TestConsentPage.moc"
