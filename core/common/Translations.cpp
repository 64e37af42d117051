#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {
std::unique_ptr<QTranslator> g_amanah;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

QString Translations::install(const QString& language)
{
    if (g_amanah) {
        QCoreApplication::removeTranslator(g_amanah.get());
        g_amanah.reset();
    }
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt.get());
        g_qt.reset();
    }
    QString lang = language;
    if (lang.isEmpty()) {
        lang = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    }
    if (!available().contains(lang)) {
        lang = QStringLiteral("en");
    }
    g_current = lang;
    const QLocale locale(lang);
    QLocale::setDefault(locale);

    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/amanah_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(own.get());
        g_amanah = std::move(own);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    return lang;
}

QString Translations::current()
{
    return g_current;
}
