#pragma once

#include "core/common/Result.h"
#include "core/thirdparties/ProcessingRecord.h"

#include <QList>
#include <QStringList>

/// The record of processing activities: GDPR Art. 30(1)(a)–(g), UU PDP Ps 31. One entry per
/// active purpose with (a) the controller's name and contact, (b) the purpose and its legal
/// basis, (c) the categories of data subjects and of personal data, (d) the categories of
/// recipients with their countries, (e) transfers to third countries with their safeguards,
/// (f) the retention period and (g) the security measures. As CSV (formulas neutralised) or
/// as HTML for a PDF (core/documents). Officers and managers; audited as ropa.export.
class RopaExport
{
public:
    enum class Format { Csv, Html };

    /// The column headings, each with its Art. 30(1) letter, in @p language ("id" or "en").
    static QStringList columns(const QString& language);
    /// One row of cells per purpose, in the order of columns().
    static QList<QStringList> rows(const ProcessingRecord& record, const QString& language);
    static QString toCsv(const ProcessingRecord& record, const QString& language);
    static QString toHtml(const ProcessingRecord& record, const QString& language);

    /// Loads the record and renders it; audited (ropa.export, format and counts).
    static Result<QString> build(const std::shared_ptr<Session>& session, Format format, const QString& language);
};
