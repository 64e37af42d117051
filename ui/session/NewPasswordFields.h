#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

/// A new password typed twice, with the password policy's verdict shown as the user types
/// (never blocking the typing). Callers enable their OK / Next button on validityChanged().
class NewPasswordFields : public QWidget
{
    Q_OBJECT
public:
    explicit NewPasswordFields(QWidget* parent = nullptr);

    /// The account the password is for (the policy refuses the user name itself).
    void setUsername(const QString& username);
    /// With a second factor the policy asks for fewer characters.
    void setHasSecondFactor(bool on);

    QString password() const;
    bool isValid() const { return m_valid; }
    void clear();

    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* feedbackLabel() const { return m_feedback; }

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void retranslateUi();

    QFormLayout* m_form = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_feedback = nullptr;
    QString m_username;
    bool m_hasSecondFactor = false;
    bool m_valid = false;
};
