#include "ui/widgets/Printing.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace {
QString& nextOutputFile()
{
    static QString file;
    return file;
}
} // namespace

void Printing::setNextOutputFile(const QString& pdfFile)
{
    nextOutputFile() = pdfFile;
}

bool Printing::print(QWidget* parent, QTextDocument& document, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    if (!nextOutputFile().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(nextOutputFile());
        nextOutputFile().clear();
    } else {
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(title);
        if (dialog.exec() != QDialog::Accepted) {
            return false;
        }
    }
    document.print(&printer);
    return printer.printerState() != QPrinter::Error;
}

bool Printing::printToPdf(QTextDocument& document, const QString& pdfFile, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setOutputFileName(pdfFile);
    document.print(&printer);
    return printer.printerState() != QPrinter::Error && QFileInfo(pdfFile).size() > 0;
}
