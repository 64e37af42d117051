#include "ui/session/ChangePasswordDialog.h"

#include "core/session/AccountService.h"
#include "ui/session/AuthWorker.h"
#include "ui/session/NewPasswordFields.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(std::shared_ptr<Session> session,
                                           AuthWorker* worker,
                                           bool forced,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_worker(worker)
    , m_forced(forced)
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new QLineEdit(this))
    , m_passwords(new NewPasswordFields(this))
    , m_error(new InlineMessage(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel->setBuddy(m_current);
    m_intro->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_passwords->setUsername(m_session->user().username);
    m_passwords->setHasSecondFactor(m_session->user().totpEnrolled);

    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateOk);
    connect(m_passwords, &NewPasswordFields::validityChanged, this, &ChangePasswordDialog::updateOk);
    retranslateUi();
    updateOk();
}

void ChangePasswordDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_current->text().isEmpty() && m_passwords->isValid());
}

void ChangePasswordDialog::accept()
{
    if (m_busy || !m_worker) {
        return;
    }
    m_busy = true;
    m_error->clear();
    m_progress->setVisible(true);
    updateOk();
    const QString current = m_current->text();
    const QString next = m_passwords->password();
    auto work = [current, next](const std::shared_ptr<Session>& s) {
        return AccountService(s).changePassword(current, next);
    };
    whenReady(this, m_worker->withSession(m_session, work), [this](AuthOutcome out) {
        m_busy = false;
        m_progress->setVisible(false);
        updateOk();
        AuthWorker::adopt(out, *m_session);
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            return;
        }
        QDialog::accept();
    });
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change Password"));
    m_intro->setText(m_forced ? tr("Your account has a one-time password. Choose your own password to continue.")
                              : tr("Type your current password, then the new one twice."));
    m_currentLabel->setText(m_forced ? tr("&One-time password:") : tr("&Current password:"));
    m_current->setAccessibleName(m_currentLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_forced ? tr("&Sign Out") : tr("Cancel"));
}
