#pragma once

#include <QString>

/// Keys of the workspace's settings table (plain, non-personal configuration).
namespace WorkspaceSettings {
inline QString id()
{
    return QStringLiteral("workspace.id");
}
inline QString name()
{
    return QStringLiteral("workspace.name");
}
inline QString jurisdiction()
{
    return QStringLiteral("workspace.jurisdiction");
}
inline QString demo()
{
    return QStringLiteral("workspace.demo");
}
inline QString requireTwoFactor()
{
    return QStringLiteral("auth.require_2fa");
}
inline QString idleMinutes()
{
    return QStringLiteral("auth.idle_minutes");
}
constexpr int kDefaultIdleMinutes = 10;
// The controller's details (domain/Controller.h) printed on receipts, packages and notices.
inline QString controllerContact()
{
    return QStringLiteral("controller.contact");
}
inline QString controllerAddress()
{
    return QStringLiteral("controller.address");
}
inline QString controllerEmail()
{
    return QStringLiteral("controller.email");
}
inline QString controllerPhone()
{
    return QStringLiteral("controller.phone");
}
inline QString policyUrl()
{
    return QStringLiteral("privacy.policy_url");
}
} // namespace WorkspaceSettings
