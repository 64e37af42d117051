#include "core/customers/CustomerService.h"

#include "core/common/Clock.h"
#include "core/common/SafeText.h"
#include "core/crypto/CustomerKey.h"
#include "core/customers/NameIndex.h"
#include "core/io/PhoneNumbers.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/NoticeStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
};

const QString kTable = QStringLiteral("customers");

struct FieldColumn
{
    CustomerService::Field field;
    const char* column;
    const char* bidxColumn; ///< nullptr: no exact lookup
    const char* bidxKind;
};

const FieldColumn kFields[] = {
    {CustomerService::Field::FullName, "full_name", nullptr, nullptr},
    {CustomerService::Field::Email, "email", "email_bidx", "email"},
    {CustomerService::Field::Phone, "phone", "phone_bidx", "phone"},
    {CustomerService::Field::Address, "address", nullptr, nullptr},
    {CustomerService::Field::BirthDate, "birth_date", nullptr, nullptr},
    {CustomerService::Field::Notes, "notes", nullptr, nullptr},
    {CustomerService::Field::ExternalRef, "external_ref", "external_ref_bidx", "external_ref"},
};

const FieldColumn& columnOf(CustomerService::Field f)
{
    for (const FieldColumn& c : kFields) {
        if (c.field == f) {
            return c;
        }
    }
    return kFields[0];
}

