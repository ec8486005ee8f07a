/// Finds the article body in a page and turns it into paragraph text.
///
/// The text format is the contract that statement offsets rely on: paragraphs (`p`, headings, list
/// items, block quotes and other blocks) are separated by one blank line, `<br>` is a line break,
/// and runs of whitespace inside a paragraph become single spaces.
struct HTMLBodyExtractor {
    /// Tags whose content is never article text.
    ///
    /// `head` is not among them: libxml2 2.9 does not know HTML5 elements, and on a page without
    /// `<body>` it leaves an `<article>` that follows a `<meta>` inside the implied `<head>`.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure",
        "figcaption", "iframe", "object", "embed", "svg", "canvas", "video", "audio", "button", "select",
        "textarea", "input", "dialog", "menu", "title", "meta", "link", "base",
    ]

    /// Words in a `class` or `id` that mark page furniture rather than the story. A class part
    /// (split on spaces, `-` and `_`) matches when it starts with one of these.
    static let boilerplateWords = [
        "related", "share", "sharing", "newsletter", "promo", "advert", "comments", "social", "subscribe",
        "subscription", "sponsor",
    ]

    /// Class parts that must match exactly, because as prefixes they would hit ordinary words
    /// ("ad" would hit "address").
    static let boilerplateParts: Set<String> = ["ad", "ads", "adslot", "comment"]

    /// Tags that the class-and-id rule never removes: a site that writes
    /// `<article class="story has-comments">` still has its story in that article.
    static let structuralTags: Set<String> = ["html", "body", "main", "article"]

    /// Dropped tags that are blocks, so that removing them still separates paragraphs.
    static let droppedBlockTags: Set<String> = [
        "nav", "header", "footer", "aside", "form", "figure", "figcaption", "iframe", "object", "video", "audio",
        "canvas", "dialog", "menu", "noscript", "template",
    ]

    /// Tags that start and end a paragraph.
    static let blockTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main",
        "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre",
        "address", "hr", "center", "details", "summary", "body", "html", "hgroup", "fieldset", "legend",
    ]

    /// The page's root element.
    let root: HTMLElement

    /// The element chosen as the article body, and its text.
    struct Body {
        var element: HTMLElement
        var text: String

        /// The text's length in Unicode scalars, the unit of statement offsets.
        var length: Int { text.unicodeScalars.count }
    }

    /// Chooses the body: the largest `<article>`, then the largest `[itemprop~=articleBody]`, then
    /// the largest `<main>`, then the element whose own `<p>` children hold the most text, then the
    /// whole `<body>`. A tier is skipped when its best candidate holds less than half the text of
    /// the densest paragraph cluster, so a teaser `<article>` can't win over the real story.
    ///
    /// - Returns: `nil` when the page has no text outside page furniture.
    func body() -> Body? {
        let candidates = collectCandidates()
        let cluster = best(of: candidates.paragraphParents.map { ($0.element, $0.score) })
        let clusterLength = cluster?.score ?? 0
        let tiers = [candidates.articles, candidates.articleBodies, candidates.mains]
        for tier in tiers {
            var winner: Body?
            for element in tier {
                let candidate = Body(element: element, text: text(of: element))
                if candidate.length > (winner?.length ?? 0) {
                    winner = candidate
                }
            }
            if let winner, winner.length * 2 >= clusterLength {
                return winner
            }
        }
        if let cluster {
            return Body(element: cluster.element, text: text(of: cluster.element))
        }
        let fallback = root.first(where: { $0.name == "body" }) ?? root
        let fallbackText = text(of: fallback)
        return fallbackText.isEmpty ? nil : Body(element: fallback, text: fallbackText)
    }

    /// The paragraph text of an element, with page furniture inside it removed. The element itself
    /// is kept even if its class looks like furniture, because it was chosen on purpose.
    func text(of element: HTMLElement) -> String {
        var builder = ParagraphBuilder()
        for child in element.children {
            collect(child, into: &builder)
        }
        return builder.finish()
    }

    // MARK: - Candidates

    private struct Candidates {
        var articles: [HTMLElement] = []
        var articleBodies: [HTMLElement] = []
        var mains: [HTMLElement] = []
        var paragraphParents: [(element: HTMLElement, score: Int)] = []
    }

    private func collectCandidates() -> Candidates {
        var candidates = Candidates()
        root.walk { element in
            if Self.isFurniture(element) { return false }
            switch element.name {
            case "article": candidates.articles.append(element)
            case "main": candidates.mains.append(element)
            default: break
            }
            if element.tokens(of: "itemprop").contains("articlebody") {
                candidates.articleBodies.append(element)
            }
            var score = 0
            for case .element(let child) in element.children where child.name == "p" && !Self.isFurniture(child) {
                score += text(of: child).unicodeScalars.count
            }
            if score > 0 {
                candidates.paragraphParents.append((element, score))
            }
            return true
        }
        return candidates
    }

    /// The first element with the highest positive score.
    private func best(of scored: [(HTMLElement, Int)]) -> (element: HTMLElement, score: Int)? {
        var winner: (element: HTMLElement, score: Int)?
        for (element, score) in scored where score > (winner?.score ?? 0) {
            winner = (element, score)
        }
        return winner
    }

    // MARK: - Furniture

    /// Whether an element is page furniture: a dropped tag, hidden, or named like a share bar,
    /// newsletter box, ad slot, related-links list or comments section.
    static func isFurniture(_ element: HTMLElement) -> Bool {
        if droppedTags.contains(element.name) { return true }
        if element.attributes["hidden"] != nil { return true }
        if element.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if structuralTags.contains(element.name) { return false }
        return element.tokens(of: "class").contains(where: isBoilerplateName)
            || element.tokens(of: "id").contains(where: isBoilerplateName)
    }

    private static func isBoilerplateName(_ token: String) -> Bool {
        let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.contains { part in
            boilerplateParts.contains(String(part)) || boilerplateWords.contains(where: { part.hasPrefix($0) })
        }
    }

    // MARK: - Text

    private func collect(_ node: HTMLNode, into builder: inout ParagraphBuilder) {
        switch node {
        case .text(let text):
            builder.append(text)
        case .element(let element):
            if Self.isFurniture(element) {
                // Removing a block must not glue the text on either side of it into one paragraph.
                if Self.blockTags.contains(element.name) || Self.droppedBlockTags.contains(element.name) {
                    builder.endParagraph()
                }
                return
            }
            if element.name == "br" {
                builder.lineBreak()
                return
            }
            if element.name == "q" {
                // Browsers draw the quotation marks of <q>; without them a quote would lose the very
                // marks that statement extraction looks for. Nested quotes get single marks.
                let isOuter = builder.quoteDepth % 2 == 0
                builder.append(isOuter ? "\u{201C}" : "\u{2018}")
                builder.quoteDepth += 1
                for child in element.children {
                    collect(child, into: &builder)
                }
                builder.quoteDepth -= 1
                builder.append(isOuter ? "\u{201D}" : "\u{2019}")
                return
            }
            let isBlock = Self.blockTags.contains(element.name)
            if isBlock { builder.endParagraph() }
            for child in element.children {
                collect(child, into: &builder)
            }
            if isBlock { builder.endParagraph() }
        }
    }
}

