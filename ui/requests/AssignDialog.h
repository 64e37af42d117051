#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class Session;

/// Requests > Assign To…: chooses who handles a request among the staff who may
/// (RequestService::assignableStaff), or nobody. The service checks the choice; a refusal
/// (a stale version, a user who lost the role) stays inline.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p current: the present assignee (0: nobody); @p version: the request's, as read.
    AssignDialog(
        std::shared_ptr<Session> session, qint64 requestId, qint64 current, int version, QWidget* parent = nullptr);

    QComboBox* staffCombo() const { return m_staff; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    /// Selects @p userId in the list (0: nobody); false when the user is not in it.
    bool selectUser(qint64 userId);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    int m_version = 0;
    QLabel* m_label = nullptr;
    QComboBox* m_staff = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
