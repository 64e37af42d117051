#pragma once

#include "core/domain/Purpose.h"
#include "ui/widgets/Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

/// Consent (officers): the purposes of processing (New…, Edit…) and the privacy notice
/// versions (Publish…). After a material version the page says how many grants need
/// re-consent; the Customers page's "Needs re-consent" filter lists those customers.
class ConsentPage : public Page
{
    Q_OBJECT
public:
    enum PurposeColumn { CodeCol, NameCol, BasisCol, CategoriesCol, RetentionCol, MarketingCol, ActiveCol };

    explicit ConsentPage(QWidget* parent = nullptr);

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* purposesTable() const { return m_purposes; }
    QTableWidget* noticesTable() const { return m_notices; }
    QPushButton* newPurposeButton() const { return m_newPurpose; }
    QPushButton* editPurposeButton() const { return m_editPurpose; }
    QPushButton* publishButton() const { return m_publish; }
    QLabel* staleLabel() const { return m_stale; }

public slots:
    void reload();
    void newPurpose();
    void editPurpose();
    void publishNotice();

signals:
    /// Purposes or notice versions changed.
    void policiesChanged();

protected:
    void retranslateUi() override;

private:
    QWidget* buildPurposesTab();
    QWidget* buildNoticesTab();
    void showPurposes();
    void showNotices();
    void showStaleCount();
    void updateButtons();

    QList<Purpose> m_purposeList;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_purposes = nullptr;
    QPushButton* m_newPurpose = nullptr;
    QPushButton* m_editPurpose = nullptr;
    QTableWidget* m_notices = nullptr;
    QPushButton* m_publish = nullptr;
    QLabel* m_stale = nullptr;
    QLabel* m_error = nullptr;
};
