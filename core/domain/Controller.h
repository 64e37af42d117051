#pragma once

#include <QString>

/// The controller: the shop that decides why and how its customers' data is processed (GDPR
/// Art. 4(7), UU PDP Ps 1(4)), as the receipts, packages, notices and the record of processing
/// name it. Workspace settings, entered by an administrator.
struct Controller
{
    QString name;
    QString contact;
    QString address;
    QString email;
    QString phone;
    QString policyUrl;
};
