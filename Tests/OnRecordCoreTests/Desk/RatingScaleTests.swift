import OnRecordCore
import Testing

struct RatingScaleTests {
    @Test func bareLinesAreNumberedFromBestDownToOneAndNoneHasNoNumber() throws {
        let scale = try RatingScale.parse(
            "# house scale\nCorrect\n\nMisleading   # careful\nWrong\nNo evidence = none\n", name: "house")
        #expect(scale.ratings.map(\.name) == ["Correct", "Misleading", "Wrong", "No evidence"])
        #expect(scale.ratings.map(\.value) == [3, 2, 1, nil])
        #expect(scale.bestRating == 3)
        #expect(scale.worstRating == 1)
        #expect(scale.rating(named: "  no   EVIDENCE ")?.value == nil)
        #expect(scale.rating(named: "no evidence") != nil)
    }

    @Test func explicitNumbersAreKept() throws {
        let scale = try RatingScale.parse("Top = 10\nMiddle = 5\nBottom = 1", name: "x")
        #expect(scale.ratings.map(\.value) == [10, 5, 1])
    }

    @Test(arguments: [
        ("", RatingScaleError.empty),
        ("A = 2\nB", .invalidLine(number: 2, reason: "give 'B' a number or 'none' like the other lines")),
        ("A = 0\nB = 1", .invalidLine(number: 1, reason: "'0' is not a whole number of at least 1")),
        ("A\nA", .invalidLine(number: 2, reason: "'A' appears twice")),
        ("Only", .notAScale(reason: "a numeric scale needs at least two different numbers")),
    ])
    func badScaleFilesSayWhichLine(text: String, expected: RatingScaleError) {
        #expect(throws: expected) { try RatingScale.parse(text, name: "bad") }
    }

    @Test func manualDocumentPointsAtTheWords() {
        let manual = ManualStatement(
            speaker: "Zelensky", text: "Ми вистоїмо — we will stand.", kind: .direct, statedOn: "2022-03-20",
            source: "video address", loggedBy: "Anna")
        let (text, span) = manual.document(loggedAt: "2026-01-01T00:00:00Z")
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == manual.text)
        #expect(manual.sourceURL == nil)
    }
}
