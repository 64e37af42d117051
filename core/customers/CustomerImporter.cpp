#include "core/customers/CustomerImporter.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerBulkWriter.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/io/CsvReader.h"
#include "core/storage/sqlite/SqliteHandle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

#include <array>
#include <atomic>
#include <cstring>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImporter)
};

// Records per chunk: parsed, validated and (when writing) encrypted on the pool while this
// thread inserts the chunk before.
constexpr size_t kParseChunk = 2048;
constexpr size_t kParsePiece = 128;

using Column = CustomerImporter::Column;

const QList<QPair<Column, QStringList>>& headerNames()
{
    static const QList<QPair<Column, QStringList>> names = {
        {Column::ExternalRef,
         {QStringLiteral("external_ref"),
          QStringLiteral("customer_ref"),
          QStringLiteral("ref"),
          QStringLiteral("reference")}},
        {Column::FullName, {QStringLiteral("full_name"), QStringLiteral("name"), QStringLiteral("nama")}},
        {Column::Email, {QStringLiteral("email"), QStringLiteral("e-mail")}},
        {Column::Phone, {QStringLiteral("phone"), QStringLiteral("telepon"), QStringLiteral("mobile")}},
        {Column::Address, {QStringLiteral("address"), QStringLiteral("alamat")}},
        {Column::BirthDate,
         {QStringLiteral("birth_date"), QStringLiteral("birthdate"), QStringLiteral("tanggal_lahir")}},
        {Column::Country, {QStringLiteral("country"), QStringLiteral("negara")}},
        {Column::Jurisdiction, {QStringLiteral("jurisdiction")}},
        {Column::Language, {QStringLiteral("language"), QStringLiteral("bahasa")}},
        {Column::Notes, {QStringLiteral("notes"), QStringLiteral("catatan")}},
        {Column::Source, {QStringLiteral("source")}},
    };
    return names;
}

struct Context
{
    QHash<QString, qint64> purposes; ///< code -> id
    QHash<QString, qint64> notices; ///< label -> id
    QString jurisdiction;
    QString region;
    qint64 now = 0;
};

struct Parsed
{
    CustomerBulkWriter::Item item;
    QString problem;
    QByteArray emailBidx; ///< blind indexes for the duplicate check against the workspace
    QByteArray refBidx;
    bool duplicate = false; ///< the problem is a duplicate email
    CustomerBulkWriter::Sealed sealed; ///< the encrypted row, when writing
};

QString cell(const CsvReader::Record& r, int column)
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column) : QString();
}

