public import Foundation

/// An article as read from disk, with the hashes that tie stored rows back to the original bytes.
public struct LoadedArticle: Hashable, Sendable {
    /// The article: body text, metadata, normalized date, source path and format.
    public var article: Article
    /// SHA-256 (lowercase hex) of the file's bytes exactly as read, before any normalization.
    public var sourceSHA256: String
    /// SHA-256 (lowercase hex) of the UTF-8 bytes of `article.text`, the stored document text.
    public var textSHA256: String
    /// Front matter keys other than the known ones, lowercased.
    public var extra: [String: String]

    /// Creates a loaded article.
    public init(article: Article, sourceSHA256: String, textSHA256: String, extra: [String: String] = [:]) {
        self.article = article
        self.sourceSHA256 = sourceSHA256
        self.textSHA256 = textSHA256
        self.extra = extra
    }
}

/// Reads plain-text and Markdown articles (with optional front matter) from files or from stdin.
///
/// The reader validates before it decodes, so each kind of bad input gets its own
/// ``ArticleInputError`` with the path in it: missing files, folders, oversized files, empty files,
/// binary files and files that are not UTF-8. HTML and JSON inputs are handled by other readers; this
/// one rejects them with ``ArticleInputError/unsupportedFormat(path:)``.
public struct ArticleReader: Sendable {
    /// The formats this reader handles; the raw value is stored in ``Article/format``.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text (`.txt`, `.text`).
        case text
        /// Markdown (`.md`, `.markdown`); the text is stored as written, markup included.
        case markdown

