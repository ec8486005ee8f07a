public import Foundation

/// Reads article records from JSON Lines (`.jsonl`, one object per line) and JSON (`.json`, one
/// object or an array of objects) files.
///
/// Each record needs a `text` or an `html` field (if both are present, `text` wins, since it is
/// already clean). Optional fields: `url`, `title`, `outlet`, `author` (a string, or an array of
/// strings), `id` (a string or a number), and the date as `published`, `published_at` or `date`
/// (tried in that order). Other fields are ignored, and `null` counts as absent.
///
/// A bad record never hides the good ones: the result has one entry per record, in file order, and
/// a failed entry says which line or record failed and why.
public struct ArticleRecordReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the records of a file, choosing the format from its extension.
    ///
    /// - Parameter url: A `.json`, `.jsonl` or `.ndjson` file.
    /// - Returns: One result per record, in file order.
    /// - Throws: `ArticleRecordError` without a location when the file as a whole can't be used: it
    ///   can't be read, its extension is unknown, or (for `.json`) it is not valid JSON.
    public func read(contentsOf url: URL) throws(ArticleRecordError) -> [Result<ArticleRecord, ArticleRecordError>] {
        let path = url.path
        guard let format = ArticleRecordFormat(pathExtension: url.pathExtension) else {
            throw ArticleRecordError(
                path: path, location: nil, reason: .unsupportedExtension(url.pathExtension))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ArticleRecordError(path: path, location: nil, reason: .unreadable(Self.describe(error)))
        }
        return try read(data, format: format, path: path)
    }

    /// Reads the records held in memory.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, in UTF-8.
    ///   - format: How the records are laid out.
    ///   - path: The name used in records and messages (a file path, or `-` for standard input).
    /// - Returns: One result per record, in file order. Blank lines of a JSON Lines file are skipped
    ///   but still counted, so line numbers match what an editor shows.
    /// - Throws: `ArticleRecordError` without a location when a `.json` document is not valid JSON
    ///   or is neither an object nor an array. JSON Lines input never throws.
    public func read(
        _ data: Data,
        format: ArticleRecordFormat,
        path: String
    ) throws(ArticleRecordError) -> [Result<ArticleRecord, ArticleRecordError>] {
        switch format {
        case .jsonLines:
            return readLines(data, path: path)
        case .json:
            return try readDocument(data, path: path)
        }
    }

    private func readLines(_ data: Data, path: String) -> [Result<ArticleRecord, ArticleRecordError>] {
        var results: [Result<ArticleRecord, ArticleRecordError>] = []
        let bytes = Self.droppingByteOrderMark(data)
        let newline = UInt8(ascii: "\n")
        var lineNumber = 0
        for line in bytes.split(separator: newline, omittingEmptySubsequences: false) {
            lineNumber += 1
            var lineBytes = Data(line)
            if lineBytes.last == UInt8(ascii: "\r") {
                lineBytes.removeLast()
            }
            if lineBytes.allSatisfy(Self.isJSONWhitespace) {
                continue
            }
            let location = ArticleRecordLocation.line(lineNumber)
            do throws(DecodeFailure) {
                let value = try Self.decode(lineBytes)
                results.append(makeRecord(from: value, path: path, location: location, format: .jsonLines))
            } catch {
                results.append(
                    .failure(ArticleRecordError(path: path, location: location, reason: .invalidJSON(error.detail))))
            }
        }
        return results
    }

    private func readDocument(
        _ data: Data,
        path: String
    ) throws(ArticleRecordError) -> [Result<ArticleRecord, ArticleRecordError>] {
        let value: DecodedJSON
        do throws(DecodeFailure) {
            value = try Self.decode(Self.droppingByteOrderMark(data), locatesLine: true)
        } catch {
            throw ArticleRecordError(path: path, location: nil, reason: .invalidJSON(error.detail))
        }
        switch value {
        case .object:
            return [makeRecord(from: value, path: path, location: .record(1), format: .json)]
        case .array(let elements):
            return elements.enumerated().map { index, element in
                makeRecord(from: element, path: path, location: .record(index + 1), format: .json)
            }
        default:
            throw ArticleRecordError(path: path, location: nil, reason: .notAnObject(value.typeDescription))
        }
    }

    private func makeRecord(
        from value: DecodedJSON,
        path: String,
        location: ArticleRecordLocation,
        format: ArticleRecordFormat
    ) -> Result<ArticleRecord, ArticleRecordError> {
        func failure(_ reason: ArticleRecordError.Reason) -> Result<ArticleRecord, ArticleRecordError> {
            .failure(ArticleRecordError(path: path, location: location, reason: reason))
        }
        guard case .object(let fields) = value else {
            return failure(.notAnObject(value.typeDescription))
        }
        do throws(FieldError) {
            let content: ArticleRecord.Content
            if let text = try Self.string(fields, "text") {
                guard Self.hasContent(text) else { return failure(.emptyContent(field: "text")) }
                content = .text(text)
            } else if let html = try Self.string(fields, "html") {
                guard Self.hasContent(html) else { return failure(.emptyContent(field: "html")) }
                content = .html(html)
            } else {
                return failure(.missingContent)
            }
            let metadata = ArticleMetadata(
                title: try Self.string(fields, "title"),
                url: try Self.string(fields, "url"),
                outlet: try Self.string(fields, "outlet"),
                author: try Self.author(fields),
                publishedRaw: try Self.publishedDate(fields)
            )
            let record = ArticleRecord(
                content: content,
                id: try Self.identifier(fields),
                metadata: metadata,
                sourcePath: path,
                location: location,
                format: format
            )
            return .success(record)
        } catch {
            return failure(error.reason)
        }
    }

    // MARK: - Field access

    /// A field's problem, before the path and location are known.
    private struct FieldError: Error {
        var reason: ArticleRecordError.Reason

        /// The JSON type that was found, for re-wording a type error under another expectation.
        var found: String {
            if case .wrongType(_, _, let found) = reason { return found }
            return "an unexpected value"
        }
    }

    private static func string(_ fields: [String: DecodedJSON], _ key: String) throws(FieldError) -> String? {
        switch fields[key] {
        case nil, .null?:
            return nil
        case .string(let value)?:
            return value
        case let other?:
            throw FieldError(reason: .wrongType(field: key, expected: "a string", found: other.typeDescription))
        }
    }

    private static func publishedDate(_ fields: [String: DecodedJSON]) throws(FieldError) -> String? {
        for key in ["published", "published_at", "date"] {
            if let value = try string(fields, key) {
                return value
            }
        }
        return nil
    }

    private static func author(_ fields: [String: DecodedJSON]) throws(FieldError) -> String? {
        guard case .array(let elements)? = fields["author"] else {
            return try string(fields, "author")
        }
        var names: [String] = []
        for element in elements {
            guard case .string(let name) = element else {
                throw FieldError(
                    reason: .wrongType(
                        field: "author", expected: "a string or an array of strings",
                        found: "an array holding "
                            + element.typeDescription))
            }
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty {
                names.append(trimmed)
            }
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    private static func identifier(_ fields: [String: DecodedJSON]) throws(FieldError) -> String? {
        if case .number(let number)? = fields["id"] {
            // Integral ids print without a fractional part ("42", not "42.0").
            if number.rounded() == number, abs(number) < 1e15 {
                return String(Int64(number))
            }
            return String(number)
        }
        do throws(FieldError) {
            return try string(fields, "id")
        } catch {
            throw FieldError(reason: .wrongType(field: "id", expected: "a string or a number", found: error.found))
        }
    }

    // MARK: - Decoding helpers

    /// - Parameter locatesLine: Add the line and column of a syntax error (for whole `.json` documents;
    ///   a JSON Lines record is already reported by its line).
    private static func decode(_ data: Data, locatesLine: Bool = false) throws(DecodeFailure) -> DecodedJSON {
        do {
            return try JSONDecoder().decode(DecodedJSON.self, from: data)
        } catch {
            throw DecodeFailure(detail: syntaxErrorDetail(data, locatesLine: locatesLine))
        }
    }

    /// A decoder failure, reduced to the sentence worth showing.
    private struct DecodeFailure: Error {
        var detail: String
    }

    /// Where the JSON syntax breaks. `JSONDecoder` on Linux only says "The given data was not valid
    /// JSON", while `JSONSerialization` names the position ("Invalid value around character 9"), so
    /// the bytes are parsed a second time, only on failure, to get that.
    private static func syntaxErrorDetail(_ data: Data, locatesLine: Bool) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String {
                return sentenceFragment(detail) + (locatesLine ? position(in: data, describedBy: detail) : "")
            }
        }
        return data.isEmpty ? "it is empty" : "it is not well-formed"
    }

    /// " (line L, column C)" for a parser message that names a character offset ("Invalid value around
    /// character 22"), " (at the end, line L)" for one about a truncated document, else "". Editors
    /// show lines, not byte offsets, so this is what lets a person find the spot in a long `.json` file.
    static func position(in data: Data, describedBy detail: String) -> String {
        let bytes = [UInt8](data)
        func line(before end: Int) -> (line: Int, lineStart: Int) {
            var line = 1
            var lineStart = 0
            for index in 0..<min(end, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            return (line, lineStart)
        }
        if let range = detail.range(of: "around character "),
            let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        {
            let (number, lineStart) = line(before: offset)
            let lineBytes = bytes[lineStart..<min(max(offset, lineStart), bytes.count)]
            let column = String(decoding: lineBytes, as: UTF8.self).count + 1
            return " (line \(number), column \(column))"
        }
        if detail.localizedCaseInsensitiveContains("end of file") {
            var end = bytes.count
            while end > 0, isJSONWhitespace(bytes[end - 1]) { end -= 1 }
            return " (the file ends early, at line \(line(before: end).line))"
        }
        return ""
    }

    /// The system's explanation of a read failure, short enough to sit inside our sentence.
    private static func describe(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            case .fileReadNoPermission: return "permission denied"
            default: break
            }
        }
        var message = sentenceFragment(error.localizedDescription)
        let boilerplate = "The operation could not be completed. "
        if message.hasPrefix(boilerplate) {
            message.removeFirst(boilerplate.count)
        }
        return message
    }

    /// `text` trimmed and without its final full stop, so it can be embedded in a sentence.
    private static func sentenceFragment(_ text: String) -> String {
        var message = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while message.hasSuffix(".") {
            message.removeLast()
        }
        return message.isEmpty ? "unknown error" : message
    }

    private static func droppingByteOrderMark(_ data: Data) -> Data {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        return data.starts(with: bom) ? Data(data.dropFirst(bom.count)) : data
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func hasContent(_ text: String) -> Bool {
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
