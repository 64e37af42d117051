#include "core/services/CustomerImporter.h"

#include "core/Clock.h"
#include "core/services/CsvReader.h"
#include "core/services/CustomerBulkWriter.h"
#include "core/services/CustomerService.h"
#include "core/services/NameIndex.h"
#include "core/services/SqliteHandle.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImporter)
};

// Rows per CustomerBulkWriter::write (it pipelines encryption and inserts inside a call).
constexpr size_t kBatch = 8192;
// Records parsed and validated per parallel step.
constexpr size_t kParseChunk = 4096;
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
        thread_local QString lastDate;
        thread_local QDateTime lastDateTime;
        if (date != lastDate) {
            QDateTime dt = QDateTime::fromString(date, Qt::ISODate);
            if (!dt.isValid()) {
                const QDate d = QDate::fromString(date, Qt::ISODate);
                dt = d.isValid() ? QDateTime(d, QTime(0, 0), Qt::UTC) : QDateTime();
            }
            lastDate = date;
            lastDateTime = dt;
        }
        const QDateTime& dt = lastDateTime;
        if (!dt.isValid() || dt.toMSecsSinceEpoch() > ctx.now) {
            p.problem = Tr::tr("The consent date is not a past date (YYYY-MM-DD or ISO 8601).");
            return p;
        }
        at = dt.toMSecsSinceEpoch();
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

