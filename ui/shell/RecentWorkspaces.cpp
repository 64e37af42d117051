#include "ui/shell/RecentWorkspaces.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("ui/recentWorkspaces");
} // namespace

QStringList RecentWorkspaces::files()
{
    return QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).value(kKey).toStringList();
}

void RecentWorkspaces::add(const QString& filePath)
{
    QStringList list = files();
    list.removeAll(filePath);
    list.prepend(filePath);
    while (list.size() > kMaximum) {
        list.removeLast();
    }
    QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).setValue(kKey, list);
}

void RecentWorkspaces::clear()
{
    QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).remove(kKey);
}