Parsed parseRow(const CsvReader::Record& r, int expected, const CustomerImporter::Mapping& m, const Context& ctx)
{
    Parsed p;
    if (!r.error.isEmpty()) {
        p.problem = r.error;
        return p;
    }
    if (r.fields.size() != expected) {
        p.problem = Tr::tr("The line has %1 columns; the file has %2.").arg(r.fields.size()).arg(expected);
        return p;
    }
    auto get = [&](Column c) {
        return cell(r, m.columns.value(c, -1)).trimmed();
    };
    Customer& c = p.item.customer;
    c.externalRef = get(Column::ExternalRef);
    c.fullName = get(Column::FullName);
    c.email = get(Column::Email);
    c.phone = get(Column::Phone);
    c.address = get(Column::Address);
    c.country = get(Column::Country).toUpper();
    c.jurisdiction = get(Column::Jurisdiction);
    if (c.jurisdiction.isEmpty()) {
        c.jurisdiction = ctx.jurisdiction;
    }
    c.language = get(Column::Language).toLower();
    c.notes = cell(r, m.columns.value(Column::Notes, -1));
    c.source = get(Column::Source);
    if (c.source.isEmpty()) {
        c.source = QStringLiteral("import");
    }
    const QString birth = get(Column::BirthDate);
    if (!birth.isEmpty()) {
        c.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!c.birthDate.isValid()) {
            p.problem = Tr::tr("The birth date is not a date (YYYY-MM-DD).");
            return p;
        }
    }
    QString phone;
    if (auto st = CustomerService::validate(c, ctx.region, &phone); !st) {
        p.problem = st.errorString();
        return p;
    }
    c.phone = phone;
    qint64 at = ctx.now;
    const QString date = cell(r, m.consentDateColumn).trimmed();
    if (!date.isEmpty()) {
        // Files often give every row the same date: remember the last one parsed on this thread.
        // (A local time's toMSecsSinceEpoch() asks the C library for the time zone each call.)
        thread_local QString lastDate;
        thread_local qint64 lastMs = 0;
        thread_local bool lastValid = false;
        if (date != lastDate) {
            QDateTime dt = QDateTime::fromString(date, Qt::ISODate);
            if (!dt.isValid()) {
                const QDate d = QDate::fromString(date, Qt::ISODate);
                dt = d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
            }
            lastDate = date;
            lastValid = dt.isValid();
            lastMs = lastValid ? dt.toMSecsSinceEpoch() : 0;
        }
        if (!lastValid || lastMs > ctx.now) {
            p.problem = Tr::tr("The consent date is not a past date (YYYY-MM-DD or ISO 8601).");
            return p;
        }
        at = lastMs;
    }
    qint64 notice = 0;
    const QString label = cell(r, m.noticeColumn).trimmed();
    if (!label.isEmpty()) {
        notice = ctx.notices.value(label, -1);
        if (notice < 0) {
            p.problem = Tr::tr("There is no notice version with this label.");
            return p;
        }
    }
    static const QStringList yes = {QStringLiteral("yes"),
                                    QStringLiteral("y"),
                                    QStringLiteral("1"),
                                    QStringLiteral("true"),
                                    QStringLiteral("granted"),
                                    QStringLiteral("ya")};
    static const QStringList no = {QStringLiteral("no"),
                                   QStringLiteral("n"),
                                   QStringLiteral("0"),
                                   QStringLiteral("false"),
                                   QStringLiteral("withdrawn"),
                                   QStringLiteral("tidak")};
    for (const CustomerImporter::ConsentColumn& cc : m.consents) {
        const QString v = cell(r, cc.column).trimmed().toLower();
        if (v.isEmpty()) {
            continue;
        }
        CustomerBulkWriter::Event e;
        if (yes.contains(v)) {
            e.granted = true;
        } else if (no.contains(v)) {
            e.granted = false;
        } else {
            p.problem = Tr::tr("A consent column holds neither yes nor no.");
            return p;
        }
        e.purposeId = ctx.purposes.value(cc.purposeCode);
        e.occurredMs = at;
        e.noticeVersionId = notice;
        e.evidence = cell(r, m.evidenceColumn).trimmed();
        e.channel = ConsentEvent::Channel::Import;
        p.item.events.push_back(e);
    }
    return p;
}

/// A chunk of records and what parsing them gave, in the same order.
struct Chunk
{
    std::vector<CsvReader::Record> records;
    std::vector<Parsed> results;
    std::vector<size_t> pieces; ///< first record of each parallel piece
    qint64 end = 0; ///< input bytes consumed up to the chunk's last record
    /// Blind indexes new to the file, with their record: to look for in the workspace.
    QList<QPair<QByteArray, size_t>> emailOrder;
    QList<QPair<QByteArray, size_t>> refOrder;
    QString probeError; ///< why probeWorkspace() failed
};

