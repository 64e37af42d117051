#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPixmap>

namespace {
// The stroke colour of the page SVGs in resources/icons.
const QByteArray kAccent = QByteArrayLiteral("#3b6ea5");

bool svgSupported()
{
    static const bool supported = QImageReader::supportedImageFormats().contains("svg");
    return supported;
}

QPixmap render(const QByteArray& svg, int size)
{
    QByteArray data = svg;
    QBuffer buffer(&data);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}
} // namespace

QIcon Icons::page(const QString& name, QStyle::StandardPixmap fallback)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QFile file(path);
    if (!svgSupported() || !file.open(QIODevice::ReadOnly)) {
        return QApplication::style()->standardIcon(fallback);
    }
    const QByteArray svg = file.readAll();
    QByteArray white = svg;
    white.replace(kAccent, QByteArrayLiteral("#ffffff"));
    // Pixmaps only, so every mode comes from the same engine and size matching.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 44, 48}) {
        icon.addPixmap(render(svg, size), QIcon::Normal);
        icon.addPixmap(render(white, size), QIcon::Selected);
    }
    return icon;
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/icons/amanah.svg"));
}
