#include "ui/session/AuthWorker.h"

#include "core/session/Session.h"
#include "core/session/Workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

AuthWorker::AuthWorker(std::shared_ptr<Workspace> workspace)
    : m_guiWorkspace(std::move(workspace))
{
    // One thread that never expires: the worker's connection and a pending sign-in belong
    // to it (a Qt SQL connection refuses to be used from another thread).
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

AuthWorker::~AuthWorker()
{
    // The connection must close on the thread that opened it.
    QtConcurrent::run(&m_pool, [this] {
        m_pending.reset();
        m_workspace.reset();
    }).waitForFinished();
    m_pool.waitForDone();
}

Status AuthWorker::ensureOpen()
{
    if (m_workspace) {
        return {};
    }
    auto opened = Workspace::open(m_guiWorkspace->location(), Database::OpenMode::MustExist);
    if (!opened) {
        return opened.error();
    }
    m_workspace = std::move(opened).value();
    return {};
}

std::shared_ptr<Session> AuthWorker::rebase(const std::shared_ptr<Session>& session,
                                            const std::shared_ptr<Workspace>& workspace) const
{
    auto copy = std::make_shared<Session>(workspace, session->vault(), session->user(), session->workspaceId());
    copy->setMustEnrolTwoFactor(session->mustEnrolTwoFactor());
    return copy;
}

AuthOutcome AuthWorker::finish(Result<std::shared_ptr<Session>> session)
{
    AuthOutcome out;
    if (!session) {
        out.error = session.error();
        return out;
    }
    out.user = (*session)->user();
    out.session = rebase(*session, m_guiWorkspace);
    return out;
}

QFuture<AuthOutcome> AuthWorker::checkPassword(const QString& username, const QString& password, bool openSession)
{
    return QtConcurrent::run(&m_pool, [this, username, password, openSession] {
        AuthOutcome out;
        m_pending.reset();
        if (auto st = ensureOpen(); !st) {
            out.error = st.error();
            return out;
        }
        auto pending = Authenticator(m_workspace).checkPassword(username, password);
        if (!pending) {
            out.error = pending.error();
            return out;
        }
        out.user = (*pending)->user();
        out.needsCode = (*pending)->needsCode();
        if (out.needsCode || !openSession) {
            m_pending = *pending;
            return out;
        }
        return finish((*pending)->complete());
    });
}

QFuture<AuthOutcome> AuthWorker::complete(const QString& code)
{
    return QtConcurrent::run(&m_pool, [this, code] {
        if (!m_pending) {
            AuthOutcome out;
            out.error = Error(ErrorCode::Authentication,
                              QCoreApplication::translate("AuthWorker", "Sign in with your password first."));
            return out;
        }
        AuthOutcome out = finish(m_pending->complete(code));
        if (out.ok()) {
            m_pending.reset();
        }
        return out;
    });
}

void AuthWorker::cancelPending()
{
    (void)QtConcurrent::run(&m_pool, [this] { m_pending.reset(); });
}

QFuture<AuthOutcome> AuthWorker::setUp(const WorkspaceSetupParams& params)
{
    return QtConcurrent::run(&m_pool, [this, params] {
        AuthOutcome out;
        if (auto st = ensureOpen(); !st) {
            out.error = st.error();
            return out;
        }
        auto setup = Authenticator(m_workspace).setUp(params);
        if (!setup) {
            out.error = setup.error();
            return out;
        }
        out = finish(setup->session);
        out.recoveryKey = setup->recoveryKey;
        return out;
    });
}

QFuture<AuthOutcome>
AuthWorker::recover(const QString& recoveryKey, const QString& username, const QString& newPassword)
{
    return QtConcurrent::run(&m_pool, [this, recoveryKey, username, newPassword] {
        AuthOutcome out;
        if (auto st = ensureOpen(); !st) {
            out.error = st.error();
            return out;
        }
        return finish(Authenticator(m_workspace).recover(recoveryKey, username, newPassword));
    });
}

QFuture<AuthOutcome> AuthWorker::withSession(const std::shared_ptr<Session>& session,
                                             std::function<Status(const std::shared_ptr<Session>&)> work)
{
    return QtConcurrent::run(&m_pool, [this, session, work = std::move(work)] {
        AuthOutcome out;
        if (auto st = ensureOpen(); !st) {
            out.error = st.error();
            return out;
        }
        auto local = rebase(session, m_workspace);
        if (auto st = work(local); !st) {
            out.error = st.error();
        }
        out.user = local->user();
        out.mustEnrolTwoFactor = local->mustEnrolTwoFactor();
        return out;
    });
}

void AuthWorker::adopt(const AuthOutcome& outcome, Session& session)
{
    if (outcome.user.id == session.user().id) {
        session.refreshUser(outcome.user);
        session.setMustEnrolTwoFactor(outcome.mustEnrolTwoFactor);
    }
}
