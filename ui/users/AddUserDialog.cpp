#include "ui/users/AddUserDialog.h"

#include "core/session/StaffService.h"
#include "ui/session/AuthWorker.h"
#include "ui/users/RoleChooser.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <atomic>

AddUserDialog::AddUserDialog(std::shared_ptr<Session> session, AuthWorker* worker, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_worker(worker)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_rolesLabel(new QLabel(this))
    , m_roles(new RoleChooser(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_displayName->setObjectName(QStringLiteral("newDisplayName"));
    m_password->setObjectName(QStringLiteral("oneTimePassword"));
    m_error->setObjectName(QStringLiteral("addUserError"));
    m_username->setMaxLength(32);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setText(StaffService::generateOneTimePassword());
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_note->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_copy);
    auto* form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_rolesLabel, m_roles);
    form->addRow(m_passwordLabel, passwordRow);
    form->addRow(QString(), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    connect(m_password, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    connect(m_roles, &RoleChooser::rolesChanged, this, &AddUserDialog::updateOk);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    retranslateUi();
    updateOk();
}

void AddUserDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_username->text().trimmed().isEmpty() && m_roles->roles() != 0
                     && !m_password->text().isEmpty());
}

void AddUserDialog::accept()
{
    if (m_busy || !m_worker) {
        return;
    }
    m_busy = true;
    m_error->clear();
    m_progress->setVisible(true);
    updateOk();
    auto createdId = std::make_shared<std::atomic<qint64>>(0);
    const QString username = m_username->text().trimmed();
    const QString displayName = m_displayName->text().trimmed();
    const QString password = m_password->text();
    const int roles = m_roles->roles();
    auto work = [=](const std::shared_ptr<Session>& s) -> Status {
        auto id = StaffService(s).add(username, displayName, roles, password);
        if (!id) {
            return id.error();
        }
        createdId->store(*id);
        return {};
    };
    whenReady(this, m_worker->withSession(m_session, work), [this, createdId](AuthOutcome out) {
        m_busy = false;
        m_progress->setVisible(false);
        updateOk();
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            return;
        }
        m_createdId = createdId->load();
        QDialog::accept();
    });
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add User"));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("2 to 32 characters: a-z, 0-9, dot, dash, underscore"));
    m_displayNameLabel->setText(tr("&Name:"));
    m_rolesLabel->setText(tr("Roles:"));
    m_passwordLabel->setText(tr("&One-time password:"));
    m_copy->setText(tr("Cop&y"));
    m_copy->setAccessibleName(tr("Copy the one-time password"));
    m_note->setText(tr("Give this password to the new user in person. They must replace it with their own at "
                       "their first sign-in."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
}
