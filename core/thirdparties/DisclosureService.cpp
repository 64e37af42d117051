#include "core/thirdparties/DisclosureService.h"

#include "core/common/Clock.h"
#include "core/customers/CustomerService.h"
#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisclosureService)
};

QStringList cleanCategories(const QStringList& in)
{
    QStringList out;
    for (const QString& c : in) {
        const QString t = c.trimmed().toLower();
        if (!t.isEmpty() && !out.contains(t)) {
            out << t;
        }
    }
    return out;
}

// A date (taken as the start of that day, UTC) or a date-time (UTC unless it names an offset).
QDateTime parseWhen(const QString& text)
{
    const QString t = text.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid()) {
        return d.startOfDay(Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime) {
        dt.setTimeSpec(Qt::UTC);
    }
    return dt;
}

int columnOf(const QStringList& header, std::initializer_list<const char*> names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        for (const char* n : names) {
            if (h == QLatin1String(n)) {
                return i;
            }
        }
    }
    return -1;
}
} // namespace

DisclosureService::DisclosureService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

QString DisclosureService::sourceCode(Disclosure::Source s)
{
    switch (s) {
    case Disclosure::Source::Manual:
        return QStringLiteral("manual");
    case Disclosure::Source::Import:
        return QStringLiteral("import");
    case Disclosure::Source::Export:
        return QStringLiteral("export");
    }
    return {};
}

Status DisclosureService::check(const Disclosure& d)
{
    const Database& db = m_session->db();
    auto exists = [&db](const char* sql, const QVariant& v) -> Result<bool> {
        auto n = db.scalar(QString::fromLatin1(sql), {v});
        if (!n) {
            return n.error();
        }
        return n->toInt() > 0;
    };
    struct
    {
        const char* sql;
        QVariant value;
        QString message;
    } const checks[] = {
        {"SELECT count(*) FROM customers WHERE id = ?", d.customerId, Tr::tr("There is no such customer.")},
        {"SELECT count(*) FROM recipients WHERE id = ?",
         d.recipientId,
         Tr::tr("Choose a recipient from the register.")},
        {"SELECT count(*) FROM purposes WHERE id = ?", d.purposeId, Tr::tr("Choose the purpose of the disclosure.")},
    };
    for (const auto& c : checks) {
        auto ok = exists(c.sql, c.value);
        if (!ok) {
            return ok.error();
        }
        if (!*ok) {
            return Error(ErrorCode::InvalidInput, c.message);
        }
    }
    if (!d.disclosed.isValid()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the date of the disclosure (YYYY-MM-DD)."));
    }
    if (d.disclosed > Clock::instance().now().addSecs(300)) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The date of a disclosure cannot be in the future."));
    }
    if (cleanCategories(d.dataCategories).isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Name at least one data category that was disclosed."));
    }
    return {};
}

Status DisclosureService::insert(const Disclosure& d)
{
    auto ins = m_session->db().exec(
        QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, purpose_id, disclosed_at, data_categories, "
                       "source, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.customerId,
         d.recipientId,
         d.purposeId,
         d.disclosed.toMSecsSinceEpoch(),
         cleanCategories(d.dataCategories).join(QLatin1Char(',')),
         sourceCode(d.source),
         m_session->user().id,
         Clock::instance().nowMs()});
    return ins ? Status() : Status(ins.error());
}

Result<qint64> DisclosureService::record(const Disclosure& input)
{
    if (auto st = m_session->require(Permission::EditCustomers, QStringLiteral("disclosures"), input.customerId); !st) {
        return st.error();
    }
    Disclosure d = input;
    d.source = Disclosure::Source::Manual;
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto st = check(d); !st) {
        return st.error();
    }
    if (auto st = insert(d); !st) {
        return st.error();
    }
    auto id = db.scalar(QStringLiteral("SELECT MAX(id) FROM disclosures WHERE customer_id = ?"), {d.customerId});
    if (!id) {
        return id.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("disclosure.record");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = d.customerId;
    rec.details = QStringLiteral("disclosure=%1;recipient=%2;purpose=%3;categories=%4")
                      .arg(id->toLongLong())
                      .arg(d.recipientId)
                      .arg(d.purposeId)
                      .arg(cleanCategories(d.dataCategories).size());
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    return id->toLongLong();
}

