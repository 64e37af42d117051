#pragma once

#include <QString>

class QWidget;

/// File choosers of the GUI. setNextFileName() lets a test answer the next one without
/// a modal dialog (an empty name stands for Cancel).
class FileDialog
{
public:
    static QString
    getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {});
    static QString
    getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {});

    /// A folder to write into (an empty name: cancelled).
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    /// Test seam: the next dialog is not shown and returns @p fileName.
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString* fileName);
};
