import Testing

@testable import OnRecordCore

struct FrontMatterParserTests {
    @Test func parsesKnownAndExtraKeys() throws {
        let text = """
            ---
            title: "Zelensky calls for talks: \\"now\\""
            URL: https://example-news.test/2022/03/20/talks#top
            outlet: 'Example News'
            published: March 20, 2022   # as printed
            author: Jane O'Neill
            section: World
            ---

            KYIV — The president spoke.
            Second line.
            """
        let result = try FrontMatterParser.parse(text, path: "a.md")
        #expect(result.hasFrontMatter)
        #expect(result.metadata.title == "Zelensky calls for talks: \"now\"")
        #expect(result.metadata.url == "https://example-news.test/2022/03/20/talks#top")
        #expect(result.metadata.outlet == "Example News")
        #expect(result.metadata.publishedRaw == "March 20, 2022")
        #expect(result.metadata.author == "Jane O'Neill")
        #expect(result.extra == ["section": "World"])
        #expect(result.body == "KYIV — The president spoke.\nSecond line.")
    }

    @Test func dateKeyIsAcceptedAndPublishedWins() throws {
        let onlyDate = try FrontMatterParser.parse("---\ndate: 2022-03-20\n---\nBody", path: "a.md")
        #expect(onlyDate.metadata.publishedRaw == "2022-03-20")
        #expect(onlyDate.extra.isEmpty)
        let both = try FrontMatterParser.parse("---\ndate: 2022-03-21\npublished: 2022-03-20\n---\nBody", path: "a.md")
        #expect(both.metadata.publishedRaw == "2022-03-20")
        #expect(both.extra == ["date": "2022-03-21"])
    }

    @Test func singleQuotedValueUnescapesDoubledQuote() throws {
        let result = try FrontMatterParser.parse("---\ntitle: 'It''s over'\n---\nBody", path: "a.md")
        #expect(result.metadata.title == "It's over")
    }

    @Test func emptyValueIsAbsent() throws {
        let result = try FrontMatterParser.parse("---\ntitle:\nauthor: \"\"\n---\nBody", path: "a.md")
        #expect(result.metadata.title == nil)
        #expect(result.metadata.author == nil)
    }

    @Test(arguments: [
        ("No front matter.\n", "No front matter.\n"),
        ("\u{FEFF}Body with BOM", "Body with BOM"),
        ("Line one\r\nLine two\rLine three\n", "Line one\nLine two\nLine three\n"),
        ("\n\nLeading blank lines stay without front matter", "\n\nLeading blank lines stay without front matter"),
        ("---\ntitle: T\n---\n\n  \n\nBody\n\n  indented\n", "Body\n\n  indented\n"),
        ("\u{FEFF}---\r\ntitle: T\r\n---\r\n\r\nBody\r\nEnd", "Body\nEnd"),
        ("---\ntitle: T\n---\n", ""),
        ("--- \ntitle: T\n---\t\nBody", "Body"),
        ("----\nnot front matter", "----\nnot front matter"),
    ])
    func bodyNormalization(input: String, expectedBody: String) throws {
        let result = try FrontMatterParser.parse(input, path: "a.md")
        #expect(result.body == expectedBody)
        #expect(Array(result.body.unicodeScalars) == Array(expectedBody.unicodeScalars))
    }

    @Test func commentsAndBlankLinesInsideBlockAreIgnored() throws {
        let result = try FrontMatterParser.parse("---\n# a comment\n\ntitle: T\n---\nBody", path: "a.md")
        #expect(result.metadata.title == "T")
        #expect(result.extra.isEmpty)
    }

    @Test(arguments: [
        ("---\ntitle: T\nBody without closing marker\n", 1),
        ("---\ntitle: T\n", 1),
        ("---\ntitle: T\nthis line has no colon\n---\nBody", 3),
        ("---\ntitle: T\n- a list item\n---\nBody", 3),
        ("---\ntitle: \"unterminated\n---\nBody", 2),
        ("---\ntitle: 'unterminated\n---\nBody", 2),
        ("---\ntitle: \"quoted\" trailing\n---\nBody", 2),
        ("---\ntitle: T\n\ntitle: U\n---\nBody", 4),
        ("---\n: no key\n---\nBody", 2),
        ("---\nbad key: v\n---\nBody", 2),
        ("\u{FEFF}---\r\ntitle: T\r\nno colon\r\n---\r\nBody", 3),
    ])
    func malformedFrontMatterReportsLine(input: String, line: Int) {
        do {
            _ = try FrontMatterParser.parse(input, path: "bad.md")
            Issue.record("expected an error")
        } catch {
            guard case .malformedFrontMatter(let path, let reportedLine, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == "bad.md")
            #expect(reportedLine == line)
            #expect(!reason.isEmpty)
        }
    }
}