        /// The format for a file extension (without the dot, any case), or `nil` if unsupported.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "txt", "text": self = .text
            case "md", "markdown": self = .markdown
            default: return nil
            }
        }
    }

    /// The default size limit for one article: 10 MiB.
    public static let defaultSizeLimit = 10 << 20

    /// Creates a reader.
    public init() {}

    /// Reads the article stored at `path`.
    ///
    /// - Parameters:
    ///   - path: A `.txt`, `.text`, `.md` or `.markdown` file.
    ///   - sizeLimit: The largest accepted file, in bytes.
    /// - Returns: The article with its text, metadata, `publishedAt` (via ``DateNormalizer``) and
    ///   `sourcePath` set.
    /// - Throws: ``ArticleInputError``; see ``load(fileAt:sizeLimit:)``.
    public func read(fileAt path: String, sizeLimit: Int = defaultSizeLimit) throws(ArticleInputError) -> Article {
        try load(fileAt: path, sizeLimit: sizeLimit).article
    }

    /// Reads an article from bytes that did not come from a named file (stdin, for instance).
    ///
    /// - Parameters:
    ///   - data: The raw bytes.
    ///   - path: The name to show in messages and store as `sourcePath` (`"-"` or `"<stdin>"`).
    ///   - format: How to label the text.
    ///   - sizeLimit: The largest accepted input, in bytes.
    /// - Returns: The article.
    /// - Throws: ``ArticleInputError``; see ``load(data:path:format:sizeLimit:)``.
    public func read(
        data: Data, path: String, format: Format = .text, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> Article {
        try load(data: data, path: path, format: format, sizeLimit: sizeLimit).article
    }

    /// Reads the article stored at `path`, keeping the content hashes and extra front matter keys.
    ///
    /// - Parameters:
    ///   - path: A `.txt`, `.text`, `.md` or `.markdown` file.
    ///   - sizeLimit: The largest accepted file, in bytes.
    /// - Returns: The article and its hashes.
    /// - Throws: ``ArticleInputError/fileNotFound(path:)`` if nothing is at `path`;
    ///   ``ArticleInputError/unreadable(path:reason:)`` for a folder or an I/O failure;
    ///   ``ArticleInputError/unsupportedFormat(path:)`` for other extensions;
    ///   ``ArticleInputError/tooLarge(path:bytes:limit:)``; and every error of
    ///   ``load(data:path:format:sizeLimit:)``.
    public func load(
        fileAt path: String, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> LoadedArticle {
        let fileManager = FileManager.default
        // One stat(2), which follows symbolic links, answers "exists?", "folder?" and "how large?" for the
        // file a link points to. (FileManager's attributes describe a link itself, and resolving the path
        // first with NSString cost an lstat per path component: together a tenth of reading a file.)
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .fileNotFound(path: path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(path: path, reason: "it is a folder, not a file")
        }
        guard let format = Format(fileExtension: (path as NSString).pathExtension) else {
            throw .unsupportedFormat(path: path)
        }
        if Int(info.st_size) > sizeLimit {
            throw .tooLarge(path: path, bytes: Int(info.st_size), limit: sizeLimit)
        }
        guard fileManager.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try load(data: data, path: path, format: format, sizeLimit: sizeLimit)
    }

    /// Validates, decodes and splits raw bytes into an article.
    ///
    /// - Parameters:
    ///   - data: The raw bytes.
    ///   - path: The path to name in messages and store as `sourcePath`.
    ///   - format: How to label the text.
    ///   - sizeLimit: The largest accepted input, in bytes.
    /// - Returns: The article and its hashes.
    /// - Throws: ``ArticleInputError/tooLarge(path:bytes:limit:)``,
    ///   ``ArticleInputError/emptyFile(path:)`` (no bytes, or only whitespace outside front matter),
    ///   ``ArticleInputError/binaryFile(path:)`` (NUL bytes or many control characters),
    ///   ``ArticleInputError/notUTF8(path:byteOffset:)`` (with the offset of the first bad byte), and
    ///   ``ArticleInputError/malformedFrontMatter(path:line:reason:)``.
    public func load(
        data: Data, path: String, format: Format = .text, sizeLimit: Int = defaultSizeLimit
    ) throws(ArticleInputError) -> LoadedArticle {
        if data.count > sizeLimit {
            throw .tooLarge(path: path, bytes: data.count, limit: sizeLimit)
        }
        if data.isEmpty {
            throw .emptyFile(path: path)
        }
        let decoded = data.withUnsafeBytes { bytes -> Result<String, ArticleInputError> in
            do throws(ArticleInputError) {
                try TextValidation.validate(bytes, path: path)
            } catch {
                return .failure(error)
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
        let text = try decoded.get()
        let parsed = try FrontMatterParser.parse(text, path: path)
        if parsed.body.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw .emptyFile(path: path)
        }
        let article = Article(
            text: parsed.body,
            metadata: parsed.metadata,
            publishedAt: parsed.metadata.publishedRaw.flatMap(DateNormalizer.isoDate(from:)),
            sourcePath: path,
            format: format.rawValue
        )
        return LoadedArticle(
            article: article,
            sourceSHA256: ContentHash.sha256Hex(of: data),
            textSHA256: ContentHash.sha256Hex(of: parsed.body),
            extra: parsed.extra
        )
    }
}

/// Byte-level checks that run before decoding, so bad input gets a precise error.
enum TextValidation {
    /// Throws `binaryFile` or `notUTF8` for bytes that are not article text.
    ///
    /// A file is treated as binary if it contains a NUL byte, or if more than 1 in 20 of its first
    /// 64 KiB are C0 control characters other than tab, LF, CR and form feed (some older CMS exports
    /// contain a few stray control bytes, which should not reject the article). UTF-16 files are
    /// reported as not UTF-8 (at byte 0) rather than as binary, since that tells the user what to fix.
    static func validate(_ bytes: UnsafeRawBufferPointer, path: String) throws(ArticleInputError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw .notUTF8(path: path, byteOffset: 0)
        }
        if bytes.contains(0) {
            throw .binaryFile(path: path)
        }
        let sample = bytes.prefix(64 << 10)
        var controls = 0
        for byte in sample
        where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C)
            || byte == 0x7F
        {
            controls += 1
        }
        if controls > 0, controls * 20 > sample.count {
            throw .binaryFile(path: path)
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw .notUTF8(path: path, byteOffset: offset)
        }
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or `nil`.
    ///
    /// Follows the Unicode "well-formed UTF-8" table: no overlong forms, no surrogates, nothing above
    /// U+10FFFF. For a truncated sequence the offset is that of its lead byte.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
