#pragma once

#include "core/domain/Request.h"

#include <QGroupBox>

#include <memory>

class InlineMessage;
class QLabel;
class QPushButton;
class RecipientChecklistWidget;
class Session;

/// The erasure part of the request dialog: for an erasure request its state (prepared by,
/// approved by, executed), Prepare Erasure…, Confirm Erasure… and Certificate…; for erasure,
/// rectification and restriction requests the checklist of recipients to notify. Hidden for
/// other types. Emits changed() after a step that changed the request.
class ErasurePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ErasurePanel(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    /// Shows the panel for @p request (read again by the request dialog after each step).
    void setRequest(const Request& request);

    /// Opens the preparation (preview) dialog; modal.
    void openPrepare();
    /// Opens the confirmation dialog; modal.
    void openConfirm();
    /// Asks where to save the certificate and writes it.
    void saveCertificate();
    /// Shows the held records' content (officers only; audited by the service).
    void showHeld();
    /// Destroys this erasure's held records whose hold has ended.
    void destroyEndedHolds();
    /// Opens the workspace's legal hold rules (officers).
    void openLegalHolds();

    QLabel* statusLabel() const { return m_status; }
    QPushButton* prepareButton() const { return m_prepare; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* certificateButton() const { return m_certificate; }
    QLabel* holdsLabel() const { return m_holds; }
    QPushButton* showHeldButton() const { return m_showHeld; }
    QPushButton* destroyHeldButton() const { return m_destroyHeld; }
    QPushButton* legalHoldsButton() const { return m_legalHolds; }
    RecipientChecklistWidget* checklist() const { return m_checklist; }
    InlineMessage* errorMessage() const { return m_error; }

signals:
    void changed();

private:
    std::shared_ptr<Session> m_session;
    Request m_request;
    QLabel* m_status = nullptr;
    QPushButton* m_prepare = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_certificate = nullptr;
    QLabel* m_holds = nullptr;
    QPushButton* m_showHeld = nullptr;
    QPushButton* m_destroyHeld = nullptr;
    QPushButton* m_legalHolds = nullptr;
    QList<qint64> m_heldIds;
    QLabel* m_recipientsLabel = nullptr;
    RecipientChecklistWidget* m_checklist = nullptr;
    InlineMessage* m_error = nullptr;
};
