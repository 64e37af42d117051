#pragma once

#include "core/common/Result.h"
#include "core/domain/Disclosure.h"
#include "core/session/Session.h"

#include <QByteArray>
#include <QList>

#include <functional>

/// Records that a customer's data went to a recipient (GDPR Art. 19 and 30(1)(d); the
/// customer record lists them, erasure and rectification know whom to notify): by hand, or
/// from a CSV file. Audience exports that name a recipient insert their own rows ("export").
///
/// Permission: EditCustomers (agents and officers). A disclosure is a fact added to the
/// customer's record by the staff who keep that record, like a rectification; it is not a
/// decision about a request (HandleRequests) nor policy (ManagePolicy). Audited as
/// disclosure.record / disclosure.import (ids and counts only).
class DisclosureService
{
public:
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
        qint64 imported = 0; ///< disclosures written (0 after a refusal)
        QList<Problem> problems; ///< every bad row, in line order
    };

    /// (done, total) in bytes of the file read; return false to cancel (ErrorCode::Cancelled,
    /// nothing written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DisclosureService(std::shared_ptr<Session> session);

    /// Records one disclosure (source Manual): the customer, recipient and purpose must exist,
    /// the date must not be in the future and at least one data category is named.
    Result<qint64> record(const Disclosure& disclosure);

    /// Imports disclosures from CSV with a header naming the columns: customer_ref (or
    /// external_ref) and/or email, recipient (its name in the register), purpose (its code),
    /// date (ISO 8601 date or date-time, UTC) and categories (separated by ; or ,). Every row
    /// is validated first; with AllOrNothing and any bad row nothing is written and the report
    /// lists the problems with line numbers. One transaction, one audit entry.
    Result<Report>
    importCsv(const QByteArray& data, Policy policy = Policy::AllOrNothing, const Progress& progress = {});

    static QString sourceCode(Disclosure::Source s);

private:
    Status check(const Disclosure& d);
    Status insert(const Disclosure& d);

    std::shared_ptr<Session> m_session;
};
