#include "ui/widgets/MessageBox.h"

#include <optional>

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
bool g_nonInteractive = false;
QString g_lastText;
QString g_lastTitle;
QMessageBox::Icon g_lastIcon = QMessageBox::NoIcon;
int g_count = 0;

// The button a box answers with when nobody is there to click.
MessageBox::Button automaticAnswer(MessageBox::Buttons buttons, MessageBox::Button defaultButton)
{
    if (defaultButton != QMessageBox::NoButton) {
        return defaultButton;
    }
    for (int b = QMessageBox::FirstButton; b <= QMessageBox::LastButton; b <<= 1) {
        if (buttons.testFlag(static_cast<MessageBox::Button>(b))) {
            return static_cast<MessageBox::Button>(b);
        }
    }
    return QMessageBox::NoButton;
}
} // namespace

MessageBox::Button
MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button
MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button
MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setNonInteractive(bool on)
{
    g_nonInteractive = on;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return g_lastIcon;
}

int MessageBox::count()
{
    return g_count;
}

void MessageBox::clearLast()
{
    g_lastText.clear();
    g_lastTitle.clear();
    g_lastIcon = QMessageBox::NoIcon;
    g_count = 0;
}

MessageBox::Button MessageBox::show(QWidget* parent,
                                    QMessageBox::Icon icon,
                                    const QString& title,
                                    const QString& text,
                                    Buttons buttons,
                                    Button defaultButton)
{
    g_lastText = text;
    g_lastTitle = title;
    g_lastIcon = icon;
    ++g_count;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_nonInteractive) {
        return automaticAnswer(buttons, defaultButton);
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    return static_cast<Button>(box.exec());
}
