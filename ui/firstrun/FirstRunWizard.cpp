#include "ui/firstrun/FirstRunWizard.h"

#include "core/crypto/Kdf.h"
#include "core/session/Session.h"
#include "ui/firstrun/AdministratorPage.h"
#include "ui/firstrun/RecoveryKeyPage.h"
#include "ui/firstrun/WorkspaceNamePage.h"

#include <QEvent>

FirstRunWizard::FirstRunWizard(AuthWorker* worker, const KdfParams& kdf, QWidget* parent)
    : QWizard(parent)
    , m_workspacePage(new WorkspaceNamePage(this))
    , m_administratorPage(new AdministratorPage(worker, kdf, this))
    , m_recoveryKeyPage(new RecoveryKeyPage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(WorkspacePageId, m_workspacePage);
    setPage(AdministratorPageId, m_administratorPage);
    setPage(RecoveryKeyPageId, m_recoveryKeyPage);
    connect(this, &QWizard::accepted, this, [this] {
        if (m_session) {
            emit workspaceCreated(m_session);
        }
    });
    setMinimumSize(640, 480);
    retranslateUi();
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setUpDone(const std::shared_ptr<Session>& session, const QString& recoveryKey)
{
    m_session = session;
    m_recoveryKeyPage->setRecoveryKey(recoveryKey, m_workspacePage->workspaceName());
}

void FirstRunWizard::reject()
{
    // Once the workspace exists the key is on screen for the only time: no way out but
    // confirming it was stored.
    if (m_session) {
        return;
    }
    QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Set Up a New Workspace"));
    setButtonText(QWizard::CommitButton, tr("&Create Workspace"));
}
