#pragma once

#include "core/common/Result.h"

#include <QDialog>

#include <functional>

class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for the reason of an audited change (restriction, objection) and runs it; the
/// service's refusal (e.g. a missing reason) stays in the dialog.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    using Action = std::function<Status(const QString& reason)>;

    ReasonDialog(const QString& title, const QString& text, Action action, QWidget* parent = nullptr);

    QLineEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Action m_action;
    QLabel* m_text = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
