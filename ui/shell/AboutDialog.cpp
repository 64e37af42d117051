#include "ui/shell/AboutDialog.h"

#include "core/Version.h"
#include "core/crypto/Crypto.h"
#include "core/session/Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QLabel* versionLabel(QWidget* parent, const char* objectName, const QString& text = {})
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

AboutDialog::AboutDialog(const Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_versions(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    if (workspace) {
        auto info = workspace->info();
        if (info) {
            m_serverVersion = info->serverVersion;
        } else {
            m_serverError = info.errorString();
        }
    }

    m_heading->setObjectName(QStringLiteral("aboutHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextFormat(Qt::PlainText);
    m_description->setObjectName(QStringLiteral("aboutDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);

    // Versions are facts, not words: they stay as they are in every language.
    m_amanahVersion = versionLabel(this, "amanahVersion", QStringLiteral(AMANAH_VERSION));
    m_qtVersion = versionLabel(this, "qtVersion");
    m_botanVersion = versionLabel(this, "botanVersion", Crypto::botanVersion());
    m_databaseVersion = versionLabel(this, "databaseVersion");
    for (QLabel* value : {m_amanahVersion, m_qtVersion, m_botanVersion, m_databaseVersion}) {
        m_versions->addRow(new QLabel(this), value);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addLayout(m_versions);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    setMinimumWidth(480);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Amanah"));
    m_heading->setText(tr("Amanah %1").arg(QStringLiteral(AMANAH_VERSION)));
    m_description->setText(
        tr("Amanah helps an online shop's staff look after their customers' personal data with care: it "
           "records consent and its history, handles requests to access, correct or erase data within their "
           "legal deadlines, keeps every personal field encrypted at rest and keeps a tamper-evident audit "
           "trail of every change. \"Amanah\" means a trust to be kept."));
    m_qtVersion->setText(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    if (!m_serverError.isEmpty()) {
        m_databaseVersion->setText(m_serverError);
    } else if (m_serverVersion.isEmpty()) {
        m_databaseVersion->setText(tr("No workspace is open."));
    } else {
        m_databaseVersion->setText(m_serverVersion);
    }
    const QString labels[] = {tr("Amanah:"), tr("Qt:"), tr("Botan:"), tr("Database server:")};
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_versions->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels[row]);
        }
    }
    m_amanahVersion->setAccessibleName(tr("Amanah version"));
    m_qtVersion->setAccessibleName(tr("Qt version"));
    m_botanVersion->setAccessibleName(tr("Botan version"));
    m_databaseVersion->setAccessibleName(tr("Database server version"));
}
