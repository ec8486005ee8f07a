/// RFC 4180 CSV records: CRLF line ends; fields with a comma, quote, CR or LF are quoted and inner
/// quotes doubled.
public enum CSVFormat {
    /// One record, including its trailing CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when needed.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The UTF-8 byte order mark some spreadsheet programs need to read UTF-8 CSV correctly.
    public static let byteOrderMark = "\u{FEFF}"
}

/// Tab-separated records: LF line ends; tabs and line breaks inside a field become spaces, since TSV
/// has no quoting.
public enum TSVFormat {
    /// One record, including its trailing LF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: "\t") + "\n"
    }

    /// One field with tabs and line breaks replaced by spaces.
    public static func field(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}

/// Compact JSON text with keys in a fixed order, for the export and extraction contracts.
public enum JSONFormat {
    /// A JSON object whose keys appear in the given order.
    public static func object(keys: [String], cells: [ExportCell]) -> String {
        var text = "{"
        for (index, key) in keys.enumerated() {
            if index > 0 { text += ", " }
            text += string(key) + ": " + value(index < cells.count ? cells[index] : .null)
        }
        return text + "}"
    }

    /// A cell as a JSON value.
    public static func value(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let text): string(text)
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? ExportCell.format(number) : "null"
        case .null: "null"
        }
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
