// Measures the Customers page at scale (not a CTest test: it takes minutes at a million).
//
//   AMANAH_MEASURE_CUSTOMERS=1000000 AMANAH_MEASURE_WORKSPACE=/tmp/million.amanah
//   QT_QPA_PLATFORM=offscreen build-ui/bin/MeasureCustomersPage
//
// Generates a demo workspace with N customers (default 100000) through the bulk writer
// (DemoWorkspace::create), or reuses AMANAH_MEASURE_WORKSPACE when that file exists; signs
// the demo agent in on a real MainWindow; waits for the name index; then times the table's
// first page (model reset + view painted), jumps to the middle and the end, a name search,
// and prints the process's resident memory (VmRSS from /proc/self/status).

#include "core/crypto/Crypto.h"
#include "core/customers/NameIndex.h"
#include "core/demo/DemoWorkspace.h"
#include "core/session/Authenticator.h"
#include "core/storage/WorkspaceLocation.h"
#include "testsupport/TestWorkspace.h"
#include "ui/customers/CustomersPage.h"
#include "ui/customers/CustomersTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
qint64 vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

void report(const char* what, double value, const char* unit)
{
    std::printf("%-48s %12.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

double paintMs(QTableView* table)
{
    QElapsedTimer t;
    t.start();
    table->viewport()->repaint();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (!Crypto::init().ok()) {
        return 2;
    }
    const int n = qEnvironmentVariableIsSet("AMANAH_MEASURE_CUSTOMERS")
        ? qEnvironmentVariableIntValue("AMANAH_MEASURE_CUSTOMERS")
        : 100000;
    QTemporaryDir tmp;
    QString path = qEnvironmentVariable("AMANAH_MEASURE_WORKSPACE");
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("measure.amanah"));
    }
    const auto location = WorkspaceLocation::sqliteFile(path);
    if (!QFileInfo::exists(path)) {
        std::printf("Generating %d customers in %s …\n", n, qPrintable(QDir::toNativeSeparators(path)));
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        auto created = DemoWorkspace::create(location, TestWorkspace::fastKdf(), n);
        if (!created) {
            std::fprintf(stderr, "cannot create: %s\n", qPrintable(created.errorString()));
            return 1;
        }
        created->session->signOut();
        report("workspace generated in", static_cast<double>(t.elapsed()) / 1000.0, "s");
    }
    report("VmRSS before the window", static_cast<double>(vmRssKb()) / 1024.0, "MiB");

    MainWindow window;
    window.resize(1280, 800);
    if (!window.openWorkspace(location)) {
        return 1;
    }
    window.show();
    auto session
        = Authenticator(window.workspace()).signIn(QStringLiteral("agent"), QStringLiteral("amanah-demo-agent"));
    if (!session) {
        std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(session.errorString()));
        return 1;
    }
    QElapsedTimer indexTimer;
    indexTimer.start();
    window.startSession(*session);
    window.showPage(MainWindow::PageId::Customers);
    auto* page = qobject_cast<CustomersPage*>(window.currentPage());
    QTableView* table = page->table();
    CustomersTableModel* model = page->model();
    QApplication::processEvents();
    report("table painted before the index (server pages)", paintMs(table), "ms");
    while (!page->isIndexReady()) {
        QTest::qWait(50);
    }
    report("name index built (wall clock)", static_cast<double>(indexTimer.elapsed()), "ms");
    auto index = NameIndex::existing(window.workspace().get());
    report("name index memory", static_cast<double>(index->memoryBytes()) / 1048576.0, "MiB");
    QTest::qWait(100);

    QElapsedTimer first;
    first.start();
    model->reload();
    table->viewport()->repaint();
    report("first page after the index is ready", static_cast<double>(first.nsecsElapsed()) / 1e6, "ms");
    report("rows in the table", model->rowCount(), "rows");

    const int rows = model->rowCount();
    for (const auto& [name, row] : {std::pair<const char*, int>{"jump to the middle + paint", rows / 2},
                                    std::pair<const char*, int>{"jump to the end + paint", rows - 1}}) {
        QElapsedTimer t;
        t.start();
        table->scrollTo(model->index(row, 0));
        table->viewport()->repaint();
        report(name, static_cast<double>(t.nsecsElapsed()) / 1e6, "ms");
    }
    // Scroll through the whole table in 400 steps: the cache must stay bounded.
    QElapsedTimer sweep;
    sweep.start();
    for (int step = 0; step <= 400; ++step) {
        table->scrollTo(model->index(static_cast<int>(static_cast<qint64>(rows - 1) * step / 400), 0));
        table->viewport()->repaint();
    }
    report("400 jumps across the table, mean", static_cast<double>(sweep.elapsed()) / 401.0, "ms");
    report("decrypted rows held after the sweep", model->cachedRows(), "rows");

    QElapsedTimer search;
    search.start();
    page->searchEdit()->setText(QStringLiteral("dewi"));
    page->runSearch();
    table->viewport()->repaint();
    report("search \"dewi\" + paint", static_cast<double>(search.nsecsElapsed()) / 1e6, "ms");
    report("  matches shown", model->rowCount(), "rows");
    QApplication::processEvents();
    report("VmRSS with the workspace open", static_cast<double>(vmRssKb()) / 1024.0, "MiB");
    window.signOut();
    return 0;
}
