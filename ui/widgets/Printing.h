#pragma once

#include <QString>

class QTextDocument;
class QWidget;

/// Printing from the GUI (QPrintDialog + QPrinter). setNextOutputFile() lets a test print
/// the next document to a PDF file without the modal print dialog.
class Printing
{
public:
    /// Asks for a printer and prints @p document; false when cancelled or failed.
    static bool print(QWidget* parent, QTextDocument& document, const QString& title);

    /// Writes @p document to @p pdfFile (A4, PdfFormat) without a dialog; false when it failed.
    static bool printToPdf(QTextDocument& document, const QString& pdfFile, const QString& title);

    /// Test seam: the next print goes to @p pdfFile, without a dialog.
    static void setNextOutputFile(const QString& pdfFile);
};
