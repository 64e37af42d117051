#include "ui/firstrun/RecoveryKeyPage.h"

#include "ui/widgets/Printing.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
// Five groups a line, so the key reads (and prints) in short, copyable rows.
QString keyLines(const QString& key)
{
    const QStringList groups = key.split(QRegularExpression(QStringLiteral("[-\\s]+")), Qt::SkipEmptyParts);
    QStringList lines;
    for (int i = 0; i < groups.size(); i += 5) {
        lines << groups.mid(i, 5).join(QLatin1Char('-'));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

RecoveryKeyPage::RecoveryKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_key(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_stored(new QCheckBox(this))
{
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_stored->setObjectName(QStringLiteral("storedCheck"));
    m_intro->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setTextFormat(Qt::PlainText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(16);
    m_key->setBackgroundRole(QPalette::Base);
    m_key->setAutoFillBackground(true);

    auto* printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(m_print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_key);
    layout->addLayout(printRow);
    layout->addSpacing(12);
    layout->addWidget(m_stored);
    layout->addStretch(1);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::printKey);
    connect(m_stored, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void RecoveryKeyPage::setRecoveryKey(const QString& key, const QString& workspaceName)
{
    m_recoveryKey = key;
    m_workspaceName = workspaceName;
    m_key->setText(keyLines(key));
    m_key->setAccessibleName(tr("Recovery key"));
}

bool RecoveryKeyPage::isComplete() const
{
    return m_stored->isChecked() && !m_recoveryKey.isEmpty();
}

bool RecoveryKeyPage::printKey()
{
    QTextDocument document;
    const QString html = QStringLiteral("<h2>%1</h2><p>%2</p><pre style=\"font-size:18pt\">%3</pre><p>%4</p>")
                             .arg(tr("Amanah recovery key").toHtmlEscaped(),
                                  tr("Workspace: %1").arg(m_workspaceName).toHtmlEscaped(),
                                  keyLines(m_recoveryKey).toHtmlEscaped(),
                                  tr("Keep this page somewhere safe, away from the computer. With it, a forgotten "
                                     "administrator password can be replaced; anyone who has it can open the "
                                     "workspace.")
                                      .toHtmlEscaped());
    document.setHtml(html);
    return Printing::print(this, document, tr("Amanah recovery key"));
}

void RecoveryKeyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void RecoveryKeyPage::retranslateUi()
{
    setTitle(tr("Recovery Key"));
    setSubTitle(tr("The workspace is ready. This key is shown only now."));
    m_intro->setText(tr("If every administrator forgets their password, this key is the only way back into the "
                        "workspace's data. Print it or write it down and keep it somewhere safe, away from this "
                        "computer. Anyone who has it can open the workspace."));
    m_print->setText(tr("&Print…"));
    m_stored->setText(tr("I have stored the recovery key somewhere safe"));
}
