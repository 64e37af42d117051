#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Session;

/// Consent > Notice versions > Publish…: label, language, text, effective date and whether
/// the change is material (then every grant under an older version becomes stale once it is
/// in effect). Published versions never change.
class PublishNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    PublishNoticeDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QLineEdit* labelEdit() const { return m_label; }
    QComboBox* languageCombo() const { return m_language; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QDateTimeEdit* effectiveEdit() const { return m_effective; }
    QCheckBox* materialCheck() const { return m_material; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    InlineMessage* errorMessage() const { return m_error; }
    qint64 publishedId() const { return m_publishedId; }
    bool publishedMaterial() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    qint64 m_publishedId = 0;
    QList<QLabel*> m_labels;
    QLineEdit* m_label = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDateTimeEdit* m_effective = nullptr;
    QCheckBox* m_material = nullptr;
    InlineMessage* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
