import Foundation
import Testing

@testable import OnRecordCore

/// The demo corpus in `samples/` must always read cleanly: it is what the README walks through.
struct SamplesTests {
    private static let samplesFolder: String = {
        // Tests/OnRecordCoreTests/Input/SamplesTests.swift → repository root.
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples").path
    }()

    private static var files: [String] {
        ArticleDiscovery(extensions: ["md", "txt"], exclude: ["README.md"]).discover([samplesFolder]).map(\.path)
    }

    @Test func corpusHasAtLeastTenArticles() {
        #expect(Self.files.count >= 10)
    }

    @Test(arguments: files)
    func sampleReadsWithMetadataAndDate(path: String) throws {
        let loaded = try ArticleReader().load(fileAt: path)
        let article = loaded.article
        let words = article.text.split(whereSeparator: { $0.isWhitespace }).count
        #expect((150...400).contains(words), "\(words) words")
        if path.hasSuffix(".txt") {
            // The one plain-text sample deliberately has no front matter.
            #expect(article.metadata == ArticleMetadata())
            #expect(article.publishedAt == nil)
            return
        }
        let published = try #require(article.publishedAt, "no normalized date")
        let day = try #require(DateNormalizer.day(of: published))
        #expect(day >= "2022-02-01" && day <= "2022-11-30")
        #expect(article.metadata.title?.isEmpty == false)
        #expect(article.metadata.outlet?.isEmpty == false)
        #expect(article.metadata.author?.isEmpty == false)
        #expect(article.metadata.url?.hasPrefix("https://example-news.test/") == true)
        // The file name starts with the publication day, so the corpus sorts chronologically.
        #expect(URL(fileURLWithPath: path).lastPathComponent.hasPrefix(day))
    }

    @Test func zelenskySpellingsShareOneKey() throws {
        let spellings = ["Zelensky", "Zelenskyy", "Zelenskiy"]
        for spelling in spellings {
            let found = try Self.files.contains { path in
                try ArticleReader().read(fileAt: path).text.contains(spelling + " ")
            }
            #expect(found, "\(spelling) missing from the corpus")
        }
        #expect(Set(spellings.map(NameKey.key(for:))).count == 1)
    }
}
