#pragma once

#include <QWizard>

#include <memory>

class AdministratorPage;
class AuthWorker;
class RecoveryKeyPage;
class Session;
class WorkspaceNamePage;
struct KdfParams;

/// The first run of a workspace without keys: its name and default jurisdiction, the first
/// administrator, then the recovery key, shown once and confirmed as stored. Set-up
/// (Argon2id) runs on the AuthWorker when leaving the administrator page.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageIds { WorkspacePageId, AdministratorPageId, RecoveryKeyPageId };

    FirstRunWizard(AuthWorker* worker, const KdfParams& kdf, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    WorkspaceNamePage* workspacePage() const { return m_workspacePage; }
    AdministratorPage* administratorPage() const { return m_administratorPage; }
    RecoveryKeyPage* recoveryKeyPage() const { return m_recoveryKeyPage; }
    /// The administrator's session once set-up succeeded.
    const std::shared_ptr<Session>& session() const { return m_session; }

    /// Called by the administrator page when set-up has succeeded.
    void setUpDone(const std::shared_ptr<Session>& session, const QString& recoveryKey);

public slots:
    void reject() override;

signals:
    /// Finish was clicked: the administrator is signed in.
    void workspaceCreated(const std::shared_ptr<Session>& session);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    WorkspaceNamePage* m_workspacePage = nullptr;
    AdministratorPage* m_administratorPage = nullptr;
    RecoveryKeyPage* m_recoveryKeyPage = nullptr;
    std::shared_ptr<Session> m_session;
};
