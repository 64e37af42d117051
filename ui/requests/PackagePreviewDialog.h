#pragma once

#include "core/common/Result.h"
#include "core/domain/Request.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QPair>
#include <QStringList>

#include <atomic>
#include <memory>

class InlineMessage;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class Session;

/// Request > Prepare Package…: the answer to an approved access request (AccessPackage) or
/// portability request (PortabilityPackage) as the customer will receive it, for review
/// before release. Release asks for a folder and writes the files on a worker thread (its own
/// connection, like the importer): JSON and PDF in the customer's language for access, JSON
/// and CSV for portability. The service records the SHA-256 of each file in the audit trail
/// and completes the request in one transaction; a refusal (an unwritable folder) changes
/// nothing and stays inline. Cancel stops before the request is completed.
class PackagePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// One written file and its SHA-256 (lower-case hex).
    using WrittenFile = QPair<QString, QString>;

    PackagePreviewDialog(std::shared_ptr<Session> session, qint64 requestId, QWidget* parent = nullptr);
    ~PackagePreviewDialog() override;

    /// False when the package could not be built (the reason is in errorMessage()).
    bool isReady() const { return m_ready; }
    /// True from Release until the outcome is shown.
    bool isBusy() const { return m_busy; }
    /// The files of a successful release (empty before).
    const QList<WrittenFile>& writtenFiles() const { return m_written; }
    /// The customer's language the package is written in ("en" or "id").
    QString language() const { return m_language; }

    QLabel* introLabel() const { return m_intro; }
    QTextBrowser* previewBrowser() const { return m_preview; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QPlainTextEdit* resultText() const { return m_result; }
    InlineMessage* errorMessage() const { return m_error; }

public slots:
    /// Asks for a folder and starts the release.
    void release();
    void reject() override;

signals:
    /// The package was released and the request completed.
    void released();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome
    {
        Error error;
        QList<WrittenFile> files;
    };
    void build();
    void setBusy(bool busy);
    void workDone();
    void showResult();
    void retranslateUi();

    std::shared_ptr<Session> m_session;
    qint64 m_id = 0;
    Request::Type m_type = Request::Type::Access;
    QString m_language;
    bool m_ready = false;
    bool m_busy = false;
    QList<WrittenFile> m_written;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    QLabel* m_intro = nullptr;
    QTextBrowser* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPlainTextEdit* m_result = nullptr;
    InlineMessage* m_error = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};
