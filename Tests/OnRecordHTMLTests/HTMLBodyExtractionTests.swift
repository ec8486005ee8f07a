import Foundation
import OnRecordCore
import OnRecordHTML
import Testing

/// Small inline pages, one rule each, for the body choice and the text format.
struct HTMLBodyExtractionTests {
    let parser = HTMLArticleParser()

    private func text(_ html: String) throws -> String {
        try parser.parse(html: html).text
    }

    @Test func teaserArticleDoesNotBeatTheStoryInMain() throws {
        let html = """
            <main>
              <article><p>Short teaser.</p></article>
              <div><p>The real story is told in these paragraphs, which are much longer than the teaser.</p>
              <p>A second paragraph of the real story adds more detail for readers.</p></div>
            </main>
            """
        #expect(try text(html).hasPrefix("Short teaser.\n\nThe real story"))
    }

    @Test func itempropArticleBodyIsPreferredOverMain() throws {
        let html = """
            <main><h1>Headline</h1><p>Standfirst outside the body.</p>
            <div itemprop="articleBody"><p>Body paragraph one.</p><p>Body paragraph two.</p></div></main>
            """
        #expect(try text(html) == "Body paragraph one.\n\nBody paragraph two.")
    }

    @Test func largestArticleWinsWhenThereAreSeveral() throws {
        let html = """
            <article><p>Brief.</p></article>
            <article><p>The longer article has the story and is chosen over the brief one.</p></article>
            """
        #expect(try text(html) == "The longer article has the story and is chosen over the brief one.")
    }

    @Test(arguments: [
        #"<div class="related-stories"><p>Drop me</p></div>"#,
        #"<div id="share"><p>Drop me</p></div>"#,
        #"<div class="js-social-bar"><p>Drop me</p></div>"#,
        #"<section class="newsletter_box"><p>Drop me</p></section>"#,
        #"<div class="promo"><p>Drop me</p></div>"#,
        #"<div class="advertisement"><p>Drop me</p></div>"#,
        #"<div class="ads"><p>Drop me</p></div>"#,
        #"<div id="comments"><p>Drop me</p></div>"#,
        #"<div class="subscribe-cta"><p>Drop me</p></div>"#,
        #"<p hidden>Drop me</p>"#,
        #"<p aria-hidden="true">Drop me</p>"#,
        #"<aside><p>Drop me</p></aside>"#,
        #"<figure><figcaption>Drop me</figcaption></figure>"#,
        #"<noscript><p>Drop me</p></noscript>"#,
        #"<iframe src="x">Drop me</iframe>"#,
        #"<p>Keep<script>drop()</script> me</p><style>p{}</style>"#,
    ])
    func furnitureInsideTheArticleIsDropped(furniture: String) throws {
        let html = "<article><p>Story text.</p>\(furniture)<p>More story.</p></article>"
        let result = try text(html)
        #expect(!result.contains("Drop"))
        #expect(result.hasPrefix("Story text.\n\n"))
        #expect(result.hasSuffix("\n\nMore story."))
    }

    @Test func wordsThatOnlyStartLikeFurnitureAreKept() throws {
        let html = """
            <article class="story has-comments"><div class="address"><p>10 Quay Street</p></div>
            <div class="badge"><p>Exclusive</p></div></article>
            """
        #expect(try text(html) == "10 Quay Street\n\nExclusive")
    }

    @Test func whitespaceCollapsesInsideParagraphsAndBreaksBecomeNewlines() throws {
        let html = "<article><p>\n  One\t two&nbsp;&nbsp;three <br>  four<br><br>five <br></p><p><br>six</p></article>"
        #expect(try text(html) == "One two three\nfour\n\nfive\n\nsix")
    }

    @Test func inlineMarkupDoesNotSplitParagraphs() throws {
        let html = "<article><p>A <a href='#'>link</a>, <em>emphasis</em>and<strong> bold</strong>.</p></article>"
        #expect(try text(html) == "A link, emphasisand bold.")
    }

    @Test func headingsListItemsAndQuotesAreParagraphs() throws {
        let html = """
            <article><h2>Sub</h2>Loose text<ul><li>One</li><li>Two</li></ul>
            <blockquote>Quoted words</blockquote><table><tr><td>Cell</td></tr></table></article>
            """
        #expect(try text(html) == "Sub\n\nLoose text\n\nOne\n\nTwo\n\nQuoted words\n\nCell")
    }

    @Test func quoteElementsGetTheQuotationMarksBrowsersDraw() throws {
        let html = "<article><p>She said <q>we will <q>never</q> give up</q> and left.</p></article>"
        #expect(try text(html) == "She said \u{201C}we will \u{2018}never\u{2019} give up\u{201D} and left.")
    }

    @Test func invisibleCharactersAreRemoved() throws {
        let html = "<article><p>infra&shy;structure zero&#8203;width &#xFEFF;mark</p></article>"
        #expect(try text(html) == "infrastructure zerowidth mark")
    }

    @Test func commentsAndEntitiesAreHandledByTheParser() throws {
        let html = "<article><p>Tom &amp; Jerry<!-- hidden --> &#8220;said&#8221; &eacute;&#x2014;</p></article>"
        #expect(try text(html) == "Tom & Jerry \u{201C}said\u{201D} \u{00E9}\u{2014}")
    }

    @Test func pageWithoutParagraphsFallsBackToBodyText() throws {
        #expect(try text("<body><nav>Menu</nav><div>Plain text in a div</div></body>") == "Plain text in a div")
    }

    @Test func plainTextWithoutTagsIsAParagraph() throws {
        #expect(try text("Just a line of text.") == "Just a line of text.")
    }

    @Test func stringInputIgnoresDeclaredCharset() throws {
        let html = #"<meta charset="windows-1252"><article><p>Caf\#u{00E9} \#u{201C}ok\#u{201D}</p></article>"#
        #expect(try text(html) == "Caf\u{00E9} \u{201C}ok\u{201D}")
    }

    /// `<meta charset=…>` followed by "Caf\u{E9} \u{201C}ok\u{201D}" in windows-1252 bytes.
    private func windows1252Page(declaring charset: String) -> Data {
        var bytes = Array(#"<meta charset='\#(charset)'><article><p>Caf"#.utf8)
        bytes += [0xE9, 0x20, 0x93] + Array("ok".utf8) + [0x94] + Array("</p></article>".utf8)
        return Data(bytes)
    }

    @Test(arguments: ["iso-8859-1", "ISO-8859-1", "latin1", "windows-1252", "cp1252"])
    func latin1LabelsDecodeAsWindows1252LikeBrowsers(charset: String) throws {
        // 0x93 and 0x94 are curly quotes in windows-1252 and invisible controls in strict Latin-1.
        let article = try parser.parse(windows1252Page(declaring: charset))
        #expect(article.text == "Caf\u{00E9} \u{201C}ok\u{201D}")
    }

    @Test func unknownCharsetFallsBackToUTF8WithoutLosingText() throws {
        // The bytes are not valid UTF-8; libxml2 recovers (how depends on its version), but the
        // ASCII text around them must survive.
        let article = try parser.parse(windows1252Page(declaring: "no-such-charset"))
        #expect(article.text.hasPrefix("Caf"))
        #expect(article.text.contains("ok"))
    }

    @Test func utf8ByteOrderMarkIsHonoured() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<article><p>Zo\u{00EB}</p></article>".utf8)
        #expect(try parser.parse(Data(bytes)).text == "Zo\u{00EB}")
    }
}
