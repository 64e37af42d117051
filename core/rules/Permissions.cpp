#include "core/rules/Permissions.h"

#include <QCoreApplication>

namespace {
constexpr int A = static_cast<int>(Role::Agent);
constexpr int O = static_cast<int>(Role::Officer);
constexpr int M = static_cast<int>(Role::Manager);
constexpr int D = static_cast<int>(Role::Admin);

// ARCHITECTURE.md §4, row by row: which roles grant each permission.
int grantingRoles(Permission p)
{
    switch (p) {
    case Permission::ViewCustomers:
    case Permission::EditCustomers:
    case Permission::RecordConsent:
    case Permission::HandleRequests:
    case Permission::PrepareErasure:
        return A | O;
    case Permission::DecideRequests:
    case Permission::ApproveErasure:
    case Permission::ManagePolicy:
    case Permission::RunRetention:
        return O;
    case Permission::ViewAudit:
        return O | M | D;
    case Permission::ViewReports:
        return O | M;
    case Permission::ManageUsers:
        return D;
    }
    return 0;
}
} // namespace

bool Permissions::allows(int roles, Permission permission)
{
    return (roles & grantingRoles(permission)) != 0;
}

QList<Permission> Permissions::allPermissions()
{
    return {Permission::ViewCustomers,
            Permission::EditCustomers,
            Permission::RecordConsent,
            Permission::HandleRequests,
            Permission::DecideRequests,
            Permission::PrepareErasure,
            Permission::ApproveErasure,
            Permission::ManagePolicy,
            Permission::RunRetention,
            Permission::ViewAudit,
            Permission::ViewReports,
            Permission::ManageUsers};
}

QString Permissions::roleCode(Role r)
{
    switch (r) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString Permissions::roleCodes(int roles)
{
    QStringList codes;
    for (Role r : allRoles()) {
        if (roles & static_cast<int>(r)) {
            codes << roleCode(r);
        }
    }
    return codes.join(QLatin1Char(','));
}

bool Permissions::rolesFromCodes(const QString& codes, int* out)
{
    int roles = 0;
    const QStringList parts = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString code = raw.trimmed().toLower();
        bool found = false;
        for (Role r : allRoles()) {
            if (roleCode(r) == code) {
                roles |= static_cast<int>(r);
                found = true;
            }
        }
        if (!found) {
            return false;
        }
    }
    *out = roles;
    return true;
}

QString Permissions::roleName(Role r)
{
    switch (r) {
    case Role::Agent:
        return QCoreApplication::translate("Permissions", "Customer service agent");
    case Role::Officer:
        return QCoreApplication::translate("Permissions", "Privacy officer");
    case Role::Manager:
        return QCoreApplication::translate("Permissions", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Permissions", "Administrator");
    }
    return {};
}

QString Permissions::permissionCode(Permission p)
{
    switch (p) {
    case Permission::ViewCustomers:
        return QStringLiteral("customers.view");
    case Permission::EditCustomers:
        return QStringLiteral("customers.edit");
    case Permission::RecordConsent:
        return QStringLiteral("consent.record");
    case Permission::HandleRequests:
        return QStringLiteral("requests.handle");
    case Permission::DecideRequests:
        return QStringLiteral("requests.decide");
    case Permission::PrepareErasure:
        return QStringLiteral("erasure.prepare");
    case Permission::ApproveErasure:
        return QStringLiteral("erasure.approve");
    case Permission::ManagePolicy:
        return QStringLiteral("policy.manage");
    case Permission::RunRetention:
        return QStringLiteral("retention.run");
    case Permission::ViewAudit:
        return QStringLiteral("audit.view");
    case Permission::ViewReports:
        return QStringLiteral("reports.view");
    case Permission::ManageUsers:
        return QStringLiteral("users.manage");
    }
    return {};
}
