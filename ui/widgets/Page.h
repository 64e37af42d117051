#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QVBoxLayout;
class Session;
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
    /// The signed-in user's session (null when signed out). The default stores it.
    virtual void setSession(const std::shared_ptr<Session>& session);
    const std::shared_ptr<Session>& session() const { return m_session; }
    /// The window locks: drop personal data from the screen (closing dialogs that show it).
    /// The page is hidden meanwhile; after unlocking it is shown again as it was.
    virtual void clearSensitive();

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
    std::shared_ptr<Session> m_session;
};
