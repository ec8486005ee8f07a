import Foundation
import OnRecordCore
import OnRecordHTML
import Testing

/// Inline pages, one metadata rule each.
struct HTMLMetadataTests {
    let parser = HTMLArticleParser()

    private func metadata(head: String, body: String = "<article><p>Story.</p></article>") throws -> ArticleMetadata {
        try parser.parse(html: "<html><head>\(head)</head><body>\(body)</body></html>").metadata
    }

    private func jsonLD(_ json: String) -> String {
        #"<script type="application/ld+json">\#(json)</script>"#
    }

    @Test func topLevelArrayWithStringAuthorAndURLType() throws {
        let head = jsonLD(
            """
            [{"@type": "WebPage", "name": "Not this"},
             {"@type": "https://schema.org/NewsArticle", "headline": "Bridge reopens",
              "author": "Sam Reyes", "mainEntityOfPage": "https://paper.example/bridge",
              "publisher": "Valley Paper", "datePublished": "2023-09-09"}]
            """)
        let metadata = try metadata(head: head)
        #expect(
            metadata
                == ArticleMetadata(
                    title: "Bridge reopens", url: "https://paper.example/bridge", outlet: "Valley Paper",
                    author: "Sam Reyes", publishedRaw: "2023-09-09"))
    }

    @Test func jsonLDInsideAnHTMLCommentAndWithHTMLEntities() throws {
        let head = jsonLD(
            """
            <!--
            {"@type": "Article", "headline": "Fish &amp; chips tax &#8216;dropped&#8217;", "url": "https://x.example/a"}
            -->
            """)
        #expect(try metadata(head: head).title == "Fish & chips tax \u{2018}dropped\u{2019}")
    }

    @Test func nonArticleJSONLDIsIgnoredInFavourOfMetaTags() throws {
        let head =
            jsonLD(#"{"@type": "Organization", "name": "Some Org"}"#)
            + #"<meta property="og:title" content="  OG   headline "><title>Title tag</title>"#
        #expect(try metadata(head: head).title == "OG headline")
    }

    @Test func articleNestedAsAPropertyIsNotTakenForThePage() throws {
        // A WebPage that cites an Article is not itself the article.
        let head =
            jsonLD(#"{"@type": "WebPage", "citation": {"@type": "Article", "headline": "Cited"}}"#)
            + "<title>Own title</title>"
        #expect(try metadata(head: head).title == "Own title")
    }

    @Test func svgIconTitlesAreNotThePageTitle() throws {
        let html = "<body><svg><title>Share icon</title></svg><article><p>Story.</p></article></body>"
        #expect(try parser.parse(html: html).metadata.title == nil)
    }

    @Test func canonicalLinkIsUsedWithoutOGURL() throws {
        let head = #"<link rel="alternate canonical" href="https://site.example/story">"#
        #expect(try metadata(head: head).url == "https://site.example/story")
    }

    @Test func articleAuthorURLIsNotTakenForAName() throws {
        let profile = #"<meta property="article:author" content="https://facebook.example/reporter">"#
        #expect(try metadata(head: profile).author == nil)
        let named = #"<meta property="article:author" content="Nia Cole">"#
        #expect(try metadata(head: named).author == "Nia Cole")
    }

    @Test func timeElementInTheBodyGivesTheDateWhenNothingElseDoes() throws {
        let body = """
            <aside><time datetime="2020-01-01">old</time></aside>
            <article><time datetime="2024-07-04T10:00:00-04:00">4 July</time><p>Story.</p></article>
            """
        let article = try parser.parse(html: "<body>\(body)</body>")
        #expect(article.metadata.publishedRaw == "2024-07-04T10:00:00-04:00")
        #expect(article.publishedAt == "2024-07-04T14:00:00Z")
    }

    @Test func unreadableDateKeepsRawAndLeavesPublishedAtEmpty() throws {
        let head = #"<meta name="date" content="sometime last summer">"#
        let article = try parser.parse(html: "<head>\(head)</head><article><p>Story.</p></article>")
        #expect(article.metadata.publishedRaw == "sometime last summer")
        #expect(article.publishedAt == nil)
    }

    @Test func writtenOutDateIsNormalized() throws {
        let head = #"<meta name="date" content="Thursday, 4 July 2024">"#
        let article = try parser.parse(html: "<head>\(head)</head><article><p>Story.</p></article>")
        #expect(article.metadata.publishedRaw == "Thursday, 4 July 2024")
        #expect(article.publishedAt == "2024-07-04")
    }

    @Test func publishedTimeMetaWinsOverNameDate() throws {
        let head =
            #"<meta name="date" content="2024-01-02"><meta property="article:published_time" content="2024-01-01">"#
        #expect(try metadata(head: head).publishedRaw == "2024-01-01")
    }
}
