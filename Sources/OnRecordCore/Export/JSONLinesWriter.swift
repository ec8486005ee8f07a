import Foundation

/// Writes one JSON value per line (JSON Lines / NDJSON), streaming row by row.
///
/// Each line is a compact JSON text followed by `\n`; JSON escapes any newline inside values, so a
/// line is always exactly one row. Use ``writeRow(_:)-(JSONValue)`` with ordered objects when the
/// column order is part of a contract, or ``writeRow(_:)-(Encodable)`` for ad-hoc rows (keys sorted
/// alphabetically so output is stable).
public struct JSONLinesWriter<Sink: ExportSink> {
    /// Where output goes.
    public private(set) var sink: Sink
    /// Rows written so far.
    public private(set) var rowCount = 0

    /// Creates a writer.
    ///
    /// - Parameter sink: The destination.
    public init(sink: Sink) {
        self.sink = sink
    }

    /// Writes one row.
    ///
    /// - Parameter value: The row, usually a ``JSONValue/object(_:)`` with keys in contract order.
    /// - Throws: The sink's write error.
    public mutating func writeRow(_ value: JSONValue) throws {
        var line = ""
        value.write(into: &line)
        line += "\n"
        try sink.write(line)
        rowCount += 1
    }

    /// Writes one ordered object row.
    ///
    /// - Parameter members: Keys and values, in output order.
    /// - Throws: The sink's write error.
    public mutating func writeObject(_ members: [(key: String, value: JSONValue)]) throws {
        try writeRow(.object(members))
    }

    /// Writes one `Encodable` row with `JSONEncoder`, keys sorted, slashes not escaped.
    ///
    /// - Parameter value: The row.
    /// - Throws: `EncodingError` if the value cannot be encoded, or the sink's write error.
    public mutating func writeRow(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        try sink.write(String(decoding: data, as: UTF8.self) + "\n")
        rowCount += 1
    }

    /// Flushes the sink.
    ///
    /// - Throws: The sink's flush error.
    public mutating func finish() throws {
        try sink.flush()
    }
}
