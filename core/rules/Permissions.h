#pragma once

#include <QString>
#include <QStringList>

/// Staff roles (ARCHITECTURE.md §4). A user may hold several: a bit set.
enum class Role : int { Agent = 1, Officer = 2, Manager = 4, Admin = 8 };

/// What a service call may need. Checked in core services, never only in the UI.
enum class Permission {
    ViewCustomers, ///< view / search customers, view consent history
    EditCustomers, ///< create customer, rectify fields (with reason)
    RecordConsent, ///< record consent given or withdrawn
    HandleRequests, ///< log a request, verify identity, fulfil access / portability
    DecideRequests, ///< approve / reject / extend
    PrepareErasure, ///< prepare an erasure
    ApproveErasure, ///< approve and execute an erasure (a second person)
    ManagePolicy, ///< purposes, notice versions, recipients, retention rules
    RunRetention, ///< run the retention purge
    ViewAudit, ///< view and verify the audit trail
    ViewReports, ///< dashboards, compliance reports
    ManageUsers, ///< users, roles, workspace settings
};

/// The permission matrix and the names of roles.
class Permissions
{
public:
    static constexpr int kAllRoles = 15;

    /// Whether a user holding @p roles (a Role bit set) has @p permission.
    static bool allows(int roles, Permission permission);

    static QList<Role> allRoles() { return {Role::Agent, Role::Officer, Role::Manager, Role::Admin}; }
    static QList<Permission> allPermissions();

    /// Stable code for storage and audit ("agent", "officer", ...).
    static QString roleCode(Role r);
    /// Comma-separated codes of a bit set, e.g. "agent,officer".
    static QString roleCodes(int roles);
    /// Parses codes into a bit set; false on an unknown code.
    static bool rolesFromCodes(const QString& codes, int* out);
    /// The translated name of a role, for people.
    static QString roleName(Role r);
    /// Stable code of a permission, used in audit entries of denials.
    static QString permissionCode(Permission p);
};
