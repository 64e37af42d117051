#include "ui/users/UsersPage.h"

#include "core/session/Session.h"
#include "core/session/StaffService.h"
#include "ui/session/AuthWorker.h"
#include "ui/users/AddUserDialog.h"
#include "ui/users/ControllerDialog.h"
#include "ui/users/RolesDialog.h"
#include "ui/users/UsersTableModel.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget* parent)
    : Page(parent)
    , m_model(new UsersTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_roles(new QPushButton(this))
    , m_disable(new QPushButton(this))
    , m_resetPassword(new QPushButton(this))
    , m_resetTwoFactor(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_error(new InlineMessage(this))
    , m_securityGroup(new QGroupBox(this))
    , m_requireTwoFactor(new QCheckBox(m_securityGroup))
    , m_idleLabel(new QLabel(m_securityGroup))
    , m_idleMinutes(new QSpinBox(m_securityGroup))
{
    setObjectName(QStringLiteral("usersPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_error->setObjectName(QStringLiteral("usersError"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_roles, m_disable, m_resetPassword, m_resetTwoFactor, m_remove}) {
        buttons->addWidget(b);
        b->setAutoDefault(false);
    }
    buttons->addStretch(1);

    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setKeyboardTracking(false);
    m_idleLabel->setBuddy(m_idleMinutes);
    auto* security = new QFormLayout(m_securityGroup);
    security->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    security->addRow(m_requireTwoFactor);
    security->addRow(m_idleLabel, m_idleMinutes);
    m_controller = new QPushButton(m_securityGroup);
    m_controller->setObjectName(QStringLiteral("controllerButton"));
    m_controller->setAutoDefault(false);
    security->addRow(m_controller);
    connect(m_controller, &QPushButton::clicked, this, &UsersPage::editController);

    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_securityGroup);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_roles, &QPushButton::clicked, this, &UsersPage::changeRoles);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_resetPassword, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_resetTwoFactor, &QPushButton::clicked, this, &UsersPage::resetTwoFactor);
    connect(m_remove, &QPushButton::clicked, this, &UsersPage::removeUser);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::changeRoles);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_requireTwoFactor, &QCheckBox::toggled, this, &UsersPage::applyRequireTwoFactor);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, &UsersPage::applyIdleMinutes);
    retranslateUi();
    updateButtons();
}

UsersPage::~UsersPage() = default;

QString UsersPage::title() const
{
    return tr("Users", "page title");
}

void UsersPage::setSession(const std::shared_ptr<Session>& session)
{
    Page::setSession(session);
    m_worker.reset();
    if (session && session->can(Permission::ManageUsers)) {
        m_worker = std::make_unique<AuthWorker>(session->workspace());
    }
    m_error->clear();
    reload();
}

void UsersPage::clearSensitive()
{
    // Dialogs of this page show staff details and one-time passwords.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        dialog->reject();
    }
}

void UsersPage::reload()
{
    if (!session() || !session()->can(Permission::ManageUsers)) {
        m_model->setUsers({});
        m_securityGroup->setVisible(false);
        return;
    }
    const User* current = selectedUser();
    const qint64 keep = current ? current->id : 0;
    auto users = StaffService(session()).list();
    if (!users) {
        report(users.errorString());
        return;
    }
    m_model->setUsers(*users);
    select(keep);
    loadSettings();
}

void UsersPage::loadSettings()
{
    StaffService staff(session());
    auto required = staff.requireTwoFactor();
    auto minutes = staff.idleMinutes();
    const QSignalBlocker blockCheck(m_requireTwoFactor);
    const QSignalBlocker blockSpin(m_idleMinutes);
    if (required) {
        m_requireTwoFactor->setChecked(*required);
    }
    if (minutes) {
        m_idleMinutes->setValue(*minutes);
    }
    m_securityGroup->setVisible(true);
}

const User* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->clearSelection();
    }
    updateButtons();
}

