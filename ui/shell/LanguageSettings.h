#pragma once

#include <QString>

/// The interface language chosen on the Settings page, kept in QSettings
/// ("Amanah"/"Amanah", key ui/language). Empty means the system language.
class LanguageSettings
{
public:
    /// The saved choice: "", "en" or "id".
    static QString saved();
    /// Saves @p language and switches to it at once; returns the language in use.
    static QString apply(const QString& language);
    /// Switches to the saved language (at start-up); returns the language in use.
    static QString applySaved();
};
