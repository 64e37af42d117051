#pragma once

#include "ui/widgets/Page.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

/// Settings everyone may change: the interface language (applied at once and saved),
/// and a read-only summary of the open workspace.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setWorkspace(const std::shared_ptr<Workspace>& workspace) override;

    QComboBox* languageCombo() const { return m_languageCombo; }

protected:
    void retranslateUi() override;

private:
    void languageChosen(int index);
    void updateWorkspaceSummary();

    QGroupBox* m_interfaceGroup = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_languageHint = nullptr;

    QGroupBox* m_workspaceGroup = nullptr;
    QFormLayout* m_workspaceForm = nullptr;
    QLabel* m_locationValue = nullptr;
    QLabel* m_backendValue = nullptr;
    QLabel* m_serverValue = nullptr;
    QLabel* m_schemaValue = nullptr;

    std::shared_ptr<Workspace> m_workspace;
};