void UsersPage::updateButtons()
{
    const User* user = selectedUser();
    const bool canManage = session() && session()->can(Permission::ManageUsers);
    m_add->setEnabled(canManage);
    for (QPushButton* b : {m_roles, m_disable, m_resetPassword, m_resetTwoFactor, m_remove}) {
        b->setEnabled(canManage && user);
    }
    m_resetTwoFactor->setEnabled(canManage && user && user->totpEnrolled);
    m_disable->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

bool UsersPage::report(const QString& error)
{
    if (error.isEmpty()) {
        m_error->clear();
        return true;
    }
    m_error->showMessage(error);
    return false;
}

void UsersPage::addUser()
{
    if (!m_worker) {
        return;
    }
    auto* dialog = new AddUserDialog(session(), m_worker.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        select(dialog->createdUserId());
    });
    dialog->open();
}

void UsersPage::changeRoles()
{
    const User* user = selectedUser();
    if (!user) {
        return;
    }
    auto* dialog = new RolesDialog(session(), *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::toggleDisabled()
{
    const User* user = selectedUser();
    if (!user) {
        return;
    }
    report(StaffService(session()).setDisabled(user->id, !user->disabled, user->version).errorString());
    reload();
}

void UsersPage::resetPassword()
{
    const User* user = selectedUser();
    if (!user || !m_worker
        || MessageBox::question(
               this,
               tr("Reset Password"),
               tr("Give %1 a new one-time password? Their current password stops working.").arg(user->username))
            != QMessageBox::Yes) {
        return;
    }
    const qint64 id = user->id;
    const QString username = user->username;
    const QString password = StaffService::generateOneTimePassword();
    auto work = [id, password](const std::shared_ptr<Session>& s) {
        return StaffService(s).resetPassword(id, password);
    };
    m_resetPassword->setEnabled(false);
    whenReady(this, m_worker->withSession(session(), work), [this, username, password](AuthOutcome out) {
        reload();
        if (report(out.error.message)) {
            MessageBox::information(this,
                                    tr("Reset Password"),
                                    tr("The one-time password of %1 is:\n\n%2\n\nGive it to them in person; they "
                                       "must change it when they sign in.")
                                        .arg(username, password));
        }
    });
}

void UsersPage::resetTwoFactor()
{
    const User* user = selectedUser();
    if (!user
        || MessageBox::question(
               this,
               tr("Reset Two-Factor Sign-In"),
               tr("Turn off two-factor sign-in for %1, for example after a lost phone?").arg(user->username))
            != QMessageBox::Yes) {
        return;
    }
    report(StaffService(session()).resetTwoFactor(user->id).errorString());
    reload();
}

void UsersPage::removeUser()
{
    const User* user = selectedUser();
    if (!user
        || MessageBox::question(this,
                                tr("Remove User"),
                                tr("Remove the account %1 and its key? This cannot be undone; the audit trail keeps "
                                   "its history.")
                                    .arg(user->username))
            != QMessageBox::Yes) {
        return;
    }
    report(StaffService(session()).remove(user->id).errorString());
    reload();
}

void UsersPage::applyRequireTwoFactor(bool on)
{
    if (!session()) {
        return;
    }
    if (!report(StaffService(session()).setRequireTwoFactor(on).errorString())) {
        loadSettings();
    }
}

void UsersPage::applyIdleMinutes(int minutes)
{
    if (!session()) {
        return;
    }
    if (report(StaffService(session()).setIdleMinutes(minutes).errorString())) {
        emit idleMinutesChanged(minutes);
    } else {
        loadSettings();
    }
}

void UsersPage::retranslateUi()
{
    Page::retranslateUi();
    m_add->setText(tr("&Add User…"));
    m_roles->setText(tr("Change &Roles…"));
    m_resetPassword->setText(tr("Reset &Password…"));
    m_resetTwoFactor->setText(tr("Reset &Two-Factor"));
    m_remove->setText(tr("Re&move…"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_securityGroup->setTitle(tr("Workspace security"));
    m_requireTwoFactor->setText(tr("Require two-factor sign-in for every account"));
    m_idleLabel->setText(tr("&Lock after:"));
    m_idleMinutes->setSuffix(tr(" minutes idle"));
    m_controller->setText(tr("Controller &Details…"));
    m_controller->setToolTip(tr("The name and contact printed on privacy notices, records of processing and consent "
                                "receipts"));
    m_idleMinutes->setAccessibleName(tr("Minutes without use before the window locks"));
    m_model->retranslate();
    updateButtons();
}

void UsersPage::editController()
{
    auto* dialog = new ControllerDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