/// Accumulates paragraphs, collapsing whitespace as text arrives.
struct ParagraphBuilder {
    /// How many `<q>` elements enclose the text being added.
    var quoteDepth = 0
    /// The finished paragraphs, as UTF-8.
    private var paragraphs: [[UInt8]] = []
    /// The paragraph being built, as UTF-8. Bytes, not a `String`: appending scalar by scalar to a
    /// `String` and asking it for its last scalar was a quarter of the time spent reading pages (profiled).
    private var current: [UInt8] = []
    private var hasPendingSpace = false

    /// Adds character data to the current paragraph.
    ///
    /// Whitespace (Unicode `White_Space`) runs become one space, and characters that browsers do not
    /// draw (soft hyphen, zero-width space, zero-width no-break space) are dropped; left in, they would
    /// split words for search and quote matching.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    // ASCII White_Space: tab, LF, VT, FF, CR and space.
                    if lead == 0x20 || (0x09...0x0D).contains(lead) {
                        hasPendingSpace = true
                    } else {
                        appendPendingSpace()
                        current.append(lead)
                    }
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                let end = min(index + length, bytes.count)
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for continuation in bytes[(index + 1)..<end] {
                    value = value << 6 | UInt32(continuation & 0x3F)
                }
                defer { index = end }
                if value == 0x00AD || value == 0x200B || value == 0xFEFF { continue }
                if let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace {
                    hasPendingSpace = true
                    continue
                }
                appendPendingSpace()
                current.append(contentsOf: bytes[index..<end])
            }
        }
    }

    /// One space for the whitespace seen since the last character, unless the paragraph or its line
    /// has just begun.
    private mutating func appendPendingSpace() {
        if hasPendingSpace, let last = current.last, last != 0x0A {
            current.append(0x20)
        }
        hasPendingSpace = false
    }

    /// Adds a line break (`<br>`); whitespace around it is dropped, and a break that would start a
    /// paragraph is ignored.
    mutating func lineBreak() {
        hasPendingSpace = false
        if !current.isEmpty {
            current.append(0x0A)
        }
    }

    /// Closes the current paragraph, dropping it if it holds no text.
    mutating func endParagraph() {
        while current.last == 0x0A {
            current.removeLast()
        }
        if !current.isEmpty {
            paragraphs.append(current)
        }
        current.removeAll(keepingCapacity: true)
        hasPendingSpace = false
    }

    /// The paragraphs so far, separated by blank lines.
    mutating func finish() -> String {
        endParagraph()
        return String(decoding: Array(paragraphs.joined(separator: [0x0A, 0x0A])), as: UTF8.self)
    }
}
