#pragma once

#include "core/Result.h"
#include "core/domain/ConsentEvent.h"
#include "core/domain/Customer.h"
#include "core/services/Session.h"

#include <QStringList>

#include <vector>

/// Writes many new customers and their consent events at once, through the same encryption
/// as CustomerService::create (a data key per customer, every field bound to table|column|row,
/// blind indexes), with the encryption spread over every core and multi-row INSERTs.
/// Used by the CSV importer, the demo population generator and the benchmark. Runs inside
/// the caller's transaction (it opens one when none is open); the caller audits.
class CustomerBulkWriter
{
public:
    struct Event
    {
        qint64 purposeId = 0;
        bool granted = true;
        qint64 occurredMs = 0;
        ConsentEvent::Channel channel = ConsentEvent::Channel::Import;
        qint64 noticeVersionId = 0;
        QString evidence;
    };
    struct Item
    {
        Customer customer; ///< validated; phone already in E.164; created (if valid) is kept
        std::vector<Event> events;
    };

    explicit CustomerBulkWriter(std::shared_ptr<Session> session);

    /// Encrypts and inserts @p items; returns their new ids in order. Needs EditCustomers
    /// (and RecordConsent when there are events).
    Result<QStringList> write(const std::vector<Item>& items);

private:
    std::shared_ptr<Session> m_session;
};
