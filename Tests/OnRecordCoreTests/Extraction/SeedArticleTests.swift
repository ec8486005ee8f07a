import Foundation
import Testing

@testable import OnRecordCore

/// The article the project started from, annotated by the team with resolved actors. It lives
/// outside the repository (`../shared/seed`), so the test is skipped when it is absent.
@Suite struct SeedArticleTests {
    static let seedDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seed")
    static let goldPath = seedDirectory.appendingPathComponent("zelensky-talks.gold.jsonl").path
    static var seedPresent: Bool { FileManager.default.fileExists(atPath: goldPath) }

    struct Gold: Decodable {
        var id: String
        var text: String
        var quotes: [Quote]
        struct Quote: Decodable {
            var kind: String
            var start: Int
            var end: Int
            var text: String
            var actor: String
        }
    }

    @Test(.enabled(if: seedPresent, "../shared/seed is not available"))
    func allSevenSeedStatementsWithResolvedActors() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.goldPath))
        let line = try #require(data.split(separator: UInt8(ascii: "\n")).first)
        let gold = try JSONDecoder().decode(Gold.self, from: Data(line))
        #expect(gold.quotes.count == 7)
        let found = AttributionExtractor().extract(from: gold.text)
        for q in gold.quotes {
            let match = found.first { $0.span.start == q.start && $0.span.end == q.end }
            #expect(match != nil, "missing: \(q.text)")
            #expect(match?.text == q.text)
            #expect(match?.kind.rawValue == q.kind)
            #expect(match?.speaker == q.actor, "speaker for \(q.text)")
        }
        // The "Also Read" lines are page furniture, not statements.
        #expect(!found.contains { $0.text.contains("Also Read") })
    }
}
