#include "core/rules/DataInventory.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DataInventory)
};

struct FieldDef
{
    const char* field;
    const char* category;
    const char* en;
    const char* id;
};

// The customers table's personal columns (core/storage/Migrations.cpp) plus the evidence of
// consent events. Change this table when a personal field is added: it is the one source.
const FieldDef kFields[] = {
    {"external_ref", "identifier", "Customer reference", "Nomor referensi pelanggan"},
    {"full_name", "name", "Full name", "Nama lengkap"},
    {"email", "email", "Email address", "Alamat email"},
    {"phone", "phone", "Phone number", "Nomor telepon"},
    {"address", "address", "Postal address", "Alamat surat"},
    {"birth_date", "birth_date", "Date of birth", "Tanggal lahir"},
    {"notes", "notes", "Notes by staff", "Catatan staf"},
    {"country", "location", "Country", "Negara"},
    {"language", "preferences", "Preferred language", "Bahasa pilihan"},
    {"consent_evidence", "consent_records", "Evidence of consent", "Bukti persetujuan"},
};

struct CategoryDef
{
    const char* code;
    const char* en;
    const char* id;
};

const CategoryDef kCategories[] = {
    {"identifier", "Customer identifiers", "Tanda pengenal pelanggan"},
    {"name", "Name", "Nama"},
    {"email", "Email address", "Alamat email"},
    {"phone", "Phone number", "Nomor telepon"},
    {"address", "Postal address", "Alamat"},
    {"birth_date", "Date of birth", "Tanggal lahir"},
    {"notes", "Service notes", "Catatan layanan"},
    {"location", "Country of residence", "Negara tempat tinggal"},
    {"preferences", "Language preference", "Preferensi bahasa"},
    {"consent_records", "Consent records", "Catatan persetujuan"},
    {"purchase_history", "Purchase history", "Riwayat pembelian"},
};

// EEA members (EU 27 + Iceland, Liechtenstein, Norway): GDPR Chapter V applies outside them.
const char* const kEea[] = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
                            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"};
} // namespace

QStringList DataInventory::fieldCodes()
{
    QStringList all;
    for (const FieldDef& f : kFields) {
        all << QString::fromLatin1(f.field);
    }
    return all;
}

QString DataInventory::categoryOf(const QString& field)
{
    for (const FieldDef& f : kFields) {
        if (field == QLatin1String(f.field)) {
            return QString::fromLatin1(f.category);
        }
    }
    return {};
}

QStringList DataInventory::categories()
{
    QStringList all;
    for (const CategoryDef& c : kCategories) {
        all << QString::fromLatin1(c.code);
    }
    return all;
}

QString DataInventory::categoryName(const QString& category, const QString& language)
{
    const bool id = language == QLatin1String("id");
    for (const CategoryDef& c : kCategories) {
        if (category.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0) {
            return QString::fromUtf8(id ? c.id : c.en);
        }
    }
    return category;
}

QString DataInventory::fieldName(const QString& field, const QString& language)
{
    const bool id = language == QLatin1String("id");
    for (const FieldDef& f : kFields) {
        if (field == QLatin1String(f.field)) {
            return QString::fromUtf8(id ? f.id : f.en);
        }
    }
    return field;
}

DataInventory::Result DataInventory::build(const QList<Purpose>& purposes)
{
    Result r;
    for (const FieldDef& f : kFields) {
        FieldRow row;
        row.field = QString::fromLatin1(f.field);
        row.category = QString::fromLatin1(f.category);
        for (const Purpose& p : purposes) {
            if (p.active && p.dataCategories.contains(row.category, Qt::CaseInsensitive)) {
                row.purposes << p.code;
            }
        }
        row.unused = row.purposes.isEmpty();
        if (row.unused) {
            r.problems << Problem{Problem::Kind::UnusedField,
                                  row.field,
                                  Tr::tr("No purpose uses the field “%1” (category %2): stop collecting it, or "
                                         "name the category in the purpose that needs it.")
                                      .arg(row.field, row.category)};
        }
        r.fields << row;
    }
    const QStringList stored = [] {
        QStringList s;
        for (const FieldDef& f : kFields) {
            s << QString::fromLatin1(f.category);
        }
        return s;
    }();
    for (const Purpose& p : purposes) {
        if (!p.active) {
            continue;
        }
        for (const QString& c : p.dataCategories) {
            if (!stored.contains(c, Qt::CaseInsensitive) && !r.otherCategories.contains(c, Qt::CaseInsensitive)) {
                r.otherCategories << c;
            }
        }
        if (p.retentionDays <= 0) {
            r.problems << Problem{
                Problem::Kind::NoRetention,
                p.code,
                Tr::tr("The purpose “%1” has no retention period: set how long its data is kept.").arg(p.code)};
        }
    }
    return r;
}

bool DataInventory::isThirdCountry(const QString& country, const QString& jurisdiction)
{
    const QString c = country.trimmed().toUpper();
    if (jurisdiction == QLatin1String("GDPR")) {
        for (const char* e : kEea) {
            if (c == QLatin1String(e)) {
                return false;
            }
        }
        return true;
    }
    if (jurisdiction == QLatin1String("CCPA")) {
        return c != QLatin1String("US");
    }
    if (jurisdiction == QLatin1String("LGPD")) {
        return c != QLatin1String("BR");
    }
    return c != QLatin1String("ID"); // UU_PDP, the default rule set
}
