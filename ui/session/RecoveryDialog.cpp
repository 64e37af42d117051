#include "ui/session/RecoveryDialog.h"

#include "ui/session/AuthWorker.h"
#include "ui/session/NewPasswordFields.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(AuthWorker* worker, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_keyLabel(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwords(new NewPasswordFields(this))
    , m_error(new InlineMessage(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    m_key->setObjectName(QStringLiteral("recoveryKey"));
    m_username->setObjectName(QStringLiteral("recoveryUsername"));
    m_intro->setWordWrap(true);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(QString(64, QLatin1Char('M'))));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_keyLabel->setBuddy(m_key);
    m_usernameLabel->setBuddy(m_username);
    m_form->addRow(m_keyLabel, m_key);
    m_form->addRow(m_usernameLabel, m_username);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &RecoveryDialog::updateOk);
    connect(m_username, &QLineEdit::textChanged, this, [this](const QString& name) {
        m_passwords->setUsername(name.trimmed().toLower());
        updateOk();
    });
    connect(m_passwords, &NewPasswordFields::validityChanged, this, &RecoveryDialog::updateOk);
    retranslateUi();
    updateOk();
}

void RecoveryDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_key->text().trimmed().isEmpty() && !m_username->text().trimmed().isEmpty()
                     && m_passwords->isValid());
}

void RecoveryDialog::accept()
{
    if (m_busy || !m_worker) {
        return;
    }
    m_busy = true;
    m_error->clear();
    m_progress->setVisible(true);
    updateOk();
    whenReady(
        this,
        m_worker->recover(m_key->text().trimmed(), m_username->text().trimmed().toLower(), m_passwords->password()),
        [this](AuthOutcome out) {
            m_busy = false;
            m_progress->setVisible(false);
            updateOk();
            if (!out.ok()) {
                m_error->showMessage(out.error.message);
                return;
            }
            emit recovered(out.session);
            QDialog::accept();
        });
}

void RecoveryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Recover the Administrator Password"));
    m_intro->setText(tr("Type the recovery key that was shown when this workspace was set up, the user name of an "
                        "administrator, and a new password for that administrator."));
    m_keyLabel->setText(tr("Recovery &key:"));
    m_usernameLabel->setText(tr("Administrator's &user name:"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setPlaceholderText(tr("ABCD-EFGH-…"));
    m_username->setAccessibleName(tr("Administrator's user name"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Recover"));
}
