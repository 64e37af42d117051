#pragma once

#include "core/Result.h"
#include "core/crypto/Kdf.h"
#include "core/domain/Customer.h"
#include "core/services/Authenticator.h"

#include <QList>

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

    /// Creates the demo workspace at @p location (which must be new or empty).
    /// Returns the administrator's session and recovery key.
    static Result<WorkspaceSetupResult> create(const WorkspaceLocation& location, const KdfParams& kdf = {});

    /// True when the workspace was created as a demo.
    static bool isDemo(const Workspace& workspace);
};
