/// One article read from a JSON or JSON Lines file: its body (plain text or raw HTML) plus metadata.
///
/// HTML bodies are kept raw so that the caller can turn them into article text with OnRecordHTML's
/// `HTMLArticleParser`; OnRecordCore itself never parses HTML.
public struct ArticleRecord: Hashable, Sendable {
    /// The body of a record, exactly as the file gave it.
    public enum Content: Hashable, Sendable {
        /// Plain article text, used verbatim as the text that statement offsets refer to.
        case text(String)
        /// A raw HTML page or fragment, still to be parsed.
        case html(String)
    }

    /// The article body.
    public var content: Content
    /// The record's own identifier (`id`), if it has one; numbers are kept in their decimal form.
    public var id: String?
    /// Title, URL, outlet, author and raw publication date, as given by the record.
    public var metadata: ArticleMetadata
    /// The file the record came from.
    public var sourcePath: String
    /// Where in that file the record sits.
    public var location: ArticleRecordLocation
    /// The kind of file the record came from.
    public var format: ArticleRecordFormat

    /// Creates a record.
    public init(
        content: Content,
        id: String? = nil,
        metadata: ArticleMetadata = ArticleMetadata(),
        sourcePath: String,
        location: ArticleRecordLocation,
        format: ArticleRecordFormat
    ) {
        self.content = content
        self.id = id
        self.metadata = metadata
        self.sourcePath = sourcePath
        self.location = location
        self.format = format
    }

    /// The article for a plain-text record, or `nil` for an HTML record.
    ///
    /// HTML records go through OnRecordHTML's `HTMLArticleParser`, which also fills `publishedAt`.
    /// Here `publishedAt` stays `nil`: OnRecordCore does not normalize dates yet, and the raw date is
    /// kept in `metadata.publishedRaw` for whoever does.
    ///
    /// - Returns: An article whose `format` is the record file's format (`"jsonl"` or `"json"`).
    public func textArticle() -> Article? {
        guard case .text(let text) = content else { return nil }
        return Article(text: text, metadata: metadata, sourcePath: sourcePath, format: format.rawValue)
    }
}

/// Where a record sits in its file, so that messages can point at it.
public enum ArticleRecordLocation: Hashable, Sendable, CustomStringConvertible {
    /// A 1-based line number in a JSON Lines file.
    case line(Int)
    /// A 1-based position in a JSON array (or `1` for a file holding a single object).
    case record(Int)

    /// "line 12" or "record 3".
    public var description: String {
        switch self {
        case .line(let number): "line \(number)"
        case .record(let number): "record \(number)"
        }
    }
}

/// The two file formats that hold article records.
public enum ArticleRecordFormat: String, Hashable, Sendable, CaseIterable {
    /// JSON Lines: one JSON object per line (`.jsonl`, `.ndjson`).
    case jsonLines = "jsonl"
    /// A JSON document holding one object or an array of objects (`.json`).
    case json

    /// The format that a file extension stands for, or `nil` for any other extension.
    ///
    /// - Parameter pathExtension: The extension without its dot, in any case (`"jsonl"`, `"JSON"`).
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "jsonl", "ndjson": self = .jsonLines
        case "json": self = .json
        default: return nil
        }
    }
}
