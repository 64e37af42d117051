#pragma once

#include "core/Result.h"
#include "core/crypto/BlindIndex.h"
#include "core/domain/Customer.h"
#include "core/services/Session.h"

#include <QStringList>

/// Customers' personal data, written and read only through the vault: every personal
/// field is an AES-256/GCM blob under the customer's own data key, bound to its table,
/// column and row; email, phone and external reference also get a blind index for exact
/// lookup. Permission checks and audit entries happen here.
class CustomerService
{
public:
    /// The personal fields a rectification may change.
    enum class Field { FullName, Email, Phone, Address, BirthDate, Notes, ExternalRef };
    /// Exact lookups through blind indexes.
    enum class Lookup { Email, Phone, ExternalRef };

    explicit CustomerService(std::shared_ptr<Session> session);

    /// Creates a customer (a new data key, encrypted fields, blind indexes). Returns its id.
    Result<QString> create(const Customer& input);
    /// Reads and decrypts one customer. A tampered or misplaced blob is refused, never garbage.
    Result<Customer> get(const QString& id);
    /// Changes one field; @p reason is required and audited, the old value is not kept.
    /// Refused with Conflict when the stored version is no longer @p expectedVersion.
    Status rectify(const QString& id, Field field, const QString& newValue, const QString& reason,
                   int expectedVersion);
    /// Ids of customers whose field equals @p value exactly (after normalisation).
    Result<QStringList> find(Lookup kind, const QString& value);

    static QString normaliseEmail(const QString& email);
    /// Digits with a leading + (E.164 shape); a national number keeps its digits.
    static QString normalisePhone(const QString& phone);
    static QString fieldCode(Field f);

private:
    Status validate(const Customer& c) const;
    BlindIndex& blindIndex();

    std::shared_ptr<Session> m_session;
    BlindIndex m_blind;
};
