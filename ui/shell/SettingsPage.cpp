#include "ui/shell/SettingsPage.h"

#include "core/session/Workspace.h"
#include "ui/shell/LanguageSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : Page(parent)
    , m_interfaceGroup(new QGroupBox(this))
    , m_languageLabel(new QLabel(m_interfaceGroup))
    , m_languageCombo(new QComboBox(m_interfaceGroup))
    , m_languageHint(new QLabel(m_interfaceGroup))
    , m_workspaceGroup(new QGroupBox(this))
    , m_workspaceForm(new QFormLayout)
{
    setObjectName(QStringLiteral("settingsPage"));

    // Item data are the codes Translations::install() takes; "" is the system language.
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), QString());
    m_languageCombo->addItem(QString(), QStringLiteral("en"));
    m_languageCombo->addItem(QString(), QStringLiteral("id"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const int saved = m_languageCombo->findData(LanguageSettings::saved());
    m_languageCombo->setCurrentIndex(saved < 0 ? 0 : saved);
    m_languageLabel->setBuddy(m_languageCombo);
    m_languageHint->setWordWrap(true);
    m_languageHint->setTextFormat(Qt::PlainText);

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageCombo);
    languageRow->addStretch(1);
    auto* interfaceLayout = new QVBoxLayout(m_interfaceGroup);
    interfaceLayout->addLayout(languageRow);
    interfaceLayout->addWidget(m_languageHint);

    m_locationValue = valueLabel(m_workspaceGroup, "workspaceLocation");
    m_backendValue = valueLabel(m_workspaceGroup, "workspaceBackend");
    m_serverValue = valueLabel(m_workspaceGroup, "workspaceServer");
    m_schemaValue = valueLabel(m_workspaceGroup, "workspaceSchema");
    for (QLabel* value : {m_locationValue, m_backendValue, m_serverValue, m_schemaValue}) {
        m_workspaceForm->addRow(new QLabel(m_workspaceGroup), value);
    }
    m_workspaceGroup->setLayout(m_workspaceForm);

    contentLayout()->addWidget(m_interfaceGroup);
    contentLayout()->addWidget(m_workspaceGroup);
    contentLayout()->addStretch(1);

    connect(m_languageCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsPage::languageChosen);
    retranslateUi();
}

QString SettingsPage::title() const
{
    return tr("Settings", "page title");
}

void SettingsPage::setWorkspace(const std::shared_ptr<Workspace>& workspace)
{
    m_workspace = workspace;
    updateWorkspaceSummary();
}

void SettingsPage::retranslateUi()
{
    Page::retranslateUi();
    m_interfaceGroup->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->setItemText(0, tr("System default", "language"));
    // Language names stay in their own language so anyone can find theirs.
    m_languageCombo->setItemText(1, QStringLiteral("English"));
    m_languageCombo->setItemText(2, QStringLiteral("Bahasa Indonesia"));
    m_languageHint->setText(tr("The language changes at once and is kept for the next start."));

    m_workspaceGroup->setTitle(tr("Workspace"));
    const QString labels[] = {tr("Location:"), tr("Backend:"), tr("Database server:"), tr("Schema version:")};
    for (int row = 0; row < m_workspaceForm->rowCount(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_workspaceForm->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels[row]);
        }
    }
    updateWorkspaceSummary();
}

void SettingsPage::languageChosen(int index)
{
    LanguageSettings::apply(m_languageCombo->itemData(index).toString());
}

void SettingsPage::updateWorkspaceSummary()
{
    if (!m_workspace) {
        m_locationValue->setText(tr("No workspace is open."));
        m_backendValue->clear();
        m_serverValue->clear();
        m_schemaValue->clear();
        return;
    }
    const auto& db = m_workspace->database();
    m_locationValue->setText(m_workspace->location().displayName());
    m_backendValue->setText(db->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    m_serverValue->setText(db->serverVersion());
    m_schemaValue->setText(
        tr("%1 (this version of Amanah knows up to %2)").arg(db->schemaVersion()).arg(db->latestSchemaVersion()));
}
