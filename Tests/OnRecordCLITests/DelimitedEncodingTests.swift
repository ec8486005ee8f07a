import OnRecordCore
import Testing

@testable import onrecord

/// The byte-level encoder of listings must write exactly what the documented CSVWriter writes.
struct DelimitedEncodingTests {
    @Test(arguments: [
        "plain", "", "comma, inside", "quote \"here\"", "line\nbreak", "cr\ronly", "crlf\r\nend", "tab\there",
        " leading space", "ünïcödé “quotes”", "\"", "\r\n\r\n", "emoji 🇺🇦, flag",
    ])
    func matchesCSVWriter(field: String) {
        for (csv, dialect) in [(true, CSVWriter<StringSink>.Dialect.csv), (false, .tsv)] {
            var bytes: [UInt8] = []
            DelimitedEncoding.append(field, csv: csv, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CSVWriter<StringSink>.encode(field, dialect: dialect))
        }
    }
}