/// Parses and validates @p records on every core of @p pool; results in the same order.
void parseAll(QThreadPool& pool,
              const std::vector<CsvReader::Record>& records,
              int expected,
              const CustomerImporter::Mapping& m,
              const Context& ctx,
              std::vector<Parsed>* results,
              const Vault* vault = nullptr)
{
    results->clear();
    results->resize(records.size());
    std::vector<size_t> pieces;
    for (size_t at = 0; at < records.size(); at += kParsePiece) {
        pieces.push_back(at);
    }
    const QString email = QStringLiteral("email");
    const QString ref = QStringLiteral("external_ref");
    QtConcurrent::blockingMap(&pool, pieces, [&](size_t first) {
        BlindIndex blind = vault ? vault->blindIndex() : BlindIndex(); // not thread-safe: one per piece
        for (size_t i = first; i < std::min(records.size(), first + kParsePiece); ++i) {
            Parsed& p = (*results)[i];
            p = parseRow(records[i], expected, m, ctx);
            if (vault && p.problem.isEmpty()) {
                const QString e = CustomerService::normaliseEmail(p.item.customer.email);
                if (!e.isEmpty()) {
                    p.emailBidx = blind.compute(email, e);
                }
                if (!p.item.customer.externalRef.isEmpty()) {
                    p.refBidx = blind.compute(ref, p.item.customer.externalRef);
                }
            }
        }
    });
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

    // Pass 1: validate every row (in parallel chunks: phone parsing is the costly part), then,
    // in line order, remember emails and references to find duplicates.
    Report report;
    QSet<qint64> bad;
    QHash<QString, qint64> emails; // normalised email -> first line
    QHash<QString, qint64> refs;
    QList<QPair<QByteArray, qint64>> emailOrder; // blind index, line
    QList<QPair<QByteArray, qint64>> refOrder;
    int expected = -1;
    // Pass 1's parsed rows are kept for pass 2 up to this many; beyond it pass 2 parses
    // again (in parallel too) to bound memory.
    constexpr qint64 kKeepParsed = 250000;
    std::vector<CustomerBulkWriter::Item> parsed;
    std::vector<qint64> parsedLines;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const Vault vault = m_session->vault();
    {
        CsvReader reader(data);
        bool first = true;
        std::vector<CsvReader::Record> records;
        std::vector<Parsed> results;
        for (bool more = true; more;) {
            records.clear();
            CsvReader::Record r;
            while (records.size() < kParseChunk && (more = reader.next(&r))) {
                if (first && mapping.hasHeader) {
                    expected = static_cast<int>(r.fields.size());
                    first = false;
                    continue;
                }
                if (expected < 0) {
                    expected = static_cast<int>(r.fields.size());
                }
                first = false;
                records.push_back(std::move(r));
            }
            parseAll(pool, records, expected, mapping, ctx, &results, &vault);
            for (size_t i = 0; i < records.size(); ++i) {
                const qint64 line = records[i].line;
                Parsed& p = results[i];
                ++report.rows;
                if (p.problem.isEmpty()) {
                    const QString email = CustomerService::normaliseEmail(p.item.customer.email);
                    if (!email.isEmpty()) {
                        if (const auto seen = emails.constFind(email); seen != emails.constEnd()) {
                            p.problem = Tr::tr("Duplicate email: the same address is on line %1.").arg(*seen);
                            ++report.duplicates;
                        } else {
                            emails.insert(email, line);
                            emailOrder.append({p.emailBidx, line});
                        }
                    }
                    const QString ref = p.item.customer.externalRef;
                    if (p.problem.isEmpty() && !ref.isEmpty()) {
                        if (const auto seen = refs.constFind(ref); seen != refs.constEnd()) {
                            p.problem
                                = Tr::tr("Duplicate customer reference: the same reference is on line %1.").arg(*seen);
                        } else {
                            refs.insert(ref, line);
                            refOrder.append({p.refBidx, line});
                        }
                    }
                }
                if (!p.problem.isEmpty()) {
                    bad.insert(line);
                    report.problems << Problem{line, p.problem};
                } else if (write && report.rows <= kKeepParsed) {
                    parsed.push_back(std::move(p.item));
                    parsedLines.push_back(line);
                }
            }
            if (progress && !records.empty() && !progress(reader.position(), reader.size() * 2)) {
                return Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
            }
        }
    }
    // Duplicates against the workspace, by blind index: on SQLite one indexed probe per value
    // through the connection's handle, elsewhere 500 values per query.
    // When importing, the probes and pass 2 share one transaction (rolled back when nothing
    // is written): one snapshot, and no lock taken and released per probe. A dry run opens
    // none (it must work on a read-only workspace too).
    std::unique_ptr<Transaction> tx;
    if (write) {
        auto begun = db.begin();
        if (!begun) {
            return begun.error();
        }
        tx = std::move(*begun);
    }
    sqlite3* handle = sqliteHandle(db);
    auto existing = [&](const QList<QPair<QByteArray, qint64>>& values,
                        const char* probe,
                        const QString& sql,
                        const QString& reason,
                        bool countDuplicate) -> Status {
        auto found = [&](qint64 line) {
            if (!bad.contains(line)) {
                bad.insert(line);
                report.problems << Problem{line, reason};
                report.duplicates += countDuplicate ? 1 : 0;
            }
        };
        if (handle) {
            SqliteStatement q;
            if (!q.prepare(handle, probe)) {
                return db.storageError(
                    QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError));
            }
            for (const auto& [bidx, line] : values) {
                q.blob(1, bidx);
                const int rc = q.run();
                if (rc == SQLITE_ROW) {
                    found(line);
                } else if (rc != SQLITE_DONE) {
                    return db.storageError(QSqlError(QString(), q.error(), QSqlError::StatementError));
                }
            }
            return {};
        }
        for (qsizetype at = 0; at < values.size(); at += 500) {
            QVariantList bound;
            QHash<QByteArray, qint64> lines;
            QString marks;
            for (qsizetype i = at; i < std::min(values.size(), at + 500); ++i) {
                bound << values.at(i).first;
                lines.insert(values.at(i).first, values.at(i).second);
                marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            }
            auto q = db.exec(sql + marks + QStringLiteral(")"), bound);
            if (!q) {
                return q.error();
            }
            while (q->next()) {
                found(lines.value(q->value(0).toByteArray()));
            }
        }
        return {};
    };
    if (auto st = existing(emailOrder,
                           "SELECT 1 FROM customers WHERE email_bidx = ? LIMIT 1",
                           QStringLiteral("SELECT DISTINCT email_bidx FROM customers WHERE email_bidx IN ("),
                           Tr::tr("Duplicate email: a customer with this address is already in the workspace."),
                           true);
        !st) {
        return st.error();
    }
    if (auto st = existing(refOrder,
                           "SELECT 1 FROM customers WHERE external_ref_bidx = ? LIMIT 1",
                           QStringLiteral("SELECT external_ref_bidx FROM customers WHERE external_ref_bidx IN ("),
                           Tr::tr("A customer with this reference is already in the workspace."),
                           false);
        !st) {
        return st.error();
    }
    std::sort(report.problems.begin(), report.problems.end(), [](const Problem& a, const Problem& b) {
        return a.line < b.line;
    });
    report.good = report.rows - static_cast<qint64>(bad.size());
    if (!write || (policy == Policy::AllOrNothing && !bad.isEmpty()) || report.good == 0) {
        return report;
    }

    // Pass 2: write the good rows in batches, all in the transaction opened above.
    CustomerBulkWriter writer(m_session);
    std::vector<CustomerBulkWriter::Item> batch;
    QList<QPair<QString, QString>> names;
    auto flush = [&]() -> Status {
        if (batch.empty()) {
            return {};
        }
        auto ids = writer.write(batch);
        if (!ids) {
            return ids.error();
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            names.append({ids->at(static_cast<qsizetype>(i)), batch[i].customer.fullName.trimmed()});
            report.consentEvents += static_cast<qint64>(batch[i].events.size());
        }
        report.imported += static_cast<qint64>(batch.size());
        batch.clear();
        return {};
    };
    CsvReader reader(data);
    if (report.rows <= kKeepParsed) {
        for (size_t i = 0; i < parsed.size(); ++i) {
            if (bad.contains(parsedLines[i])) {
                continue; // a duplicate found against the workspace after pass 1
            }
            batch.push_back(std::move(parsed[i]));
            if (progress && i % kParseChunk == 0
                && !progress(data.size() + data.size() * static_cast<qint64>(i) / static_cast<qint64>(parsed.size()),
                             data.size() * 2)) {
                return Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
            }
            if (batch.size() >= kBatch) {
                if (auto st = flush(); !st) {
                    return st.error();
                }
                if (progress
                    && !progress(data.size()
                                     + data.size() * static_cast<qint64>(i) / static_cast<qint64>(parsed.size()),
                                 data.size() * 2)) {
                    return Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
                }
            }
        }
    } else {
        bool first = mapping.hasHeader;
        std::vector<CsvReader::Record> records;
        std::vector<Parsed> results;
        for (bool more = true; more;) {
            records.clear();
            CsvReader::Record r;
            while (records.size() < kParseChunk && (more = reader.next(&r))) {
                if (first) {
                    first = false;
                    continue;
                }
                if (!bad.contains(r.line)) {
                    records.push_back(std::move(r));
                }
            }
            parseAll(pool, records, expected, mapping, ctx, &results);
            for (Parsed& p : results) {
                batch.push_back(std::move(p.item));
            }
            if (batch.size() >= kBatch) {
                if (auto st = flush(); !st) {
                    return st.error();
                }
                if (progress && !progress(reader.size() + reader.position(), reader.size() * 2)) {
                    return Error(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
                }
            }
        }
    }
    if (auto st = flush(); !st) {
        return st.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.import");
    rec.objectType = QStringLiteral("customers");
    rec.details = QStringLiteral("rows=%1;imported=%2;bad=%3;duplicates=%4;consent_events=%5")
                      .arg(report.rows)
                      .arg(report.imported)
                      .arg(bad.size())
                      .arg(report.duplicates)
                      .arg(report.consentEvents);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    if (progress) {
        progress(data.size() * 2, data.size() * 2);
    }
    if (auto index = NameIndex::existing(m_session->workspace().get())) {
        for (const auto& [id, name] : names) {
            index->upsert(id, name);
        }
    }
    return report;
}
