#pragma once

#include "core/common/Result.h"
#include "core/records/CustomerRecord.h"
#include "core/session/Session.h"

#include <memory>

/// The customer record as the desk reads it: a read model over customers, consent, requests
/// and disclosures. It lives above those features (records/ depends on them, none of them on
/// it), so that customers/ need not know about consent and consent may build on customers/.
class CustomerRecordService
{
public:
    explicit CustomerRecordService(std::shared_ptr<Session> session);

    /// The whole record view: the customer, consent per purpose, the consent timeline, requests
    /// and disclosures (ViewCustomers, checked by the reads it makes).
    Result<CustomerRecord> record(const QString& id);

private:
    std::shared_ptr<Session> m_session;
};
