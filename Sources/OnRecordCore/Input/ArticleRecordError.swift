public import Foundation

/// Why a record file, or one record in it, could not be read.
///
/// Errors about a single record carry its `location`, and the other records of the file still come
/// through; errors about the whole file (unreadable, unknown extension, not JSON at all) have none.
public struct ArticleRecordError: Error, Hashable, Sendable, LocalizedError {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The file could not be read; the associated text is the system's explanation.
        case unreadable(String)
        /// The file's extension is not `.json`, `.jsonl` or `.ndjson`.
        case unsupportedExtension(String)
        /// The text is not valid JSON; the associated text is the decoder's explanation.
        case invalidJSON(String)
        /// The JSON is valid but is not an object (for a line or an array element) or is neither an
        /// object nor an array (for a `.json` file); the associated text names what it is instead.
        case notAnObject(String)
        /// The record has neither a `text` nor an `html` field.
        case missingContent
        /// The record's `text` or `html` field holds only whitespace.
        case emptyContent(field: String)
        /// A field has the wrong JSON type, for instance a title that is a number.
        case wrongType(field: String, expected: String, found: String)
    }

    /// The file, as the caller named it.
    public var path: String
    /// The record that failed, or `nil` when the whole file failed.
    public var location: ArticleRecordLocation?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, location: ArticleRecordLocation?, reason: Reason) {
        self.path = path
        self.location = location
        self.reason = reason
    }

    /// One or two sentences naming the file and record, saying what failed and how to fix it.
    public var errorDescription: String? {
        let subject = location.map { "In '\(path)', \($0)" } ?? "'\(path)'"
        switch reason {
        case .unreadable(let detail):
            return "Could not read '\(path)': \(detail). Check that the file exists and is readable."
        case .unsupportedExtension(let ext):
            let shown = ext.isEmpty ? "no extension" : "the extension '.\(ext)'"
            return "'\(path)' has \(shown); article records must be in a .json or .jsonl file. Rename the file."
        case .invalidJSON(let detail):
            let fix = location == nil ? "Fix the file" : "Fix or remove that line"
            return "\(subject) is not valid JSON: \(detail). \(fix)."
        case .notAnObject(let found):
            let expected = location == nil ? "an object or an array of objects" : "an object"
            return "\(subject) is \(found), not \(expected). Give each article as a JSON object."
        case .missingContent:
            return "\(subject) has neither 'text' nor 'html'. Add the article body under one of those keys."
        case .emptyContent(let field):
            return "\(subject) has an empty '\(field)'. Add the article body or remove the record."
        case .wrongType(let field, let expected, let found):
            return "\(subject) has '\(field)' as \(found), but it must be \(expected). Fix the field or remove it."
        }
    }
}
