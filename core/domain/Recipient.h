#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// A third party that receives personal data: a processor or another controller.
struct Recipient
{
    enum class Role { Processor, Controller };

    qint64 id = 0;
    QString name;
    Role role = Role::Processor;
    QString country; ///< ISO 3166-1 alpha-2
    QString safeguard; ///< transfer safeguard when outside the customer's country
    QStringList dataCategories;
    QList<qint64> purposeIds;
    QDate agreementDate;
    QString contact;
    QDateTime created;
    QDateTime updated;
    int version = 0;

    static QString roleCode(Role r)
    {
        return r == Role::Processor ? QStringLiteral("processor") : QStringLiteral("controller");
    }
};
