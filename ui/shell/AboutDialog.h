#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class Workspace;

/// Help > About Amanah: what Amanah is for, and the versions of Amanah, Qt, Botan and
/// the database server of the open workspace (the details a bug report needs).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p workspace may be null when none is open.
    explicit AboutDialog(const Workspace* workspace, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_serverVersion;
    QString m_serverError;
    QLabel* m_heading = nullptr;
    QLabel* m_description = nullptr;
    QFormLayout* m_versions = nullptr;
    QLabel* m_amanahVersion = nullptr;
    QLabel* m_qtVersion = nullptr;
    QLabel* m_botanVersion = nullptr;
    QLabel* m_databaseVersion = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
