#pragma once

#include <QMessageBox>
#include <QString>

/// Every message box of the GUI goes through here, so tests can answer them without a
/// modal loop: setNextAnswer() answers the next box, setNonInteractive() answers all of
/// them with their default button. The last box's text stays readable either way.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent,
                          const QString& title,
                          const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent,
                              const QString& title,
                              const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent,
                           const QString& title,
                           const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    /// Test seam: the next box is not shown and returns @p answer.
    static void setNextAnswer(Button answer);
    /// Test seam: while on, no box is shown; each returns its default (or first) button.
    static void setNonInteractive(bool on);

    /// The text, title and icon of the last box asked for (shown or answered by a seam).
    static QString lastText();
    static QString lastTitle();
    static QMessageBox::Icon lastIcon();
    /// How many boxes were asked for since the start (or the last clearLast()).
    static int count();
    static void clearLast();

private:
    static Button show(QWidget* parent,
                       QMessageBox::Icon icon,
                       const QString& title,
                       const QString& text,
                       Buttons buttons,
                       Button defaultButton);
};