/// Marks the records of @p chunk listed for the workspace check whose email or reference a
/// customer in the workspace already has, through statements of a connection of its own.
void probeWorkspace(Chunk* chunk,
                    SqliteStatement& emailProbe,
                    SqliteStatement& refProbe,
                    const QString& emailDuplicate,
                    const QString& refDuplicate)
{
    chunk->probeError.clear();
    for (const auto& [bidx, row] : chunk->emailOrder) {
        emailProbe.blob(1, bidx);
        const int rc = emailProbe.run();
        if (rc == SQLITE_ROW) {
            chunk->results[row].problem = emailDuplicate;
            chunk->results[row].duplicate = true;
        } else if (rc != SQLITE_DONE) {
            chunk->probeError = emailProbe.error();
            return;
        }
    }
    for (const auto& [bidx, row] : chunk->refOrder) {
        refProbe.blob(1, bidx);
        const int rc = refProbe.run();
        if (rc == SQLITE_ROW) {
            if (chunk->results[row].problem.isEmpty()) {
                chunk->results[row].problem = refDuplicate;
            }
        } else if (rc != SQLITE_DONE) {
            chunk->probeError = refProbe.error();
            return;
        }
    }
}

/// A blind index (BlindIndex::compute: always BlindIndex::Size bytes) as a hash key held inline: the in-file sets keep
/// one per row of the file, and with QByteArray keys each entry kept its own allocation alive (freeing 100,000 of them
/// after a 50,000-row import took ~60 ms the user waited for).
struct BlindKey
{
    std::array<char, BlindIndex::Size> bytes{};

    explicit BlindKey(const QByteArray& bidx)
    {
        Q_ASSERT(bidx.size() == BlindIndex::Size);
        std::memcpy(bytes.data(), bidx.constData(), std::min(bytes.size(), static_cast<size_t>(bidx.size())));
    }
    bool operator==(const BlindKey& other) const { return bytes == other.bytes; }
};

size_t qHash(const BlindKey& key, size_t seed = 0) noexcept
{
    return qHashBits(key.bytes.data(), key.bytes.size(), seed);
}

/// Blind index -> the first line of the file with it, kept across chunks.
using FirstLines = QHash<BlindKey, qint64>;

/// Marks the records of @p chunk whose email or reference an earlier line of the file has
/// (@p emails and @p refs, filled in file order: chunks come here in that order), and lists the
/// others for the workspace check.
void findInFileDuplicates(Chunk* chunk, FirstLines& emails, FirstLines& refs)
{
    chunk->emailOrder.clear();
    chunk->refOrder.clear();
    for (size_t i = 0; i < chunk->records.size(); ++i) {
        const qint64 line = chunk->records[i].line;
        Parsed& p = chunk->results[i];
        if (p.problem.isEmpty() && !p.emailBidx.isEmpty()) {
            const BlindKey key(p.emailBidx);
            if (const auto seen = emails.constFind(key); seen != emails.constEnd()) {
                p.problem = Tr::tr("Duplicate email: the same address is on line %1.").arg(*seen);
                p.duplicate = true;
            } else {
                emails.insert(key, line);
                chunk->emailOrder.append({p.emailBidx, i});
            }
        }
        if (p.problem.isEmpty() && !p.refBidx.isEmpty()) {
            const BlindKey key(p.refBidx);
            if (const auto seen = refs.constFind(key); seen != refs.constEnd()) {
                p.problem = Tr::tr("Duplicate customer reference: the same reference is on line %1.").arg(*seen);
            } else {
                refs.insert(key, line);
                chunk->refOrder.append({p.refBidx, i});
            }
        }
    }
}

