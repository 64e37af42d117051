#include "ui/thirdparties/NoticeDraftDialog.h"

#include "core/common/Clock.h"
#include "core/consent/NoticeService.h"
#include "core/documents/DocumentRenderer.h"
#include "core/thirdparties/NoticeGenerator.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
const char* const kLanguages[2] = {"id", "en"};
}

NoticeDraftDialog::NoticeDraftDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_tabs(new QTabWidget(this))
    , m_label(new QLineEdit(this))
    , m_material(new QCheckBox(this))
    , m_saveHtml(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("noticeDraftDialog"));
    m_tabs->setObjectName(QStringLiteral("noticeTabs"));
    m_label->setObjectName(QStringLiteral("noticeLabel"));
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    for (int i = 0; i < 2; ++i) {
        m_preview[i] = new QTextBrowser(this);
        m_preview[i]->setObjectName(QStringLiteral("noticePreview_") + QString::fromLatin1(kLanguages[i]));
        m_preview[i]->setOpenLinks(false);
        m_tabs->addTab(m_preview[i], QString());
    }
    m_material->setChecked(true);
    m_labelCaption = new QLabel(this);
    m_labelCaption->setBuddy(m_label);
    auto* publishRow = new QHBoxLayout;
    publishRow->addWidget(m_labelCaption);
    publishRow->addWidget(m_label, 1);
    publishRow->addWidget(m_material);
    publishRow->addWidget(m_publish);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_saveHtml);
    bottom->addWidget(m_savePdf);
    bottom->addStretch();
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(publishRow);
    layout->addLayout(bottom);
    connect(m_saveHtml, &QPushButton::clicked, this, &NoticeDraftDialog::saveHtml);
    connect(m_savePdf, &QPushButton::clicked, this, &NoticeDraftDialog::savePdf);
    connect(m_publish, &QPushButton::clicked, this, &NoticeDraftDialog::publish);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_label->setText(Clock::instance().now().date().toString(QStringLiteral("yyyy-MM")) + QLatin1Char('-')
                         + currentLanguage());
    });
    retranslateUi();
    generate();
    m_label->setText(Clock::instance().now().date().toString(QStringLiteral("yyyy-MM")) + QLatin1Char('-')
                     + currentLanguage());
    resize(820, 640);
}

void NoticeDraftDialog::generate()
{
    for (int i = 0; i < 2; ++i) {
        auto html = NoticeGenerator::generate(m_session, QString::fromLatin1(kLanguages[i]));
        if (!html) {
            m_message->showMessage(html.errorString());
            m_publish->setEnabled(false);
            m_saveHtml->setEnabled(false);
            m_savePdf->setEnabled(false);
            return;
        }
        m_html[i] = *html;
        m_preview[i]->setHtml(m_html[i]);
    }
}

QString NoticeDraftDialog::currentLanguage() const
{
    return QString::fromLatin1(kLanguages[m_tabs->currentIndex() == 1 ? 1 : 0]);
}

QTextBrowser* NoticeDraftDialog::preview(const QString& language) const
{
    return m_preview[language == QLatin1String("en") ? 1 : 0];
}

QString NoticeDraftDialog::html(const QString& language) const
{
    return m_html[language == QLatin1String("en") ? 1 : 0];
}

void NoticeDraftDialog::saveHtml()
{
    const QString lang = currentLanguage();
    const QString path
        = FileDialog::getSaveFileName(this,
                                      tr("Save Privacy Notice (HTML)"),
                                      QDir::home().filePath(QStringLiteral("privacy-notice-%1.html").arg(lang)),
                                      tr("HTML files (*.html *.htm)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html(lang).toUtf8()) < 0 || !file.commit()) {
        m_message->showMessage(
            tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
}

void NoticeDraftDialog::savePdf()
{
    const QString lang = currentLanguage();
    const QString path
        = FileDialog::getSaveFileName(this,
                                      tr("Save Privacy Notice (PDF)"),
                                      QDir::home().filePath(QStringLiteral("privacy-notice-%1.pdf").arg(lang)),
                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = DocumentRenderer::htmlToPdf(html(lang), path, tr("Privacy notice")); !st) {
        m_message->showMessage(st.errorString());
        return;
    }
    m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), InlineMessage::Kind::Information);
}

void NoticeDraftDialog::publish()
{
    NoticeVersion n;
    n.label = m_label->text().trimmed();
    n.language = currentLanguage();
    n.body = html(n.language);
    n.material = m_material->isChecked();
    n.effective = Clock::instance().now();
    auto id = NoticeService(m_session).publish(n);
    if (!id) {
        m_message->showMessage(id.errorString());
        return;
    }
    m_publishedId = *id;
    m_message->showMessage(n.material ? tr("Published as notice version %1 (material: earlier grants need "
                                           "re-consent).")
                                            .arg(n.label)
                                      : tr("Published as notice version %1.").arg(n.label),
                           InlineMessage::Kind::Information);
    emit published();
}

void NoticeDraftDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void NoticeDraftDialog::retranslateUi()
{
    setWindowTitle(tr("Draft Privacy Notice"));
    m_tabs->setTabText(0, tr("Bahasa Indonesia"));
    m_tabs->setTabText(1, tr("English"));
    m_labelCaption->setText(tr("Version &label:"));
    m_material->setText(tr("&Material change"));
    m_material->setToolTip(tr("A material change makes grants given under older versions stale until the "
                              "customer consents again."));
    m_saveHtml->setText(tr("Save &HTML…"));
    m_savePdf->setText(tr("Save P&DF…"));
    m_publish->setText(tr("&Publish as New Notice Version"));
    m_close->setText(tr("Close"));
}
