import Foundation
import OnRecordCore
import OnRecordHTML
import Testing

/// Converting `ArticleRecord`s (from JSON and JSON Lines files) into articles.
struct HTMLArticleParserRecordTests {
    let parser = HTMLArticleParser()

    @Test func htmlRecordFieldsWinOverThePageButThePageFillsTheGaps() throws {
        let html = """
            <head><title>Page title</title><meta name="author" content="Page Author">
            <meta property="og:site_name" content="Page Outlet"></head>
            <body><article><p>Story from a feed.</p></article></body>
            """
        let record = ArticleRecord(
            content: .html(html),
            id: "7",
            metadata: ArticleMetadata(title: "Feed title", publishedRaw: "2025-02-03T04:05:06Z"),
            sourcePath: "feed.jsonl",
            location: .line(4),
            format: .jsonLines
        )

        let article = try parser.parse(record)

        #expect(article.text == "Story from a feed.")
        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Feed title", outlet: "Page Outlet", author: "Page Author",
                    publishedRaw: "2025-02-03T04:05:06Z"))
        #expect(article.publishedAt == "2025-02-03T04:05:06Z")
        #expect(article.format == "html")
        #expect(article.sourcePath == "feed.jsonl")
    }

    @Test func textRecordKeepsItsTextVerbatimAndGetsANormalizedDate() throws {
        let record = ArticleRecord(
            content: .text("  Line one.\r\nLine two.  "),
            metadata: ArticleMetadata(publishedRaw: "2025-02-03"),
            sourcePath: "feed.json",
            location: .record(2),
            format: .json
        )

        let article = try parser.parse(record)

        #expect(article.text == "  Line one.\r\nLine two.  ")
        #expect(article.publishedAt == "2025-02-03")
        #expect(article.format == "json")
        #expect(article.sourcePath == "feed.json")
    }

    @Test func htmlRecordWithoutTextNamesTheRecordInTheError() {
        let record = ArticleRecord(
            content: .html("<nav>Only a menu</nav>"), sourcePath: "feed.jsonl", location: .line(3),
            format: .jsonLines)
        #expect(throws: HTMLInputError.noArticleText(path: "feed.jsonl, line 3")) {
            try parser.parse(record)
        }
    }
}
