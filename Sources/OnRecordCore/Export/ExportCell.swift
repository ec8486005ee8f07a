/// One value in an exported or listed row, typed so JSON keeps numbers as numbers.
public enum ExportCell: Hashable, Sendable {
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int64)
    /// A decimal number.
    case real(Double)
    /// No value (empty in CSV, `null` in JSON).
    case null

    /// Wraps an optional string, `nil` becoming ``null``.
    public static func optional(_ value: String?) -> ExportCell {
        value.map(ExportCell.text) ?? .null
    }

    /// The value as CSV and tables show it.
    public var plainText: String {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): ExportCell.format(value)
        case .null: ""
        }
    }

    /// Formats confidences and other decimals with at most three decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
