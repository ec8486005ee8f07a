/// A JSON value whose objects keep their keys in the order they were given.
///
/// `JSONEncoder` can only sort keys alphabetically or leave them in an unspecified order; the export
/// contract instead documents a column order (`quote_id, quote_text, speaker_name, …`), so export
/// rows are built as ``JSONValue`` objects and serialized by ``serialized()``.
///
/// ```swift
/// let row: JSONValue = .object([("quote_id", 1), ("quote_text", "Peace, now"), ("speaker_name", nil)])
/// row.serialized()  // {"quote_id":1,"quote_text":"Peace, now","speaker_name":null}
/// ```
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer, written without a decimal point.
    case int(Int64)
    /// A floating-point number; NaN and infinities are written as `null` (JSON has no spelling for them).
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; members are written in this order. Duplicate keys are written as given.
    case object([(key: String, value: JSONValue)])

    /// Compares values structurally; objects are equal only with the same keys in the same order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// Compact JSON text (no spaces, no trailing newline), non-ASCII characters written as UTF-8.
    ///
    /// - Returns: The serialized value.
    public func serialized() -> String {
        var output = ""
        write(into: &output)
        return output
    }

    /// Appends the compact JSON text of this value to `output`.
    ///
    /// - Parameter output: The string to append to.
    public func write(into output: inout String) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .double(let value):
            output += Self.format(value)
        case .string(let value):
            Self.writeString(value, into: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.key, into: &output)
                output += ":"
                member.value.write(into: &output)
            }
            output += "}"
        }
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)  // Swift's shortest round-trip form; its exponents ("1e-07") are valid JSON.
    }

    private static let hexDigits = Array("0123456789abcdef".unicodeScalars)

    /// Writes `value` as a JSON string literal.
    ///
    /// Escapes `"` and `\`, writes the control characters U+0000–U+001F as `\n`, `\t`, `\r`, `\b`, `\f`
    /// or `\u00XX`, and escapes U+2028 and U+2029 so the output is also safe to embed in JavaScript.
    /// Everything else, including `/` and non-ASCII letters, is written as is.
    static func writeString(_ value: String, into output: inout String) {
        output.unicodeScalars.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += "\\u00"
                    output.unicodeScalars.append(hexDigits[Int(scalar.value >> 4)])
                    output.unicodeScalars.append(hexDigits[Int(scalar.value & 0xF)])
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.unicodeScalars.append("\"")
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral
{
    /// `nil` is `null`.
    public init(nilLiteral: ()) { self = .null }
    /// A boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An integer literal.
    public init(integerLiteral value: Int64) { self = .int(value) }
    /// A floating-point literal.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An array literal.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue {
    /// A string, or `null` for `nil`.
    ///
    /// - Parameter value: An optional string, such as a speaker name that is not known.
    public init(_ value: String?) {
        self = value.map(JSONValue.string) ?? .null
    }

    /// An integer, or `null` for `nil`.
    ///
    /// - Parameter value: An optional integer, such as a character offset.
    public init(_ value: Int?) {
        self = value.map { .int(Int64($0)) } ?? .null
    }

    /// A number, or `null` for `nil`.
    ///
    /// - Parameter value: An optional number, such as a confidence.
    public init(_ value: Double?) {
        self = value.map(JSONValue.double) ?? .null
    }
}
