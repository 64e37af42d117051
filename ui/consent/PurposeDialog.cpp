#include "ui/consent/PurposeDialog.h"

#include "core/consent/PurposeService.h"
#include "core/thirdparties/RecipientService.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PurposeDialog::PurposeDialog(std::shared_ptr<Session> session, const Purpose& purpose, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_purpose(purpose)
    , m_code(new QLineEdit(purpose.code, this))
    , m_name(new QLineEdit(purpose.name, this))
    , m_description(new QPlainTextEdit(purpose.description, this))
    , m_basis(new QComboBox(this))
    , m_categories(new QLineEdit(purpose.dataCategories.join(QStringLiteral(", ")), this))
    , m_retention(new QSpinBox(this))
    , m_category(new QLineEdit(purpose.category, this))
    , m_marketing(new QCheckBox(this))
    , m_active(new QCheckBox(this))
    , m_recipients(new QListWidget(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("purposeDialog"));
    m_code->setObjectName(QStringLiteral("purposeCode"));
    m_name->setObjectName(QStringLiteral("purposeName"));
    m_error->setObjectName(QStringLiteral("purposeError"));
    m_code->setReadOnly(purpose.id != 0); // codes are stable: audit entries and exports use them
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4);
    for (Purpose::LegalBasis b : DomainText::legalBases()) {
        m_basis->addItem(DomainText::legalBasis(b), static_cast<int>(b));
    }
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(purpose.legalBasis)));
    m_retention->setRange(0, 36500);
    m_retention->setValue(purpose.retentionDays);
    m_marketing->setChecked(purpose.marketing);
    m_active->setChecked(purpose.active);
    auto* form = new QFormLayout;
    m_recipients->setObjectName(QStringLiteral("purposeRecipients"));
    m_recipients->setFixedHeight(m_recipients->fontMetrics().height() * 5);
    loadRecipients();
    const QList<QWidget*> fields{
        m_code, m_name, m_description, m_basis, m_categories, m_retention, m_category, m_recipients};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    form->addRow(QString(), m_marketing);
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PurposeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PurposeDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

void PurposeDialog::accept()
{
    Purpose p = m_purpose;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.legalBasis = static_cast<Purpose::LegalBasis>(m_basis->currentData().toInt());
    p.dataCategories.clear();
    for (const QString& c : m_categories->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty()) {
            p.dataCategories << c.trimmed();
        }
    }
    p.retentionDays = m_retention->value();
    p.category = m_category->text().trimmed();
    p.marketing = m_marketing->isChecked();
    p.active = m_active->isChecked();
    p.recipientIds.clear();
    for (int i = 0; i < m_recipients->count(); ++i) {
        if (m_recipients->item(i)->checkState() == Qt::Checked) {
            p.recipientIds << m_recipients->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    PurposeService service(m_session);
    Status st;
    if (p.id == 0) {
        auto id = service.create(p);
        st = id ? Status() : Status(id.error());
    } else {
        st = service.update(p, m_purpose.version);
    }
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void PurposeDialog::loadRecipients()
{
    auto all = RecipientService(m_session).list();
    if (!all) {
        m_error->showMessage(all.errorString());
        return;
    }
    for (const Recipient& r : *all) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(r.name, r.country), m_recipients);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_purpose.recipientIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void PurposeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PurposeDialog::retranslateUi()
{
    setWindowTitle(m_purpose.id == 0 ? tr("New Purpose") : tr("Edit Purpose"));
    const QStringList labels{tr("&Code:"),
                             tr("&Name:"),
                             tr("&Description:"),
                             tr("&Legal basis:"),
                             tr("Data &categories:"),
                             tr("&Retention (days):"),
                             tr("Purpose c&ategory:"),
                             tr("Reci&pients:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_code->setPlaceholderText(tr("e.g. newsletter (cannot be changed later)"));
    m_categories->setPlaceholderText(tr("comma-separated, e.g. name, email"));
    m_recipients->setToolTip(tr("Third parties that receive this purpose's data (add them on the Third parties "
                                "page)."));
    m_category->setPlaceholderText(tr("e.g. Marketing, Core function"));
    m_retention->setSpecialValueText(tr("not set"));
    m_marketing->setText(tr("&Marketing (an objection always stops it)"));
    m_active->setText(tr("A&ctive"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_purpose.id == 0 ? tr("&Create") : tr("&Save"));
}
