#include "ui/shell/LanguageSettings.h"

#include "core/common/Translations.h"

#include <QSettings>

namespace {
const QString kKey = QStringLiteral("ui/language");
} // namespace

QString LanguageSettings::saved()
{
    const QString value = QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).value(kKey).toString();
    return value.isEmpty() || Translations::available().contains(value) ? value : QString();
}

QString LanguageSettings::apply(const QString& language)
{
    QSettings(QStringLiteral("Amanah"), QStringLiteral("Amanah")).setValue(kKey, language);
    return Translations::install(language);
}

QString LanguageSettings::applySaved()
{
    return Translations::install(saved());
}
