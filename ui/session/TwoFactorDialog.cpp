#include "ui/session/TwoFactorDialog.h"

#include "ui/session/AuthWorker.h"
#include "ui/widgets/FutureWatch.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/QrCode.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

TwoFactorDialog::TwoFactorDialog(std::shared_ptr<Session> session, AuthWorker* worker, bool forced, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_worker(worker)
    , m_forced(forced)
    , m_pages(new QStackedWidget(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("twoFactorDialog"));
    m_error->setObjectName(QStringLiteral("twoFactorError"));
    m_pages->addWidget(buildEnrolPage());
    m_pages->addWidget(buildEnrolledPage());
    if (!isEnrolled()) {
        m_enrolment = AccountService(m_session).beginTwoFactor();
        m_qr->setPixmap(QPixmap::fromImage(QrCode::render(m_enrolment.provisioningUri, 5)));
        m_secret->setText(groupedSecret(m_enrolment.secretText));
    }
    m_pages->setCurrentIndex(isEnrolled() ? 1 : 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TwoFactorDialog::reject);
    retranslateUi();
}

bool TwoFactorDialog::isEnrolled() const
{
    return m_session->user().totpEnrolled;
}

QString TwoFactorDialog::groupedSecret(const QString& base32)
{
    QStringList groups;
    for (int i = 0; i < base32.size(); i += 4) {
        groups << base32.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QWidget* TwoFactorDialog::buildEnrolPage()
{
    auto* page = new QWidget(this);
    m_enrolIntro = new QLabel(page);
    m_enrolIntro->setWordWrap(true);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_secretCaption = new QLabel(page);
    m_secretCaption->setWordWrap(true);
    m_secret = new QLabel(page);
    m_secret->setObjectName(QStringLiteral("secretText"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_secret->setFont(mono);
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setWordWrap(true);
    m_codeLabel = new QLabel(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("enrolCode"));
    m_code->setMaxLength(7);
    m_code->setFont(mono);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,3} ?[0-9]{0,3}")), m_code));
    m_codeLabel->setBuddy(m_code);
    m_confirm = new QPushButton(page);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, &TwoFactorDialog::confirmCode);
    connect(m_code, &QLineEdit::returnPressed, this, &TwoFactorDialog::confirmCode);

    auto* side = new QVBoxLayout;
    side->addWidget(m_enrolIntro);
    side->addWidget(m_secretCaption);
    side->addWidget(m_secret);
    side->addStretch(1);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_confirm);
    side->addLayout(codeRow);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_qr, 0, Qt::AlignTop);
    layout->addLayout(side, 1);
    return page;
}

QWidget* TwoFactorDialog::buildEnrolledPage()
{
    auto* page = new QWidget(this);
    m_enrolledIntro = new QLabel(page);
    m_enrolledIntro->setWordWrap(true);
    m_passwordLabel = new QLabel(page);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("turnOffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_turnOff = new QPushButton(page);
    m_turnOff->setObjectName(QStringLiteral("turnOffButton"));
    connect(m_turnOff, &QPushButton::clicked, this, &TwoFactorDialog::turnOff);
    auto* row = new QHBoxLayout;
    row->addWidget(m_passwordLabel);
    row->addWidget(m_password, 1);
    row->addWidget(m_turnOff);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enrolledIntro);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

void TwoFactorDialog::confirmCode()
{
    if (m_busy || isEnrolled()) {
        return;
    }
    // No Argon2 here: confirming is quick, so it runs on the GUI thread's session.
    const Status st = AccountService(m_session).confirmTwoFactor(m_enrolment, m_code->text().remove(QLatin1Char(' ')));
    if (!st) {
        m_error->showMessage(st.errorString());
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    accept();
}

void TwoFactorDialog::turnOff()
{
    if (m_busy || !m_worker || !isEnrolled()) {
        return;
    }
    m_busy = true;
    m_turnOff->setEnabled(false);
    m_error->clear();
    const QString password = m_password->text();
    auto work = [password](const std::shared_ptr<Session>& s) {
        return AccountService(s).disableTwoFactor(password);
    };
    whenReady(this, m_worker->withSession(m_session, work), [this](AuthOutcome out) {
        m_busy = false;
        m_turnOff->setEnabled(true);
        AuthWorker::adopt(out, *m_session);
        if (!out.ok()) {
            m_error->showMessage(out.error.message);
            return;
        }
        accept();
    });
}

void TwoFactorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void TwoFactorDialog::retranslateUi()
{
    setWindowTitle(tr("Two-Factor Sign-In"));
    m_enrolIntro->setText(
        (m_forced ? tr("This workspace requires two-factor sign-in for every account.") + QLatin1Char(' ') : QString())
        + tr("Scan the QR code with an authenticator app on your phone (for example Aegis, FreeOTP or Google "
             "Authenticator). From then on, signing in asks for the six-digit code the app shows."));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secretCaption->setText(tr("No camera? Type this key into the app instead:"));
    m_secret->setAccessibleName(tr("Secret key for your authenticator app"));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setAccessibleName(tr("Six-digit code from your authenticator app"));
    m_code->setPlaceholderText(tr("123 456"));
    m_confirm->setText(tr("C&onfirm"));
    m_enrolledIntro->setText(tr("Two-factor sign-in is on: signing in asks for the code from your authenticator app. "
                                "To turn it off, type your password."));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_turnOff->setText(tr("&Turn Off"));
    m_buttons->button(QDialogButtonBox::Close)->setText(m_forced ? tr("&Sign Out") : tr("&Close"));
}
