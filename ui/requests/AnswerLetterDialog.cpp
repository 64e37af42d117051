#include "ui/requests/AnswerLetterDialog.h"

#include "core/requests/RequestService.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/Printing.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

AnswerLetterDialog::AnswerLetterDialog(std::shared_ptr<Session> session,
                                       qint64 requestId,
                                       const QString& language,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new InlineMessage(this))
    , m_copy(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("answerLetterDialog"));
    m_error->setObjectName(QStringLiteral("answerLetterError"));
    // Language names in their own language: the letter's language, not the UI's.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(language.startsWith(QLatin1String("id")) ? 1 : 0);
    m_languageLabel->setBuddy(m_language);
    m_text->setReadOnly(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_copy);
    bottom->addWidget(m_savePdf);
    bottom->addWidget(m_print);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_language, &QComboBox::currentIndexChanged, this, &AnswerLetterDialog::load);
    connect(m_copy, &QPushButton::clicked, this, &AnswerLetterDialog::copyToClipboard);
    connect(m_savePdf, &QPushButton::clicked, this, &AnswerLetterDialog::saveAsPdf);
    connect(m_print, &QPushButton::clicked, this, &AnswerLetterDialog::print);
    connect(m_close, &QPushButton::clicked, this, &AnswerLetterDialog::accept);
    retranslateUi();
    load();
    resize(620, 460);
}

void AnswerLetterDialog::load()
{
    auto letter = RequestService(m_session).answer(m_id, m_language->currentData().toString());
    const bool ok = letter.ok();
    m_text->setPlainText(ok ? *letter : QString());
    m_error->showMessage(ok ? QString() : letter.errorString());
    m_copy->setEnabled(ok);
    m_savePdf->setEnabled(ok);
    m_print->setEnabled(ok);
}

QString AnswerLetterDialog::title() const
{
    return m_language->currentData().toString() == QLatin1String("id")
        ? QStringLiteral("Jawaban atas permintaan %1").arg(m_id)
        : QStringLiteral("Answer to request %1").arg(m_id);
}

void AnswerLetterDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
    m_error->showMessage(tr("The letter is on the clipboard."), InlineMessage::Kind::Information);
}

void AnswerLetterDialog::saveAsPdf()
{
    const QString path
        = FileDialog::getSaveFileName(this,
                                      tr("Save Answer as PDF"),
                                      QDir::home().filePath(QStringLiteral("answer-request-%1.pdf").arg(m_id)),
                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QTextDocument document;
    document.setPlainText(m_text->toPlainText());
    if (!Printing::printToPdf(document, path, title())) {
        m_error->showMessage(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_error->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
}

void AnswerLetterDialog::print()
{
    QTextDocument document;
    document.setPlainText(m_text->toPlainText());
    if (!Printing::print(this, document, title())) {
        m_error->showMessage(tr("The letter was not printed."));
        return;
    }
    m_error->clear();
}

void AnswerLetterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AnswerLetterDialog::retranslateUi()
{
    setWindowTitle(tr("Answer Letter"));
    m_languageLabel->setText(tr("Customer's &language:"));
    m_copy->setText(tr("&Copy"));
    m_savePdf->setText(tr("&Save as PDF…"));
    m_print->setText(tr("&Print…"));
    m_close->setText(tr("C&lose"));
}
