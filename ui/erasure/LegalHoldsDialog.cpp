#include "ui/erasure/LegalHoldsDialog.h"

#include "core/erasure/CustomerShredder.h"
#include "core/session/Session.h"
#include "ui/widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

LegalHoldsDialog::LegalHoldsDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_table(new QTableWidget(0, 5, this))
    , m_category(new QLineEdit(this))
    , m_basis(new QLineEdit(this))
    , m_years(new QSpinBox(this))
    , m_trigger(new QComboBox(this))
    , m_active(new QCheckBox(tr("&Active"), this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("legalHoldsDialog"));
    setWindowTitle(tr("Legal Holds"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Basis"), tr("Years"), tr("Keeps"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_years->setRange(1, 100);
    m_years->setSuffix(tr(" years"));
    m_trigger->addItem(tr("from the customer's last activity"), true);
    m_trigger->addItem(tr("from the erasure"), false);
    auto* fields = new QHBoxLayout;
    for (const QString& code : CustomerShredder::holdableFields()) {
        auto* box = new QCheckBox(CustomerShredder::fieldName(code), this);
        box->setProperty("field", code);
        m_fields << box;
        fields->addWidget(box);
    }
    fields->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Legal &basis:"), m_basis);
    form->addRow(tr("&Kept for:"), m_years);
    form->addRow(tr("Counted:"), m_trigger);
    form->addRow(tr("Fields kept:"), fields);
    form->addRow(QString(), m_active);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        showRule(-1);
        m_category->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &LegalHoldsDialog::save);
    connect(m_close, &QPushButton::clicked, this, &LegalHoldsDialog::accept);
    const bool may = m_session && m_session->can(Permission::ManagePolicy);
    for (QWidget* w : {static_cast<QWidget*>(m_new), static_cast<QWidget*>(m_save)}) {
        w->setEnabled(may);
    }
    reload();
    resize(820, 480);
}

QCheckBox* LegalHoldsDialog::fieldCheck(const QString& code) const
{
    for (QCheckBox* box : m_fields) {
        if (box->property("field").toString() == code) {
            return box;
        }
    }
    return nullptr;
}

void LegalHoldsDialog::reload(qint64 selectId)
{
    auto rules = ErasureService(m_session).holdRules();
    m_rules = rules ? *rules : QList<ErasureService::HoldRule>{};
    if (!rules) {
        m_error->showMessage(rules.errorString());
    }
    m_table->setRowCount(static_cast<int>(m_rules.size()));
    int select = -1;
    for (int i = 0; i < m_rules.size(); ++i) {
        const auto& r = m_rules.at(i);
        QStringList names;
        for (const QString& f : r.fields) {
            names << CustomerShredder::fieldName(f);
        }
        const QStringList cells{r.category,
                                r.basis,
                                QString::number(r.years),
                                names.join(QStringLiteral(", ")),
                                r.active ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        }
        select = r.id == selectId ? i : select;
    }
    m_table->resizeColumnsToContents();
    if (select >= 0) {
        m_table->selectRow(select);
    }
    showRule(select);
}

void LegalHoldsDialog::showRule(int row)
{
    const bool known = row >= 0 && row < m_rules.size();
    const ErasureService::HoldRule r
        = known ? m_rules.at(row) : ErasureService::HoldRule{0, {}, {}, 10, {}, true, true};
    m_editing = r.id;
    m_category->setText(r.category);
    m_basis->setText(r.basis);
    m_years->setValue(r.years);
    m_trigger->setCurrentIndex(r.fromActivity ? 0 : 1);
    m_active->setChecked(r.active);
    for (QCheckBox* box : m_fields) {
        box->setChecked(r.fields.contains(box->property("field").toString()));
    }
}

void LegalHoldsDialog::save()
{
    ErasureService::HoldRule r;
    r.id = m_editing;
    r.category = m_category->text();
    r.basis = m_basis->text();
    r.years = m_years->value();
    r.fromActivity = m_trigger->currentData().toBool();
    r.active = m_active->isChecked();
    for (QCheckBox* box : m_fields) {
        if (box->isChecked()) {
            r.fields << box->property("field").toString();
        }
    }
    auto id = ErasureService(m_session).saveHoldRule(r);
    if (!id) {
        m_error->showMessage(id.errorString());
        return;
    }
    m_error->showMessage(tr("Saved."), InlineMessage::Kind::Information);
    reload(*id);
}
