#pragma once

#include "core/common/Result.h"
#include "core/domain/Recipient.h"
#include "core/session/Session.h"

#include <QList>

/// The register of recipients (GDPR Art. 30(1)(d)–(e); UU PDP Ps 31): processors and other
/// controllers that receive customers' data, with their country, the transfer safeguard for a
/// third country, the data categories they receive, the agreement date and a contact.
///
/// Officers (ManagePolicy) create and change recipients; a change takes the version the
/// caller read and fails with Conflict when it is stale. Staff who record disclosures or handle
/// requests (requests show the recipients to notify) and report readers may list them.
/// Every change is audited (recipient.create / recipient.update) in its transaction.
class RecipientService
{
public:
    explicit RecipientService(std::shared_ptr<Session> session);

    /// Adds a recipient; the name must be new. Returns its id.
    Result<qint64> create(const Recipient& recipient);
    /// Changes a recipient; Conflict when it changed since @p expectedVersion.
    Status update(const Recipient& recipient, int expectedVersion);
    /// Every recipient by name, each with the ids of the purposes that name it.
    Result<QList<Recipient>> list();
    Result<Recipient> get(qint64 id);

    /// Checks a recipient before it is stored: a name, a role, an ISO 3166 alpha-2 country
    /// and, for a country outside the rule set of @p jurisdiction, a transfer safeguard.
    static Status validate(const Recipient& recipient, const QString& jurisdiction);
    /// Parses a role code ("processor", "controller").
    static bool roleFromCode(const QString& code, Recipient::Role* out);

private:
    Status requireRead();
    QString jurisdiction() const;
    Result<QList<Recipient>> query(const QString& where, const QVariantList& values);

    std::shared_ptr<Session> m_session;
};
