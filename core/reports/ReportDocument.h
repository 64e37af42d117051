#pragma once

#include "core/common/Result.h"
#include "core/reports/ReportService.h"

#include <QString>
#include <QStringList>

/// A compliance report in a chosen language ("en" or "id", whatever the staff member's own),
/// as HTML for the PDF renderer (cover, summary, charts drawn as HTML bars, tables) or as a
/// folder of CSV files. Codes, dates and counts only.
class ReportDocument
{
public:
    /// Rows of the overdue, rejected and erasure tables the PDF prints; the CSV files hold all.
    static constexpr int kPdfTableRows = 200;

    ReportDocument(const ComplianceFigures& figures, const QString& language);

    QString title() const;
    QString html() const;
    /// Writes figures.csv, overdue.csv, rejected.csv, consent.csv, erasures.csv and audit.csv
    /// into @p dir (created when missing); formulas neutralised (CsvWriter). Returns the paths.
    Result<QStringList> writeCsvBundle(const QString& dir) const;

    /// The label of @p key in @p language (the report's fixed vocabulary, both languages).
    static QString label(const QString& key, const QString& language);
    /// A request type, state or rejection reason code in @p language.
    static QString codeName(const QString& code, const QString& language);

private:
    QString t(const char* key) const { return label(QString::fromLatin1(key), m_language); }
    QString date(const QDateTime& utc) const;
    QString percent(double value) const;
    QString days(double value) const;
    QString summaryTable() const;
    QString charts() const;
    QString requestTable(const QString& heading,
                         const QList<ReportRequestLine>& lines,
                         bool withReason,
                         bool newPage = false) const;
    QString consentTable() const;
    QString chainSection() const;
    /// (code, label, value) of every summary figure, in the order printed.
    QList<QStringList> summaryRows() const;

    const ComplianceFigures& m_f;
    QString m_language;
};
