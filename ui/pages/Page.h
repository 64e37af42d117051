#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QVBoxLayout;
class Workspace;

/// One page of the main window: a title over the page's content. The navigation list
/// shows title() too, so a page names itself in one place. Every page retranslates
/// itself on QEvent::LanguageChange through retranslateUi().
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);

    /// The translated title, shown above the page and in the navigation list.
    virtual QString title() const = 0;
    /// The workspace the page works on (null when none is open).
    virtual void setWorkspace(const std::shared_ptr<Workspace>& workspace);

    QLabel* titleLabel() const { return m_titleLabel; }

protected:
    void changeEvent(QEvent* event) override;
    /// Sets every visible text again; subclasses call the base first.
    virtual void retranslateUi();
    /// Where subclasses put their content, below the title.
    QVBoxLayout* contentLayout() const { return m_contentLayout; }

private:
    QLabel* m_titleLabel = nullptr;
    QVBoxLayout* m_contentLayout = nullptr;
};
