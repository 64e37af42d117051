#pragma once

#include <QString>

/// Phone numbers to E.164 with libphonenumber.
///
/// libphonenumber's parser runs a dozen regular expressions per number (extensions, RFC 3966,
/// national prefixes), which made it a third of a CSV import's cost. A number already written
/// as '+' and ASCII digits needs none of them except the national prefix, so for such a number
/// toE164() splits off the country calling code itself and asks libphonenumber only for the
/// possible lengths, provided the region's national prefix for parsing (from libphonenumber's
/// own metadata) is a plain digit string the number does not start with: then the parser would
/// leave the digits as they are, and both paths give the same answer (a test compares them on
/// every calling code). Everything else goes through the parser.
namespace PhoneNumbers {

/// @p phone in E.164 ("+628123456789"), or empty when it is not a possible number. @p region
/// (ISO 3166 alpha-2, or empty) applies to numbers written without their country code.
QString toE164(const QString& phone, const QString& region);

/// The same through libphonenumber's parser only (what toE164() must agree with).
QString toE164Parsed(const QString& phone, const QString& region);

/// Every country calling code libphonenumber knows (for tests).
QList<int> callingCodes();

} // namespace PhoneNumbers