// One fixed statement per field (no SQL assembled from input; the column names are ours).
QString rectifySql(CustomerService::Field f)
{
    switch (f) {
    case CustomerService::Field::FullName:
        return QStringLiteral("UPDATE customers SET full_name = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::Email:
        return QStringLiteral("UPDATE customers SET email = ?, email_bidx = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::Phone:
        return QStringLiteral("UPDATE customers SET phone = ?, phone_bidx = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::Address:
        return QStringLiteral("UPDATE customers SET address = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::BirthDate:
        return QStringLiteral("UPDATE customers SET birth_date = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::Notes:
        return QStringLiteral("UPDATE customers SET notes = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?");
    case CustomerService::Field::ExternalRef:
        return QStringLiteral("UPDATE customers SET external_ref = ?, external_ref_bidx = ?, updated_at = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?");
    }
    return {};
}

QVariant nullBlob()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 3);
    for (int i = 0; i < n; ++i) {
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    }
    return s;
}

const char* const kSummarySelect
    = "SELECT c.id, c.external_ref, c.full_name, c.email, c.phone, c.country, c.jurisdiction, c.status, c.objected, "
      "c.created_at, c.version, k.wrapped FROM customers c LEFT JOIN customer_keys k ON k.customer_id = c.id";

CustomerService::Summary summaryFrom(const QSqlQuery& q, const Vault& vault)
{
    CustomerService::Summary s;
    s.id = q.value(0).toString();
    s.country = q.value(5).toString();
    s.jurisdiction = q.value(6).toString();
    Customer::statusFromCode(q.value(7).toString(), &s.status);
    s.objected = q.value(8).toInt() != 0;
    s.created = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    s.version = q.value(10).toInt();
    if (q.value(11).isNull()) {
        s.unreadable = true; // crypto-shredded: an anonymised row, not a damaged one
        return s;
    }
    // A key or a field that fails authentication makes the whole row damaged: no field of it
    // is shown, so it can never pass for a customer with blank fields.
    auto damaged = [&s] {
        s.unreadable = true;
        s.damaged = true;
        s.externalRef.clear();
        s.fullName.clear();
        s.email.clear();
        s.phone.clear();
        return s;
    };
    auto key = vault.unwrapCustomerKey(s.id, q.value(11).toByteArray());
    if (!key) {
        return damaged();
    }
    static const char* const columns[] = {"external_ref", "full_name", "email", "phone"};
    QString* out[] = {&s.externalRef, &s.fullName, &s.email, &s.phone};
    for (int i = 0; i < 4; ++i) {
        if (q.value(1 + i).isNull()) {
            continue;
        }
        auto v = key->decryptField(q.value(1 + i).toByteArray(), kTable, QString::fromLatin1(columns[i]), s.id);
        if (!v) {
            return damaged();
        }
        *out[i] = *v;
    }
    return s;
}

} // namespace

CustomerService::CustomerService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

BlindIndex& CustomerService::blindIndex()
{
    if (!m_blind.isValid()) {
        m_blind = m_session->vault().blindIndex();
    }
    return m_blind;
}

QString CustomerService::workspaceJurisdiction()
{
    if (m_jurisdiction.isNull()) {
        auto j = m_session->workspace()->setting(WorkspaceSettings::jurisdiction(), QStringLiteral("UU_PDP"));
        m_jurisdiction = j ? *j : QStringLiteral("UU_PDP");
    }
    return m_jurisdiction;
}

QString CustomerService::regionOfJurisdiction(const QString& jurisdiction)
{
    if (jurisdiction == QLatin1String("UU_PDP")) {
        return QStringLiteral("ID");
    }
    if (jurisdiction == QLatin1String("CCPA")) {
        return QStringLiteral("US");
    }
    if (jurisdiction == QLatin1String("LGPD")) {
        return QStringLiteral("BR");
    }
    return {};
}

QString CustomerService::phoneRegion(const QString& country)
{
    const QString c = country.trimmed().toUpper();
    return c.isEmpty() ? regionOfJurisdiction(workspaceJurisdiction()) : c;
}

Status CustomerService::validateNew(const Customer& c)
{
    return validate(c, phoneRegion(c.country));
}

QString CustomerService::fieldCode(Field f)
{
    return QString::fromLatin1(columnOf(f).column);
}

QString CustomerService::fieldName(const QString& code)
{
    if (code == QLatin1String("full_name")) {
        return Tr::tr("name");
    }
    if (code == QLatin1String("email")) {
        return Tr::tr("email");
    }
    if (code == QLatin1String("phone")) {
        return Tr::tr("phone");
    }
    if (code == QLatin1String("address")) {
        return Tr::tr("address");
    }
    if (code == QLatin1String("birth_date")) {
        return Tr::tr("birth date");
    }
    if (code == QLatin1String("notes")) {
        return Tr::tr("notes");
    }
    if (code == QLatin1String("external_ref")) {
        return Tr::tr("customer reference");
    }
    if (code == QLatin1String("country")) {
        return Tr::tr("country");
    }
    if (code == QLatin1String("jurisdiction")) {
        return Tr::tr("jurisdiction");
    }
    if (code == QLatin1String("language")) {
        return Tr::tr("language");
    }
    if (code == QLatin1String("source")) {
        return Tr::tr("source", "where a customer's data came from");
    }
    if (code == QLatin1String("status")) {
        return Tr::tr("restriction");
    }
    if (code == QLatin1String("objected")) {
        return Tr::tr("objection");
    }
    return code;
}

QString CustomerService::normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString CustomerService::normalisePhone(const QString& phone, const QString& region)
{
    return PhoneNumbers::toE164(phone, region);
}

Status CustomerService::refuseUnsafeText(const Customer& c)
{
    using Lines = SafeText::Lines;
    struct Checked
    {
        const QString& value;
        const char* code;
        Lines lines;
    };
    const Checked fields[] = {
        {c.fullName, "full_name", Lines::Single},
        {c.email, "email", Lines::Single},
        {c.phone, "phone", Lines::Single},
        {c.externalRef, "external_ref", Lines::Single},
        {c.address, "address", Lines::Multi},
        {c.notes, "notes", Lines::Multi},
        {c.country, "country", Lines::Single},
        {c.jurisdiction, "jurisdiction", Lines::Single},
        {c.language, "language", Lines::Single},
        {c.source, "source", Lines::Single},
    };
    for (const Checked& f : fields) {
        const qsizetype at = SafeText::firstUnsafe(f.value, f.lines);
        if (at >= 0) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The %1 contains a control character (%2), which is not allowed. Remove it and "
                                "try again.")
                             .arg(fieldName(QString::fromLatin1(f.code)), SafeText::codePoint(f.value.at(at))));
        }
    }
    return {};
}

