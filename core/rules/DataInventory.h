#pragma once

#include "core/domain/Purpose.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The single map of the personal fields Amanah stores to their data categories, and the
/// minimisation check over the purposes: a field no purpose uses and a purpose without a
/// retention period are problems (GDPR Art. 5(1)(c) and (e); UU PDP Ps 16(2)). Purposes name
/// their data categories with the codes below ("name", "email", ...); matching ignores case.
class DataInventory
{
public:
    /// One stored personal field and what uses it.
    struct FieldRow
    {
        QString field; ///< column code, e.g. "full_name"
        QString category; ///< data category code, e.g. "name"
        QStringList purposes; ///< codes of the active purposes that use the category
        bool unused = false; ///< no active purpose uses it: a minimisation problem
    };
    /// A minimisation problem, for the Data inventory page and the record of processing.
    struct Problem
    {
        enum class Kind { UnusedField, NoRetention };
        Kind kind = Kind::UnusedField;
        QString subject; ///< the field code or the purpose code
        QString message; ///< translated, says what to do
    };
    struct Result
    {
        QList<FieldRow> fields; ///< every personal field, in the order of fieldCodes()
        QStringList otherCategories; ///< categories purposes name that no stored field holds
        QList<Problem> problems;
    };

    /// Every personal field of a customer record (the encrypted columns and the plain
    /// country and language), in display order.
    static QStringList fieldCodes();
    /// The data category of @p field (empty for an unknown field).
    static QString categoryOf(const QString& field);
    /// Every category code the fields map to, without repeats.
    static QStringList categories();
    /// A category's name in @p language ("id" or "en"; an unknown code is returned as is).
    static QString categoryName(const QString& category, const QString& language);
    /// A field's name in @p language ("id" or "en").
    static QString fieldName(const QString& field, const QString& language);

    /// Maps the fields to the ACTIVE purposes in @p purposes and lists the problems.
    static Result build(const QList<Purpose>& purposes);

    /// Whether @p country (ISO 3166-1 alpha-2) is outside the area of the workspace's rule set
    /// @p jurisdiction (GDPR: outside the EEA; UU_PDP: outside Indonesia; CCPA: outside the US;
    /// LGPD: outside Brazil). A transfer there needs a safeguard.
    static bool isThirdCountry(const QString& country, const QString& jurisdiction);
};