/// Parses and validates @p chunk's records (pieces of kParsePiece records shared by the
/// calling thread, itself a task of @p pool, and the pool's other threads), with the blind indexes of the email and the
/// reference for the duplicate checks, and when @p seal, encrypts each good row for the writer (a row found to be a
/// duplicate later is encrypted for nothing: rare, and cheaper than a second pass).
void parseChunk(QThreadPool& pool,
                Chunk* chunk,
                int expected,
                const CustomerImporter::Mapping& m,
                const Context& ctx,
                const Vault& vault,
                bool seal)
{
    const std::vector<CsvReader::Record>& records = chunk->records;
    // The previous chunk's results are overwritten (and so freed) by the tasks, not here: this
    // thread is the writer, the pipeline's slowest stage.
    if (chunk->results.size() < records.size()) {
        chunk->results.resize(records.size());
    }
    chunk->pieces.clear();
    for (size_t at = 0; at < records.size(); at += kParsePiece) {
        chunk->pieces.push_back(at);
    }
    auto parsePiece = [chunk, expected, &m, &ctx, &vault, seal](size_t first) {
        static const QString email = QStringLiteral("email");
        static const QString ref = QStringLiteral("external_ref");
        const BlindIndex blind = vault.blindIndex(); // not thread-safe: one per piece
        const std::vector<CsvReader::Record>& rs = chunk->records;
        for (size_t i = first; i < std::min(rs.size(), first + kParsePiece); ++i) {
            Parsed& p = chunk->results[i];
            p = parseRow(rs[i], expected, m, ctx);
            if (p.problem.isEmpty()) {
                const QString e = CustomerService::normaliseEmail(p.item.customer.email);
                if (!e.isEmpty()) {
                    p.emailBidx = blind.compute(email, e);
                }
                if (!p.item.customer.externalRef.isEmpty()) {
                    p.refBidx = blind.compute(ref, p.item.customer.externalRef);
                }
                if (seal) {
                    p.item.emailBidx = p.emailBidx;
                    p.item.externalRefBidx = p.refBidx;
                    p.sealed = CustomerBulkWriter::seal(vault, blind, p.item, ctx.now);
                }
            }
        }
    };
    // QtConcurrent's blocking calls from inside a pool task would wait on the pool itself: the
    // pieces are handed out through a counter instead, and this thread waits only for helpers
    // that are running (the pool has no other work).
    std::atomic<size_t> nextPiece{0};
    auto work = [&] {
        for (size_t k = nextPiece++; k < chunk->pieces.size(); k = nextPiece++) {
            parsePiece(chunk->pieces[k]);
        }
    };
    const int helpers = std::max(0, pool.maxThreadCount() - 1);
    QSemaphore done;
    for (int i = 0; i < helpers; ++i) {
        pool.start([&] {
            work();
            done.release();
        });
    }
    work();
    done.acquire(helpers);
}

} // namespace

CustomerImporter::CustomerImporter(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QStringList CustomerImporter::header(const QByteArray& data)
{
    CsvReader reader(data.left(1 << 20));
    CsvReader::Record r;
    return reader.next(&r) ? r.fields : QStringList();
}

CustomerImporter::Mapping CustomerImporter::guessMapping(const QStringList& header)
{
    Mapping m;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        for (const auto& [column, names] : headerNames()) {
            if (names.contains(h) && !m.columns.contains(column)) {
                m.columns.insert(column, i);
            }
        }
        if (h.startsWith(QLatin1String("consent:"))) {
            m.consents << ConsentColumn{i, h.mid(8).trimmed()};
        } else if (h == QLatin1String("consent_date")) {
            m.consentDateColumn = i;
        } else if (h == QLatin1String("notice_version")) {
            m.noticeColumn = i;
        } else if (h == QLatin1String("evidence")) {
            m.evidenceColumn = i;
        }
    }
    return m;
}

Result<CustomerImporter::Report>
CustomerImporter::validate(const QByteArray& data, const Mapping& mapping, const Progress& progress)
{
    return process(data, mapping, Policy::AllOrNothing, false, progress);
}

Result<CustomerImporter::Report>
CustomerImporter::run(const QByteArray& data, const Mapping& mapping, Policy policy, const Progress& progress)
{
    return process(data, mapping, policy, true, progress);
}

