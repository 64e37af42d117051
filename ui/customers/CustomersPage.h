#pragma once

#include "core/common/Result.h"
#include "ui/widgets/Page.h"

#include <QFuture>

#include <atomic>
#include <memory>

class CustomerService;
class CustomersTableModel;
class NameIndex;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
struct CustomerFilter;

/// Customers (ARCHITECTURE.md §8): one search box (any part of the name, or exactly an email,
/// a phone or a reference), filters (status, jurisdiction, consent for a purpose, "needs
/// re-consent"), the lazily decrypted table, and the record, creation, import and, for
/// officers, the audience export. After sign-in the page builds the workspace's name index
/// in the background and keeps it current; the table works meanwhile from server-side pages.
class CustomersPage : public Page
{
    Q_OBJECT
public:
    explicit CustomersPage(QWidget* parent = nullptr);
    ~CustomersPage() override;

    QString title() const override;
    void setSession(const std::shared_ptr<Session>& session) override;
    void clearSensitive() override;

    CustomersTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QLabel* searchStatusLabel() const { return m_searchStatus; }
    QComboBox* statusCombo() const { return m_statusCombo; }
    QComboBox* jurisdictionCombo() const { return m_jurisdictionCombo; }
    QComboBox* purposeCombo() const { return m_purposeCombo; }
    QComboBox* consentCombo() const { return m_consentCombo; }
    QPushButton* newButton() const { return m_newButton; }
    QPushButton* openButton() const { return m_openButton; }
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* exportButton() const { return m_exportButton; }
    /// True once the name index is built (searches by name work).
    bool isIndexReady() const;

public slots:
    /// Runs the search box's text now (the box runs it ~250 ms after the last key).
    void runSearch();
    void applyFilters();
    /// Opens the selected customer's record.
    void openSelected();
    void openCustomer(const QString& id);
    void newCustomer();
    void importCustomers();
    void exportAudience();
    /// Re-reads the purposes for the filter (after the Consent page changed them).
    void reloadPurposes();

signals:
    /// The name index finished building (or failed).
    void indexBuilt();
    /// A search finished and the table shows its result.
    void searchFinished();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    struct BuildProgress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };

    void buildUi();
    void buildFilterBar();
    void startIndexBuild();
    void stopIndexBuild();
    void indexFinished(const Status& status);
    void updateIndexStatus();
    void catchUp();
    void updateCount();
    void updateButtons();
    void fillCombos();
    CustomerFilter currentFilter() const;

    std::shared_ptr<CustomerService> m_service;
    std::shared_ptr<NameIndex> m_index;
    QFuture<Status> m_build;
    std::shared_ptr<BuildProgress> m_buildProgress;
    QString m_indexError;
    bool m_indexReady = false;
    CustomersTableModel* m_model = nullptr;

    QLabel* m_searchLabel = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_searchStatus = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_jurisdictionLabel = nullptr;
    QComboBox* m_jurisdictionCombo = nullptr;
    QLabel* m_purposeLabel = nullptr;
    QComboBox* m_purposeCombo = nullptr;
    QComboBox* m_consentCombo = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTimer* m_searchTimer = nullptr;
    QTimer* m_indexTimer = nullptr;
    QTimer* m_catchUpTimer = nullptr;
};
