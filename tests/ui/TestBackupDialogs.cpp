// File › Back Up… and File › Restore… (issue #17), driven as a user does: an administrator
// backs up while signed in (the list shows it, the message names the file), others do not see
// the command; the restore dialog restores a backup older than an erasure into a new file,
// the erased customer stays gone, and the window opens the restored workspace; a wrong
// password or a missing ledger is said in the dialog and nothing is written.
#include "UiTestSupport.h"

#include "core/backup/BackupService.h"
#include "core/crypto/Crypto.h"
#include "core/customers/CustomerService.h"
#include "core/erasure/ErasureLedger.h"
#include "core/erasure/ErasureService.h"
#include "core/requests/RequestService.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/RestoreDialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestBackupDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { MessageBox::setNonInteractive(false); }
    void backUpFromTheFileMenu();
    void restoreFromTheFileMenu();
};

void TestBackupDialogs::initTestCase()
{
    QVERIFY(Crypto::init().ok());
}

void TestBackupDialogs::backUpFromTheFileMenu()
{
    TestWorkspace tw;
    QVERIFY(tw.ok());
    QVERIFY(tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent)));
    const auto location = tw.location();
    tw.close();
    {
        auto window = UiTestSupport::signedInWindow(location, QStringLiteral("agent"), TestWorkspace::staffPassword());
        QVERIFY(window);
        QVERIFY(!window->backupAction()->isEnabled());
        QVERIFY(!window->backupAction()->isVisible());
        QVERIFY(window->restoreAction()->isEnabled());
    }
    auto window = UiTestSupport::signedInWindow(location);
    QVERIFY(window);
    QVERIFY(window->backupAction()->isEnabled());
    window->backupAction()->trigger();
    auto* dialog = window->findChild<BackupDialog*>();
    QVERIFY(dialog);
    QTemporaryDir dir;
    auto* folder = dialog->findChild<QLineEdit*>(QStringLiteral("backupFolder"));
    QVERIFY(folder);
    QVERIFY(!folder->text().isEmpty()); // "backups" beside the workspace
    folder->setText(dir.path());
    dialog->findChild<QSpinBox*>(QStringLiteral("keepDays"))->setValue(14);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("backUpNow")), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QCOMPARE(dialog->listedPaths().size(), 1);
    QVERIFY(dialog->listedPaths().first().startsWith(dir.path()));
    QVERIFY2(dialog->messageText().contains(QDir::toNativeSeparators(dialog->listedPaths().first())),
             qPrintable(dialog->messageText()));
    QVERIFY(QFile::exists(dir.filePath(ErasureLedger::fileName(window->session()->workspaceId()))));
    UiTestSupport::snapshot(dialog, QStringLiteral("backup-dialog"));
    dialog->close(); // Close saves the keep-days setting, once
    QCOMPARE(*BackupService(window->session()).keepDays(), 14);
}

void TestBackupDialogs::restoreFromTheFileMenu()
{
    TestWorkspace tw;
    QVERIFY(tw.ok());
    auto agent = tw.signInNewUser(QStringLiteral("agent"), static_cast<int>(Role::Agent));
    auto officer = tw.signInNewUser(QStringLiteral("officer"), static_cast<int>(Role::Officer));
    auto officer2 = tw.signInNewUser(QStringLiteral("officer2"), static_cast<int>(Role::Officer));
    QVERIFY(agent && officer && officer2);
    Customer c;
    c.externalRef = QStringLiteral("REF-AYU");
    c.fullName = QStringLiteral("Ayu Kusuma Wardhani");
    c.country = QStringLiteral("ID");
    c.jurisdiction = QStringLiteral("UU_PDP");
    auto id = CustomerService(agent).create(c);
    QVERIFY(id.ok());
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backups/shop.amanah-backup"));
    QVERIFY(BackupService(tw.admin()).create(backup).ok());
    // Erased after the backup.
    RequestService requests(agent);
    RequestInput in;
    in.type = Request::Type::Erasure;
    in.channel = QStringLiteral("email");
    in.customerId = *id;
    in.requester.name = QStringLiteral("Requester");
    auto r = requests.intake(in);
    QVERIFY(r.ok());
    QVERIFY(requests.recordVerification(r->id, RequestService::VerificationMethod::EmailCode, 1).ok());
    QVERIFY(RequestService(officer).approve(r->id, QStringLiteral("Verified"), 2).ok());
    QVERIFY(ErasureService(officer).prepare(r->id).ok());
    auto erased = ErasureService(officer2).execute(
        r->id, QStringLiteral("Asked by the customer; nothing keeps it"), QStringLiteral("REF-AYU"));
    QVERIFY2(erased.ok(), qPrintable(erased.errorString()));
    const QString wsPath = tw.location().path;
    agent.reset();
    officer.reset();
    officer2.reset();
    tw.close();

    auto window = UiTestSupport::openWindow(WorkspaceLocation::sqliteFile(wsPath));
    QVERIFY(window);
    window->restoreAction()->trigger();
    auto* dialog = window->findChild<RestoreDialog*>();
    QVERIFY(dialog);
    dialog->setBackupFile(backup);
    // The ledger and a target beside the backup are filled in from the backup.
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("ledgerFile"))->text().endsWith(QLatin1String(".json")));
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("targetFile"))->text().isEmpty());
    const QString target = dir.filePath(QStringLiteral("restored.amanah"));
    dialog->setTargetFile(target);

    // A wrong password: said in the dialog, nothing written.
    dialog->setCredentials(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY(dialog->restoredFile().isEmpty());
    QVERIFY(!dialog->messageText().isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".restoring")));

    // Without the ledger: refused, the reason named.
    const QString ledger = dialog->findChild<QLineEdit*>(QStringLiteral("ledgerFile"))->text();
    dialog->findChild<QLineEdit*>(QStringLiteral("ledgerFile"))->setText(dir.filePath(QStringLiteral("none.json")));
    dialog->setCredentials(QStringLiteral("admin"), TestWorkspace::adminPassword());
    dialog->startRestore();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
    QVERIFY2(dialog->messageText().contains(QLatin1String("ledger")), qPrintable(dialog->messageText()));
    QVERIFY(!QFile::exists(target));
    UiTestSupport::snapshot(dialog, QStringLiteral("restore-dialog"));

    dialog->findChild<QLineEdit*>(QStringLiteral("ledgerFile"))->setText(ledger);
    dialog->setCredentials(QStringLiteral("admin"), TestWorkspace::adminPassword());
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Open it now?"
    QString opened;
    connect(dialog, &RestoreDialog::openRequested, this, [&opened](const QString& path) { opened = path; });
    const QPointer<RestoreDialog> guard(dialog);
    dialog->startRestore();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
    QCOMPARE(opened, target);
    QTRY_VERIFY(guard.isNull()); // accepted: the dialog closed (and deleted) itself
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("1 customer(s) deleted again")),
             qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(QFileInfo(window->workspace()->location().path).absoluteFilePath(),
                 QFileInfo(target).absoluteFilePath());
    QVERIFY(UiTestSupport::signIn(*window, QStringLiteral("admin"), TestWorkspace::adminPassword()));
    auto found
        = CustomerService(window->session()).find(CustomerService::Lookup::ExternalRef, QStringLiteral("REF-AYU"));
    QVERIFY(!found.ok() || found->isEmpty());
}

QTEST_MAIN(TestBackupDialogs)
#include "TestBackupDialogs.moc"