Status CustomerService::validate(const Customer& c, const QString& defaultRegion, QString* normalisedPhone)
{
    if (auto st = refuseUnsafeText(c); !st) {
        return st;
    }
    if (c.fullName.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A customer needs a name."));
    }
    if (c.fullName.size() > 300 || c.address.size() > 1000 || c.notes.size() > 10000 || c.email.size() > 320
        || c.phone.size() > 64 || c.externalRef.size() > 200) {
        return Error(ErrorCode::InvalidInput, Tr::tr("A field is too long."));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email.trimmed()).hasMatch()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The email address is not valid."));
    }
    if (!c.phone.trimmed().isEmpty()) {
        const QString region = c.country.trimmed().isEmpty() ? defaultRegion : c.country.trimmed().toUpper();
        const QString n = normalisePhone(c.phone, region);
        if (n.isEmpty()) {
            return Error(
                ErrorCode::InvalidInput,
                Tr::tr("The phone number is not valid (give it with its country code, e.g. +62 812 3456 7890)."));
        }
        if (normalisedPhone) {
            *normalisedPhone = n;
        }
    }
    if (c.jurisdiction.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose the customer's jurisdiction."));
    }
    return {};
}

Result<QString> CustomerService::create(const Customer& input)
{
    if (auto st = m_session->require(Permission::EditCustomers, kTable); !st) {
        return st.error();
    }
    QString phone;
    if (auto st = validate(input, phoneRegion(input.country), &phone); !st) {
        return st.error();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray wrapped;
    auto key = m_session->vault().newCustomerKey(id, &wrapped);
    if (!key) {
        return key.error();
    }
    // Encrypt every personal field under the new key, bound to this row and column.
    auto enc = [&](const QString& value, const char* column) -> Result<QVariant> {
        if (value.isEmpty()) {
            return nullBlob();
        }
        auto blob = key->encryptField(value, kTable, QString::fromLatin1(column), id);
        if (!blob) {
            return blob.error();
        }
        return QVariant(*blob);
    };
    auto bidx = [&](const QString& normalised, const char* kind) -> QVariant {
        return normalised.isEmpty() ? nullBlob()
                                    : QVariant(blindIndex().compute(QString::fromLatin1(kind), normalised));
    };
    const QString email = normaliseEmail(input.email);
    const QString ref = input.externalRef.trimmed();
    const QString birth = input.birthDate.isValid() ? input.birthDate.toString(Qt::ISODate) : QString();
    QVariantList values;
    for (const auto& [value, column] : {std::pair{ref, "external_ref"},
                                        std::pair{input.fullName.trimmed(), "full_name"},
                                        std::pair{email, "email"},
                                        std::pair{phone, "phone"},
                                        std::pair{input.address.trimmed(), "address"},
                                        std::pair{birth, "birth_date"},
                                        std::pair{input.notes, "notes"}}) {
        auto v = enc(value, column);
        if (!v) {
            return v.error();
        }
        values << *v;
    }
    const qint64 now = Clock::instance().nowMs();
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto ins = db.exec(QStringLiteral("INSERT INTO customers (id, external_ref, full_name, email, phone, address, "
                                      "birth_date, notes, external_ref_bidx, email_bidx, phone_bidx, country, "
                                      "jurisdiction, source, language, status, created_at, updated_at, "
                                      "last_activity_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
                       QVariantList{id} + values
                           + QVariantList{bidx(ref, "external_ref"),
                                          bidx(email, "email"),
                                          bidx(phone, "phone"),
                                          input.country.trimmed().toUpper(),
                                          input.jurisdiction.trimmed(),
                                          input.source.trimmed(),
                                          input.language.trimmed().toLower(),
                                          now,
                                          now,
                                          now});
    if (!ins) {
        if (ins.errorString().contains(QLatin1String("external_ref_bidx"))
            || ins.errorString().contains(QLatin1String("customers_external_ref"))) {
            return Error(ErrorCode::Conflict, Tr::tr("Another customer already has this customer reference."));
        }
        return ins.error();
    }
    auto keyIns
        = db.exec(QStringLiteral("INSERT INTO customer_keys (customer_id, wrapped, created_at) VALUES (?, ?, ?)"),
                  {id, wrapped, now});
    if (!keyIns) {
        return keyIns.error();
    }
    int filled = 0;
    for (const QVariant& v : values) {
        filled += v.isNull() ? 0 : 1;
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.create");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = id;
    rec.details = QStringLiteral("fields=%1").arg(filled);
    if (auto st = m_session->audit(rec); !st) {
        return st.error();
    }
    if (auto st = (*tx)->commit(); !st) {
        return st.error();
    }
    if (auto index = NameIndex::existing(m_session->workspace().get())) {
        index->upsert(id, input.fullName.trimmed());
    }
    return id;
}

Result<Customer> CustomerService::get(const QString& id)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable, id); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto q = db.exec(QStringLiteral("SELECT c.external_ref, c.full_name, c.email, c.phone, c.address, c.birth_date, "
                                    "c.notes, c.country, c.jurisdiction, c.source, c.status, c.objected, "
                                    "c.created_at, c.updated_at, c.version, k.wrapped, c.language FROM customers c "
                                    "LEFT JOIN customer_keys k ON k.customer_id = c.id WHERE c.id = ?"),
                     {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
    }
    Customer c;
    c.id = id;
    if (q->value(15).isNull()) {
        return Error(ErrorCode::NotFound, Tr::tr("This customer's data was erased."));
    }
    auto key = m_session->vault().unwrapCustomerKey(id, q->value(15).toByteArray());
    if (!key) {
        return key.error();
    }
    const char* columns[] = {"external_ref", "full_name", "email", "phone", "address", "birth_date", "notes"};
    QString plain[7];
    for (int i = 0; i < 7; ++i) {
        if (q->value(i).isNull()) {
            continue;
        }
        auto v = key->decryptField(q->value(i).toByteArray(), kTable, QString::fromLatin1(columns[i]), id);
        if (!v) {
            return v.error();
        }
        plain[i] = *v;
    }
    c.externalRef = plain[0];
    c.fullName = plain[1];
    c.email = plain[2];
    c.phone = plain[3];
    c.address = plain[4];
    c.birthDate = QDate::fromString(plain[5], Qt::ISODate);
    c.notes = plain[6];
    c.country = q->value(7).toString();
    c.jurisdiction = q->value(8).toString();
    c.source = q->value(9).toString();
    Customer::statusFromCode(q->value(10).toString(), &c.status);
    c.objected = q->value(11).toInt() != 0;
    c.created = QDateTime::fromMSecsSinceEpoch(q->value(12).toLongLong(), Qt::UTC);
    c.updated = QDateTime::fromMSecsSinceEpoch(q->value(13).toLongLong(), Qt::UTC);
    c.version = q->value(14).toInt();
    c.language = q->value(16).toString();
    return c;
}

Result<QList<CustomerService::Change>> CustomerService::changesSince(const QString& id, int version)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable, id); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QStringLiteral("SELECT field, actor, changed_at, version FROM customer_changes "
                                                 "WHERE customer_id = ? AND version > ? ORDER BY version, id"),
                                  {id, version});
    if (!q) {
        return q.error();
    }
    QList<Change> changes;
    while (q->next()) {
        Change c;
        c.field = q->value(0).toString();
        c.actor = q->value(1).toString();
        c.at = QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC);
        c.version = q->value(3).toInt();
        changes << c;
    }
    return changes;
}

