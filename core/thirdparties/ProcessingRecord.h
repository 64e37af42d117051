#pragma once

#include "core/common/Result.h"
#include "core/domain/Controller.h"
#include "core/domain/Purpose.h"
#include "core/domain/Recipient.h"
#include "core/rules/DataInventory.h"
#include "core/session/Session.h"

#include <QHash>
#include <QList>

/// What the workspace says about its processing, read once for the documents built from it:
/// the record of processing activities (RopaExport) and the draft privacy notice
/// (NoticeGenerator). The controller comes from the workspace settings (the same keys as the
/// consent receipt), purposes are the active ones, recipients per purpose are those the
/// purpose names plus those that actually received data for it (disclosures).
///
/// The documents may be in a language other than the staff member's (a notice is published
/// in Indonesian and English), so their fixed words are a bilingual template here ("id" or
/// "en"), not the UI's translations.
struct ProcessingRecord
{
    using Controller = ::Controller;

    Controller controller;
    QString jurisdiction; ///< the workspace's rule set, e.g. "UU_PDP"
    QList<Purpose> purposes; ///< active purposes, by code
    QList<Recipient> recipients; ///< the whole register, by name
    QHash<qint64, QList<qint64>> purposeRecipients; ///< purpose id -> recipient ids
    DataInventory::Result inventory;

    /// Reads the record (ViewReports or ManagePolicy: officers and managers).
    static Result<ProcessingRecord> load(const std::shared_ptr<Session>& session);

    /// The recipients of @p purpose, by name.
    QList<Recipient> recipientsOf(const Purpose& purpose) const;
    /// Whether @p recipient is outside the area of the workspace's rule set.
    bool isThirdCountry(const Recipient& recipient) const;
    /// The distinct data categories of all purposes, in first-seen order.
    QStringList allCategories() const;

    static bool indonesian(const QString& language) { return language.startsWith(QLatin1String("id")); }
    static QString legalBasisText(Purpose::LegalBasis basis, const QString& language);
    static QString roleText(Recipient::Role role, const QString& language);
    static QString retentionText(int days, const QString& language);
    /// Art. 30(1)(g): the general description of the technical and organisational measures.
    static QString securityMeasures(const QString& language);
    /// The data subjects whose data the workspace holds (Art. 30(1)(c)).
    static QString subjectCategories(const QString& language);
    /// The jurisdiction's law as the documents cite it, e.g. "UU No. 27 Tahun 2022 (UU PDP)".
    static QString lawName(const QString& jurisdiction, const QString& language);
};
