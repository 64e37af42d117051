#include "ui/session/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// libpq's key=value form quotes a value in single quotes, escaping \ and '.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QLineEdit* lineEdit(QWidget* parent, const char* objectName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    return edit;
}
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* stringPage = new QWidget(m_tabs);
    m_connectionStringLabel = new QLabel(stringPage);
    m_connectionString = lineEdit(stringPage, "connectionString");
    m_connectionStringLabel->setBuddy(m_connectionString);
    m_connectionStringHint = new QLabel(stringPage);
    m_connectionStringHint->setWordWrap(true);
    m_connectionStringHint->setTextFormat(Qt::PlainText);
    auto* stringLayout = new QVBoxLayout(stringPage);
    stringLayout->addWidget(m_connectionStringLabel);
    stringLayout->addWidget(m_connectionString);
    stringLayout->addWidget(m_connectionStringHint);
    stringLayout->addStretch(1);

    auto* fieldsPage = new QWidget(m_tabs);
    m_host = lineEdit(fieldsPage, "host");
    m_host->setText(QStringLiteral("localhost"));
    m_port = new QSpinBox(fieldsPage);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit(fieldsPage, "database");
    m_user = lineEdit(fieldsPage, "user");
    m_password = lineEdit(fieldsPage, "password");
    m_password->setEchoMode(QLineEdit::Password);
    m_fieldsForm = new QFormLayout(fieldsPage);
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_port, m_database, m_user, m_password}) {
        auto* label = new QLabel(fieldsPage);
        label->setBuddy(field);
        m_fieldsForm->addRow(label, field);
    }
    m_tabs->addTab(stringPage, QString());
    m_tabs->addTab(fieldsPage, QString());

    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    setMinimumWidth(460);
}

QString ConnectDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ConnectDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == Mode::ConnectionString ? 0 : 1);
}

void ConnectDialog::accept()
{
    // The parser names libpq's keys; in the fields, say it in the fields' words.
    if (m_tabs->currentIndex() == 1 && m_database->text().trimmed().isEmpty()) {
        showError(tr("Enter the name of the database."));
        m_database->setFocus();
        return;
    }
    auto parsed = WorkspaceLocation::parse(connectionText());
    if (!parsed) {
        showError(parsed.errorString());
        return;
    }
    if (!parsed->isPostgres()) {
        showError(tr("This is not a PostgreSQL connection string. To open a workspace file, use "
                     "File > Open Workspace File."));
        return;
    }
    m_location = std::move(parsed).value();
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

void ConnectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_intro->setText(tr("A team shares one workspace on a PostgreSQL server. Enter a connection string, "
                        "or fill in the fields."));
    m_tabs->setTabText(0, tr("Connection &string"));
    m_tabs->setTabText(1, tr("&Fields"));
    m_connectionStringLabel->setText(tr("Connection string:"));
    m_connectionString->setAccessibleName(tr("Connection string"));
    m_connectionString->setPlaceholderText(
        tr("postgresql://user@host:5432/database", "placeholder: translate only user, host and database"));
    m_connectionStringHint->setText(
        tr("For example postgresql://user@db.example.com:5432/amanah or host=db.example.com dbname=amanah user=me"));
    const QString labels[] = {tr("&Host:"), tr("&Port:"), tr("&Database:"), tr("&User:"), tr("Pass&word:")};
    const QString names[] = {tr("Host"), tr("Port"), tr("Database"), tr("User"), tr("Password")};
    for (int row = 0; row < m_fieldsForm->rowCount(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_fieldsForm->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = m_fieldsForm->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label && field) {
            label->setText(labels[row]);
            field->setAccessibleName(names[row]);
        }
    }
    m_error->setAccessibleName(tr("Error"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

QString ConnectDialog::connectionText() const
{
    if (m_tabs->currentIndex() == 0) {
        return m_connectionString->text();
    }
    // The fields become one libpq string so both ways go through the same parser.
    QStringList parts;
    const std::pair<const char*, QString> fields[] = {
        {"host", m_host->text().trimmed()},
        {"port", QString::number(m_port->value())},
        {"dbname", m_database->text().trimmed()},
        {"user", m_user->text().trimmed()},
        {"password", m_password->text()},
    };
    for (const auto& [key, value] : fields) {
        if (!value.isEmpty()) {
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(value);
        }
    }
    return parts.join(QLatin1Char(' '));
}

void ConnectDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}
