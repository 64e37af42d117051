#include "ui/retention/RetentionRuleDialog.h"

#include "core/retention/RetentionService.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QList<RetentionRule::Trigger> kTriggers{RetentionRule::Trigger::LastActivity,
                                              RetentionRule::Trigger::ConsentWithdrawn,
                                              RetentionRule::Trigger::AccountClosed,
                                              RetentionRule::Trigger::HoldEnded};
const QList<RetentionRule::Action> kActions{RetentionRule::Action::Anonymise, RetentionRule::Action::Delete};
} // namespace

RetentionRuleDialog::RetentionRuleDialog(std::shared_ptr<Session> session,
                                         const RetentionRule& rule,
                                         const QList<QPair<qint64, QString>>& purposes,
                                         QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_rule(rule)
    , m_byCategory(new QRadioButton(this))
    , m_byPurpose(new QRadioButton(this))
    , m_category(new QLineEdit(rule.dataCategory, this))
    , m_purpose(new QComboBox(this))
    , m_period(new QSpinBox(this))
    , m_trigger(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_basis(new QLineEdit(rule.legalHoldBasis, this))
    , m_active(new QCheckBox(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("retentionRuleDialog"));
    m_category->setObjectName(QStringLiteral("retentionCategory"));
    m_period->setObjectName(QStringLiteral("retentionPeriod"));
    m_error->setObjectName(QStringLiteral("retentionRuleError"));
    for (const auto& p : purposes) {
        m_purpose->addItem(p.second, p.first);
    }
    m_byPurpose->setEnabled(!purposes.isEmpty());
    (rule.purposeId > 0 ? m_byPurpose : m_byCategory)->setChecked(true);
    m_purpose->setCurrentIndex(qMax(0, m_purpose->findData(rule.purposeId)));
    m_period->setRange(1, RetentionService::kMaxPeriodDays);
    m_period->setValue(qMax(1, rule.periodDays));
    for (auto t : kTriggers) {
        m_trigger->addItem(QString(), static_cast<int>(t));
    }
    m_trigger->setCurrentIndex(kTriggers.indexOf(rule.trigger));
    for (auto a : kActions) {
        m_action->addItem(QString(), static_cast<int>(a));
    }
    m_action->setCurrentIndex(kActions.indexOf(rule.action));
    m_active->setChecked(rule.active);
    m_active->setVisible(rule.id != 0); // new rules start active

    auto* scope = new QHBoxLayout;
    scope->addWidget(m_byCategory);
    scope->addWidget(m_category, 1);
    auto* purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_byPurpose);
    purposeRow->addWidget(m_purpose, 1);
    auto* form = new QFormLayout;
    auto addRow = [&](QLayout* l, QWidget* buddy) {
        auto* label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels << label;
        form->addRow(label, l);
    };
    auto addField = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(scope, m_category);
    form->addRow(QString(), purposeRow);
    addField(m_period);
    addField(m_trigger);
    addField(m_action);
    addField(m_basis);
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_byCategory, &QRadioButton::toggled, this, &RetentionRuleDialog::updateScope);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetentionRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetentionRuleDialog::reject);
    retranslateUi();
    updateScope();
    resize(560, sizeHint().height());
}

void RetentionRuleDialog::updateScope()
{
    m_category->setEnabled(m_byCategory->isChecked());
    m_purpose->setEnabled(m_byPurpose->isChecked());
}

void RetentionRuleDialog::accept()
{
    RetentionRule r = m_rule;
    const bool byPurpose = m_byPurpose->isChecked();
    r.dataCategory = byPurpose ? QString() : m_category->text().trimmed();
    r.purposeId = byPurpose ? m_purpose->currentData().toLongLong() : 0;
    r.periodDays = m_period->value();
    r.trigger = static_cast<RetentionRule::Trigger>(m_trigger->currentData().toInt());
    r.action = static_cast<RetentionRule::Action>(m_action->currentData().toInt());
    r.legalHoldBasis = m_basis->text().trimmed();
    r.active = m_active->isChecked();
    RetentionService service(m_session);
    if (r.id == 0) {
        auto id = service.create(r);
        if (!id) {
            m_error->showMessage(id.errorString());
            return;
        }
        m_rule.id = *id;
    } else if (auto st = service.update(r, m_rule.version); !st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void RetentionRuleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RetentionRuleDialog::retranslateUi()
{
    setWindowTitle(m_rule.id == 0 ? tr("New Retention Rule") : tr("Edit Retention Rule"));
    const QStringList labels{
        tr("Applies &to:"), tr("&Period (days):"), tr("Counted &from:"), tr("&Then:"), tr("Legal &basis:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_byCategory->setText(tr("Data &category"));
    m_byPurpose->setText(tr("P&urpose"));
    m_category->setPlaceholderText(tr("e.g. customer_record, or invoices for a legal hold"));
    m_basis->setPlaceholderText(tr("e.g. UU KUP Ps 28(11): 10 years (optional)"));
    for (int i = 0; i < kTriggers.size(); ++i) {
        m_trigger->setItemText(i, RetentionService::triggerName(kTriggers.at(i)));
    }
    for (int i = 0; i < kActions.size(); ++i) {
        m_action->setItemText(i, RetentionService::actionName(kActions.at(i)));
    }
    m_active->setText(tr("A&ctive"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_rule.id == 0 ? tr("&Create") : tr("&Save"));
}
