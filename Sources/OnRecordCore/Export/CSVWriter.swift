/// Writes rows as RFC 4180 CSV or as TSV, one row at a time.
///
/// CSV: fields are separated by `,` and records end with CRLF. A field is wrapped in double quotes
/// when it contains a comma, a double quote, CR or LF, and embedded double quotes are doubled. Other
/// fields are written as is (leading spaces and all), so values round-trip exactly. An optional UTF-8
/// byte order mark helps Excel detect the encoding.
///
/// TSV: fields are separated by tabs and records end with LF (what `cut`, `awk` and R's `read.delim`
/// expect). TSV has no quoting, so tabs, CR, LF and CRLF inside fields each become a single space.
///
/// ```swift
/// var writer = CSVWriter(sink: StringSink())
/// try writer.writeRow(["quote_id", "quote_text"])
/// try writer.writeRow(["1", "We want peace, \"now\""])
/// try writer.finish()
/// // writer.sink.text == "quote_id,quote_text\r\n1,\"We want peace, \"\"now\"\"\"\r\n"
/// ```
public struct CSVWriter<Sink: ExportSink> {
    /// The two supported flavors.
    public enum Dialect: Sendable, Hashable {
        /// RFC 4180 comma-separated values.
        case csv
        /// Tab-separated values without quoting.
        case tsv
    }

    /// Where output goes; read it back from a ``StringSink`` in tests.
    public private(set) var sink: Sink
    /// The flavor written.
    public let dialect: Dialect
    /// Whether a UTF-8 byte order mark starts the output.
    public let includesBOM: Bool
    /// Rows written so far (the header counts as a row).
    public private(set) var rowCount = 0
    private var hasStarted = false

    /// Creates a writer; nothing is written until the first row (or ``finish()``).
    ///
    /// - Parameters:
    ///   - sink: The destination.
    ///   - dialect: CSV or TSV.
    ///   - includeBOM: Start the output with U+FEFF.
    public init(sink: Sink, dialect: Dialect = .csv, includeBOM: Bool = false) {
        self.sink = sink
        self.dialect = dialect
        self.includesBOM = includeBOM
    }

    /// Writes one record.
    ///
    /// - Parameter fields: The values, in column order; `nil` is written as an empty field.
    /// - Throws: The sink's write error.
    public mutating func writeRow(_ fields: [String?]) throws {
        try start()
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line.append(dialect == .csv ? "," : "\t") }
            line += Self.encode(field ?? "", dialect: dialect)
        }
        line += dialect == .csv ? "\r\n" : "\n"
        try sink.write(line)
        rowCount += 1
    }

    /// Writes one record.
    ///
    /// - Parameter fields: The values, in column order.
    /// - Throws: The sink's write error.
    public mutating func writeRow(_ fields: [String]) throws {
        try writeRow(fields.map(Optional.some))
    }

    /// Writes the BOM if nothing was written yet, then flushes the sink.
    ///
    /// - Throws: The sink's write or flush error.
    public mutating func finish() throws {
        try start()
        try sink.flush()
    }

    /// Encodes one field for `dialect`, quoting (CSV) or replacing (TSV) as described on the type.
    ///
    /// - Parameters:
    ///   - field: The raw value.
    ///   - dialect: CSV or TSV.
    /// - Returns: The text to place between separators.
    public static func encode(_ field: String, dialect: Dialect = .csv) -> String {
        switch dialect {
        case .csv:
            // Scan bytes: Swift treats "\r\n" as one Character, so Character tests would miss its CR.
            let needsQuotes = field.utf8.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10
            }
            guard needsQuotes else { return field }
            var quoted = "\""
            for scalar in field.unicodeScalars {
                if scalar == "\"" { quoted.unicodeScalars.append("\"") }
                quoted.unicodeScalars.append(scalar)
            }
            quoted.unicodeScalars.append("\"")
            return quoted
        case .tsv:
            guard field.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return field }
            var cleaned = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in field.unicodeScalars {
                switch scalar {
                case "\r":
                    cleaned.append(" ")
                    previousWasCR = true
                    continue
                case "\n" where previousWasCR:
                    break
                case "\t", "\n":
                    cleaned.append(" ")
                default:
                    cleaned.append(scalar)
                }
                previousWasCR = false
            }
            return String(cleaned)
        }
    }

    private mutating func start() throws {
        guard !hasStarted else { return }
        hasStarted = true
        if includesBOM {
            try sink.write("\u{FEFF}")
        }
    }
}
