#pragma once

#include "core/common/Result.h"
#include "core/session/Session.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class NameIndex;

/// Imports customers and their consents from CSV (the GUI wizard and `amanahctl import
/// customers`). RFC 4180 with or without a UTF-8 BOM (CsvReader). Every row is validated
/// first; the report lists each bad row with its line number and reason, and duplicates by
/// email (inside the file or already in the workspace). By default nothing is imported when
/// any row is bad; Policy::GoodRowsOnly imports the rest. The import is one transaction and
/// one audit entry ("customer.import", counts only). Parsing and validation of the next rows
/// run on every core while the rows before are encrypted and written (CustomerBulkWriter). Cells that look like
/// spreadsheet formulas are data: stored as they are, neutralised by every CSV export.
class CustomerImporter
{
public:
    /// Customer columns a CSV column can be mapped to.
    enum class Column {
        ExternalRef,
        FullName,
        Email,
        Phone,
        Address,
        BirthDate,
        Country,
        Jurisdiction,
        Language,
        Notes,
        Source
    };

    /// A CSV column holding consent for a purpose: yes/y/1/true/granted/ya = granted,
    /// no/n/0/false/withdrawn/tidak = withdrawn, empty = nothing recorded.
    struct ConsentColumn
    {
        int column = -1;
        QString purposeCode;
    };

    /// Which CSV column (0-based) feeds what; -1 or absent: not imported.
    struct Mapping
    {
        QHash<Column, int> columns;
        QList<ConsentColumn> consents;
        int consentDateColumn = -1; ///< ISO 8601 date or date-time of the consents (default: now)
        int noticeColumn = -1; ///< notice version label the consents were given under
        int evidenceColumn = -1; ///< evidence of the consents (encrypted)
        bool hasHeader = true; ///< the first record is a header, not a customer
    };

    enum class Policy { AllOrNothing, GoodRowsOnly };

    struct Problem
    {
        qint64 line = 0;
        QString reason; ///< translated; never the cell's content
    };

    struct Report
    {
        qint64 rows = 0; ///< data records read
        qint64 good = 0; ///< rows that passed validation
        qint64 imported = 0; ///< customers written (0 after a dry run or a refusal)
        qint64 consentEvents = 0; ///< consent events written
        QList<Problem> problems; ///< every bad row, duplicates included, in line order
        qint64 duplicates = 0; ///< of which duplicates by email
    };

    /// (done, total) in abstract units; return false to cancel (ErrorCode::Cancelled, nothing written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CustomerImporter(std::shared_ptr<Session> session);

    /// The first record of @p data (the header), for the wizard's mapping page.
    static QStringList header(const QByteArray& data);
    /// A mapping guessed from header names: full_name/name/nama, email, phone/telepon,
    /// external_ref/customer_ref, address/alamat, birth_date, country, jurisdiction, language,
    /// notes, source, consent:<purpose code>, consent_date, notice_version, evidence.
    static Mapping guessMapping(const QStringList& header);

    /// Validates without writing (the report's imported is 0).
    Result<Report> validate(const QByteArray& data, const Mapping& mapping, const Progress& progress = {});
    /// Validates and imports. With AllOrNothing and any bad row, nothing is written and the
    /// result is the report (check problems); an error only for a failure to import at all.
    Result<Report> run(const QByteArray& data,
                       const Mapping& mapping,
                       Policy policy = Policy::AllOrNothing,
                       const Progress& progress = {});

    /// The name index to tell about the imported customers once they are committed. By default
    /// the index held for this session's workspace object; a worker that opened its own
    /// connection (and so its own Workspace) passes the GUI's index here.
    void setNameIndex(std::shared_ptr<NameIndex> index) { m_nameIndex = std::move(index); }

private:
    Result<Report>
    process(const QByteArray& data, const Mapping& mapping, Policy policy, bool write, const Progress& progress);
    std::shared_ptr<Session> m_session;
    std::shared_ptr<NameIndex> m_nameIndex;
};
