#pragma once

#include <QDateTime>
#include <QString>

/// A published version of the privacy notice. A material version makes grants given
/// under older versions stale until the customer consents again.
struct NoticeVersion
{
    qint64 id = 0;
    QString label; ///< e.g. "2026-03"
    QString language;
    QString body;
    QDateTime effective;
    bool material = true;
    QDateTime published;
    qint64 publishedBy = 0;
};
