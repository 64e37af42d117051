#include "ui/session/NewPasswordFields.h"

#include "core/rules/PasswordPolicy.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewPasswordFields::NewPasswordFields(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_passwordLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_feedback->setObjectName(QStringLiteral("passwordFeedback"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(PasswordPolicy::kMax);
        connect(edit, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    }
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_repeatLabel, m_repeat);
    m_form->addRow(QString(), m_feedback);
    retranslateUi();
}

void NewPasswordFields::setUsername(const QString& username)
{
    m_username = username;
    update();
}

void NewPasswordFields::setHasSecondFactor(bool on)
{
    m_hasSecondFactor = on;
    update();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::update()
{
    QString verdict;
    bool valid = false;
    if (m_password->text().isEmpty()) {
        verdict
            = tr("Use at least %n characters. A phrase of several words is easy to remember.",
                 nullptr,
                 m_hasSecondFactor ? PasswordPolicy::kMinWithSecondFactor : PasswordPolicy::kMinWithoutSecondFactor);
    } else if (auto st = PasswordPolicy::check(m_password->text(), m_hasSecondFactor, m_username); !st) {
        verdict = st.errorString();
    } else if (m_repeat->text() != m_password->text()) {
        verdict = m_repeat->text().isEmpty() ? tr("Type the password again to confirm it.")
                                             : tr("The two passwords differ.");
    } else {
        verdict = tr("This password can be used.");
        valid = true;
    }
    m_feedback->setText(verdict);
    m_feedback->setAccessibleName(verdict);
    m_feedback->setForegroundRole(valid ? QPalette::WindowText : QPalette::PlaceholderText);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void NewPasswordFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void NewPasswordFields::retranslateUi()
{
    m_passwordLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    m_password->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    update();
}
