#pragma once

#include "core/thirdparties/RecipientNotificationService.h"

#include <QWidget>

#include <memory>

class InlineMessage;
class QPushButton;
class QTableWidget;
class Session;

/// The recipients to tell about an erasure, rectification or restriction (GDPR Art. 19):
/// one row per recipient with when and by whom it was notified and confirmed; unconfirmed
/// rows past their date show as overdue. Mark Notified / Mark Confirmed act on the selected row.
class RecipientChecklistWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientChecklistWidget(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    /// Shows the checklist of request @p requestId (0: nothing).
    void setRequest(qint64 requestId);
    void refresh();
    const QList<RecipientCheck>& checks() const { return m_checks; }

    QTableWidget* table() const { return m_table; }
    QPushButton* notifiedButton() const { return m_notified; }
    QPushButton* confirmedButton() const { return m_confirmed; }
    InlineMessage* errorMessage() const { return m_error; }

private:
    void mark(bool confirm);
    void updateButtons();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    QList<RecipientCheck> m_checks;
    QTableWidget* m_table = nullptr;
    QPushButton* m_notified = nullptr;
    QPushButton* m_confirmed = nullptr;
    InlineMessage* m_error = nullptr;
};
