#pragma once

#include "core/storage/WorkspaceLocation.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

/// File > Connect to PostgreSQL: a connection string, or host, port, database, user and
/// a masked password. Accepting checks the input with WorkspaceLocation::parse and shows
/// its error in the dialog; the caller opens location() afterwards.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ConnectionString, Fields };

    explicit ConnectDialog(QWidget* parent = nullptr);

    /// The location accepted last (valid after accepted()).
    const WorkspaceLocation& location() const { return m_location; }
    /// The error shown in the dialog, empty when none.
    QString errorText() const;

    void setMode(Mode mode);
    QLineEdit* connectionStringEdit() const { return m_connectionString; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString connectionText() const;
    void showError(const QString& message);

    WorkspaceLocation m_location;
    QLabel* m_intro = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_connectionStringLabel = nullptr;
    QLineEdit* m_connectionString = nullptr;
    QLabel* m_connectionStringHint = nullptr;
    QFormLayout* m_fieldsForm = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
