#pragma once

#include "core/common/Result.h"

#include <QString>

/// Turns the HTML documents core builds (access packages, receipts) into PDF files.
/// Needs a QGuiApplication (fonts); amanahctl creates one on the offscreen platform.
class DocumentRenderer
{
public:
    /// Lays out @p html on A4 pages with 20 mm margins and writes a PDF to @p path, titled
    /// @p title. A clear error when the file cannot be written or no GUI application exists.
    static Status htmlToPdf(const QString& html, const QString& path, const QString& title);
};
