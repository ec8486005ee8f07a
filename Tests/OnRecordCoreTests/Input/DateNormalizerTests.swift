import Testing

@testable import OnRecordCore

struct DateNormalizerTests {
    @Test(
        arguments: [
            ("2022-03-20", "2022-03-20"),
            ("  2022-03-20\n", "2022-03-20"),
            ("2022-03-20T10:15:00Z", "2022-03-20T10:15:00Z"),
            ("2022-03-20T10:15:00.123Z", "2022-03-20T10:15:00Z"),
            ("2022-03-20 10:15Z", "2022-03-20T10:15:00Z"),
            ("2022-03-20T10:15:00+02:00", "2022-03-20T08:15:00Z"),
            ("2022-03-20T10:15:00+0200", "2022-03-20T08:15:00Z"),
            ("2022-03-20T01:30:00+02:00", "2022-03-19T23:30:00Z"),
            ("2022-12-31T22:00:00-05:00", "2023-01-01T03:00:00Z"),
            ("2024-02-29T23:00:00-01:00", "2024-03-01T00:00:00Z"),
            ("2022-03-20T10:15:00", "2022-03-20"),
            ("2022/03/20", "2022-03-20"),
            ("March 20, 2022", "2022-03-20"),
            ("Mar. 20, 2022", "2022-03-20"),
            ("Mar 20 2022", "2022-03-20"),
            ("Sept. 5, 2022", "2022-09-05"),
            ("march 20th, 2022", "2022-03-20"),
            ("20 March 2022", "2022-03-20"),
            ("20 Mar. 2022", "2022-03-20"),
            ("1st November 2022", "2022-11-01"),
            ("Sunday, March 20, 2022", "2022-03-20"),
            ("Sun, 20 Mar 2022", "2022-03-20"),
            ("Sun, 20 Mar 2022 10:15:00 +0000", "2022-03-20T10:15:00Z"),
            ("Sun, 20 Mar 2022 10:15:00 GMT", "2022-03-20T10:15:00Z"),
            ("March 20, 2022 3:05 PM", "2022-03-20"),
            ("20 March 2022 9:05 UTC", "2022-03-20T09:05:00Z"),
            ("March 20, 2022 03:05 PM EST", nil),
            ("March 20, 2022 03:05 PM", "2022-03-20"),
            ("March 20, 2022 03:05 pm +01:00", "2022-03-20T14:05:00Z"),
        ] as [(String, String?)])
    func normalizes(raw: String, expected: String?) {
        #expect(DateNormalizer.isoDate(from: raw) == expected)
    }

    @Test(arguments: [
        "", "   ", "yesterday", "2022-13-01", "2022-02-30", "2023-02-29", "2022-3-20", "22-03-20",
        "2022-03-20T25:00:00Z", "2022-03-20T10:61Z", "2022-03-20T10:15:00+2", "2022/03/20T10:15Z",
        "March 32, 2022", "Marchember 20, 2022", "March 20", "20 March", "March 20, 22", "Funday, March 20, 2022",
        "2022-03-20 and more", "March 20, 2022, 10 years ago", "٢٠٢٢-٠٣-٢٠",
    ])
    func rejects(raw: String) {
        #expect(DateNormalizer.isoDate(from: raw) == nil)
    }

    @Test func acceptsLeapDay() {
        #expect(DateNormalizer.isoDate(from: "February 29, 2024") == "2024-02-29")
        #expect(DateNormalizer.isoDate(from: "2000-02-29") == "2000-02-29")
        #expect(DateNormalizer.isoDate(from: "1900-02-29") == nil)
    }

    @Test(
        arguments: [
            ("2022-03-20", "2022-03-20"),
            ("2022-03-20T10:15:00Z", "2022-03-20"),
            ("2022-03-20T01:30:00+02:00", "2022-03-19"),
            ("March 20, 2022", "2022-03-20"),
            ("not a date", nil),
        ] as [(String, String?)])
    func day(raw: String, expected: String?) {
        #expect(DateNormalizer.day(of: raw) == expected)
    }

    /// Machine-readable dates as web pages write them (meta tags, JSON-LD, `<time datetime>`).
    @Test(arguments: [
        ("  2024-03-05\n", "2024-03-05"),
        ("2024-03-05t14:30:00z", "2024-03-05T14:30:00Z"),
        ("2024-03-05T14:30Z", "2024-03-05T14:30:00Z"),
        ("2024-03-05T14:30:00.123456Z", "2024-03-05T14:30:00Z"),
        ("2024-03-05T14:30:00+0200", "2024-03-05T12:30:00Z"),
        ("2024-03-05T14:30:00+02", "2024-03-05T12:30:00Z"),
        ("2024-03-05 23:30:00-05:00", "2024-03-06T04:30:00Z"),
        ("2024-03-01T00:15:00+01:00", "2024-02-29T23:15:00Z"),
        ("2025-01-01T00:00:00+14:00", "2024-12-31T10:00:00Z"),
        ("2024-03-05T14:30:00", "2024-03-05"),
    ])
    func normalizesWebPageDates(raw: String, expected: String) {
        #expect(DateNormalizer.isoDate(from: raw) == expected)
    }

    @Test(arguments: [
        "", "yesterday", "2024-13-01", "2023-02-29", "2024-04-31", "2024-03-05T25:00:00Z", "2024-03-05T14:61Z",
        "2024-03-05T14:30:00+25:00", "2024-03-05T14:30:00Zjunk", "2024-03-05junk",
    ])
    func rejectsMalformedMachineDates(raw: String) {
        #expect(DateNormalizer.isoDate(from: raw) == nil)
    }
}
