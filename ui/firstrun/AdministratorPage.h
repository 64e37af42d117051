#pragma once

#include "core/crypto/Kdf.h"

#include <QWizardPage>

class AuthWorker;
class InlineMessage;
class NewPasswordFields;
class QLabel;
class QLineEdit;
class QProgressBar;

/// First-run wizard, page 2: the first administrator. Leaving it creates the workspace's
/// keys on the AuthWorker (Argon2id takes a moment) while a busy bar runs.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT
public:
    AdministratorPage(AuthWorker* worker, const KdfParams& kdf, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    bool isBusy() const { return m_busy; }

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    NewPasswordFields* passwordFields() const { return m_passwords; }
    InlineMessage* errorMessage() const { return m_error; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void startSetUp();
    void retranslateUi();

    AuthWorker* m_worker = nullptr;
    KdfParams m_kdf;
    bool m_busy = false;
    bool m_done = false;
    QLabel* m_usernameLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    NewPasswordFields* m_passwords = nullptr;
    InlineMessage* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};
