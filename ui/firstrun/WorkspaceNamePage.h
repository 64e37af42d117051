#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

/// First-run wizard, page 1: the workspace's name and its default jurisdiction.
class WorkspaceNamePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WorkspaceNamePage(QWidget* parent = nullptr);

    bool isComplete() const override;
    QString workspaceName() const;
    /// The code of the chosen jurisdiction ("UU_PDP", "GDPR", "CCPA", "LGPD").
    QString jurisdiction() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* jurisdictionCombo() const { return m_jurisdiction; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_jurisdictionLabel = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QLabel* m_hint = nullptr;
};
