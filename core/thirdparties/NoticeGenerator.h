#pragma once

#include "core/common/Result.h"
#include "core/thirdparties/ProcessingRecord.h"

/// A draft privacy notice (Kebijakan Privasi) built from the data inventory, in Bahasa
/// Indonesia or English: who the controller is, what is collected, for which purposes and on
/// which legal basis, who receives it and which transfers leave the country (with their
/// safeguards), how long it is kept, the customer's rights and how to use them, and whom to
/// contact. It is a draft for the officer to read; publishing it goes through NoticeService.
class NoticeGenerator
{
public:
    /// The notice as an HTML page in @p language ("id" or "en").
    static QString html(const ProcessingRecord& record, const QString& language);

    /// Loads the record and builds the notice (officers: ManagePolicy); audited as
    /// notice.generate with the language and counts.
    static Result<QString> generate(const std::shared_ptr<Session>& session, const QString& language);
};