Status CustomerService::recordChange(const QString& id, const QString& field, int version, qint64 requestId)
{
    auto ins = m_session->db().exec(
        QStringLiteral("INSERT INTO customer_changes (customer_id, field, version, actor_id, actor, changed_at, "
                       "request_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id,
         field,
         version,
         m_session->user().id,
         m_session->user().username,
         Clock::instance().nowMs(),
         requestId > 0 ? QVariant(requestId) : QVariant()});
    return ins ? Status() : Status(ins.error());
}

Error CustomerService::conflictError(const QString& id, int expectedVersion)
{
    QStringList what;
    if (auto changes = changesSince(id, expectedVersion)) {
        for (const Change& c : *changes) {
            what << Tr::tr("%1 (by %2, %3 UTC)")
                        .arg(fieldName(c.field), c.actor, c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
    QString message = Tr::tr("Someone else changed this customer since you opened the record. Nothing was overwritten: "
                             "reload the record to see the changes, then correct it again.");
    if (!what.isEmpty()) {
        message += QLatin1Char(' ') + Tr::tr("Changed since: %1.").arg(what.join(QStringLiteral(", ")));
    }
    return Error(ErrorCode::Conflict, message);
}

Status CustomerService::rectify(const QString& id,
                                Field field,
                                const QString& newValue,
                                const QString& reason,
                                int expectedVersion,
                                qint64 requestId)
{
    if (auto st = m_session->require(Permission::EditCustomers, kTable, id); !st) {
        return st;
    }
    if (reason.trimmed().size() < 5) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Say why the field is corrected (at least a few words)."));
    }
    QString value = newValue.trimmed();
    if (field == Field::Email) {
        value = normaliseEmail(value);
    } else if (field == Field::BirthDate && !value.isEmpty()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid()) {
            return Error(ErrorCode::InvalidInput, Tr::tr("Give the birth date as YYYY-MM-DD."));
        }
        value = d.toString(Qt::ISODate);
    }
    auto current = get(id);
    if (!current) {
        return current.error();
    }
    if (current->version != expectedVersion) {
        return conflictError(id, expectedVersion);
    }
    Customer probe = *current;
    switch (field) {
    case Field::FullName:
        probe.fullName = value;
        break;
    case Field::Email:
        probe.email = value;
        break;
    case Field::Phone:
        probe.phone = value;
        break;
    case Field::Address:
        probe.address = value;
        break;
    case Field::Notes:
        probe.notes = value;
        break;
    case Field::ExternalRef:
        probe.externalRef = value;
        break;
    case Field::BirthDate:
        break;
    }
    QString phone;
    if (auto st = validate(probe, phoneRegion(probe.country), &phone); !st) {
        return st;
    }
    if (field == Field::Phone) {
        value = phone;
    }
    const Database& db = m_session->db();
    auto wrapped = db.scalar(QStringLiteral("SELECT wrapped FROM customer_keys WHERE customer_id = ?"), {id});
    if (!wrapped) {
        return wrapped.error();
    }
    auto key = m_session->vault().unwrapCustomerKey(id, wrapped->toByteArray());
    if (!key) {
        return key.error();
    }
    const FieldColumn& col = columnOf(field);
    QVariantList values;
    if (value.isEmpty()) {
        values << nullBlob();
    } else {
        auto blob = key->encryptField(value, kTable, QString::fromLatin1(col.column), id);
        if (!blob) {
            return blob.error();
        }
        values << *blob;
    }
    if (col.bidxColumn) {
        values << (value.isEmpty() ? nullBlob()
                                   : QVariant(blindIndex().compute(QString::fromLatin1(col.bidxKind), value)));
    }
    values << Clock::instance().nowMs() << id << expectedVersion;
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd = db.exec(rectifySql(field), values);
    if (!upd) {
        if (upd.errorString().contains(QLatin1String("external_ref"))) {
            return Error(ErrorCode::Conflict, Tr::tr("Another customer already has this customer reference."));
        }
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return conflictError(id, expectedVersion);
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.rectify");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = id;
    rec.justification = reason.trimmed();
    rec.details = QStringLiteral("field=%1;version=%2").arg(fieldCode(field)).arg(expectedVersion + 1);
    if (requestId > 0) {
        rec.details += QStringLiteral(";request=%1").arg(requestId);
    }
    if (auto st = recordChange(id, fieldCode(field), expectedVersion + 1, requestId); !st) {
        return st;
    }
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    if (auto st = (*tx)->commit(); !st) {
        return st;
    }
    if (field == Field::FullName) {
        if (auto index = NameIndex::existing(m_session->workspace().get())) {
            index->upsert(id, value);
        }
    }
    return {};
}

Status CustomerService::setFlag(
    const QString& id, const char* action, const QString& sql, const QString& reason, int expectedVersion)
{
    AuditRecord rec;
    rec.objectType = kTable;
    rec.objectId = id;
    return m_session->change(Permission::EditCustomers, rec, [&](AuditRecord& r) -> Status {
        if (reason.trimmed().size() < 5) {
            return Error(ErrorCode::InvalidInput, Tr::tr("Say why (at least a few words)."));
        }
        const Database& db = m_session->db();
        auto upd = db.exec(sql, {Clock::instance().nowMs(), id, expectedVersion});
        if (!upd) {
            return upd.error();
        }
        if (upd->numRowsAffected() != 1) {
            auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = ?"), {id});
            if (exists && exists->toInt() == 0) {
                return Error(ErrorCode::NotFound, Tr::tr("There is no such customer."));
            }
            return conflictError(id, expectedVersion);
        }
        const QString changed = QLatin1String(action) == QLatin1String("customer.restrict")
            ? QStringLiteral("status")
            : QStringLiteral("objected");
        if (auto st = recordChange(id, changed, expectedVersion + 1, 0); !st) {
            return st;
        }
        r.action = QString::fromLatin1(action);
        r.objectType = QStringLiteral("customer");
        r.justification = reason.trimmed();
        r.details = QStringLiteral("field=%1;version=%2").arg(changed).arg(expectedVersion + 1);
        return {};
    });
}

Status CustomerService::setRestricted(const QString& id, bool restricted, const QString& reason, int expectedVersion)
{
    return setFlag(id,
                   "customer.restrict",
                   restricted ? QStringLiteral("UPDATE customers SET status = 'restricted', updated_at = ?, version = "
                                               "version + 1 WHERE id = ? AND version = ? AND status <> 'erased'")
                              : QStringLiteral("UPDATE customers SET status = 'active', updated_at = ?, version = "
                                               "version + 1 WHERE id = ? AND version = ? AND status <> 'erased'"),
                   reason,
                   expectedVersion);
}

Status CustomerService::setObjected(const QString& id, bool objected, const QString& reason, int expectedVersion)
{
    return setFlag(id,
                   "customer.object",
                   objected ? QStringLiteral("UPDATE customers SET objected = 1, updated_at = ?, version = version + 1 "
                                             "WHERE id = ? AND version = ?")
                            : QStringLiteral("UPDATE customers SET objected = 0, updated_at = ?, version = version + 1 "
                                             "WHERE id = ? AND version = ?"),
                   reason,
                   expectedVersion);
}

Result<QStringList> CustomerService::find(Lookup kind, const QString& value)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable); !st) {
        return st.error();
    }
    QString normalised;
    QString sql;
    const char* bidxKind = nullptr;
    switch (kind) {
    case Lookup::Email:
        normalised = normaliseEmail(value);
        sql = QStringLiteral("SELECT id FROM customers WHERE email_bidx = ? ORDER BY created_at, id");
        bidxKind = "email";
        break;
    case Lookup::Phone:
        normalised = normalisePhone(value, regionOfJurisdiction(workspaceJurisdiction()));
        sql = QStringLiteral("SELECT id FROM customers WHERE phone_bidx = ? ORDER BY created_at, id");
        bidxKind = "phone";
        break;
    case Lookup::ExternalRef:
        normalised = value.trimmed();
        sql = QStringLiteral("SELECT id FROM customers WHERE external_ref_bidx = ?");
        bidxKind = "external_ref";
        break;
    }
    if (normalised.isEmpty()) {
        return QStringList();
    }
    auto q = m_session->db().exec(sql, {blindIndex().compute(QString::fromLatin1(bidxKind), normalised)});
    if (!q) {
        return q.error();
    }
    QStringList ids;
    while (q->next()) {
        ids << q->value(0).toString();
    }
    return ids;
}

