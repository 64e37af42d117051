#pragma once

#include <QIcon>
#include <QStyle>

/// The application's icons (resources/icons, embedded under :/icons).
class Icons
{
public:
    /// The navigation icon @p name ("dashboard", "customers", ...): the SVG in its accent
    /// colour, and white for a selected entry so it stays visible on the highlight.
    /// The style's @p fallback stands in when Qt's SVG support is not installed.
    static QIcon page(const QString& name, QStyle::StandardPixmap fallback);
    /// Amanah's own icon.
    static QIcon application();
};
