/// The result of splitting a text file into its front matter and its body.
public struct FrontMatter: Hashable, Sendable {
    /// The known keys (`title`, `url`, `outlet`, `published`/`date`, `author`), as metadata.
    public var metadata: ArticleMetadata
    /// Every other key, lowercased, with its unquoted value.
    public var extra: [String: String]
    /// The stored document text: BOM stripped, line ends normalized to LF, leading blank lines after
    /// the front matter dropped, and otherwise exactly as written.
    public var body: String
    /// Whether the file started with a front matter block.
    public var hasFrontMatter: Bool

    /// Creates a parse result.
    public init(metadata: ArticleMetadata, extra: [String: String], body: String, hasFrontMatter: Bool) {
        self.metadata = metadata
        self.extra = extra
        self.body = body
        self.hasFrontMatter = hasFrontMatter
    }
}

/// Reads the optional `---`-delimited block of `key: value` lines at the top of a text or Markdown
/// article.
///
/// This is deliberately not a YAML parser: journalists write a handful of flat fields, and a strict,
/// line-oriented format gives precise error messages (with a line number) instead of YAML's
/// surprises (`no` becoming `false`, dates becoming timestamps). Supported:
///
/// ```text
/// ---
/// title: "Zelensky calls for talks"
/// url: https://example-news.test/2022/03/20/talks
/// outlet: Example News
/// published: March 20, 2022      # `date:` is accepted too
/// author: 'Jane Doe'
/// ---
/// ```
///
/// Keys are case-insensitive. Values may be wrapped in `"…"` (with `\"` and `\\` escapes) or `'…'`
/// (with `''` for a single quote). Blank lines and lines starting with `#` are ignored. Unknown keys
/// are kept in ``FrontMatter/extra``. A key given twice is an error, because silently picking one
/// would hide a mistake in the provenance data.
public enum FrontMatterParser {
    /// Splits `text` into front matter and body.
    ///
    /// The body is the stored document text that statement offsets point into, so it is changed only
    /// in three ways: a leading UTF-8 BOM is removed, CRLF and lone CR line ends become LF, and the
    /// blank lines between the closing `---` and the first text line are dropped.
    ///
    /// - Parameters:
    ///   - text: The whole file, decoded.
    ///   - path: The file's path, used in error messages.
    /// - Returns: Metadata, extra keys and body. Text without a leading `---` line has empty metadata.
    /// - Throws: ``ArticleInputError/malformedFrontMatter(path:line:reason:)`` when the block is never
    ///   closed, a line is not `key: value`, a quote is not closed, or a key repeats.
    public static func parse(_ text: String, path: String) throws(ArticleInputError) -> FrontMatter {
        let normalized = normalizeLineEnds(stripBOM(text))
        // Lines are found by their LF bytes, and only up to the closing marker: splitting the whole text
        // into Characters and joining the body back was most of the time spent reading a text file
        // (profiled). A line feed is always a Character of its own, so the lines are the same.
        var lines = LineScanner(normalized)
        guard let first = lines.next(), isDelimiter(normalized[first]) else {
            return FrontMatter(metadata: ArticleMetadata(), extra: [:], body: normalized, hasFrontMatter: false)
        }
        // Find the closing marker first: when it is missing, the first body line would otherwise be
        // reported as a bad field, which hides the real mistake.
        var fieldLines: [Range<String.Index>] = []
        var closed = false
        while let line = lines.next() {
            if isDelimiter(normalized[line]) {
                closed = true
                break
            }
            fieldLines.append(line)
        }
        guard closed else {
            throw .malformedFrontMatter(
                path: path, line: 1, reason: "the block opened with '---' is never closed with a second '---' line")
        }
        var fields: [String: String] = [:]
        for (offset, range) in fieldLines.enumerated() {
            let lineNumber = offset + 2
            let trimmed = normalized[range].trimmedOfSpacesAndTabs()
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                continue
            }
            let (key, value) = try parseField(trimmed, path: path, line: lineNumber)
            if fields[key] != nil {
                throw .malformedFrontMatter(path: path, line: lineNumber, reason: "the key '\(key)' appears twice")
            }
            fields[key] = value
        }
        // The body starts at the first line after the marker that is not blank (spaces and tabs only).
        var body = ""
        while let line = lines.next() {
            if !normalized[line].trimmedOfSpacesAndTabs().isEmpty {
                body = String(normalized[line.lowerBound...])
                break
            }
        }
        return makeResult(fields: fields, body: body)
    }

    /// The lines of a text, split at LF, as ranges of its indices; a text ending in LF ends with an empty line.
    private struct LineScanner {
        let text: String
        var start: String.Index?

        init(_ text: String) {
            self.text = text
            start = text.startIndex
        }

        mutating func next() -> Range<String.Index>? {
            guard let lineStart = start else { return nil }
            let utf8 = text.utf8
            if let newline = utf8[lineStart...].firstIndex(of: 0x0A) {
                start = utf8.index(after: newline)
                return lineStart..<newline
            }
            start = nil
            return lineStart..<text.endIndex
        }
    }

    /// Removes one leading U+FEFF byte order mark.
    static func stripBOM(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" {
            scalars = scalars.dropFirst()
            return String(String.UnicodeScalarView(scalars))
        }
        return text
    }

    /// Turns CRLF and lone CR into LF. Works on scalars because Swift treats CRLF as one Character.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var output = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                output.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) {
                    output.append(scalar)
                }
                previousWasCR = false
            }
        }
        return String(output)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.trimmedOfSpacesAndTabs() == "---" && line.hasPrefix("---")
    }

    private static func parseField(
        _ line: Substring, path: String, line lineNumber: Int
    ) throws(ArticleInputError) -> (String, String) {
        guard let colon = line.firstIndex(of: ":") else {
            throw .malformedFrontMatter(
                path: path, line: lineNumber, reason: "expected 'key: value' but found '\(line)'")
        }
        let key = line[..<colon].trimmedOfSpacesAndTabs().lowercased()
        let keyIsValid =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                    || scalar == "_" || scalar == "-"
            }
        guard keyIsValid else {
            throw .malformedFrontMatter(
                path: path, line: lineNumber, reason: "'\(key)' is not a valid key (use letters, digits, '_' or '-')")
        }
        let rawValue = line[line.index(after: colon)...].trimmedOfSpacesAndTabs()
        let value = try unquote(rawValue, path: path, line: lineNumber)
        return (key, value)
    }

    private static func unquote(_ raw: Substring, path: String, line: Int) throws(ArticleInputError) -> String {
        guard let quote = raw.first, quote == "\"" || quote == "'" else {
            return String(stripTrailingComment(raw))
        }
        var result = ""
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let character = raw[index]
            let next = raw.index(after: index)
            if quote == "\"", character == "\\", next < raw.endIndex {
                let escaped = raw[next]
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(escaped)
                }
                index = raw.index(after: next)
                continue
            }
            if character == quote {
                if quote == "'", next < raw.endIndex, raw[next] == "'" {
                    result.append("'")
                    index = raw.index(after: next)
                    continue
                }
                let rest = raw[next...].trimmedOfSpacesAndTabs()
                guard rest.isEmpty || rest.hasPrefix("#") else {
                    throw .malformedFrontMatter(
                        path: path, line: line, reason: "unexpected text '\(rest)' after the closing quote")
                }
                return result
            }
            result.append(character)
            index = next
        }
        throw .malformedFrontMatter(path: path, line: line, reason: "the quoted value is missing its closing \(quote)")
    }

    /// Drops a trailing ` # comment` from an unquoted value; a `#` not preceded by a space (as in a URL
    /// fragment) is part of the value.
    private static func stripTrailingComment(_ value: Substring) -> Substring {
        var previous: Character = " "
        for index in value.indices {
            if value[index] == "#", previous == " " || previous == "\t", index != value.startIndex {
                return value[..<index].trimmedOfSpacesAndTabs()
            }
            previous = value[index]
        }
        return value
    }

    private static func makeResult(fields: [String: String], body: String) -> FrontMatter {
        var extra = fields
        func take(_ key: String) -> String? {
            guard let value = extra.removeValue(forKey: key) else { return nil }
            return value.isEmpty ? nil : value
        }
        var metadata = ArticleMetadata()
        metadata.title = take("title")
        metadata.url = take("url")
        metadata.outlet = take("outlet")
        metadata.author = take("author")
        if let published = take("published") {
            metadata.publishedRaw = published
        } else {
            metadata.publishedRaw = take("date")
        }
        return FrontMatter(metadata: metadata, extra: extra, body: body, hasFrontMatter: true)
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (newlines are never inside a line here).
    fileprivate func trimmedOfSpacesAndTabs() -> Substring {
        guard let start = firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return self[endIndex...] }
        return self[start...last]
    }
}
