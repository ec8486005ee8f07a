public import Foundation
public import OnRecordCore

/// Turns a saved news web page into an ``OnRecordCore/Article`` whose text is the story alone.
///
/// The page is parsed with libxml2's forgiving HTML parser, so unclosed tags and stray markup are
/// repaired rather than rejected. The body is the largest `<article>`, else `[itemprop=articleBody]`,
/// else `<main>`, else the element with the most paragraph text. Navigation, headers, footers,
/// asides, forms, figures, scripts, and blocks whose class or id says related links, share buttons,
/// newsletter, promo, ads, comments, social or subscribe are left out.
///
/// The article text keeps the paragraph structure: each paragraph, heading, list item and block
/// quote is separated from the next by a blank line (`"\n\n"`), `<br>` becomes `"\n"`, and runs of
/// whitespace inside a paragraph become one space. `<q>` gets the curly quotation marks a browser
/// would draw, and soft hyphens and zero-width spaces are removed. Statement offsets refer to this
/// text.
///
/// Metadata comes from JSON-LD first, then meta tags, then `<title>` and `<time datetime>`; see
/// ``parse(_:sourcePath:)``.
public struct HTMLArticleParser: Sendable {
    /// The value of ``OnRecordCore/Article/format`` for articles made by this parser.
    public static let format = "html"

    /// Creates a parser.
    public init() {}

    /// Parses a page as stored on disk or sent by a server.
    ///
    /// The bytes are read as UTF-8 unless they start with a byte order mark or declare another
    /// charset in a `<meta>` tag (`windows-1252`, `iso-8859-1`, `shift_jis`, …).
    ///
    /// - Parameters:
    ///   - data: The page's bytes.
    ///   - sourcePath: The file the page came from; it is stored in the article and named in errors.
    /// - Returns: An article with format `"html"`, its metadata, and `publishedAt` normalized to
    ///   ISO-8601 when the page's date could be read.
    /// - Throws: ``HTMLInputError/unparsable(path:reason:)`` for empty, binary or oversized input;
    ///   ``HTMLInputError/noArticleText(path:)`` when the page has no body text.
    public func parse(_ data: Data, sourcePath: String? = nil) throws(HTMLInputError) -> Article {
        try parse(bytes: [UInt8](data), forcedEncoding: nil, sourcePath: sourcePath)
    }

    /// Parses a page that is already decoded into a string; any `<meta charset>` is ignored.
    ///
    /// - Parameters:
    ///   - html: The page's markup.
    ///   - sourcePath: The file the page came from; it is stored in the article and named in errors.
    /// - Returns: An article with format `"html"`.
    /// - Throws: ``HTMLInputError`` as ``parse(_:sourcePath:)`` does.
    public func parse(html: String, sourcePath: String? = nil) throws(HTMLInputError) -> Article {
        try parse(bytes: Array(html.utf8), forcedEncoding: "UTF-8", sourcePath: sourcePath)
    }

    /// Turns an article record into an article, parsing its HTML if it has HTML.
    ///
    /// Fields given by the record (title, URL, outlet, author, date) win over those found in its
    /// HTML, because whoever made the record chose them. Text records keep their text and format
    /// (`"jsonl"` or `"json"`); HTML records get format `"html"`. Both get `publishedAt`.
    ///
    /// - Parameter record: A record from ``OnRecordCore/ArticleRecordReader``.
    /// - Returns: The article, with the record's file as its source path.
    /// - Throws: ``HTMLInputError`` when the record's HTML has no article text; the error's path
    ///   names the record, as in `feed.jsonl, line 3`.
    public func parse(_ record: ArticleRecord) throws(HTMLInputError) -> Article {
        switch record.content {
        case .text:
            guard var article = record.textArticle() else {
                throw .noArticleText(path: "\(record.sourcePath), \(record.location)")
            }
            article.publishedAt = article.metadata.publishedRaw.flatMap(DateNormalizer.isoDate(from:))
            return article
        case .html(let html):
            var article = try parse(html: html, sourcePath: "\(record.sourcePath), \(record.location)")
            let fromPage = article.metadata
            let fromRecord = record.metadata
            article.metadata = ArticleMetadata(
                title: fromRecord.title ?? fromPage.title,
                url: fromRecord.url ?? fromPage.url,
                outlet: fromRecord.outlet ?? fromPage.outlet,
                author: fromRecord.author ?? fromPage.author,
                publishedRaw: fromRecord.publishedRaw ?? fromPage.publishedRaw
            )
            article.publishedAt = article.metadata.publishedRaw.flatMap(DateNormalizer.isoDate(from:))
            article.sourcePath = record.sourcePath
            return article
        }
    }

    private func parse(
        bytes: [UInt8],
        forcedEncoding: String?,
        sourcePath: String?
    ) throws(HTMLInputError) -> Article {
        let path = sourcePath ?? "(unnamed input)"
        let root: HTMLElement
        do {
            root = try LibXMLHTMLReader.parse(bytes, forcedEncoding: forcedEncoding)
        } catch {
            throw .unparsable(path: path, reason: Self.describe(error))
        }
        guard let body = HTMLBodyExtractor(root: root).body() else {
            throw .noArticleText(path: path)
        }
        let metadata = HTMLMetadataExtractor(root: root).metadata(body: body.element)
        return Article(
            text: body.text,
            metadata: metadata,
            publishedAt: metadata.publishedRaw.flatMap(DateNormalizer.isoDate(from:)),
            sourcePath: sourcePath,
            format: Self.format
        )
    }

    private static func describe(_ failure: LibXMLHTMLReader.Failure) -> String {
        switch failure {
        case .empty: "the file is empty"
        case .binary: "it holds binary data, not text"
        case .tooLarge: "it is larger than 2 GB"
        case .noDocument: "libxml2 could not build a document from it"
        }
    }
}
