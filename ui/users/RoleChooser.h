#pragma once

#include <QWidget>

class QCheckBox;

/// The four staff roles as check boxes (several allowed), in the order of ARCHITECTURE.md §4.
class RoleChooser : public QWidget
{
    Q_OBJECT
public:
    explicit RoleChooser(QWidget* parent = nullptr);

    /// The chosen roles as a Role bit set.
    int roles() const;
    void setRoles(int roles);
    /// The check box of @p role (a Role value).
    QCheckBox* checkBox(int role) const;

signals:
    void rolesChanged(int roles);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<QCheckBox*> m_boxes;
};
