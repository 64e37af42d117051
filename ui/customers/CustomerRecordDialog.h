#pragma once

#include "core/records/CustomerRecord.h"

#include <QDialog>

#include <memory>

class InlineMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class RectifyDialog;
class Session;

/// One customer's record: Details (fields; Correct Field…, restriction and objection with a
/// reason), Consent (current state per purpose with "may use" and its reason; Grant… and a
/// one-click Withdraw), History (every consent event, newest first), Requests and
/// Disclosures, and the consent receipt as Kantara JSON or PDF. Everything shown comes from
/// CustomerService::record(); every change goes through a service and reloads it.
class CustomerRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { DetailsTab, ConsentTab, HistoryTab, RequestsTab, DisclosuresTab };
    enum ConsentColumn { PurposeCol, BasisCol, StateCol, SinceCol, ChannelCol, NoticeCol, StaleCol, MayUseCol };

    CustomerRecordDialog(std::shared_ptr<Session> session, const QString& customerId, QWidget* parent = nullptr);

    const CustomerRecord& record() const { return m_record; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* valueLabel(const QString& fieldCode) const;
    QTableWidget* consentTable() const { return m_consentTable; }
    QTableWidget* historyTable() const { return m_historyTable; }
    QTableWidget* requestsTable() const { return m_requestsTable; }
    QTableWidget* disclosuresTable() const { return m_disclosuresTable; }
    QLabel* requestsEmptyLabel() const { return m_requestsEmpty; }
    QPushButton* rectifyButton() const { return m_rectifyButton; }
    QPushButton* restrictButton() const { return m_restrictButton; }
    QPushButton* objectButton() const { return m_objectButton; }
    QPushButton* grantButton() const { return m_grantButton; }
    QPushButton* withdrawButton() const { return m_withdrawButton; }
    QComboBox* withdrawChannelCombo() const { return m_withdrawChannel; }
    QLabel* mayUseDetailLabel() const { return m_useDetail; }
    QPushButton* receiptJsonButton() const { return m_receiptJsonButton; }
    QPushButton* receiptPdfButton() const { return m_receiptPdfButton; }
    QPushButton* recordDisclosureButton() const { return m_recordDisclosureButton; }
    InlineMessage* errorMessage() const { return m_error; }
    /// Selects the consent row of @p purposeCode; false when there is none.
    bool selectPurpose(const QString& purposeCode);

public slots:
    /// Reads the record again.
    void reload();
    void rectify();
    void toggleRestriction();
    void toggleObjection();
    void grant();
    /// Records a withdrawal for the selected purpose after one confirmation.
    void withdraw();
    void exportReceiptJson();
    void exportReceiptPdf();
    /// Records a disclosure of this customer's data to a recipient (RecordDisclosureDialog).
    void recordDisclosure();

signals:
    /// Something in the record changed (the Customers table shows it again).
    void customerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDetailsTab();
    QWidget* buildConsentTab();
    QWidget* buildListTab(QTableWidget** table, QLabel** empty, const char* name);
    void retranslateUi();
    void showRecord();
    void showDetails();
    void showConsents();
    void showHistory();
    void showRequestsAndDisclosures();
    void updateButtons();
    QString selectedPurpose() const;
    void changed();

    std::shared_ptr<Session> m_session;
    QString m_id;
    CustomerRecord m_record;
    bool m_loaded = false;

    QLabel* m_header = nullptr;
    InlineMessage* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_detailsForm = nullptr;
    QList<QPair<QString, QLabel*>> m_values; // field code -> value label
    QList<QLabel*> m_valueCaptions;
    QPushButton* m_rectifyButton = nullptr;
    QPushButton* m_restrictButton = nullptr;
    QPushButton* m_objectButton = nullptr;
    QTableWidget* m_consentTable = nullptr;
    QPushButton* m_grantButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QLabel* m_withdrawChannelLabel = nullptr;
    QComboBox* m_withdrawChannel = nullptr;
    QTableWidget* m_historyTable = nullptr;
    QTableWidget* m_requestsTable = nullptr;
    QLabel* m_requestsEmpty = nullptr;
    QTableWidget* m_disclosuresTable = nullptr;
    QLabel* m_disclosuresEmpty = nullptr;
    QPushButton* m_recordDisclosureButton = nullptr;
    QPushButton* m_receiptJsonButton = nullptr;
    QPushButton* m_receiptPdfButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QLabel* m_historyEmpty = nullptr;
    QLabel* m_useDetail = nullptr;
};
