#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A record that a customer's data went to a recipient (GDPR Art. 19 needs it).
struct Disclosure
{
    enum class Source { Manual, Import, Export };

    qint64 id = 0;
    QString customerId;
    qint64 recipientId = 0;
    qint64 purposeId = 0;
    QDateTime disclosed;
    QStringList dataCategories;
    Source source = Source::Manual;
    qint64 recordedBy = 0;
};
