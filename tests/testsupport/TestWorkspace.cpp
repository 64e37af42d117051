#include "testsupport/TestWorkspace.h"

#include "core/session/StaffService.h"
#include "core/storage/UserRepository.h"
#include "testsupport/TestBackend.h"

TestWorkspace::TestWorkspace()
{
    auto loc = TestBackend::freshLocation(m_dir.path());
    if (!loc) {
        m_error = loc.errorString();
        return;
    }
    auto ws = Workspace::open(*loc, Database::OpenMode::CreateIfMissing);
    if (!ws) {
        m_error = ws.errorString();
        return;
    }
    m_workspace = *ws;
    WorkspaceSetupParams p;
    p.name = QStringLiteral("Test shop");
    p.adminUsername = QStringLiteral("admin");
    p.adminDisplayName = QStringLiteral("Test administrator");
    p.adminPassword = adminPassword();
    p.kdf = fastKdf();
    auto setup = Authenticator(m_workspace).setUp(p);
    if (!setup) {
        m_error = setup.errorString();
        return;
    }
    m_admin = setup->session;
    m_recoveryKey = setup->recoveryKey;
}

TestWorkspace::~TestWorkspace()
{
    // A background checkpoint (after a bulk import) must not write into a removed folder.
    if (m_workspace) {
        m_workspace->database()->waitForCheckpoint();
    }
}

std::shared_ptr<Session> TestWorkspace::signInNewUser(const QString& username, int roles)
{
    StaffService staff(m_admin);
    auto id = staff.add(username, username, roles, staffPassword());
    if (!id) {
        m_error = id.errorString();
        return {};
    }
    if (!UserRepository(*m_workspace->database()).setMustChangePassword(*id, false, Clock::instance().nowMs())) {
        return {};
    }
    auto session = Authenticator(m_workspace).signIn(username, staffPassword());
    if (!session) {
        m_error = session.errorString();
        return {};
    }
    return *session;
}

void TestWorkspace::close()
{
    m_location = m_workspace ? m_workspace->location() : m_location;
    m_admin.reset();
    m_workspace.reset();
}

bool TestWorkspace::reopen()
{
    close();
    const WorkspaceLocation loc = m_location;
    auto ws = Workspace::open(loc, Database::OpenMode::MustExist);
    if (!ws) {
        m_error = ws.errorString();
        return false;
    }
    m_workspace = *ws;
    auto admin = Authenticator(m_workspace).signIn(QStringLiteral("admin"), adminPassword());
    if (!admin) {
        m_error = admin.errorString();
        return false;
    }
    m_admin = *admin;
    return true;
}
