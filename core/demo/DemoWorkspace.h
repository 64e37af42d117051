#pragma once

#include "core/common/Result.h"
#include "core/crypto/Kdf.h"
#include "core/domain/Customer.h"
#include "core/session/Authenticator.h"

#include <QList>

#include <functional>
#include <memory>

/// The demo workspace: one account per role, a few purposes and customers with realistic,
/// invented details (all stored encrypted like real ones). Only a demo workspace shows its
/// credentials on the sign-in screen.
class DemoWorkspace
{
public:
    struct Account
    {
        QString username;
        QString password;
        int roles;
    };

    /// The demo accounts and their passwords (public by design: demo only).
    static QList<Account> accounts();

    /// Names, emails and phones of the demo customers (tests check none reaches the disk in clear).
    static QList<Customer> customers();

    /// Creates the demo workspace at @p location (which must be new or empty) with the named
    /// customers() plus @p population generated ones. Returns the administrator's session and recovery key.
    static Result<WorkspaceSetupResult>
    create(const WorkspaceLocation& location, const KdfParams& kdf = {}, int population = 300);

    /// The demo purposes and privacy notice versions (an officer's session; skipped when present).
    static Status createPolicies(const std::shared_ptr<Session>& officer);
    /// Adds @p count generated customers (Indonesian and international names, several purposes,
    /// consent histories averaging five events, some under stale notices) through the same
    /// encryption as real ones; deterministic for a @p seed. Needs EditCustomers and RecordConsent.
    /// @p progress gets (done, count).
    static Status generate(const std::shared_ptr<Session>& session,
                           int count,
                           quint32 seed = 20260105,
                           const std::function<void(qint64, qint64)>& progress = {});

    /// True when the workspace was created as a demo.
    static bool isDemo(const Workspace& workspace);
};
