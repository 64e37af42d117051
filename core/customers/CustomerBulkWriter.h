#pragma once

#include "core/common/Result.h"
#include "core/domain/ConsentEvent.h"
#include "core/domain/Customer.h"
#include "core/session/Session.h"

#include <QStringList>

#include <array>
#include <memory>
#include <vector>

class BlindIndex;
class Vault;

/// Writes many new customers and their consent events at once, through the same encryption
/// as CustomerService::create (a data key per customer, every field bound to table|column|row,
/// blind indexes). Used by the CSV importer, the demo population generator and the benchmark.
/// Runs inside the caller's transaction (it opens one when none is open); the caller audits.
///
/// Speed: the encryption of the next slice of rows runs on every core while the calling
/// thread inserts the previous one (or the caller seals rows on its own threads and calls
/// insert()); statements are prepared once per writer and reused (multi-row INSERTs on both
/// databases); new ids are time-ordered, so rows append to the id B-trees. On SQLite the
/// writer enlarges the connection's page cache, reads through a memory map, keeps temporary
/// storage in memory and turns the automatic WAL checkpoint off while it lives, and restores
/// all of them when destroyed, then starts a background checkpoint
/// (Database::checkpointInBackground) when it wrote anything: keep one writer for a whole
/// import, create it before the import's transaction begins and destroy it after the commit.
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

    /// An item encrypted for insertion: ciphertexts bound to table|column|id, blind indexes,
    /// the wrapped data key. Holds nothing in clear but the id and the non-personal columns.
    struct Sealed
    {
        struct SealedEvent
        {
            qint64 purposeId = 0;
            bool granted = true;
            qint64 occurredMs = 0;
            QByteArray channel; ///< UTF-8
            qint64 noticeVersionId = 0;
            QByteArray evidence;
        };
        QString id;
        QByteArray idUtf8;
        QByteArray wrapped;
        std::array<QByteArray, 7> fields; ///< external_ref, full_name, email, phone, address, birth_date, notes
        std::array<QByteArray, 3> bidx; ///< external_ref, email, phone
        std::array<QByteArray, 4> texts; ///< UTF-8 country, jurisdiction, source, language
        qint64 created = 0;
        std::vector<SealedEvent> events;
        QString error; ///< why the encryption failed; nothing else is usable then
    };

    explicit CustomerBulkWriter(std::shared_ptr<Session> session);
    ~CustomerBulkWriter();
    CustomerBulkWriter(const CustomerBulkWriter&) = delete;
    CustomerBulkWriter& operator=(const CustomerBulkWriter&) = delete;

    /// Encrypts and inserts @p items; returns their new ids in order. Needs EditCustomers
    /// (and RecordConsent when there are events).
    Result<QStringList> write(const std::vector<Item>& items);

    /// Encrypts @p item under a new data key and id (newId()); a customer without a creation
    /// time gets @p now. Safe on any thread with its own @p blind (from vault.blindIndex()).
    static Sealed seal(const Vault& vault, const BlindIndex& blind, const Item& item, qint64 now);

    /// Inserts rows made by seal(), in order (the caller keeps them, and may free them on
    /// another thread); returns their ids. Needs EditCustomers (and
    /// RecordConsent when there are events). Unlike write(), it does not tell the name index
    /// (it has no names in clear): the caller does.
    Result<QStringList> insert(const std::vector<const Sealed*>& rows);

    /// A new customer id: a UUID (RFC 9562 version 7) whose first 48 bits are the Unix time in
    /// milliseconds, then a counter, then random bits, so ids made later sort later and new
    /// rows append to the B-trees keyed by id instead of landing on random pages.
    static QString newId();

private:
    struct Impl;
    struct Run;
    Status checkPermissions(bool anyEvents) const;
    Status beginRun(Run& run);
    Status insertRange(const std::vector<const Sealed*>& rows, size_t first, size_t count, Run& run);
    Status finishRun(Run& run, size_t rows);

    std::unique_ptr<Impl> d;
};
