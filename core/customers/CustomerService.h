#pragma once

#include "core/common/Result.h"
#include "core/crypto/BlindIndex.h"
#include "core/domain/Customer.h"
#include "core/session/Session.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

/// Consent filter of the Customers table (for Filter::purposeId).
enum class CustomerConsentFilter {
    Any, ///< no consent condition
    Granted, ///< latest event is a grant (stale or not)
    Current, ///< granted and not stale
    NeedsReconsent, ///< granted under a notice older than a material one in effect (purposeId 0: any purpose)
    Withdrawn, ///< latest event is a withdrawal
    NoDecision, ///< no event at all for the purpose
};

/// The Customers table's filters; empty members do not filter.
struct CustomerFilter
{
    std::optional<Customer::Status> status;
    QString jurisdiction;
    qint64 purposeId = 0;
    CustomerConsentFilter consent = CustomerConsentFilter::Any;
};

/// Where the next page starts: after this (created, id). Default: the first page.
struct CustomerPageKey
{
    qint64 createdMs = std::numeric_limits<qint64>::min();
    QString id;
};

/// Customers' personal data, written and read only through the vault: every personal
/// field is an AES-256/GCM blob under the customer's own data key, bound to its table,
/// column and row; email, phone and external reference also get a blind index for exact
/// lookup. Permission checks and audit entries happen here.
///
/// For the Customers table: list() pages server-side in creation order (keyset on
/// created_at, id) and decrypts only the rows it returns; search() resolves the one search
/// box (exact email / phone / reference, or any part of the name through the NameIndex).
class CustomerService
{
public:
    /// The personal fields a rectification may change.
    enum class Field { FullName, Email, Phone, Address, BirthDate, Notes, ExternalRef };
    /// Exact lookups through blind indexes.
    enum class Lookup { Email, Phone, ExternalRef };

    using ConsentFilter = CustomerConsentFilter;
    using Filter = CustomerFilter;

    /// One row of the Customers table: the decrypted display fields only.
    struct Summary
    {
        QString id;
        QString externalRef;
        QString fullName;
        QString email;
        QString phone;
        QString country;
        QString jurisdiction;
        Customer::Status status = Customer::Status::Active;
        bool objected = false;
        QDateTime created;
        int version = 0;
        bool unreadable = false; ///< no personal field can be shown: erased (no key) or damaged
        /// The data key or a field failed authentication: every personal field is left empty
        /// and the row must be shown as damaged (CustomersTableModel, `customer find`), never
        /// as a record with blank fields.
        bool damaged = false;
    };

    using PageKey = CustomerPageKey;

    struct Page
    {
        QList<Summary> rows;
        std::optional<PageKey> next; ///< empty on the last page
    };

    /// What the search box found.
    struct SearchResult
    {
        enum class Kind { Email, Phone, ExternalRef, Name };
        Kind kind = Kind::Name;
        QStringList ids; ///< in creation order, filtered, at most the limit
        qint64 total = 0; ///< matches before the limit (name search; after filtering)
        bool indexReady = true; ///< false: a name search ran before the name index was built
    };

    /// One change someone made to a customer, from the audit trail (field codes, no values).
    struct Change
    {
        QString field; ///< column code, e.g. "email"
        QString actor; ///< staff username
        QDateTime at;
        int version = 0; ///< the version the change produced
    };

    explicit CustomerService(std::shared_ptr<Session> session);

    /// Creates a customer (a new data key, encrypted fields, blind indexes). Returns its id.
    Result<QString> create(const Customer& input);
    /// Reads and decrypts one customer. A tampered or misplaced blob is refused, never garbage.
    Result<Customer> get(const QString& id);
    /// Changes one field; @p reason is required and audited, the old value is not kept.
    /// Refused with Conflict when the stored version is no longer @p expectedVersion; the
    /// message names the fields changed since, by whom and when (changesSince()).
    /// @p requestId links a rectification request: its id goes into the audit details
    /// ("request=N"), which RequestService::complete checks before completing it.
    Status rectify(const QString& id,
                   Field field,
                   const QString& newValue,
                   const QString& reason,
                   int expectedVersion,
                   qint64 requestId = 0);
    /// Restricts processing (Art. 18 / UU PDP Ps 41) or lifts it; reason audited.
    Status setRestricted(const QString& id, bool restricted, const QString& reason, int expectedVersion);
    /// Records an objection to processing (Art. 21) or lifts it; reason audited.
    Status setObjected(const QString& id, bool objected, const QString& reason, int expectedVersion);
    /// Changes made to @p id after @p version, oldest first.
    Result<QList<Change>> changesSince(const QString& id, int version);
    /// Ids of customers whose field equals @p value exactly (after normalisation).
    Result<QStringList> find(Lookup kind, const QString& value);

    /// A page of the Customers table in creation order, after @p after, at most @p limit rows.
    Result<Page> list(const Filter& filter, const PageKey& after = {}, int limit = 100);
    /// Rows matching @p filter (for the table's row count and the filter badges).
    Result<qint64> count(const Filter& filter);
    /// Decrypted rows for @p ids, in that order (unknown ids are left out).
    Result<QList<Summary>> summaries(const QStringList& ids);
    /// The search box: an email (has @), a phone (starts with + or is mostly digits), an external
    /// reference (exact), or else any part of the name through the workspace's NameIndex.
    /// Results are narrowed by @p filter and capped at @p limit.
    Result<SearchResult> search(const QString& text, const Filter& filter = {}, int limit = 5000);

    static QString normaliseEmail(const QString& email);
    /// E.164 ("+6281234567801") through libphonenumber; numbers without + are read in
    /// @p region (ISO 3166 alpha-2). Empty when the number cannot be read or is impossible.
    static QString normalisePhone(const QString& phone, const QString& region);
    /// The same with the region of the jurisdiction code (UU_PDP: ID, CCPA: US, LGPD: BR).
    static QString normalisePhone(const QString& phone) { return normalisePhone(phone, QStringLiteral("ID")); }
    /// The default phone region of a jurisdiction code (empty when none).
    static QString regionOfJurisdiction(const QString& jurisdiction);
    static QString fieldCode(Field f);
    /// The translated name of a field code (for conflict messages).
    static QString fieldName(const QString& code);
    /// Refuses control characters, bidi overrides and line separators (SafeText) in every
    /// text field; address and notes may hold TAB and line breaks. The message names the field.
    static Status refuseUnsafeText(const Customer& c);
    /// Checks a customer before it is stored (refuseUnsafeText() first); @p normalisedPhone
    /// receives the E.164 form.
    static Status validate(const Customer& c, const QString& defaultRegion, QString* normalisedPhone = nullptr);
    /// Checks a customer about to be created (as create() will) without writing anything:
    /// for forms that create the customer later, together with something else.
    Status validateNew(const Customer& c);

    /// The workspace's jurisdiction code (settings), e.g. "UU_PDP".
    QString workspaceJurisdiction();

private:
    /// The change history (customer_changes), inside the caller's transaction: which field,
    /// the version it produced, who, when, the request it answered (0: none). Never a value.
    Status recordChange(const QString& id, const QString& field, int version, qint64 requestId);
    Status
    setFlag(const QString& id, const char* action, const QString& sql, const QString& reason, int expectedVersion);
    Error conflictError(const QString& id, int expectedVersion);
    BlindIndex& blindIndex();
    QString phoneRegion(const QString& country);

    std::shared_ptr<Session> m_session;
    BlindIndex m_blind;
    QString m_jurisdiction;
};
