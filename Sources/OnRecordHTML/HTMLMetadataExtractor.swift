import Foundation
import OnRecordCore

/// Reads an article's title, URL, outlet, author and date from a page.
///
/// Sources, strongest first: JSON-LD (`NewsArticle`, `Article`, `ReportageNews` and the other news
/// article types, also inside `@graph` and arrays), then meta and link tags (Open Graph, `article:`,
/// `name="author"`, `name="date"`, `rel="canonical"`), then `<title>` and `<time datetime>`.
struct HTMLMetadataExtractor {
    /// The page's root element.
    let root: HTMLElement

    /// The metadata; every field that the page does not give stays `nil`.
    ///
    /// - Parameter body: The chosen article body; its first `<time datetime>` is preferred over one
    ///   elsewhere on the page (which may date a related story).
    func metadata(body: HTMLElement?) -> ArticleMetadata {
        let jsonLD = JSONLDArticle.first(in: root)
        let meta = metaTags()
        let canonicalLink = root.first { $0.name == "link" && $0.tokens(of: "rel").contains("canonical") }
        let canonical = canonicalLink?[attribute: "href"]
        let title = documentTitle()
        let timeElement = { (element: HTMLElement) in
            element.first {
                $0.name == "time"
                    && !($0[attribute: "datetime"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
        }
        let time = (body.flatMap(timeElement) ?? timeElement(root))?[attribute: "datetime"]

        return ArticleMetadata(
            title: firstValue(jsonLD?.headline, meta["og:title"], title),
            url: firstValue(jsonLD?.url, meta["og:url"], canonical),
            outlet: firstValue(jsonLD?.publisher, meta["og:site_name"]),
            author: firstValue(
                jsonLD?.author, meta["author"], meta["article:author"].flatMap(Self.unlessLink),
                meta["dc.creator"]),
            publishedRaw: firstValue(
                jsonLD?.datePublished, meta["article:published_time"], meta["date"], meta["pubdate"],
                meta["publishdate"], meta["dc.date.issued"], meta["dc.date"], meta["datepublished"], time)
        )
    }

    /// The text of the page's `<title>`, skipping the `<title>` elements that label inline SVG icons.
    private func documentTitle() -> String? {
        var title: String?
        root.walk { element in
            if title != nil || element.name == "svg" { return false }
            if element.name == "title" {
                title = element.rawText
                return false
            }
            return true
        }
        return title
    }

    /// Meta tag contents by lowercased `property`, `name` or `itemprop`; the first tag for a key wins.
    private func metaTags() -> [String: String] {
        var values: [String: String] = [:]
        root.walk { element in
            guard element.name == "meta", let content = element[attribute: "content"] else { return true }
            for keyAttribute in ["property", "name", "itemprop"] {
                if let key = element[attribute: keyAttribute]?.lowercased().trimmingCharacters(
                    in: .whitespacesAndNewlines), !key.isEmpty,
                    values[key] == nil
                {
                    values[key] = content
                }
            }
            return true
        }
        return values
    }

    /// `article:author` often holds a profile URL rather than a name.
    private static func unlessLink(_ value: String) -> String? {
        let lowered = value.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? nil : value
    }

    /// The first value that is non-empty after collapsing its whitespace.
    private func firstValue(_ values: String?...) -> String? {
        for value in values {
            if let cleaned = value.map(Self.collapsingWhitespace), !cleaned.isEmpty {
                return cleaned
            }
        }
        return nil
    }

    /// Runs of whitespace become one space, and the ends are trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var builder = ParagraphBuilder()
        builder.append(text)
        return builder.finish()
    }
}

/// The fields we use from a JSON-LD news article object.
struct JSONLDArticle: Equatable {
    /// The schema.org types accepted as "the article": the three common ones plus `NewsArticle`'s
    /// subtypes, which some outlets use for opinion and analysis pieces.
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle",
    ]

    var headline: String?
    var url: String?
    var publisher: String?
    var author: String?
    var datePublished: String?

    /// The first article object in the page's `<script type="application/ld+json">` blocks.
    /// Blocks that are not valid JSON are skipped, as browsers and search engines do.
    static func first(in root: HTMLElement) -> JSONLDArticle? {
        let scripts = root.all { element in
            element.name == "script"
                && (element[attribute: "type"] ?? "").lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
                    .hasPrefix("application/ld+json")
        }
        for script in scripts {
            guard let value = decode(script.rawText) else { continue }
            var index: [String: [String: DecodedJSON]] = [:]
            collectIdentifiedNodes(value, into: &index)
            if let object = findArticle(in: value) {
                return JSONLDArticle(object, index: index)
            }
        }
        return nil
    }

    private init(_ object: [String: DecodedJSON], index: [String: [String: DecodedJSON]]) {
        func resolve(_ value: DecodedJSON?) -> DecodedJSON? {
            // A `{"@id": "#org"}` reference stands for the node with that id elsewhere in the graph.
            if case .object(let members)? = value, members.count == 1, let id = members["@id"]?.stringValue,
                let target = index[id]
            {
                return .object(target)
            }
            return value
        }
        headline = Self.text(object["headline"]) ?? Self.text(object["name"])
        url = Self.text(object["url"]) ?? Self.link(object["mainEntityOfPage"])
        publisher = Self.names(resolve(object["publisher"]), resolve: resolve)
        author = Self.names(object["author"], resolve: resolve)
        datePublished = Self.text(object["datePublished"])
    }

    private static func decode(_ script: String) -> DecodedJSON? {
        var source = script.trimmingCharacters(in: .whitespacesAndNewlines)
        // Old pages wrap the JSON in an HTML comment or CDATA section to hide it from old browsers.
        for (opening, closing) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")]
        where source.hasPrefix(opening) && source.hasSuffix(closing) {
            source = String(source.dropFirst(opening.count).dropLast(closing.count))
        }
        return try? JSONDecoder().decode(DecodedJSON.self, from: Data(source.utf8))
    }

    private static func collectIdentifiedNodes(_ value: DecodedJSON, into index: inout [String: [String: DecodedJSON]])
    {
        switch value {
        case .object(let members):
            if let id = members["@id"]?.stringValue, members.count > 1, index[id] == nil {
                index[id] = members
            }
            for member in members.values {
                collectIdentifiedNodes(member, into: &index)
            }
        case .array(let elements):
            for element in elements {
                collectIdentifiedNodes(element, into: &index)
            }
        default:
            break
        }
    }

    /// Depth-first search for an object whose `@type` is an article type, through `@graph` and
    /// arrays (but not into other objects' properties, where an `Article` would be a citation).
    private static func findArticle(in value: DecodedJSON) -> [String: DecodedJSON]? {
        switch value {
        case .array(let elements):
            for element in elements {
                if let found = findArticle(in: element) { return found }
            }
            return nil
        case .object(let members):
            if isArticle(members) { return members }
            if let graph = members["@graph"] { return findArticle(in: graph) }
            return nil
        default:
            return nil
        }
    }

    private static func isArticle(_ members: [String: DecodedJSON]) -> Bool {
        let types: [String]
        switch members["@type"] {
        case .string(let type)?: types = [type]
        case .array(let elements)?: types = elements.compactMap(\.stringValue)
        default: types = []
        }
        return types.contains { type in
            // "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type.
            let local = type.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? type
            return articleTypes.contains(local.lowercased())
        }
    }

    /// A non-empty string value, with HTML entities that some sites leave in JSON-LD decoded.
    private static func text(_ value: DecodedJSON?) -> String? {
        guard let string = value?.stringValue else { return nil }
        let decoded = HTMLEntities.decode(string)
        return decoded.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : decoded
    }

    /// A URL given as a string or as an object with `@id` or `url`.
    private static func link(_ value: DecodedJSON?) -> String? {
        if let string = text(value) { return string }
        guard case .object(let members)? = value else { return nil }
        return text(members["@id"]) ?? text(members["url"])
    }

    /// Names given as a string, an object with `name`, or an array of those, joined with ", ".
    private static func names(_ value: DecodedJSON?, resolve: (DecodedJSON?) -> DecodedJSON?) -> String? {
        var result: [String] = []
        func add(_ value: DecodedJSON?) {
            switch resolve(value) {
            case .string?:
                if let name = text(value) { result.append(name) }
            case .object(let members)?:
                if let name = text(members["name"]) { result.append(name) }
            case .array(let elements)?:
                elements.forEach { add($0) }
            default:
                break
            }
        }
        add(value)
        var seen: Set<String> = []
        let unique = result.map(HTMLMetadataExtractor.collapsingWhitespace).filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }
}

/// Decodes the few character references that show up in JSON-LD strings (`&amp;`, `&#8220;`).
/// Page text does not need this: libxml2 decodes every entity while parsing.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var remainder = Substring(text)
        while let ampersand = remainder.firstIndex(of: "&") {
            result += remainder[..<ampersand]
            let afterAmpersand = remainder.index(after: ampersand)
            if let semicolon = remainder[afterAmpersand...].prefix(10).firstIndex(of: ";"),
                let decoded = decodeReference(remainder[afterAmpersand..<semicolon])
            {
                result += decoded
                remainder = remainder[remainder.index(after: semicolon)...]
            } else {
                result += "&"
                remainder = remainder[afterAmpersand...]
            }
        }
        return result + remainder
    }

    private static func decodeReference(_ name: Substring) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[String(name)]
    }
}
