#pragma once

#include "core/common/Result.h"
#include "core/domain/Controller.h"
#include "core/session/Session.h"

/// The controller's identity and contact (workspace settings: the workspace name and the
/// controller.* keys the consent receipt, the access package, the record of processing and
/// the privacy notice print). Administrators change them (ManageUsers: workspace settings,
/// ARCHITECTURE.md §4); staff who produce those documents read them.
class ControllerService
{
public:
    explicit ControllerService(std::shared_ptr<Session> session);

    /// The stored details (empty strings where unset).
    Result<Controller> get();
    /// Stores every field in one transaction; the name must not be empty. Audited as
    /// settings.change with the number of fields changed (not their values).
    Status set(const Controller& controller);

private:
    std::shared_ptr<Session> m_session;
};
