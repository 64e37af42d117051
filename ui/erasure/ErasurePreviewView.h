#pragma once

#include "core/erasure/ErasureService.h"

#include <QTreeWidget>

/// What an erasure destroys, what legal holds keep (basis, fields, until when) and whom to
/// tell, as a tree of three groups. Shown by the preparation and the confirmation dialogs.
class ErasurePreviewView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ErasurePreviewView(QWidget* parent = nullptr);

    void setPreview(const ErasurePreview& preview);
    /// The confirmation's warning: cannot be undone, and what becomes of each kind of copy.
    static QString warningText();

    QTreeWidgetItem* destroyedGroup() const { return topLevelItem(0); }
    QTreeWidgetItem* heldGroup() const { return topLevelItem(1); }
    QTreeWidgetItem* recipientsGroup() const { return topLevelItem(2); }
};
