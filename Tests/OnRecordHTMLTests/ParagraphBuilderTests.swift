import Testing

@testable import OnRecordHTML

/// `ParagraphBuilder` works on UTF-8 bytes for speed; its text must be exactly what the scalar-by-scalar
/// rules give, since statement offsets point into it.
struct ParagraphBuilderTests {
    /// The rules as first written, one Unicode scalar at a time: the reference the byte version must match.
    struct ScalarReference {
        var paragraphs: [String] = []
        var current = ""
        var hasPendingSpace = false

        mutating func append(_ text: String) {
            let invisible: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{FEFF}"]
            for scalar in text.unicodeScalars where !invisible.contains(scalar) {
                if scalar.properties.isWhitespace {
                    hasPendingSpace = true
                    continue
                }
                if hasPendingSpace, let last = current.unicodeScalars.last, last != "\n" {
                    current.unicodeScalars.append(" ")
                }
                hasPendingSpace = false
                current.unicodeScalars.append(scalar)
            }
        }

        mutating func lineBreak() {
            hasPendingSpace = false
            if !current.isEmpty { current.unicodeScalars.append("\n") }
        }

        mutating func endParagraph() {
            while current.unicodeScalars.last == "\n" { current.unicodeScalars.removeLast() }
            if !current.isEmpty { paragraphs.append(current) }
            current = ""
            hasPendingSpace = false
        }

        mutating func finish() -> String {
            endParagraph()
            return paragraphs.joined(separator: "\n\n")
        }
    }

    /// Pieces of character data with every kind of whitespace, invisible characters, multi-byte scalars
    /// (2, 3 and 4 bytes), combining marks and control characters; "|" ends a paragraph, "^" is a `<br>`.
    static let cases: [[String]] = [
        ["  Hello,\t\n world  ", "again"],
        ["a\u{00A0}b\u{2009}c\u{3000}d\u{2028}e\u{0085}f\u{1680}g"],
        ["soft\u{00AD}hyphen zero\u{200B}width no\u{FEFF}break"],
        ["\u{201C}Quoted,\u{201D} she said. ", "|", "  ", "|", "Next 😀 para\u{0301}graph  "],
        ["line one ", "^", "  line two", "^", "^", " ", "|", "^", "after"],
        ["\u{000B}\u{000C}\r\u{001C}x\u{001F} y\u{007F}z"],
        ["Zelens\u{00AD}kyy ", " ", "said", "|", "", "|", "Ünïcödé – “dash” … ёлка 中文"],
        ["trailing space then break ", "^", "|"],
    ]

    @Test(arguments: cases)
    func byteBuilderMatchesTheScalarRules(_ pieces: [String]) {
        var fast = ParagraphBuilder()
        var reference = ScalarReference()
        for piece in pieces {
            switch piece {
            case "|":
                fast.endParagraph()
                reference.endParagraph()
            case "^":
                fast.lineBreak()
                reference.lineBreak()
            default:
                fast.append(piece)
                reference.append(piece)
            }
        }
        let expected = reference.finish()
        let actual = fast.finish()
        #expect(Array(actual.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