Result<DisclosureService::Report>
DisclosureService::importCsv(const QByteArray& data, Policy policy, const Progress& progress)
{
    if (auto st = m_session->require(Permission::EditCustomers, QStringLiteral("disclosures")); !st) {
        return st.error();
    }
    CsvReader reader(data);
    CsvReader::Record header;
    if (!reader.next(&header) || !header.error.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The file has no header line naming its columns."));
    }
    const int refCol = columnOf(header.fields, {"customer_ref", "external_ref", "reference"});
    const int emailCol = columnOf(header.fields, {"email", "customer_email"});
    const int recipientCol = columnOf(header.fields, {"recipient", "recipient_name"});
    const int purposeCol = columnOf(header.fields, {"purpose", "purpose_code"});
    const int dateCol = columnOf(header.fields, {"date", "disclosed_at", "disclosed"});
    const int catCol = columnOf(header.fields, {"categories", "data_categories"});
    if ((refCol < 0 && emailCol < 0) || recipientCol < 0 || purposeCol < 0 || dateCol < 0 || catCol < 0) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The header must name the columns customer_ref or email, recipient, purpose, date and "
                            "categories."));
    }
    const Database& db = m_session->db();
    auto lookupTable = [&db](const char* sql) -> Result<QHash<QString, qint64>> {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q) {
            return q.error();
        }
        QHash<QString, qint64> map;
        while (q->next()) {
            map.insert(q->value(1).toString(), q->value(0).toLongLong());
        }
        return map;
    };
    auto recipients = lookupTable("SELECT id, name FROM recipients");
    auto purposes = lookupTable("SELECT id, code FROM purposes");
    if (!recipients || !purposes) {
        return recipients ? purposes.error() : recipients.error();
    }
    CustomerService customers(m_session);
    Report report;
    QList<Disclosure> good;
    CsvReader::Record rec;
    const Error cancelled(ErrorCode::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
    while (reader.next(&rec)) {
        if (progress && !progress(reader.position(), reader.size())) {
            return cancelled;
        }
        ++report.rows;
        auto problem = [&](const QString& reason) {
            report.problems << Problem{rec.line, reason};
        };
        if (!rec.error.isEmpty()) {
            problem(rec.error);
            continue;
        }
        auto cell = [&rec](int col) {
            return col >= 0 && col < rec.fields.size() ? rec.fields.at(col).trimmed() : QString();
        };
        Disclosure d;
        d.source = Disclosure::Source::Import;
        QStringList ids;
        if (!cell(refCol).isEmpty()) {
            auto found = customers.find(CustomerService::Lookup::ExternalRef, cell(refCol));
            if (!found) {
                return found.error();
            }
            ids = *found;
        } else if (!cell(emailCol).isEmpty()) {
            auto found = customers.find(CustomerService::Lookup::Email, cell(emailCol));
            if (!found) {
                return found.error();
            }
            ids = *found;
        }
        if (ids.size() != 1) {
            problem(ids.isEmpty() ? Tr::tr("No customer has this reference or email.")
                                  : Tr::tr("Several customers have this email: use the customer reference."));
            continue;
        }
        d.customerId = ids.first();
        d.recipientId = recipients->value(cell(recipientCol), 0);
        if (d.recipientId == 0) {
            problem(Tr::tr("The recipient is not in the register (the name must match exactly)."));
            continue;
        }
        d.purposeId = purposes->value(cell(purposeCol), 0);
        if (d.purposeId == 0) {
            problem(Tr::tr("There is no purpose with this code."));
            continue;
        }
        d.disclosed = parseWhen(cell(dateCol));
        d.dataCategories = cleanCategories(cell(catCol).split(QRegularExpression(QStringLiteral("[;,]"))));
        if (auto st = check(d); !st) {
            problem(st.errorString());
            continue;
        }
        good << d;
    }
    report.good = good.size();
    if (good.isEmpty() || (policy == Policy::AllOrNothing && !report.problems.isEmpty())) {
        return report;
    }
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    for (const Disclosure& d : good) {
        if (progress && !progress(reader.size(), reader.size())) {
            return cancelled; // the transaction rolls back
        }
        if (auto st = insert(d); !st) {
            return st.error();
        }
    }
    AuditRecord audit;
    audit.action = QStringLiteral("disclosure.import");
    audit.objectType = QStringLiteral("disclosures");
    audit.details = QStringLiteral("rows=%1;imported=%2;refused=%3")
                        .arg(report.rows)
                        .arg(good.size())
                        .arg(report.problems.size());
    if (auto st = m_session->audit(audit); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    report.imported = good.size();
    return report;
}
