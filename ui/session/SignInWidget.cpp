#include "ui/session/SignInWidget.h"

#include "core/demo/DemoWorkspace.h"
#include "core/session/Session.h"
#include "core/session/Workspace.h"
#include "core/session/WorkspaceSettings.h"
#include "ui/session/AuthWorker.h"
#include "ui/session/RecoveryDialog.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

SignInWidget::SignInWidget(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_workspaceLabel(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_progress(new QProgressBar(this))
    , m_signInButton(new QPushButton(this))
    , m_otherUserButton(new QPushButton(this))
    , m_setUpButton(new QPushButton(this))
    , m_forgotLink(new QLabel(this))
    , m_demoBox(new QGroupBox(this))
    , m_demoLayout(new QVBoxLayout(m_demoBox))
    , m_demoIntro(new QLabel(m_demoBox))
{
    setObjectName(QStringLiteral("signInWidget"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_code->setObjectName(QStringLiteral("code"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_otherUserButton->setObjectName(QStringLiteral("otherUserButton"));
    m_setUpButton->setObjectName(QStringLiteral("setUpButton"));
    m_forgotLink->setObjectName(QStringLiteral("forgotLink"));
    m_demoBox->setObjectName(QStringLiteral("demoAccounts"));
    m_workspaceLabel->setObjectName(QStringLiteral("signInWorkspace"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont nameFont = m_workspaceLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_workspaceLabel->setFont(nameFont);
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);

    m_password->setEchoMode(QLineEdit::Password);
    m_code->setMaxLength(7);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,3} ?[0-9]{0,3}")), m_code));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.3);
    m_code->setFont(codeFont);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_codeLabel->setBuddy(m_code);
    m_form->addRow(m_usernameLabel, m_username);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_codeLabel, m_code);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_signInButton->setDefault(true);
    m_signInButton->setAutoDefault(true);
    m_forgotLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_forgotLink->setOpenExternalLinks(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_forgotLink);
    buttons->addStretch(1);
    buttons->addWidget(m_otherUserButton);
    buttons->addWidget(m_setUpButton);
    buttons->addWidget(m_signInButton);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(520);
    card->setMinimumWidth(420);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(m_heading);
    cardLayout->addWidget(m_workspaceLabel);
    cardLayout->addWidget(m_intro);
    cardLayout->addLayout(m_form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_progress);
    cardLayout->addLayout(buttons);
    cardLayout->addWidget(m_demoBox);
    m_demoIntro->setWordWrap(true);
    m_demoLayout->addWidget(m_demoIntro);

    auto* outer = new QGridLayout(this);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    outer->addWidget(card, 1, 1);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInWidget::submit);
    connect(m_username, &QLineEdit::returnPressed, this, &SignInWidget::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInWidget::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &SignInWidget::submit);
    connect(m_otherUserButton, &QPushButton::clicked, this, &SignInWidget::signOutRequested);
    connect(m_setUpButton, &QPushButton::clicked, this, &SignInWidget::setUpRequested);
    connect(m_forgotLink, &QLabel::linkActivated, this, &SignInWidget::openRecovery);

    setBusy(false);
    retranslateUi();
    updateMode();
}

SignInWidget::~SignInWidget() = default;

QString SignInWidget::workspaceName() const
{
    if (!m_workspace) {
        return {};
    }
    auto name = m_workspace->setting(WorkspaceSettings::name());
    return name && !name->isEmpty() ? *name : m_workspace->location().displayName();
}

void SignInWidget::setWorkspace(const std::shared_ptr<Workspace>& workspace, AuthWorker* worker)
{
    m_workspace = workspace;
    m_worker = worker;
    m_busy = false;
    if (!workspace) {
        m_mode = Mode::NoWorkspace;
    } else {
        auto initialised = Authenticator(workspace).isInitialised();
        m_mode = initialised && *initialised ? Mode::SignIn : Mode::NotSetUp;
    }
    buildDemoBox();
    showCodeField(false);
    m_username->clear();
    m_password->clear();
    m_error->clear();
    setBusy(false);
    updateMode();
}

void SignInWidget::showSignIn()
{
    setWorkspace(m_workspace, m_worker);
}

void SignInWidget::showLocked(const User& user)
{
    if (m_worker) {
        m_worker->cancelPending();
    }
    m_mode = Mode::Locked;
    m_lockedUser = user;
    m_username->setText(user.username);
    m_password->clear();
    m_error->clear();
    showCodeField(false);
    updateMode();
    m_password->setFocus();
}

void SignInWidget::buildDemoBox()
{
    // Rebuilt per workspace: only a demo workspace may show its accounts.
    while (m_demoLayout->count() > 1) {
        QLayoutItem* item = m_demoLayout->takeAt(1);
        if (item->layout()) {
            while (QLayoutItem* child = item->layout()->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    const bool demo = m_workspace && DemoWorkspace::isDemo(*m_workspace);
    m_demoBox->setProperty("isDemo", demo);
    if (!demo) {
        return;
    }
    auto* grid = new QGridLayout;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const DemoWorkspace::Account& account : DemoWorkspace::accounts()) {
        auto* credentials = new QLabel(QStringLiteral("%1 / %2").arg(account.username, account.password), m_demoBox);
        credentials->setFont(mono);
        credentials->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* use = new QPushButton(m_demoBox);
        use->setObjectName(QStringLiteral("demo_") + account.username);
        use->setProperty("demoUser", account.username);
        use->setAutoDefault(false);
        connect(use, &QPushButton::clicked, this, [this, account] {
            if (m_mode == Mode::SignIn && !m_busy) {
                m_username->setText(account.username);
                m_password->setText(account.password);
                showCodeField(false);
                m_signInButton->setFocus();
            }
        });
        grid->addWidget(credentials, row, 0);
        grid->addWidget(use, row, 1);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    m_demoLayout->addLayout(grid);
    retranslateUi();
}

void SignInWidget::submit()
{
    if (m_busy || !m_worker || (m_mode != Mode::SignIn && m_mode != Mode::Locked)) {
        return; // no double submission
    }
    if (m_awaitingCode) {
        startCode();
    } else {
        startPassword();
    }
}

void SignInWidget::startPassword()
{
    const QString username = m_mode == Mode::Locked ? m_lockedUser.username : m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        m_error->showMessage(tr("Enter your user name and password."));
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    const bool locked = m_mode == Mode::Locked;
    whenReady(this, m_worker->checkPassword(username, m_password->text(), !locked), [this, locked](AuthOutcome out) {
        setBusy(false);
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        if (out.needsCode) {
            showCodeField(true);
            return;
        }
        m_password->clear();
        if (locked) {
            emit unlocked();
        } else {
            emit signedIn(out.session);
        }
    });
}

void SignInWidget::startCode()
{
    const QString code = m_code->text().remove(QLatin1Char(' '));
    if (code.size() != 6) {
        m_error->showMessage(tr("Enter the six-digit code from your authenticator app."));
        m_code->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    const bool locked = m_mode == Mode::Locked;
    whenReady(this, m_worker->complete(code), [this, locked](AuthOutcome out) {
        setBusy(false);
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            m_code->clear();
            m_code->setFocus();
            return;
        }
        m_password->clear();
        showCodeField(false);
        if (locked) {
            emit unlocked(); // the new session only proved the code; the old one continues
        } else {
            emit signedIn(out.session);
        }
    });
}

void SignInWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_signInButton->setEnabled(!busy);
    m_username->setReadOnly(busy || m_mode == Mode::Locked || m_awaitingCode);
    m_password->setReadOnly(busy || m_awaitingCode);
    m_code->setReadOnly(busy);
    m_demoBox->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void SignInWidget::showCodeField(bool show)
{
    m_awaitingCode = show;
    m_codeLabel->setVisible(show);
    m_code->setVisible(show);
    m_code->clear();
    m_password->setReadOnly(show);
    m_username->setReadOnly(show || m_mode == Mode::Locked);
    if (show) {
        m_code->setFocus();
    }
    retranslateUi();
}

void SignInWidget::openRecovery()
{
    if (!m_worker || m_busy) {
        return;
    }
    auto* dialog = new RecoveryDialog(m_worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoveryDialog::recovered, this, &SignInWidget::signedIn);
    dialog->open();
}

void SignInWidget::updateMode()
{
    const bool form = m_mode == Mode::SignIn || m_mode == Mode::Locked;
    for (QWidget* w : {static_cast<QWidget*>(m_usernameLabel),
                       static_cast<QWidget*>(m_username),
                       static_cast<QWidget*>(m_passwordLabel),
                       static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_signInButton)}) {
        w->setVisible(form);
    }
    m_username->setReadOnly(m_mode == Mode::Locked || m_awaitingCode);
    m_forgotLink->setVisible(m_mode == Mode::SignIn);
    m_otherUserButton->setVisible(m_mode == Mode::Locked);
    m_setUpButton->setVisible(m_mode == Mode::NotSetUp);
    m_demoBox->setVisible(m_mode == Mode::SignIn && m_demoBox->property("isDemo").toBool());
    m_workspaceLabel->setText(workspaceName());
    m_workspaceLabel->setVisible(m_workspace != nullptr);
    retranslateUi();
}

void SignInWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SignInWidget::retranslateUi()
{
    switch (m_mode) {
    case Mode::NoWorkspace:
        m_heading->setText(tr("No workspace is open"));
        m_intro->setText(tr("Open a workspace file or connect to a PostgreSQL workspace from the File menu."));
        break;
    case Mode::NotSetUp:
        m_heading->setText(tr("Set up this workspace"));
        m_intro->setText(tr("This workspace has no administrator and no keys yet. Set it up to start using it."));
        break;
    case Mode::SignIn:
        m_heading->setText(tr("Sign in"));
        m_intro->setText(m_awaitingCode ? tr("Enter the six-digit code that your authenticator app shows.")
                                        : tr("Sign in with your user name and password."));
        break;
    case Mode::Locked:
        m_heading->setText(tr("Locked"));
        m_intro->setText(m_awaitingCode ? tr("Enter the six-digit code that your authenticator app shows.")
                                        : tr("The window locked itself after a time without use. Enter the password "
                                             "of %1 to continue where you were.")
                                              .arg(m_lockedUser.displayName.isEmpty() ? m_lockedUser.username
                                                                                      : m_lockedUser.displayName));
        break;
    }
    m_heading->setAccessibleName(m_heading->text());
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_codeLabel->setText(tr("Six-digit &code:"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_code->setAccessibleName(tr("Six-digit code from your authenticator app"));
    m_code->setPlaceholderText(tr("123 456"));
    m_signInButton->setText(m_mode == Mode::Locked ? tr("&Unlock") : tr("&Sign In"));
    m_otherUserButton->setText(tr("Sign in as someone &else"));
    m_setUpButton->setText(tr("Set &Up Workspace…"));
    m_forgotLink->setText(QStringLiteral("<a href=\"#recover\">%1</a>").arg(tr("Forgot the administrator password?")));
    m_forgotLink->setAccessibleName(tr("Forgot the administrator password?"));
    m_progress->setAccessibleName(tr("Checking the password"));
    m_demoBox->setTitle(tr("Demo accounts"));
    m_demoIntro->setText(
        tr("This is a demo workspace with invented customers. Its accounts and passwords are public:"));
    for (auto* button : m_demoBox->findChildren<QPushButton*>()) {
        button->setText(tr("Use %1", "fill in a demo account").arg(button->property("demoUser").toString()));
    }
}
