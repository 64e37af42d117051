#include "ui/widgets/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;
} // namespace

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(&name)) {
        return name;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QString name;
    if (takeNext(&name)) {
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    QString name;
    if (takeNext(&name)) {
        return name;
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    g_nextFileName = fileName;
}

bool FileDialog::takeNext(QString* fileName)
{
    if (!g_nextFileName) {
        return false;
    }
    *fileName = *g_nextFileName;
    g_nextFileName.reset();
    return true;
}
