// libFuzzer target: the customer CSV import's parsing and per-row validation, on any bytes.
// Run: build-fuzz/tests/fuzz/fuzz_customer_csv -max_len=65536 -timeout=5 corpus/
#include "core/customers/CustomerImporter.h"
#include "core/customers/CustomerService.h"
#include "core/domain/Customer.h"
#include "core/io/CsvReader.h"
#include "core/io/PhoneNumbers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList header = CustomerImporter::header(bytes);
    const CustomerImporter::Mapping mapping = CustomerImporter::guessMapping(header);
    CsvReader reader(bytes);
    CsvReader::Record record;
    qint64 lastLine = 0;
    qint64 lastPosition = reader.position();
    while (reader.next(&record)) {
        // Every call consumes input and lines only move forward.
        if (reader.position() <= lastPosition || record.line < lastLine) {
            __builtin_trap();
        }
        lastPosition = reader.position();
        lastLine = record.line;
        Customer c;
        auto cell = [&](CustomerImporter::Column column) {
            const int i = mapping.columns.value(column, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i) : QString();
        };
        c.fullName = cell(CustomerImporter::Column::FullName);
        c.email = cell(CustomerImporter::Column::Email);
        c.phone = cell(CustomerImporter::Column::Phone);
        c.country = cell(CustomerImporter::Column::Country);
        c.jurisdiction = QStringLiteral("UU_PDP");
        QString phone;
        (void)CustomerService::validate(c, QStringLiteral("ID"), &phone);
        // The "+digits" fast path must agree with libphonenumber's parser on anything.
        for (const QString& field : record.fields) {
            if (PhoneNumbers::toE164(field, QStringLiteral("ID"))
                != PhoneNumbers::toE164Parsed(field, QStringLiteral("ID"))) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
