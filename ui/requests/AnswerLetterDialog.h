#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Session;

/// Request > Answer Letter…: the answer to the customer (RequestService::answer) in their
/// language — the decision, for a rejection the reason and the right to complain to the
/// authority — to copy into an email, save as a PDF or print.
class AnswerLetterDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p language: "en" or "id", the customer's (the user may switch).
    AnswerLetterDialog(std::shared_ptr<Session> session,
                       qint64 requestId,
                       const QString& language,
                       QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return m_language; }
    QPlainTextEdit* letterText() const { return m_text; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* savePdfButton() const { return m_savePdf; }
    QPushButton* printButton() const { return m_print; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    void copyToClipboard();
    void saveAsPdf();
    void print();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    QString title() const;
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_text = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_close = nullptr;
};
