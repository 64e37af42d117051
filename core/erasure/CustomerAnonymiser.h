#pragma once

#include "core/common/Result.h"
#include "core/erasure/CustomerShredder.h"
#include "core/session/Session.h"

/// Anonymises one customer for a retention rule whose action is "anonymise": every personal
/// field, the consent events (with their evidence), the requester details of the customer's
/// requests and the customer's data key are destroyed; what the legal holds need is kept as
/// held records (CustomerShredder::keepHeld, as an erasure keeps it). A non-identifying row
/// stays so aggregate figures stay true: id, country, jurisdiction, source, created_at,
/// closed_at, the current consent per purpose (granted or not and when, no evidence) and the
/// disclosure records (recipient, purpose, date); status becomes "erased".
///
/// Like CustomerShredder::shred(), anonymise() checks no permission and writes no audit
/// entry: the caller does both in its own transaction, and calls forget() after committing.
class CustomerAnonymiser
{
public:
    explicit CustomerAnonymiser(std::shared_ptr<Session> session);

    /// Anonymises @p customerId inside the caller's open transaction. NotFound when the
    /// customer is gone or erased already. Any other failure leaves the transaction doomed.
    Result<ShredOutcome> anonymise(const QString& customerId);

private:
    std::shared_ptr<Session> m_session;
    CustomerShredder m_shredder;
};
