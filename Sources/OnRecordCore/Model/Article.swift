/// Descriptive facts about an article, as found in its front matter, HTML meta tags or JSON record.
public struct ArticleMetadata: Hashable, Codable, Sendable {
    /// The headline.
    public var title: String?
    /// Where the article was published online.
    public var url: String?
    /// The publication that carried it ("Kyiv Independent").
    public var outlet: String?
    /// The byline.
    public var author: String?
    /// The publication date as written in the source ("March 20, 2022", "2022-03-20T10:00:00Z").
    public var publishedRaw: String?

    /// Creates metadata; every field is optional.
    public init(
        title: String? = nil,
        url: String? = nil,
        outlet: String? = nil,
        author: String? = nil,
        publishedRaw: String? = nil
    ) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.publishedRaw = publishedRaw
    }
}

/// An article ready to be stored: the exact text that offsets refer to, plus its metadata.
public struct Article: Hashable, Sendable {
    /// The article body. Statement offsets are Unicode scalar offsets into this string.
    public var text: String
    /// Title, URL, outlet, author and date.
    public var metadata: ArticleMetadata
    /// The publication date normalized to ISO-8601 (`2022-03-20` or `2022-03-20T10:00:00Z`), if known.
    public var publishedAt: String?
    /// The file the article came from, if any.
    public var sourcePath: String?
    /// The SHA-256 (hex) of the original file's bytes, before any decoding or cleanup.
    public var sourceSHA256: String?
    /// The input format ("text", "markdown", "html", "jsonl").
    public var format: String

    /// Creates an article.
    public init(
        text: String,
        metadata: ArticleMetadata = ArticleMetadata(),
        publishedAt: String? = nil,
        sourcePath: String? = nil,
        sourceSHA256: String? = nil,
        format: String = "text"
    ) {
        self.text = text
        self.metadata = metadata
        self.publishedAt = publishedAt
        self.sourcePath = sourcePath
        self.sourceSHA256 = sourceSHA256
        self.format = format
    }
}