namespace {

// WHERE fragments are fixed text; only bound values vary. SQLite gets "+column" so that its
// planner walks customers_created in order instead of sorting a million rows by status.
void filterClauses(const Database& db,
                   const CustomerService::Filter& f,
                   qint64 latestMaterial,
                   QStringList* where,
                   QVariantList* values)
{
    const bool lite = !db.isPostgres();
    if (f.status) {
        *where << (lite ? QStringLiteral("+c.status = ?") : QStringLiteral("c.status = ?"));
        *values << Customer::statusCode(*f.status);
    }
    if (!f.jurisdiction.isEmpty()) {
        *where << (lite ? QStringLiteral("+c.jurisdiction = ?") : QStringLiteral("c.jurisdiction = ?"));
        *values << f.jurisdiction;
    }
    using CF = CustomerService::ConsentFilter;
    if (f.consent == CF::Any || (f.purposeId == 0 && f.consent != CF::NeedsReconsent)) {
        return;
    }
    const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM consent_state s WHERE s.customer_id = c.id");
    const QString purpose = f.purposeId ? QStringLiteral(" AND s.purpose_id = ?") : QString();
    if (f.purposeId) {
        values->append(f.purposeId);
    }
    switch (f.consent) {
    case CF::Granted:
        *where << exists + purpose + QStringLiteral(" AND s.granted = 1)");
        break;
    case CF::Current:
        *where << exists + purpose + QStringLiteral(" AND s.granted = 1 AND s.notice_version_id >= ?)");
        *values << latestMaterial;
        break;
    case CF::NeedsReconsent:
        *where << exists + purpose + QStringLiteral(" AND s.granted = 1 AND s.notice_version_id < ?)");
        *values << latestMaterial;
        break;
    case CF::Withdrawn:
        *where << exists + purpose + QStringLiteral(" AND s.granted = 0)");
        break;
    case CF::NoDecision:
        *where << QStringLiteral("NOT ") + exists + purpose + QStringLiteral(")");
        break;
    case CF::Any:
        break;
    }
}

} // namespace

