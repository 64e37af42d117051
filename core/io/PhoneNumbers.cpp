#include "core/io/PhoneNumbers.h"

#include <QHash>
#include <QList>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

// libphonenumber's compiled-in metadata (phonenumbers/metadata.h is not installed).
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
} // namespace i18n::phonenumbers

namespace {

using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxCallingCodeDigits = 3; // as libphonenumber's kMaxLengthCountryCode
constexpr int kMinNationalDigits = 2; // kMinLengthForNsn
constexpr int kMaxNationalDigits = 17; // kMaxLengthForNsn

struct CallingCode
{
    /// False when the national prefix for parsing of the code's main region is a pattern or
    /// unknown: the parser must decide.
    bool fast = false;
    /// That prefix when it is digits only (empty: none).
    std::string nationalPrefix;
};

/// Calling code -> what the fast path needs, read once from libphonenumber's metadata: for
/// each code the region libphonenumber itself parses such numbers with (the main region of a
/// shared code, "001" for non-geographic entities).
const QHash<int, CallingCode>& callingCodeTable()
{
    static const QHash<int, CallingCode> table = [] {
        // Every code the parser recognises is in the table (the fast path must split off the
        // same code the parser would); those without usable metadata send numbers to the parser.
        QHash<int, CallingCode> t;
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        std::set<int> codes;
        util->GetSupportedCallingCodes(&codes);
        for (int code : codes) {
            t.insert(code, CallingCode());
        }
        PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size())) {
            return t;
        }
        for (const auto& m : collection.metadata()) {
            std::string region;
            util->GetRegionCodeForCountryCode(m.country_code(), &region);
            if (region != m.id() || !t.contains(m.country_code())) {
                continue; // another region sharing the code
            }
            CallingCode c;
            const std::string& prefix = m.national_prefix_for_parsing();
            if (prefix.find_first_not_of("0123456789") == std::string::npos) {
                c.fast = true;
                c.nationalPrefix = prefix;
            }
            t.insert(m.country_code(), c);
        }
        return t;
    }();
    return table;
}

/// E.164 for "+" and ASCII digits when the parser would keep the digits as written; empty
/// string: not a possible number; nullopt: the parser must decide.
std::optional<QString> fastE164(const QString& t)
{
    const qsizetype n = t.size();
    if (n < 4 || t.at(0) != QLatin1Char('+') || n > 1 + kMaxCallingCodeDigits + kMaxNationalDigits) {
        return std::nullopt;
    }
    for (qsizetype i = 1; i < n; ++i) {
        const char16_t c = t.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    if (t.at(1) == QLatin1Char('0')) {
        return std::nullopt;
    }
    const QHash<int, CallingCode>& table = callingCodeTable();
    int code = 0;
    const CallingCode* entry = nullptr;
    qsizetype at = 1;
    for (; at <= kMaxCallingCodeDigits && at < n; ++at) {
        code = code * 10 + (t.at(at).unicode() - u'0');
        if (auto it = table.constFind(code); it != table.constEnd()) {
            entry = &it.value();
            ++at;
            break;
        }
    }
    if (!entry || !entry->fast) {
        return std::nullopt;
    }
    const QStringView national = QStringView(t).mid(at);
    // A leading zero is kept by the parser as "Italian leading zero"; a national prefix after
    // the calling code may be stripped: both for the parser.
    if (national.size() < kMinNationalDigits || national.size() > kMaxNationalDigits
        || national.at(0) == QLatin1Char('0')
        || (!entry->nationalPrefix.empty()
            && national.startsWith(
                QLatin1String(entry->nationalPrefix.data(), static_cast<qsizetype>(entry->nationalPrefix.size()))))) {
        return std::nullopt;
    }
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(national.toULongLong());
    if (!PhoneNumberUtil::GetInstance()->IsPossibleNumber(number)) {
        return QString();
    }
    return t; // '+', the calling code and the national number, as given
}

} // namespace

namespace PhoneNumbers {

QString toE164(const QString& phone, const QString& region)
{
    const QString t = phone.trimmed();
    if (auto fast = fastE164(t)) {
        return *fast;
    }
    return toE164Parsed(t, region);
}

QString toE164Parsed(const QString& phone, const QString& region)
{
    const QString t = phone.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toUpper().toStdString();
    if (util->Parse(t.toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return {};
    }
    if (!util->IsPossibleNumber(number)) {
        return {};
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QList<int> callingCodes()
{
    QList<int> codes = callingCodeTable().keys();
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace PhoneNumbers
