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
        var out = "{\"id\":"
        appendString(id, to: &out)
        out += ",\"statements\":["
        for (i, s) in statements.enumerated() {
            if i > 0 { out += "," }
            append(s, to: &out)
        }
        out += "]}"
        return out
    }

    private static func append(_ s: ExtractedStatement, to out: inout String) {
        out += "{\"kind\":"
        appendString(s.kind.rawValue, to: &out)
        out += ",\"text\":"
        appendString(s.text, to: &out)
        out += ",\"start\":\(s.span.start),\"end\":\(s.span.end),\"segments\":["
        for (i, seg) in s.segments.enumerated() {
            if i > 0 { out += "," }
            out += "[\(seg.start),\(seg.end)]"
        }
        out += "],\"speaker\":"
        appendOptional(s.speaker, to: &out)
        out += ",\"speaker_kind\":"
        appendString(s.speakerKind.rawValue, to: &out)
        out += ",\"speaker_mention\":"
        appendOptional(s.speakerMention, to: &out)
        out += ",\"speaker_start\":" + (s.speakerSpan.map { "\($0.start)" } ?? "null")
        out += ",\"speaker_end\":" + (s.speakerSpan.map { "\($0.end)" } ?? "null")
        out += ",\"cue\":"
        appendOptional(s.cue, to: &out)
        out += ",\"cue_start\":" + (s.cueSpan.map { "\($0.start)" } ?? "null")
        out += ",\"cue_end\":" + (s.cueSpan.map { "\($0.end)" } ?? "null")
        out += ",\"rule\":"
        appendString(s.rule, to: &out)
        let rounded = (s.confidence * 1000).rounded() / 1000
        out += ",\"confidence\":\(rounded)}"
    }

    private static func appendOptional(_ s: String?, to out: inout String) {
        if let s { appendString(s, to: &out) } else { out += "null" }
    }

    /// Writes `s` as a JSON string literal. Non-ASCII stays as UTF-8; control characters are escaped.
    private static func appendString(_ s: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for c in s.unicodeScalars {
            switch c.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x2028, 0x2029:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(c)
            }
        }
        out.unicodeScalars.append("\"")
    }
}
