#include "ui/requests/AssignDialog.h"

#include "core/requests/RequestService.h"
#include "ui/widgets/InlineMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AssignDialog::AssignDialog(
    std::shared_ptr<Session> session, qint64 requestId, qint64 current, int version, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_id(requestId)
    , m_version(version)
    , m_label(new QLabel(this))
    , m_staff(new QComboBox(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("assignDialog"));
    m_staff->setObjectName(QStringLiteral("assignStaff"));
    m_staff->addItem(QString(), 0); // nobody
    auto staff = RequestService(m_session).assignableStaff();
    if (!staff) {
        m_error->showMessage(staff.errorString());
    } else {
        for (const User& u : *staff) {
            const QString display = u.displayName.trimmed();
            const QString name = display.isEmpty() || display.compare(u.username, Qt::CaseInsensitive) == 0
                ? u.username
                : QStringLiteral("%1 (%2)").arg(display, u.username);
            m_staff->addItem(name, u.id);
        }
    }
    selectUser(current);
    m_label->setBuddy(m_staff);
    auto* form = new QFormLayout;
    form->addRow(m_label, m_staff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    retranslateUi();
    resize(400, sizeHint().height());
}

bool AssignDialog::selectUser(qint64 userId)
{
    const int i = m_staff->findData(userId);
    if (i < 0) {
        return false;
    }
    m_staff->setCurrentIndex(i);
    return true;
}

void AssignDialog::accept()
{
    const Status st = RequestService(m_session).assign(m_id, m_staff->currentData().toLongLong(), m_version);
    if (!st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void AssignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AssignDialog::retranslateUi()
{
    setWindowTitle(tr("Assign Request %1").arg(m_id));
    m_label->setText(tr("&Handled by:"));
    m_staff->setItemText(0, tr("Nobody"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
}
