#include "ui/erasure/ErasurePreviewView.h"

#include "core/erasure/CustomerShredder.h"
#include "ui/widgets/DomainText.h"

#include <QHeaderView>

#include <algorithm>

ErasurePreviewView::ErasurePreviewView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("erasurePreview"));
    setColumnCount(2);
    setHeaderLabels({tr("What"), tr("Details")});
    header()->setStretchLastSection(true);
    setRootIsDecorated(true);
    setWordWrap(true);
    setAlternatingRowColors(true);
}

QString ErasurePreviewView::warningText()
{
    QStringList lines{tr("This cannot be undone. The customer's data key and every record of their personal data are "
                         "destroyed; only what a legal hold requires is kept, restricted.")};
    for (const ErasureCopyFate& copy : ErasureService::copyFates()) {
        lines << tr("• %1: %2.", "erasure: a kind of copy and what becomes of it").arg(copy.copies, copy.fate);
    }
    return lines.join(QLatin1Char('\n'));
}

void ErasurePreviewView::setPreview(const ErasurePreview& p)
{
    clear();
    auto group = [this](const QString& title, int children) {
        auto* item = new QTreeWidgetItem(this, {title, tr("%n item(s)", nullptr, children)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    auto* destroyed = group(tr("Destroyed for good"), static_cast<int>(p.destroyed.size()));
    for (const ErasureCategory& c : p.destroyed) {
        QString detail;
        if (c.code == QLatin1String("customer_fields")) {
            QStringList names;
            for (const QString& f : p.fields) {
                names << CustomerShredder::fieldName(f);
            }
            detail = names.join(QStringLiteral(", "));
        } else if (c.code == QLatin1String("data_key")) {
            detail = tr("the encrypted fields cannot be read without it:");
        } else {
            detail = tr("%n record(s)", nullptr, static_cast<int>(c.count));
        }
        auto* item = new QTreeWidgetItem(destroyed, {CustomerShredder::categoryName(c.code), detail});
        if (c.code == QLatin1String("data_key")) {
            for (const ErasureCopyFate& copy : ErasureService::copyFates()) {
                auto* fate = new QTreeWidgetItem(item, {copy.copies, copy.fate});
                fate->setToolTip(1, copy.fate);
            }
            item->setExpanded(true);
        }
    }
    auto* held = group(tr("Kept under a legal hold (restricted, officers only)"), static_cast<int>(p.holds.size()));
    for (const ApplicableHold& h : p.holds) {
        QStringList names;
        for (const QString& f : h.fields) {
            names << CustomerShredder::fieldName(f);
        }
        auto* item = new QTreeWidgetItem(
            held, {h.category, tr("%1 — until %2").arg(h.basis, DomainText::dateTime(h.heldUntil))});
        item->setToolTip(1, item->text(1));
        new QTreeWidgetItem(item, {tr("Keeps"), names.join(QStringLiteral(", "))});
        item->setExpanded(true);
    }
    if (p.holds.isEmpty()) {
        new QTreeWidgetItem(held, {tr("Nothing"), tr("No legal hold applies: everything is destroyed.")});
    }
    auto* recipients = group(tr("Recipients to notify (GDPR Art. 19)"), static_cast<int>(p.recipients.size()));
    for (const ErasureRecipient& r : p.recipients) {
        new QTreeWidgetItem(recipients,
                            {QStringLiteral("%1 (%2)").arg(r.name, r.country),
                             tr("%n disclosure(s), last %1", nullptr, static_cast<int>(r.disclosures))
                                 .arg(DomainText::dateTime(r.lastDisclosed))});
    }
    if (p.recipients.isEmpty()) {
        new QTreeWidgetItem(recipients, {tr("Nobody"), tr("The data was not disclosed to any recipient.")});
    }
    resizeColumnToContents(0);
    setColumnWidth(0, std::min(columnWidth(0), 340));
}
