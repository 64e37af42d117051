#pragma once

#include <QString>
#include <QStringList>

/// Loads Amanah's own and Qt's translations for a language, replacing those loaded before.
class Translations
{
public:
    /// @p language: "en", "id", or empty for the system language. Returns the language
    /// actually in use ("en" when no translation matches).
    static QString install(const QString& language);
    /// Languages Amanah ships, as codes.
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("id")}; }
    /// The language in use since the last install().
    static QString current();
};