Result<CustomerService::Page> CustomerService::list(const Filter& filter, const PageKey& after, int limit)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto latest = NoticeStore::latestMaterialInEffect(db, Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    QStringList where{QStringLiteral("(c.created_at > ? OR (c.created_at = ? AND c.id > ?))")};
    QVariantList values{after.createdMs, after.createdMs, after.id};
    filterClauses(db, filter, *latest, &where, &values);
    values << std::clamp(limit, 1, 1000) + 1;
    auto q = db.exec(QString::fromLatin1(kSummarySelect) + QStringLiteral(" WHERE ")
                         + where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY c.created_at, c.id LIMIT ?"),
                     values);
    if (!q) {
        return q.error();
    }
    Page page;
    const Vault vault = m_session->vault();
    while (q->next()) {
        if (page.rows.size() == std::clamp(limit, 1, 1000)) {
            const Summary& last = page.rows.last();
            page.next = PageKey{last.created.toMSecsSinceEpoch(), last.id};
            break;
        }
        page.rows << summaryFrom(*q, vault);
    }
    return page;
}

Result<qint64> CustomerService::count(const Filter& filter)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable); !st) {
        return st.error();
    }
    const Database& db = m_session->db();
    auto latest = NoticeStore::latestMaterialInEffect(db, Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    filterClauses(db, filter, *latest, &where, &values);
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM customers c WHERE ") + where.join(QStringLiteral(" AND ")),
                       values);
    if (!n) {
        return n.error();
    }
    return n->toLongLong();
}

