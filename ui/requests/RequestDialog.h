#pragma once

#include "core/requests/RequestService.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class AnswerLetterDialog;
class ErasurePanel;
class InlineMessage;
class PackagePreviewDialog;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class RectifyDialog;
class Session;

/// Requests > Open: one request's details and history, and the steps the workflow and the
/// user's permissions allow from here. A refusal of the service stays inline; after each
/// step the dialog reads the request again and emits changed().
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent = nullptr);

    /// Reads the request and its history again.
    void refresh();
    const RequestDetails& details() const { return m_details; }

    QLabel* detailsLabel() const { return m_detailsLabel; }
    QTableWidget* historyTable() const { return m_history; }
    QComboBox* methodCombo() const { return m_method; }
    QComboBox* reasonCombo() const { return m_reason; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* startVerificationButton() const { return m_startVerification; }
    QPushButton* recordVerificationButton() const { return m_recordVerification; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* extendButton() const { return m_extend; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QPushButton* completeButton() const { return m_complete; }
    InlineMessage* errorMessage() const { return m_error; }
    ErasurePanel* erasurePanel() const { return m_erasurePanel; }
    // Fulfilment (RequestDialogActions.cpp).
    QPushButton* packageButton() const { return m_package; }
    QPushButton* answerButton() const { return m_answer; }
    QPushButton* rectifyButton() const { return m_rectify; }
    /// The open fulfilment dialogs (null when none), for tests.
    PackagePreviewDialog* packageDialog() const;
    AnswerLetterDialog* answerDialog() const;
    RectifyDialog* rectifyDialog() const;

public slots:
    /// An approved access or portability request: the package preview, then release.
    void preparePackage();
    /// The answer letter in the customer's language.
    void showAnswer();
    /// A rectification request: the customer's Correct Field dialog, linked to this request.
    void rectifyRecord();

signals:
    /// A step succeeded: the queue should read the request again.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void run(const Status& status);
    void updateButtons();
    void fillDetails();
    void retranslateUi();
    // RequestDialogActions.cpp: the fulfilment row.
    QLayout* buildFulfilmentRow();
    void updateFulfilmentButtons();
    void retranslateFulfilment();
    QString customerLanguage() const;

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    RequestDetails m_details;
    QList<RequestHistoryItem> m_items;
    bool m_loaded = false;
    QLabel* m_detailsLabel = nullptr;
    QLabel* m_historyLabel = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_methodLabel = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_noteLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_startVerification = nullptr;
    QPushButton* m_recordVerification = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_complete = nullptr;
    QPushButton* m_close = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_package = nullptr;
    QPushButton* m_answer = nullptr;
    QPushButton* m_rectify = nullptr;
    QPointer<PackagePreviewDialog> m_packageDialog;
    QPointer<AnswerLetterDialog> m_answerDialog;
    QPointer<RectifyDialog> m_rectifyDialog;
    ErasurePanel* m_erasurePanel = nullptr;
};
