#include "core/session/ControllerService.h"

#include "core/session/WorkspaceSettings.h"
#include "core/storage/SettingsStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ControllerService)
};

QList<QPair<QString, QString>> pairs(const Controller& c)
{
    return {{WorkspaceSettings::name(), c.name.trimmed()},
            {WorkspaceSettings::controllerContact(), c.contact.trimmed()},
            {WorkspaceSettings::controllerAddress(), c.address.trimmed()},
            {WorkspaceSettings::controllerEmail(), c.email.trimmed()},
            {WorkspaceSettings::controllerPhone(), c.phone.trimmed()},
            {WorkspaceSettings::policyUrl(), c.policyUrl.trimmed()}};
}
} // namespace

ControllerService::ControllerService(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{ }

Result<Controller> ControllerService::get()
{
    const bool reader = m_session->can(Permission::ManageUsers) || m_session->can(Permission::ManagePolicy)
        || m_session->can(Permission::ViewReports);
    if (!reader) {
        if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("setting")); !st) {
            return st.error();
        }
    }
    const Workspace& ws = *m_session->workspace();
    auto read = [&ws](const QString& key) {
        auto v = ws.setting(key);
        return v ? *v : QString();
    };
    Controller c;
    c.name = read(WorkspaceSettings::name());
    c.contact = read(WorkspaceSettings::controllerContact());
    c.address = read(WorkspaceSettings::controllerAddress());
    c.email = read(WorkspaceSettings::controllerEmail());
    c.phone = read(WorkspaceSettings::controllerPhone());
    c.policyUrl = read(WorkspaceSettings::policyUrl());
    return c;
}

Status ControllerService::set(const Controller& controller)
{
    if (auto st = m_session->require(Permission::ManageUsers, QStringLiteral("setting"), QStringLiteral("controller"));
        !st) {
        return st;
    }
    if (controller.name.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the controller's name (the shop or company)."));
    }
    for (const auto& kv : pairs(controller)) {
        if (kv.second.size() > 500) {
            return Error(ErrorCode::InvalidInput, Tr::tr("Each detail is at most 500 characters."));
        }
    }
    auto before = get();
    if (!before) {
        return before.error();
    }
    const auto old = pairs(*before);
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    int changed = 0;
    const auto now = pairs(controller);
    for (int i = 0; i < now.size(); ++i) {
        if (now.at(i).second == old.at(i).second) {
            continue;
        }
        ++changed;
        if (auto st = SettingsStore(db).put(now.at(i).first, now.at(i).second); !st) {
            return st;
        }
    }
    AuditRecord rec;
    rec.action = QStringLiteral("settings.change");
    rec.objectType = QStringLiteral("setting");
    rec.objectId = QStringLiteral("controller");
    rec.details = QStringLiteral("fields=%1").arg(changed);
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}
