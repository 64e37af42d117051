#include "ui/consent/ConsentPage.h"

#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/session/Session.h"
#include "ui/consent/PublishNoticeDialog.h"
#include "ui/consent/PurposeDialog.h"
#include "ui/widgets/DomainText.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* newTable(QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}
} // namespace

ConsentPage::ConsentPage(QWidget* parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consentPage"));
    m_tabs->setObjectName(QStringLiteral("consentTabs"));
    m_tabs->addTab(buildPurposesTab(), QString());
    m_tabs->addTab(buildNoticesTab(), QString());
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_tabs, 1);
    retranslateUi();
    updateButtons();
}

QString ConsentPage::title() const
{
    return tr("Consent", "page title");
}

QWidget* ConsentPage::buildPurposesTab()
{
    auto* tab = new QWidget(this);
    m_purposes = newTable(tab, "purposesTable");
    m_purposes->setColumnCount(ActiveCol + 1);
    m_newPurpose = new QPushButton(tab);
    m_newPurpose->setObjectName(QStringLiteral("newPurposeButton"));
    m_editPurpose = new QPushButton(tab);
    m_editPurpose->setObjectName(QStringLiteral("editPurposeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newPurpose);
    buttons->addWidget(m_editPurpose);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_purposes, 1);
    layout->addLayout(buttons);
    connect(m_newPurpose, &QPushButton::clicked, this, &ConsentPage::newPurpose);
    connect(m_editPurpose, &QPushButton::clicked, this, &ConsentPage::editPurpose);
    connect(m_purposes, &QTableWidget::itemSelectionChanged, this, &ConsentPage::updateButtons);
    connect(m_purposes, &QTableWidget::itemDoubleClicked, this, &ConsentPage::editPurpose);
    return tab;
}

QWidget* ConsentPage::buildNoticesTab()
{
    auto* tab = new QWidget(this);
    m_notices = newTable(tab, "noticesTable");
    m_notices->setColumnCount(5);
    m_publish = new QPushButton(tab);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_stale = new QLabel(tab);
    m_stale->setObjectName(QStringLiteral("staleCount"));
    m_stale->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_publish);
    buttons->addWidget(m_stale, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_notices, 1);
    layout->addLayout(buttons);
    connect(m_publish, &QPushButton::clicked, this, &ConsentPage::publishNotice);
    return tab;
}

void ConsentPage::retranslateUi()
{
    Page::retranslateUi();
    m_tabs->setTabText(0, tr("&Purposes"));
    m_tabs->setTabText(1, tr("&Notice versions"));
    m_purposes->setHorizontalHeaderLabels({tr("Code"),
                                           tr("Name"),
                                           tr("Legal basis"),
                                           tr("Data categories"),
                                           tr("Retention"),
                                           tr("Marketing"),
                                           tr("Active")});
    m_notices->setHorizontalHeaderLabels(
        {tr("Label"), tr("Language"), tr("Effective from"), tr("Material"), tr("Published")});
    m_newPurpose->setText(tr("&New Purpose…"));
    m_editPurpose->setText(tr("&Edit…"));
    m_publish->setText(tr("&Publish New Version…"));
    if (session()) {
        showPurposes();
        showNotices();
        showStaleCount();
    }
}

void ConsentPage::setSession(const std::shared_ptr<Session>& session)
{
    Page::setSession(session);
    reload();
}

void ConsentPage::reload()
{
    m_purposeList.clear();
    m_purposes->setRowCount(0);
    m_notices->setRowCount(0);
    m_stale->clear();
    m_error->setVisible(false);
    if (session() && session()->can(Permission::ManagePolicy)) {
        showPurposes();
        showNotices();
        showStaleCount();
    }
    updateButtons();
}

void ConsentPage::showPurposes()
{
    auto list = PurposeService(session()).list(true);
    if (!list) {
        m_error->setText(list.errorString());
        m_error->setVisible(true);
        return;
    }
    m_purposeList = *list;
    m_purposes->setRowCount(static_cast<int>(m_purposeList.size()));
    for (int row = 0; row < m_purposeList.size(); ++row) {
        const Purpose& p = m_purposeList.at(row);
        setRow(m_purposes,
               row,
               {p.code,
                p.name,
                DomainText::legalBasis(p.legalBasis),
                p.dataCategories.join(QStringLiteral(", ")),
                p.retentionDays > 0 ? tr("%n day(s)", nullptr, p.retentionDays) : tr("not set"),
                p.marketing ? tr("Yes") : tr("No"),
                p.active ? tr("Yes") : tr("No")});
    }
    m_purposes->resizeColumnsToContents();
}

void ConsentPage::showNotices()
{
    auto list = NoticeService(session()).list();
    if (!list) {
        m_error->setText(list.errorString());
        m_error->setVisible(true);
        return;
    }
    m_notices->setRowCount(static_cast<int>(list->size()));
    int row = 0;
    for (const NoticeVersion& n : *list) {
        setRow(m_notices,
               row++,
               {n.label,
                n.language,
                DomainText::dateTime(n.effective),
                n.material ? tr("Yes") : tr("No"),
                DomainText::dateTime(n.published)});
    }
    m_notices->resizeColumnsToContents();
}

void ConsentPage::showStaleCount()
{
    auto stale = NoticeService(session()).staleGrantCount();
    if (!stale) {
        m_stale->setText(stale.errorString());
        return;
    }
    m_stale->setText(*stale == 0 ? tr("No grant needs re-consent.")
                                 : tr("%1 grant(s) were given under an older notice than a material version in "
                                      "effect and need re-consent (Customers page: “Needs re-consent”).")
                                       .arg(*stale));
}

void ConsentPage::updateButtons()
{
    const bool usable = session() && session()->can(Permission::ManagePolicy);
    m_newPurpose->setEnabled(usable);
    m_publish->setEnabled(usable);
    m_editPurpose->setEnabled(usable && m_purposes->currentRow() >= 0 && m_purposes->selectionModel()->hasSelection());
}

void ConsentPage::newPurpose()
{
    auto* dialog = new PurposeDialog(session(), Purpose(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit policiesChanged();
    });
    dialog->open();
}

void ConsentPage::editPurpose()
{
    const int row = m_purposes->currentRow();
    if (row < 0 || row >= m_purposeList.size()) {
        return;
    }
    auto* dialog = new PurposeDialog(session(), m_purposeList.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit policiesChanged();
    });
    dialog->open();
}

void ConsentPage::publishNotice()
{
    auto* dialog = new PublishNoticeDialog(session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool material = dialog->publishedMaterial();
        reload();
        m_tabs->setCurrentIndex(1);
        emit policiesChanged();
        if (material) {
            MessageBox::information(this, tr("Notice Version Published"), m_stale->text());
        }
    });
    dialog->open();
}