Result<QList<CustomerService::Summary>> CustomerService::summaries(const QStringList& ids)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable); !st) {
        return st.error();
    }
    QHash<QString, Summary> found;
    const Vault vault = m_session->vault();
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QStringList chunk = ids.mid(at, 500);
        QVariantList values;
        for (const QString& id : chunk) {
            values << id;
        }
        auto q = m_session->db().exec(QString::fromLatin1(kSummarySelect) + QStringLiteral(" WHERE c.id IN (")
                                          + placeholders(static_cast<int>(chunk.size())) + QStringLiteral(")"),
                                      values);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            Summary s = summaryFrom(*q, vault);
            found.insert(s.id, s);
        }
    }
    QList<Summary> rows;
    rows.reserve(found.size());
    for (const QString& id : ids) {
        auto it = found.constFind(id);
        if (it != found.constEnd()) {
            rows << *it;
        }
    }
    return rows;
}

Result<CustomerService::SearchResult> CustomerService::search(const QString& text, const Filter& filter, int limit)
{
    if (auto st = m_session->require(Permission::ViewCustomers, kTable); !st) {
        return st.error();
    }
    SearchResult result;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return result;
    }
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[\\d\\s().\\-/]{6,}$"));
    QStringList candidates;
    if (t.contains(QLatin1Char('@'))) {
        result.kind = SearchResult::Kind::Email;
        auto ids = find(Lookup::Email, t);
        if (!ids) {
            return ids.error();
        }
        candidates = *ids;
    } else if (phoneLike.match(t).hasMatch()) {
        result.kind = SearchResult::Kind::Phone;
        auto ids = find(Lookup::Phone, t);
        if (!ids) {
            return ids.error();
        }
        candidates = *ids;
        if (candidates.isEmpty()) { // references can be all digits too
            auto ref = find(Lookup::ExternalRef, t);
            if (ref && !ref->isEmpty()) {
                result.kind = SearchResult::Kind::ExternalRef;
                candidates = *ref;
            }
        }
    } else {
        auto ref = find(Lookup::ExternalRef, t);
        if (!ref) {
            return ref.error();
        }
        if (!ref->isEmpty()) {
            result.kind = SearchResult::Kind::ExternalRef;
            candidates = *ref;
        } else {
            result.kind = SearchResult::Kind::Name;
            auto index = NameIndex::existing(m_session->workspace().get());
            result.indexReady = index && index->isReady();
            if (!result.indexReady) {
                return result;
            }
            // Unfiltered: the index alone answers. Filtered: all name matches are narrowed in SQL.
            const bool filtered
                = filter.status || !filter.jurisdiction.isEmpty() || filter.consent != ConsentFilter::Any;
            const NameIndex::SearchResult hits = index->search(t, filtered ? std::numeric_limits<int>::max() : limit);
            if (!filtered) {
                result.ids = hits.ids;
                result.total = hits.total;
                return result;
            }
            candidates = hits.ids;
        }
    }
    if (candidates.isEmpty()) {
        return result;
    }
    const Database& db = m_session->db();
    auto latest = NoticeStore::latestMaterialInEffect(db, Clock::instance().nowMs());
    if (!latest) {
        return latest.error();
    }
    QSet<QString> keep;
    for (qsizetype at = 0; at < candidates.size(); at += 500) {
        const QStringList chunk = candidates.mid(at, 500);
        QStringList where{QStringLiteral("c.id IN (") + placeholders(static_cast<int>(chunk.size()))
                          + QStringLiteral(")")};
        QVariantList values;
        for (const QString& id : chunk) {
            values << id;
        }
        filterClauses(db, filter, *latest, &where, &values);
        auto q = db.exec(QStringLiteral("SELECT c.id FROM customers c WHERE ") + where.join(QStringLiteral(" AND ")),
                         values);
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            keep.insert(q->value(0).toString());
        }
    }
    for (const QString& id : candidates) {
        if (keep.contains(id)) {
            ++result.total;
            if (result.ids.size() < limit) {
                result.ids << id;
            }
        }
    }
    return result;
}
