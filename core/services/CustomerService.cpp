#include "core/services/CustomerService.h"

#include "core/Clock.h"
#include "core/crypto/CustomerKey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CustomerService", text);
}

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

} // namespace

CustomerService::CustomerService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{
}

BlindIndex& CustomerService::blindIndex()
{
    if (!m_blind.isValid()) {
        m_blind = m_session->vault().blindIndex();
    }
    return m_blind;
}

QString CustomerService::fieldCode(Field f)
{
    return QString::fromLatin1(columnOf(f).column);
}

QString CustomerService::normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString CustomerService::normalisePhone(const QString& phone)
{
    QString digits;
    const QString t = phone.trimmed();
    for (int i = 0; i < t.size(); ++i) {
        if (t.at(i).isDigit()) {
            digits += t.at(i);
        }
    }
    if (t.startsWith(QLatin1Char('+'))) {
        return QLatin1Char('+') + digits;
    }
    if (t.startsWith(QLatin1String("00")) && digits.size() > 2) {
        return QLatin1Char('+') + digits.mid(2);
    }
    return digits;
}

Status CustomerService::validate(const Customer& c) const
{
    if (c.fullName.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("A customer needs a name."));
    }
    if (c.fullName.size() > 300 || c.address.size() > 1000 || c.notes.size() > 10000) {
        return Error(ErrorCode::InvalidInput, tr("A field is too long."));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email.trimmed()).hasMatch()) {
        return Error(ErrorCode::InvalidInput, tr("The email address is not valid."));
    }
    if (!c.phone.isEmpty()) {
        const QString n = normalisePhone(c.phone);
        if (n.count(QRegularExpression(QStringLiteral("\\d"))) < 6 || n.size() > 16) {
            return Error(ErrorCode::InvalidInput, tr("The phone number is not valid."));
        }
    }
    if (c.jurisdiction.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, tr("Choose the customer's jurisdiction."));
    }
    return {};
}

Result<QString> CustomerService::create(const Customer& input)
{
    if (auto st = m_session->require(Permission::EditCustomers, kTable); !st) {
        return st.error();
    }
    if (auto st = validate(input); !st) {
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
        return normalised.isEmpty() ? nullBlob() : QVariant(blindIndex().compute(QString::fromLatin1(kind), normalised));
    };
    const QString email = normaliseEmail(input.email);
    const QString phone = normalisePhone(input.phone);
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
                                      "jurisdiction, source, status, created_at, updated_at, last_activity_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
                       QVariantList{id} + values
                           + QVariantList{bidx(ref, "external_ref"),
                                          bidx(email, "email"),
                                          bidx(phone, "phone"),
                                          input.country.trimmed().toUpper(),
                                          input.jurisdiction.trimmed(),
                                          input.source.trimmed(),
                                          now,
                                          now,
                                          now});
    if (!ins) {
        if (ins.errorString().contains(QLatin1String("external_ref_bidx"))
            || ins.errorString().contains(QLatin1String("customers_external_ref"))) {
            return Error(ErrorCode::Conflict, tr("Another customer already has this customer reference."));
        }
        return ins.error();
    }
    auto keyIns = db.exec(QStringLiteral("INSERT INTO customer_keys (customer_id, wrapped, created_at) VALUES (?, ?, ?)"),
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
                                    "c.created_at, c.updated_at, c.version, k.wrapped FROM customers c "
                                    "LEFT JOIN customer_keys k ON k.customer_id = c.id WHERE c.id = ?"),
                     {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error(ErrorCode::NotFound, tr("There is no such customer."));
    }
    Customer c;
    c.id = id;
    if (q->value(15).isNull()) {
        return Error(ErrorCode::NotFound, tr("This customer's data was erased."));
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
    return c;
}

Status CustomerService::rectify(const QString& id, Field field, const QString& newValue, const QString& reason,
                                int expectedVersion)
{
    if (auto st = m_session->require(Permission::EditCustomers, kTable, id); !st) {
        return st;
    }
    if (reason.trimmed().size() < 5) {
        return Error(ErrorCode::InvalidInput, tr("Say why the field is corrected (at least a few words)."));
    }
    QString value = newValue.trimmed();
    if (field == Field::Email) {
        value = normaliseEmail(value);
    } else if (field == Field::Phone) {
        value = normalisePhone(value);
    } else if (field == Field::BirthDate && !value.isEmpty()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid()) {
            return Error(ErrorCode::InvalidInput, tr("Give the birth date as YYYY-MM-DD."));
        }
        value = d.toString(Qt::ISODate);
    }
    auto current = get(id);
    if (!current) {
        return current.error();
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
    default:
        break;
    }
    if (auto st = validate(probe); !st) {
        return st;
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
        values << (value.isEmpty() ? nullBlob() : QVariant(blindIndex().compute(QString::fromLatin1(col.bidxKind), value)));
    }
    values << Clock::instance().nowMs() << id << expectedVersion;
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto upd = db.exec(rectifySql(field), values);
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        return Error(ErrorCode::Conflict,
                     tr("Someone else changed this customer since you opened the record. Nothing was overwritten: "
                        "reload the record to see the changes, then correct it again."));
    }
    AuditRecord rec;
    rec.action = QStringLiteral("customer.rectify");
    rec.objectType = QStringLiteral("customer");
    rec.objectId = id;
    rec.justification = reason.trimmed();
    rec.details = QStringLiteral("field=") + fieldCode(field);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
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
        sql = QStringLiteral("SELECT id FROM customers WHERE email_bidx = ?");
        bidxKind = "email";
        break;
    case Lookup::Phone:
        normalised = normalisePhone(value);
        sql = QStringLiteral("SELECT id FROM customers WHERE phone_bidx = ?");
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
