#pragma once

#include "core/customers/CustomerImporter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class Session;

/// Customers > Import…: a CSV file of customers and their consents. Choose the file; map its
/// columns (guessed from the header); validate (every bad row with its line number and
/// reason, duplicates by email); import with progress and Cancel. By default nothing is
/// imported when any row is bad; "Import only the good rows" imports the rest. Validation and
/// the import run off the GUI thread on their own connection; the import is one transaction
/// and one audit entry (CustomerImporter).
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ValidatePage, RunPage };

    ImportWizard(std::shared_ptr<Session> session, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Reads @p path (as Browse… does); false with a message when it cannot.
    bool setFile(const QString& path);

    QLineEdit* fileEdit() const { return m_fileEdit; }
    QPushButton* browseButton() const { return m_browse; }
    QComboBox* mappingCombo(CustomerImporter::Column column) const { return m_combos.value(column); }
    QLabel* consentColumnsLabel() const { return m_consentColumns; }
    QTableWidget* reportTable() const { return m_reportTable; }
    QLabel* validationLabel() const { return m_validationLabel; }
    QCheckBox* goodRowsOnlyCheck() const { return m_goodRowsOnly; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelWorkButton() const { return m_cancelWork; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isWorking() const;
    /// The mapping as the page shows it.
    CustomerImporter::Mapping mapping() const;
    /// The last validation or import report.
    const CustomerImporter::Report& report() const { return m_report; }
    bool isValidated() const { return m_validated; }
    bool isFinished() const { return m_finished; }

signals:
    /// The import wrote customers (the Customers table reloads).
    void imported();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome
    {
        bool ok = false;
        CustomerImporter::Report report;
        Error error;
    };
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };

    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildValidatePage();
    QWizardPage* buildRunPage();
    void retranslateUi();
    void browse();
    void fillMapping();
    void startWork(bool write);
    void workDone();
    void showValidation();
    void showSummary();
    void updateProgress();

    std::shared_ptr<Session> m_session;
    QByteArray m_data;
    QStringList m_header;
    CustomerImporter::Mapping m_guess;
    CustomerImporter::Report m_report;
    QString m_workError;
    bool m_validated = false;
    bool m_finished = false;
    bool m_writing = false;
    /// From startWork() until workDone() has shown the outcome (the future ends earlier).
    bool m_working = false;

    QFutureWatcher<Outcome>* m_watcher = nullptr;
    std::shared_ptr<Progress> m_work;
    QTimer* m_progressTimer = nullptr;

    QLabel* m_fileIntro = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_fileError = nullptr;
    QHash<CustomerImporter::Column, QComboBox*> m_combos;
    QHash<CustomerImporter::Column, QLabel*> m_comboLabels;
    QLabel* m_consentColumns = nullptr;
    QLabel* m_validationLabel = nullptr;
    QTableWidget* m_reportTable = nullptr;
    QCheckBox* m_goodRowsOnly = nullptr;
    QProgressBar* m_validateProgress = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelWork = nullptr;
    QLabel* m_summary = nullptr;
};
