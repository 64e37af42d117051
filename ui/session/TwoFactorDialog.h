#pragma once

#include "core/session/AccountService.h"

#include <QDialog>

#include <memory>

class AuthWorker;
class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class Session;

/// Account > Two-Factor Sign-In…: without two-factor, a QR code and the secret in groups of
/// four for an authenticator app, confirmed with a code it shows; with it, Turn Off (which
/// needs the password). When the workspace requires two-factor it cannot be skipped (then
/// Cancel reads "Sign Out").
class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    TwoFactorDialog(std::shared_ptr<Session> session, AuthWorker* worker, bool forced, QWidget* parent = nullptr);

    const AccountService::TotpEnrolment& enrolment() const { return m_enrolment; }
    bool isEnrolled() const;
    QLabel* qrLabel() const { return m_qr; }
    QLabel* secretLabel() const { return m_secret; }
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* turnOffButton() const { return m_turnOff; }
    InlineMessage* errorMessage() const { return m_error; }

    /// The secret as typed into an app: groups of four characters.
    static QString groupedSecret(const QString& base32);

public slots:
    void confirmCode();
    void turnOff();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEnrolPage();
    QWidget* buildEnrolledPage();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    AuthWorker* m_worker = nullptr;
    bool m_forced = false;
    bool m_busy = false;
    AccountService::TotpEnrolment m_enrolment;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_enrolIntro = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_secretCaption = nullptr;
    QLabel* m_secret = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_enrolledIntro = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_turnOff = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
