#include "ui/widgets/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace {
struct QrFree
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

QrPtr encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return QrPtr(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}
} // namespace

int QrCode::moduleCount(const QString& text)
{
    QrPtr code = encode(text);
    return code ? code->width : 0;
}

QImage QrCode::render(const QString& text, int moduleSize)
{
    QrPtr code = encode(text);
    if (!code || moduleSize < 1) {
        return {};
    }
    const int side = (code->width + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte: the module is dark.
            if (code->data[y * code->width + x] & 1) {
                painter.drawRect((x + kQuietZone) * moduleSize, (y + kQuietZone) * moduleSize, moduleSize, moduleSize);
            }
        }
    }
    return image;
}
