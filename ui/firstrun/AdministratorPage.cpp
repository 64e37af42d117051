#include "ui/firstrun/AdministratorPage.h"

#include "core/session/Authenticator.h"
#include "ui/firstrun/FirstRunWizard.h"
#include "ui/firstrun/WorkspaceNamePage.h"
#include "ui/session/AuthWorker.h"
#include "ui/session/NewPasswordFields.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

AdministratorPage::AdministratorPage(AuthWorker* worker, const KdfParams& kdf, QWidget* parent)
    : QWizardPage(parent)
    , m_worker(worker)
    , m_kdf(kdf)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_passwords(new NewPasswordFields(this))
    , m_error(new InlineMessage(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
{
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_displayName->setObjectName(QStringLiteral("adminDisplayName"));
    m_error->setObjectName(QStringLiteral("setUpError"));
    m_username->setMaxLength(32);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    setCommitPage(true);

    auto* form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);

    connect(m_username, &QLineEdit::textChanged, this, [this](const QString& name) {
        m_passwords->setUsername(name.trimmed().toLower());
        emit completeChanged();
    });
    connect(m_passwords, &NewPasswordFields::validityChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

bool AdministratorPage::isComplete() const
{
    return !m_busy && !m_username->text().trimmed().isEmpty() && m_passwords->isValid();
}

bool AdministratorPage::validatePage()
{
    if (m_done) {
        return true;
    }
    startSetUp();
    return false; // the wizard moves on when set-up has finished
}

void AdministratorPage::startSetUp()
{
    auto* wizard = qobject_cast<FirstRunWizard*>(this->wizard());
    if (m_busy || !wizard || !m_worker) {
        return;
    }
    WorkspaceSetupParams params;
    params.name = wizard->workspacePage()->workspaceName();
    params.jurisdiction = wizard->workspacePage()->jurisdiction();
    params.adminUsername = m_username->text().trimmed().toLower();
    params.adminDisplayName = m_displayName->text().trimmed();
    params.adminPassword = m_passwords->password();
    params.kdf = m_kdf;
    m_busy = true;
    m_error->clear();
    m_progress->setVisible(true);
    m_progressLabel->setVisible(true);
    setEnabled(false);
    emit completeChanged();
    whenReady(this, m_worker->setUp(params), [this, wizard](AuthOutcome out) {
        m_busy = false;
        m_progress->setVisible(false);
        m_progressLabel->setVisible(false);
        setEnabled(true);
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            emit completeChanged();
            return;
        }
        m_done = true;
        wizard->setUpDone(out.session, out.recoveryKey);
        wizard->next();
    });
}

void AdministratorPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslateUi()
{
    setTitle(tr("First Administrator"));
    setSubTitle(tr("The administrator adds the other staff accounts. Choose a long password: it protects every "
                   "customer's data."));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("e.g. admin"));
    m_displayNameLabel->setText(tr("&Full name:"));
    m_progressLabel->setText(tr("Creating the workspace's keys…"));
    m_progress->setAccessibleName(tr("Creating the workspace's keys"));
}
