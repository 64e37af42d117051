#pragma once

#include <QImage>
#include <QString>

/// QR codes through libqrencode, drawn module by module so they stay crisp.
class QrCode
{
public:
    /// @p text as a black-on-white QR code, each module @p moduleSize pixels, with the
    /// four-module quiet zone scanners need. A null image when encoding fails.
    static QImage render(const QString& text, int moduleSize = 6);
    /// The number of modules a side of @p text's code has (without the quiet zone); 0 on failure.
    static int moduleCount(const QString& text);

    static constexpr int kQuietZone = 4;
};
