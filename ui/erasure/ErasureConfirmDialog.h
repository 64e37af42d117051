#pragma once

#include "core/erasure/ErasureService.h"

#include <QDialog>

#include <memory>

class ErasurePreviewView;
class InlineMessage;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Session;

/// Requests > Open > Confirm Erasure: the second officer reviews the prepared erasure, writes
/// why it is justified, types the customer reference again and erases. The service refuses the
/// preparer, a short justification and a mistyped reference; the refusal stays inline. When
/// the data was deleted but the log could not be emptied (another program reads the
/// workspace), the service's message stays inline, the dialog turns into "finish the erasure"
/// and the request stays approved until a later attempt succeeds.
class ErasureConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ErasureConfirmDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent = nullptr);

    ErasurePreviewView* view() const { return m_view; }
    QLabel* warningLabel() const { return m_warning; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPushButton* eraseButton() const { return m_erase; }
    InlineMessage* errorMessage() const { return m_error; }

private:
    void load();
    void erase();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    QLabel* m_intro = nullptr;
    ErasurePreviewView* m_view = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_justificationLabel = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QLabel* m_referenceLabel = nullptr;
    QLineEdit* m_reference = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_cancel = nullptr;
};
