#include "ui/firstrun/WorkspaceNamePage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

WorkspaceNamePage::WorkspaceNamePage(QWidget* parent)
    : QWizardPage(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_jurisdictionLabel(new QLabel(this))
    , m_jurisdiction(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("workspaceName"));
    m_jurisdiction->setObjectName(QStringLiteral("jurisdiction"));
    m_name->setMaxLength(100);
    for (const char* code : {"UU_PDP", "GDPR", "CCPA", "LGPD"}) {
        m_jurisdiction->addItem(QString(), QString::fromLatin1(code));
    }
    m_nameLabel->setBuddy(m_name);
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_jurisdictionLabel, m_jurisdiction);
    form->addRow(m_hint);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
}

bool WorkspaceNamePage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

QString WorkspaceNamePage::workspaceName() const
{
    return m_name->text().trimmed();
}

QString WorkspaceNamePage::jurisdiction() const
{
    return m_jurisdiction->currentData().toString();
}

void WorkspaceNamePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void WorkspaceNamePage::retranslateUi()
{
    setTitle(tr("Workspace"));
    setSubTitle(tr("Name the workspace and choose the law that applies to most of your customers."));
    m_nameLabel->setText(tr("Workspace &name:"));
    m_name->setPlaceholderText(tr("e.g. the name of your shop"));
    m_jurisdictionLabel->setText(tr("Default &jurisdiction:"));
    const QStringList names
        = {tr("UU PDP (Indonesia)"), tr("GDPR (European Union)"), tr("CCPA/CPRA (California)"), tr("LGPD (Brazil)")};
    for (int i = 0; i < names.size(); ++i) {
        m_jurisdiction->setItemText(i, names[i]);
    }
    m_hint->setText(tr("Each customer can still have their own jurisdiction; this is the one new customers get."));
}
