#include "ui/users/ControllerDialog.h"

#include "core/session/ControllerService.h"
#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ControllerDialog::ControllerDialog(std::shared_ptr<Session> session, QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("controllerDialog"));
    auto* form = new QFormLayout;
    for (int i = 0; i < 6; ++i) {
        auto* edit = new QLineEdit(this);
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_fields << edit;
        m_labels << label;
        form->addRow(label, edit);
    }
    auto current = ControllerService(m_session).get();
    if (current) {
        const QStringList values{
            current->name, current->contact, current->address, current->email, current->phone, current->policyUrl};
        for (int i = 0; i < values.size(); ++i) {
            m_fields.at(i)->setText(values.at(i));
        }
    } else {
        m_error->showMessage(current.errorString());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ControllerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ControllerDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

void ControllerDialog::accept()
{
    Controller c;
    c.name = m_fields.at(0)->text();
    c.contact = m_fields.at(1)->text();
    c.address = m_fields.at(2)->text();
    c.email = m_fields.at(3)->text();
    c.phone = m_fields.at(4)->text();
    c.policyUrl = m_fields.at(5)->text();
    if (auto st = ControllerService(m_session).set(c); !st) {
        m_error->showMessage(st.errorString());
        return;
    }
    QDialog::accept();
}

void ControllerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ControllerDialog::retranslateUi()
{
    setWindowTitle(tr("Controller Details"));
    const QStringList labels{tr("&Name:"),
                             tr("&Contact person or office:"),
                             tr("&Address:"),
                             tr("&Email:"),
                             tr("&Phone:"),
                             tr("Privacy &notice address:")};
    for (int i = 0; i < labels.size(); ++i) {
        m_labels.at(i)->setText(labels.at(i));
    }
    m_fields.at(1)->setPlaceholderText(tr("e.g. Data protection officer"));
    m_fields.at(5)->setPlaceholderText(tr("e.g. https://shop.example/privacy"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
}
