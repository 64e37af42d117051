// The house's dependency rule (README › Layout), checked on the source tree itself:
//  - app -> ui -> core, never back: core includes nothing of ui/ or app/, ui nothing of app/;
//  - inside core, the infrastructure folders (common, crypto, domain, rules, io, storage,
//    documents) include no feature folder;
//  - feature folders of core, and those of ui, depend on each other in one direction: each
//    may include only the features listed before it below (so no include cycle can form);
//  - Botan only inside core/crypto; no SQL driver header in ui/.
// A new folder must be placed in the lists, which is the point: its place is a decision.
#include "testsupport/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QStringList kCoreInfrastructure = {QStringLiteral("common"),
                                         QStringLiteral("crypto"),
                                         QStringLiteral("domain"),
                                         QStringLiteral("rules"),
                                         QStringLiteral("io"),
                                         QStringLiteral("storage"),
                                         QStringLiteral("documents")};
// Bottom first. session: the workspace, sign-in and the staff; audit: reading and verifying the
// trail (its chain is storage/AuditLog); records: the customer record read model.
const QStringList kCoreFeatures = {QStringLiteral("session"),
                                   QStringLiteral("audit"),
                                   QStringLiteral("customers"),
                                   QStringLiteral("consent"),
                                   QStringLiteral("records"),
                                   QStringLiteral("thirdparties"),
                                   QStringLiteral("requests"),
                                   QStringLiteral("erasure"),
                                   QStringLiteral("retention"),
                                   QStringLiteral("backup"),
                                   QStringLiteral("reports"),
                                   QStringLiteral("demo")};
// ui: shared widgets first, the main window (shell) last.
const QStringList kUiFolders = {QStringLiteral("widgets"),
                                QStringLiteral("session"),
                                QStringLiteral("firstrun"),
                                QStringLiteral("users"),
                                QStringLiteral("audit"),
                                QStringLiteral("consent"),
                                QStringLiteral("thirdparties"),
                                QStringLiteral("customers"),
                                QStringLiteral("erasure"),
                                QStringLiteral("requests"),
                                QStringLiteral("retention"),
                                QStringLiteral("reports"),
                                QStringLiteral("backup"),
                                QStringLiteral("shell")};

struct Include
{
    QString file; ///< relative to the source root
    QString target; ///< the quoted include, e.g. "core/consent/ConsentService.h"
    int line = 0;
};

QList<Include> includesUnder(const QString& top)
{
    QList<Include> out;
    const QString root = QStringLiteral(AMANAH_SOURCE_ROOT);
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    QDirIterator it(QDir(root).filePath(top),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        int n = 0;
        while (!f.atEnd()) {
            ++n;
            const auto m = include.match(QString::fromUtf8(f.readLine()));
            if (m.hasMatch()) {
                out << Include{QDir(root).relativeFilePath(path), m.captured(1), n};
            }
        }
    }
    return out;
}

/// "core/consent/X.cpp" -> "consent"
QString folderOf(const QString& path, const QString& top)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    return parts.size() > 2 && parts.first() == top ? parts.at(1) : QString();
}

QString where(const Include& inc)
{
    return QStringLiteral("%1:%2 includes %3").arg(inc.file).arg(inc.line).arg(inc.target);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void layersPointDown();
    void everyFolderHasItsPlace();
    void coreFeaturesInOneDirection();
    void uiFoldersInOneDirection();
    void botanAndSqlStayBehindTheirDoors();
};

void TestLayering::layersPointDown()
{
    QStringList wrong;
    for (const Include& inc : includesUnder(QStringLiteral("core"))) {
        if (inc.target.startsWith(QLatin1String("ui/")) || inc.target.startsWith(QLatin1String("app/"))) {
            wrong << where(inc);
        }
        const QString from = folderOf(inc.file, QStringLiteral("core"));
        const QString to = folderOf(inc.target, QStringLiteral("core"));
        if (kCoreInfrastructure.contains(from) && kCoreFeatures.contains(to)) {
            wrong << where(inc);
        }
    }
    for (const Include& inc : includesUnder(QStringLiteral("ui"))) {
        if (inc.target.startsWith(QLatin1String("app/"))) {
            wrong << where(inc);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestLayering::everyFolderHasItsPlace()
{
    const QString root = QStringLiteral(AMANAH_SOURCE_ROOT);
    QStringList unplaced;
    for (const QString& d :
         QDir(QDir(root).filePath(QStringLiteral("core"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!kCoreInfrastructure.contains(d) && !kCoreFeatures.contains(d)) {
            unplaced << QStringLiteral("core/") + d;
        }
    }
    for (const QString& d :
         QDir(QDir(root).filePath(QStringLiteral("ui"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!kUiFolders.contains(d)) {
            unplaced << QStringLiteral("ui/") + d;
        }
    }
    QVERIFY2(unplaced.isEmpty(),
             qPrintable(QStringLiteral("not in TestLayering's lists: ") + unplaced.join(QLatin1String(", "))));
}

void TestLayering::coreFeaturesInOneDirection()
{
    QStringList upward;
    for (const Include& inc : includesUnder(QStringLiteral("core"))) {
        const int from = kCoreFeatures.indexOf(folderOf(inc.file, QStringLiteral("core")));
        const int to = kCoreFeatures.indexOf(folderOf(inc.target, QStringLiteral("core")));
        if (from >= 0 && to > from) {
            upward << where(inc);
        }
    }
    QVERIFY2(upward.isEmpty(), qPrintable(upward.join(QLatin1Char('\n'))));
}

void TestLayering::uiFoldersInOneDirection()
{
    QStringList upward;
    for (const Include& inc : includesUnder(QStringLiteral("ui"))) {
        const int from = kUiFolders.indexOf(folderOf(inc.file, QStringLiteral("ui")));
        const int to = kUiFolders.indexOf(folderOf(inc.target, QStringLiteral("ui")));
        if (from >= 0 && to > from) {
            upward << where(inc);
        }
    }
    QVERIFY2(upward.isEmpty(), qPrintable(upward.join(QLatin1Char('\n'))));
}

void TestLayering::botanAndSqlStayBehindTheirDoors()
{
    QStringList wrong;
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        for (const Include& inc : includesUnder(top)) {
            if (inc.target.startsWith(QLatin1String("botan/")) && !inc.file.startsWith(QLatin1String("core/crypto/"))) {
                wrong << where(inc);
            }
            if (top == QLatin1String("ui") && inc.target.startsWith(QLatin1String("QSql"))) {
                wrong << where(inc);
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
