import Foundation
import OnRecordCore
import OnRecordHTML
import Testing

struct HTMLArticleParserTests {
    let parser = HTMLArticleParser()

    // MARK: - Fixtures

    @Test func newsPageKeepsOnlyTheStoryWithParagraphsAndDecodedEntities() throws {
        // Given a full page with navigation, scripts, share bar, ads, related links and comments
        let article = try parser.parse(Fixture.data("news-page.html"), sourcePath: "news-page.html")

        // Then the text is the story alone, one paragraph per block, entities decoded
        let expected = [
            "Harbour council backs flood wall after stormy session",
            "By Mara Quill & Tomas Ferreira",
            "14 March 2025",
            "The harbour council voted 7\u{2013}2 on Thursday night to build a flood wall along the eastern quay, "
                + "ending months of debate.",
            "\u{201C}We cannot keep sandbagging the same streets every winter,\u{201D} said council leader Ines Darrow. "
                + "\u{201C}This wall is overdue.\u{201D}",
            "Opponents, led by fisherman Col Byrne, said the \u{00A3}4m cost was \u{2018}far too high\u{2019} for a "
                + "town of 9,000 people.",
            "It will block the view we have sold to tourists for a century.",
            "What happens next",
            "Surveys begin in April.",
            "Construction is due to start in September.",
            "Public meetings are planned for:\nMonday at the town hall\nWednesday at the library",
        ].joined(separator: "\n\n")
        #expect(article.text == expected)
        #expect(article.format == "html")
        #expect(article.sourcePath == "news-page.html")
    }

    @Test func newsPageMetadataPrefersJSONLDOverMetaTagsAndTitle() throws {
        let article = try parser.parse(Fixture.data("news-page.html"), sourcePath: "news-page.html")

        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Harbour council backs & funds flood wall",
                    url: "https://ledger.example/news/2025/03/flood-wall",
                    outlet: "The Coastal Ledger",
                    author: "Mara Quill, Tomas Ferreira",
                    publishedRaw: "2025-03-14T09:30:00+01:00"
                ))
        #expect(article.publishedAt == "2025-03-14T08:30:00Z")
    }

    @Test func metaTagsAndTitleFillMetadataWithoutJSONLD() throws {
        let article = try parser.parse(Fixture.data("meta-only.html"), sourcePath: "meta-only.html")

        #expect(
            article.text
                == "Ferry fares between the two islands will rise by 6 percent in May, the operator said on Friday."
                + "\n\n\"Fuel has become much more expensive,\" a spokesperson for Straits Ferries said.")
        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Ferry fares to rise in May",
                    url: "https://islandpost.example/ferry-fares",
                    outlet: "The Island Post",
                    author: "Dev Anand",
                    publishedRaw: "2024-11-02"
                ))
        #expect(article.publishedAt == "2024-11-02")
    }

    @Test func withoutArticleOrMainTheElementWithMostParagraphTextWins() throws {
        let article = try parser.parse(Fixture.data("largest-text.html"))

        #expect(
            article.text
                == """
                The county library will stay open until 9 p.m. on weekdays from next month.

                Head librarian Ruth Okafor said the change followed a survey of 1,200 residents.

                \u{201C}Students told us they had nowhere quiet to study in the evenings,\u{201D} Okafor said.
                """)
        #expect(article.metadata == ArticleMetadata(title: "Library hours extended - Valley Weekly"))
        #expect(article.publishedAt == nil)
        #expect(article.sourcePath == nil)
    }

    @Test func brokenMarkupIsRecovered() throws {
        // Given unclosed <p>, <b>, <i> and <div>, a stray "&" and "<", and a missing </head>
        let article = try parser.parse(Fixture.data("broken.html"), sourcePath: "broken.html")

        // Then libxml2 repairs the tree and each paragraph still comes out on its own (the story's <div> is
        // never closed, so the last paragraph belongs to it; the share bar's <div> is dropped)
        #expect(
            article.text
                == [
                    "Water bills will fall by 3 percent, the utility said.",
                    "Its chief executive, Lena Brandt, said savings came from fixing leaks",
                    "Customers & businesses < 50 employees get the cut first.",
                    "The cut takes effect in July, when the new tariff starts.",
                ].joined(separator: "\n\n"))
        #expect(article.metadata.title == "Water bills to fall")
    }

    @Test func jsonLDArticleInsideGraphWithReferencesAndAuthorArray() throws {
        let article = try parser.parse(Fixture.data("graph.html"), sourcePath: "graph.html")

        #expect(
            article.metadata
                == ArticleMetadata(
                    title: "Miners\u{2019} strike enters third week",
                    url: "https://northstar.example/2025/miners-strike",
                    outlet: "Northstar Daily",
                    author: "Amal Haddad, Piotr Nowak",
                    publishedRaw: "2025-06-01T18:45:10.250-04:00"
                ))
        #expect(article.publishedAt == "2025-06-01T22:45:10Z")
        #expect(
            article.text
                == "The strike at the Ridgeback mine entered its third week on Sunday.\n\n"
                + "Union steward Piotr Nowak said talks would resume on Tuesday.")
    }

    @Test func declaredWindows1252CharsetIsDecoded() throws {
        let article = try parser.parse(Fixture.data("windows-1252.html"), sourcePath: "windows-1252.html")

        #expect(
            article.text
                == "Caf\u{00E9} owners in the old town say the new terrace rules are unfair.\n\n"
                + "\u{201C}We were never asked,\u{201D} said Jos\u{00E9} Mart\u{00ED}nez \u{2014} who runs three caf\u{00E9}s."
        )
        #expect(article.metadata.title == "Caf\u{00E9} owners protest new rules")
    }

    // MARK: - Failures

    @Test func pageWithOnlyFurnitureHasNoArticleText() throws {
        let data = try Fixture.data("no-text.html")
        #expect(throws: HTMLInputError.noArticleText(path: "no-text.html")) {
            try parser.parse(data, sourcePath: "no-text.html")
        }
    }

    @Test func binaryFileIsUnparsable() throws {
        let data = try Fixture.data("binary.png")
        #expect(throws: HTMLInputError.unparsable(path: "photo.html", reason: "it holds binary data, not text")) {
            try parser.parse(data, sourcePath: "photo.html")
        }
    }

    @Test(arguments: ["", "   \n\t  "])
    func emptyInputIsUnparsable(content: String) {
        #expect(throws: HTMLInputError.unparsable(path: "empty.html", reason: "the file is empty")) {
            try parser.parse(Data(content.utf8), sourcePath: "empty.html")
        }
    }

    @Test func errorMessagesNameTheFileAndSayWhatToDo() {
        let noText = HTMLInputError.noArticleText(path: "front.html")
        #expect(noText.localizedDescription.hasPrefix("No article text was found in 'front.html'."))
        #expect(noText.localizedDescription.contains("ingest that instead"))

        let unparsable = HTMLInputError.unparsable(path: "a.html", reason: "the file is empty")
        #expect(unparsable.localizedDescription.hasPrefix("Could not read 'a.html' as HTML: the file is empty."))
    }

    @Test func unnamedInputIsNamedInErrors() {
        #expect(throws: HTMLInputError.noArticleText(path: "(unnamed input)")) {
            try parser.parse(html: "<html><body><nav>Home</nav></body></html>")
        }
    }
}