Result<CustomerImporter::Report> CustomerImporter::process(
    const QByteArray& data, const Mapping& mapping, Policy policy, bool write, const Progress& progress)
{
    if (auto st = m_session->require(Permission::EditCustomers, QStringLiteral("customers")); !st) {
        return st.error();
    }
    if (!mapping.consents.isEmpty()) {
        if (auto st = m_session->require(Permission::RecordConsent, QStringLiteral("customers")); !st) {
            return st.error();
        }
    }
    if (mapping.columns.value(Column::FullName, -1) < 0) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Map a column to the customer's name."));
    }
    const Database& db = m_session->db();
    Context ctx;
    ctx.now = Clock::instance().nowMs();
    CustomerService customers(m_session);
    ctx.jurisdiction = customers.workspaceJurisdiction();
    ctx.region = CustomerService::regionOfJurisdiction(ctx.jurisdiction);
    for (const ConsentColumn& cc : mapping.consents) {
        auto id = db.scalar(QStringLiteral("SELECT id FROM purposes WHERE code = ? AND active = 1"), {cc.purposeCode});
        if (!id) {
            return id.error();
        }
        if (id->isNull()) {
            return Error(ErrorCode::InvalidInput, Tr::tr("There is no active purpose %1.").arg(cc.purposeCode));
        }
        ctx.purposes.insert(cc.purposeCode, id->toLongLong());
    }
    if (auto q = db.exec(QStringLiteral("SELECT label, id FROM notice_versions")); q) {
        while (q->next()) {
            ctx.notices.insert(q->value(0).toString(), q->value(1).toLongLong());
        }
    } else {
        return q.error();
    }

    // One streaming pass: while this thread inserts chunk N, the pool reads, parses, validates
    // and encrypts chunk N + 1 (this thread is the pipeline's slowest stage, so it does nothing
    // else; the pool has one thread fewer than the machine has cores). Duplicates are found in line order (blind
    // indexes as keys, so no clear address is held for the whole file), then against the workspace. Everything is
    // written in one transaction: with AllOrNothing the first bad row stops the writing (the rest is still validated
    // for the report) and the transaction is rolled back. A dry run opens no transaction (it must work on a read-only
    // workspace too).
    Report report;
    qint64 badCount = 0;
    FirstLines emails;
    FirstLines refs;
    int expected = -1;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    const Vault vault = m_session->vault();
    // The writer tunes the SQLite connection (page cache, statement journals in memory), which
    // only takes for transactions begun after it: made first, destroyed after the transaction.
    std::unique_ptr<CustomerBulkWriter> writer;
    std::unique_ptr<Transaction> tx;
    if (write) {
        writer = std::make_unique<CustomerBulkWriter>(m_session);
        auto begun = db.begin();
        if (!begun) {
            return begun.error();
        }
        tx = std::move(*begun);
    }
    sqlite3* handle = sqliteHandle(db);
    // On SQLite the workspace probes run on the pool through a second connection, which sees
    // only committed rows: the workspace as it was before this import (the import's own rows
    // are in the in-file sets). One task at a time uses it (SQLite's multi-thread mode); its
    // statements are prepared here and finalized before it closes.
    std::shared_ptr<Database> probeDb;
    sqlite3* probeHandle = nullptr;
    if (handle) {
        if (auto other = db.reopen(); other.ok()) {
            probeDb = *other;
            probeHandle = sqliteHandle(*probeDb);
            QSqlQuery tune(probeDb->connection());
            tune.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            tune.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
        }
    }
    sqlite3* probeOn = probeHandle ? probeHandle : handle;
    SqliteStatement emailProbe;
    SqliteStatement refProbe;
    if (probeOn
        && (!emailProbe.prepare(probeOn, "SELECT 1 FROM customers WHERE email_bidx = ? LIMIT 1")
            || !refProbe.prepare(probeOn, "SELECT 1 FROM customers WHERE external_ref_bidx = ? LIMIT 1"))) {
        return db.storageError(
            QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(probeOn)), QSqlError::StatementError));
    }
    // PostgreSQL: which of @p values (blind index -> row in the chunk) already are in the
    // workspace, 500 values per query (SQLite probes one value at a time: probeWorkspace()).
    auto existing = [&](const QList<QPair<QByteArray, size_t>>& values,
                        const QString& sql,
                        const std::function<void(size_t)>& found) -> Status {
        for (qsizetype at = 0; at < values.size(); at += 500) {
            QVariantList bound;
            QHash<QByteArray, size_t> rows;
            QString marks;
            for (qsizetype i = at; i < std::min(values.size(), at + 500); ++i) {
                bound << values.at(i).first;
                rows.insert(values.at(i).first, values.at(i).second);
                marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            }
            auto q = db.exec(sql + marks + QStringLiteral(")"), bound);
            if (!q) {
                return q.error();
            }
            while (q->next()) {
                found(rows.value(q->value(0).toByteArray()));
            }
        }
        return {};
    };
    const QString emailDuplicate = Tr::tr("Duplicate email: a customer with this address is already in the workspace.");
    const QString refDuplicate = Tr::tr("A customer with this reference is already in the workspace.");
    auto cancelled = [] {
        return Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
    };

    QList<QPair<QString, QString>> names; // (id, name) of the written rows, for the name index
    CsvReader reader(data);
    bool first = true;
    // Reads the next chunk of records (the header skipped) into @p chunk.
    auto readChunk = [&](Chunk* chunk) {
        std::vector<CsvReader::Record>* records = &chunk->records;
        records->clear();
        CsvReader::Record r;
        while (records->size() < kParseChunk && reader.next(&r)) {
            if (first && mapping.hasHeader) {
                expected = static_cast<int>(r.fields.size());
                first = false;
                continue;
            }
            if (expected < 0) {
                expected = static_cast<int>(r.fields.size());
            }
            first = false;
            records->push_back(std::move(r));
        }
        chunk->end = reader.position();
    };
    // Reads the next chunk and prepares it on the pool (one task reads, the pieces spread out).
    auto prepare = [&](Chunk* chunk) {
        return QtConcurrent::run(&pool, [&, chunk] {
            readChunk(chunk);
            parseChunk(pool, chunk, expected, mapping, ctx, vault, write);
            findInFileDuplicates(chunk, emails, refs);
            if (probeHandle) {
                probeWorkspace(chunk, emailProbe, refProbe, emailDuplicate, refDuplicate);
            }
        });
    };
    Chunk chunks[2];
    Chunk* current = &chunks[0];
    Chunk* next = &chunks[1];
    QFuture<void> parsing = prepare(current);
    struct WaitOnExit
    {
        QFuture<void>* future;
        ~WaitOnExit() { future->waitForFinished(); } // the tasks use this frame's locals
    } waitOnExit{&parsing};
    // Where this thread's time goes (AMANAH_BULK_TRACE=1): waiting for the first chunk,
    // inserting, waiting for the pool, committing, the rest.
    struct Phases
    {
        QElapsedTimer clock;
        qint64 first = 0, insert = 0, wait = 0, commit = 0, rest = 0;
        void lap(qint64* into) { *into += clock.restart(); }
    } phases;
    phases.clock.start();
    parsing.waitForFinished();
    phases.lap(&phases.first);
    if (!current->records.empty() && current->end > 0) {
        // Room for the whole file's keys at once (estimated from the first chunk's line length).
        const qint64 estimate
            = reader.size() / std::max<qint64>(1, current->end / static_cast<qint64>(current->records.size()));
        emails.reserve(estimate);
        refs.reserve(estimate);
    }
    std::vector<const CustomerBulkWriter::Sealed*> batch;
    while (!current->records.empty()) {
        parsing = prepare(next);
        const std::vector<CsvReader::Record>& records = current->records;
        std::vector<Parsed>& results = current->results;

        report.rows += static_cast<qint64>(records.size());
        // Duplicates against the workspace (rows this import wrote are in the in-file sets);
        // on SQLite the pool has looked already.
        if (handle && !probeHandle) {
            // No second connection: probe through the import's own (its rows are in the in-file sets).
            probeWorkspace(current, emailProbe, refProbe, emailDuplicate, refDuplicate);
        }
        if (!current->probeError.isEmpty()) {
            return db.storageError(QSqlError(QString(), current->probeError, QSqlError::StatementError));
        }
        if (!handle) {
            if (auto st = existing(current->emailOrder,
                                   QStringLiteral("SELECT DISTINCT email_bidx FROM customers WHERE email_bidx IN ("),
                                   [&](size_t row) {
                                       results[row].problem = emailDuplicate;
                                       results[row].duplicate = true;
                                   });
                !st) {
                return st.error();
            }
            if (auto st
                = existing(current->refOrder,
                           QStringLiteral("SELECT external_ref_bidx FROM customers WHERE external_ref_bidx IN ("),
                           [&](size_t row) {
                               if (results[row].problem.isEmpty()) {
                                   results[row].problem = refDuplicate;
                               }
                           });
                !st) {
                return st.error();
            }
        }
        batch.clear();
        for (size_t i = 0; i < records.size(); ++i) {
            Parsed& p = results[i];
            if (!p.problem.isEmpty()) {
                ++badCount;
                report.duplicates += p.duplicate ? 1 : 0;
                report.problems << Problem{records[i].line, p.problem};
            } else if (write) {
                batch.push_back(&p.sealed);
            }
        }
        const bool writing = write && (policy == Policy::GoodRowsOnly || badCount == 0);
        phases.lap(&phases.rest);
        if (writing && !batch.empty()) {
            auto ids = writer->insert(batch);
            phases.lap(&phases.insert);
            if (!ids) {
                return ids.error();
            }
            for (size_t i = 0; i < batch.size(); ++i) {
                report.consentEvents += static_cast<qint64>(batch[i]->events.size());
            }
            qsizetype written = 0; // the batch holds the good rows in order
            for (size_t i = 0; i < records.size(); ++i) {
                if (results[i].problem.isEmpty()) {
                    names.append({ids->at(written++), results[i].item.customer.fullName.trimmed()});
                }
            }
            report.imported += static_cast<qint64>(batch.size());
        }
        if (progress && !progress(current->end, reader.size())) {
            return cancelled();
        }
        phases.lap(&phases.rest);
        parsing.waitForFinished();
        phases.lap(&phases.wait);
        std::swap(current, next);
    }
    std::sort(report.problems.begin(), report.problems.end(), [](const Problem& a, const Problem& b) {
        return a.line < b.line;
    });
    report.good = report.rows - badCount;
    if (!write || (policy == Policy::AllOrNothing && badCount > 0) || report.good == 0) {
        report.imported = 0;
        report.consentEvents = 0;
        return report; // the transaction (if any) rolls back
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.import");
    rec.objectType = QStringLiteral("customers");
    rec.details = QStringLiteral("rows=%1;imported=%2;bad=%3;duplicates=%4;consent_events=%5")
                      .arg(report.rows)
                      .arg(report.imported)
                      .arg(badCount)
                      .arg(report.duplicates)
                      .arg(report.consentEvents);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    phases.lap(&phases.rest);
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    phases.lap(&phases.commit);
    if (qEnvironmentVariableIsSet("AMANAH_BULK_TRACE")) {
        qInfo("import %lld rows: first chunk %lld inserts %lld waiting for the pool %lld commit %lld rest %lld ms",
              static_cast<long long>(report.rows),
              static_cast<long long>(phases.first),
              static_cast<long long>(phases.insert),
              static_cast<long long>(phases.wait),
              static_cast<long long>(phases.commit),
              static_cast<long long>(phases.rest));
    }

    if (progress) {
        progress(reader.size(), reader.size());
    }
    // The names are at hand in clear: the index learns them without decrypting anything.
    if (auto index = m_nameIndex ? m_nameIndex : NameIndex::existing(m_session->workspace().get())) {
        for (const auto& [id, name] : names) {
            index->upsert(id, name);
        }
    }
    return report;
}
