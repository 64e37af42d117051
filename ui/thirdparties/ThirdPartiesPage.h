#pragma once

#include "ui/widgets/Page.h"

class InlineMessage;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class RecipientsTableModel;

/// Third parties (officers): the recipient register (New…, Edit…, Import disclosures…) and
/// the data inventory: every personal field with its category and the purposes that use it,
/// minimisation problems flagged with an icon and a sentence, the record of processing
/// (Art. 30) as CSV or PDF and the draft privacy notice in both languages.
class ThirdPartiesPage : public Page
{
    Q_OBJECT
public:
    enum InventoryColumn { FieldCol, CategoryCol, PurposesCol, StatusCol };

    explicit ThirdPartiesPage(QWidget* parent = nullptr);

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* recipientsView() const { return m_recipientsView; }
    RecipientsTableModel* recipientsModel() const { return m_model; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* importButton() const { return m_import; }
    QTableWidget* inventoryTable() const { return m_inventory; }
    QListWidget* problemsList() const { return m_problems; }
    QPushButton* ropaCsvButton() const { return m_ropaCsv; }
    QPushButton* ropaPdfButton() const { return m_ropaPdf; }
    QPushButton* noticeButton() const { return m_notice; }
    InlineMessage* message() const { return m_message; }

public slots:
    void reload();
    void newRecipient();
    void editRecipient();
    void importDisclosures();
    void exportRopaCsv();
    void exportRopaPdf();
    void draftNotice();

signals:
    /// Recipients changed or a notice version was published (the Consent page shows them).
    void policiesChanged();

protected:
    void retranslateUi() override;

private:
    QWidget* buildRecipientsTab();
    QWidget* buildInventoryTab();
    void showInventory();
    void updateButtons();
    void openRecipientDialog(int row);
    bool writeFile(const QString& path, const QByteArray& bytes);

    QTabWidget* m_tabs = nullptr;
    InlineMessage* m_message = nullptr;
    RecipientsTableModel* m_model = nullptr;
    QTableView* m_recipientsView = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_import = nullptr;
    QTableWidget* m_inventory = nullptr;
    QLabel* m_otherCategories = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_ropaCsv = nullptr;
    QPushButton* m_ropaPdf = nullptr;
    QPushButton* m_notice = nullptr;
};
