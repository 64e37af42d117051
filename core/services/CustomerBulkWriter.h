#pragma once

#include "core/Result.h"
#include "core/domain/ConsentEvent.h"
#include "core/domain/Customer.h"
#include "core/services/Session.h"

#include <QStringList>

#include <memory>
#include <vector>

/// Writes many new customers and their consent events at once, through the same encryption
/// as CustomerService::create (a data key per customer, every field bound to table|column|row,
/// blind indexes). Used by the CSV importer, the demo population generator and the benchmark.
/// Runs inside the caller's transaction (it opens one when none is open); the caller audits.
///
/// Speed: the encryption of the next slice of rows runs on every core while the calling
/// thread inserts the previous one; statements are prepared once per writer and reused (one
/// row per execution on SQLite, multi-row INSERTs on PostgreSQL); new ids are time-ordered,
/// so rows append to the id B-trees. On SQLite the writer enlarges the connection's page cache
/// and keeps temporary tables in memory while it lives, and restores both when destroyed:
/// keep one writer for a whole import.
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
        /// Blind indexes the caller already computed (the importer, for its duplicate checks);
        /// empty: computed here.
        QByteArray emailBidx;
        QByteArray externalRefBidx;
    };

    explicit CustomerBulkWriter(std::shared_ptr<Session> session);
    ~CustomerBulkWriter();
    CustomerBulkWriter(const CustomerBulkWriter&) = delete;
    CustomerBulkWriter& operator=(const CustomerBulkWriter&) = delete;

    /// Encrypts and inserts @p items; returns their new ids in order. Needs EditCustomers
    /// (and RecordConsent when there are events).
    Result<QStringList> write(const std::vector<Item>& items);

    /// A new customer id: a UUID (RFC 9562 version 7) whose first 48 bits are the Unix time in
    /// milliseconds, then a counter, then random bits, so ids made later sort later and new
    /// rows append to the B-trees keyed by id instead of landing on random pages.
    static QString newId();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};
