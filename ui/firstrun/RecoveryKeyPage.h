#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

/// First-run wizard, page 3: the recovery key, shown this once, a Print… button, and the
/// confirmation that it is stored somewhere safe (Finish waits for it).
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecoveryKeyPage(QWidget* parent = nullptr);

    void setRecoveryKey(const QString& key, const QString& workspaceName);
    bool isComplete() const override;

    QLabel* keyLabel() const { return m_key; }
    QPushButton* printButton() const { return m_print; }
    QCheckBox* storedCheck() const { return m_stored; }

public slots:
    /// Prints the key with a line saying what it is for (Printing).
    bool printKey();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_recoveryKey;
    QString m_workspaceName;
    QLabel* m_intro = nullptr;
    QLabel* m_key = nullptr;
    QPushButton* m_print = nullptr;
    QCheckBox* m_stored = nullptr;
};
