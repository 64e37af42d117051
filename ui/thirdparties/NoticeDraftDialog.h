#pragma once

#include <QDialog>

#include <memory>

class InlineMessage;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class Session;

/// Third parties > Draft Privacy Notice…: the notice NoticeGenerator builds from the data
/// inventory, in Bahasa Indonesia and English side by side (read-only), saved as HTML or PDF,
/// or published as a new notice version (NoticeService) in the language of the tab shown,
/// with its label and whether the change is material.
class NoticeDraftDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeDraftDialog(std::shared_ptr<Session> session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// The preview of "id" or "en".
    QTextBrowser* preview(const QString& language) const;
    /// The generated HTML of "id" or "en".
    QString html(const QString& language) const;
    QLineEdit* labelEdit() const { return m_label; }
    QCheckBox* materialCheck() const { return m_material; }
    QPushButton* saveHtmlButton() const { return m_saveHtml; }
    QPushButton* savePdfButton() const { return m_savePdf; }
    QPushButton* publishButton() const { return m_publish; }
    InlineMessage* message() const { return m_message; }
    /// The id of the version published from this dialog (0: none yet).
    qint64 publishedId() const { return m_publishedId; }
    /// The language of the tab shown: "id" or "en".
    QString currentLanguage() const;

public slots:
    void saveHtml();
    void savePdf();
    void publish();

signals:
    /// A notice version was published.
    void published();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void generate();

    std::shared_ptr<Session> m_session;
    QString m_html[2]; // id, en
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_preview[2] = {nullptr, nullptr};
    QLabel* m_labelCaption = nullptr;
    QLineEdit* m_label = nullptr;
    QCheckBox* m_material = nullptr;
    QPushButton* m_saveHtml = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_close = nullptr;
    InlineMessage* m_message = nullptr;
    qint64 m_publishedId = 0;
};
