public import Foundation

/// The `extract` JSON-lines contract: one line per document,
/// `{"id", "statements": [{"kind", "text", "start", "end", "segments", "speaker", "speaker_kind",
/// "speaker_mention", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "rule", "confidence"}]}`.
///
/// Offsets are Unicode scalar offsets (Python `str` indices). Keys are written in a fixed order so
/// the output is byte-for-byte reproducible.
public enum ExtractionOutput {
    /// One input record: an id, the text, and whatever metadata came with it.
    public struct InputRecord: Sendable, Hashable {
        /// The record's identifier (a string, or a number written as a string).
        public var id: String
        /// The article text that offsets refer to.
        public var text: String
        /// Other top-level string fields ("title", "url", "publisher", "date", …).
        public var metadata: [String: String]

        /// Creates a record.
        public init(id: String, text: String, metadata: [String: String] = [:]) {
            self.id = id
            self.text = text
            self.metadata = metadata
        }
    }

    /// Why an input line could not be used.
    public enum DecodingError: Error, Equatable, CustomStringConvertible {
        /// The line is not a JSON object.
        case notAnObject(line: Int)
        /// The object has no string or number "id".
        case missingID(line: Int)
        /// The object has no string "text".
        case missingText(line: Int)

        public var description: String {
            switch self {
            case .notAnObject(let line): "line \(line): not a JSON object"
            case .missingID(let line): "line \(line): record needs an \"id\" (string or number)"
            case .missingText(let line): "line \(line): record needs a \"text\" string"
            }
        }
    }

    /// Decodes one JSONL line `{"id", "text", ...metadata}`.
    /// - Parameters:
    ///   - line: the line's bytes, without its newline.
    ///   - number: the 1-based line number, for error messages.
    /// - Returns: the record.
    /// - Throws: `ExtractionOutput.DecodingError` when the line is not a usable record.
    public static func decodeRecord(_ line: Data, lineNumber number: Int) throws(DecodingError) -> InputRecord {
        guard let object = try? JSONSerialization.jsonObject(with: line), let dict = object as? [String: Any] else {
            throw .notAnObject(line: number)
        }
        let id: String
        if let s = dict["id"] as? String {
            id = s
        } else if let n = dict["id"] as? NSNumber {
            id = n.stringValue
        } else {
            throw .missingID(line: number)
        }
        guard let text = dict["text"] as? String else { throw .missingText(line: number) }
        var metadata: [String: String] = [:]
        for (key, value) in dict where key != "id" && key != "text" {
            if let s = value as? String { metadata[key] = s }
        }
        return InputRecord(id: id, text: text, metadata: metadata)
    }

    /// Splits JSONL data into non-empty lines and decodes each; bad lines are reported, not fatal.
    /// - Returns: the records and the errors, in input order.
    public static func decodeRecords(_ data: Data) -> (records: [InputRecord], errors: [DecodingError]) {
        var records: [InputRecord] = []
        var errors: [DecodingError] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                do {
                    records.append(try decodeRecord(Data(line), lineNumber: lineNumber))
                } catch {
                    errors.append(error)
                }
            }
            start = end < data.endIndex ? data.index(after: end) : end
        }
        return (records, errors)
    }

    /// The JSON line (without newline) for one document's statements.
    public static func line(id: String, statements: [ExtractedStatement]) -> String {
        JSONValue.object([("id", .string(id)), ("statements", .array(statements.map(object)))]).serialized()
    }

    /// One statement as a JSON object, keys in contract order.
    static func object(_ statement: ExtractedStatement) -> JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func offset(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }
        return .object([
            ("kind", .string(statement.kind.rawValue)),
            ("text", .string(statement.text)),
            ("start", .int(Int64(statement.span.start))),
            ("end", .int(Int64(statement.span.end))),
            ("segments", .array(statement.segments.map { .array([.int(Int64($0.start)), .int(Int64($0.end))]) })),
            ("speaker", text(statement.speaker)),
            ("speaker_kind", .string(statement.speakerKind.rawValue)),
            ("speaker_mention", text(statement.speakerMention)),
            ("speaker_start", offset(statement.speakerSpan?.start)),
            ("speaker_end", offset(statement.speakerSpan?.end)),
            ("cue", text(statement.cue)),
            ("cue_start", offset(statement.cueSpan?.start)),
            ("cue_end", offset(statement.cueSpan?.end)),
            ("rule", .string(statement.rule)),
            ("confidence", .double((statement.confidence * 1000).rounded() / 1000)),
        ])
    }
}
