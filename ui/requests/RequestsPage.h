#pragma once

#include "ui/requests/AssignDialog.h"
#include "ui/requests/RequestDialog.h"
#include "ui/requests/RequestIntakeDialog.h"
#include "ui/widgets/Page.h"

#include <QPointer>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RequestService;
class RequestsTableModel;

/// Data subject requests (HandleRequests): the queue sorted by due date with filters and
/// counts per state, New request…, Assign to me, Assign to… (anyone who handles requests)
/// and Open.
class RequestsPage : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(QWidget* parent = nullptr);

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;
    void clearSensitive() override;

    RequestsTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* jurisdictionCombo() const { return m_jurisdiction; }
    QCheckBox* overdueCheck() const { return m_overdue; }
    QLabel* countsLabel() const { return m_counts; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* assignButton() const { return m_assign; }
    QPushButton* assignToButton() const { return m_assignTo; }
    QPushButton* openButton() const { return m_open; }
    /// What the last intake said (due date, duplicate warning).
    InlineMessage* intakeMessage() const { return m_message; }
    /// The open dialogs (null when none), for tests.
    RequestIntakeDialog* intakeDialog() const { return m_intakeDialog; }
    RequestDialog* requestDialog() const { return m_requestDialog; }
    AssignDialog* assignDialog() const { return m_assignDialog; }

    /// The request of the current row (0: none).
    qint64 currentId() const;
    /// Selects the row of request @p id; false when it is not in the queue.
    bool selectRequest(qint64 id);

public slots:
    void newRequest();
    void assignToMe();
    /// Opens the Assign dialog for the current row.
    void assignTo();
    void openRequest();
    /// Reads the queue and the counts again, keeping the selection.
    void reload();

protected:
    /// Reads the queue again each time the page is shown (after unlocking too).
    void showEvent(QShowEvent* event) override;
    void retranslateUi() override;

private:
    void applyFilter();
    void updateCounts();
    void updateButtons();
    void fillCombos();

    std::shared_ptr<RequestService> m_service;
    RequestsTableModel* m_model = nullptr;
    QLabel* m_stateLabel = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_typeLabel = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_jurisdictionLabel = nullptr;
    QComboBox* m_jurisdiction = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_assignTo = nullptr;
    QPushButton* m_open = nullptr;
    InlineMessage* m_message = nullptr;
    QPointer<RequestIntakeDialog> m_intakeDialog;
    QPointer<RequestDialog> m_requestDialog;
    QPointer<AssignDialog> m_assignDialog;
};
