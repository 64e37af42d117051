#pragma once

#include <QWidget>

class QLabel;

/// An error or notice shown inside a form rather than in a box: an icon and a sentence,
/// announced to screen readers through the accessible name (like role="alert").
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };

    explicit InlineMessage(QWidget* parent = nullptr);

    /// Shows @p text; an empty text hides the message.
    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clear() { showMessage(QString()); }
    QString text() const;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};
