#pragma once

#include "core/erasure/ErasureService.h"

#include <QDialog>

#include <memory>

class ErasurePreviewView;
class InlineMessage;
class QLabel;
class QPushButton;
class Session;

/// Requests > Open > Prepare Erasure: the preview of everything the erasure destroys, keeps
/// under a legal hold and must tell recipients; Prepare records the user as the preparer. A
/// second officer then confirms (ErasureConfirmDialog).
class ErasurePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ErasurePreviewDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent = nullptr);

    ErasurePreviewView* view() const { return m_view; }
    QPushButton* prepareButton() const { return m_prepare; }
    InlineMessage* errorMessage() const { return m_error; }

private:
    void prepare();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    QLabel* m_intro = nullptr;
    ErasurePreviewView* m_view = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_prepare = nullptr;
    QPushButton* m_cancel = nullptr;
};
