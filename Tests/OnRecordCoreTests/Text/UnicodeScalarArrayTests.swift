import OnRecordCore
import Testing

struct UnicodeScalarArrayTests {
    @Test(arguments: [
        "", "plain ASCII, with digits 0123 and \n newlines\t",
        "Zelenskyy said, “We won’t trade our land” — «Jérôme» ü ß",
        "日本語のテキスト и кириллица", "flags 🇺🇦, families 👩‍👩‍👧 and e\u{301} combining marks",
        "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func matchesTheScalarView(_ text: String) {
        #expect(text.unicodeScalarArray == Array(text.unicodeScalars))
    }

    @Test func matchesTheScalarViewOnRandomText() {
        // Scalars from every UTF-8 length, surrogates excluded; a fixed generator so a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let ranges: [ClosedRange<UInt32>] = [
            0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF,
        ]
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(next() % 300) {
                let range = ranges[Int(next() % UInt64(ranges.count))]
                let value = range.lowerBound + UInt32(next() % UInt64(range.upperBound - range.lowerBound + 1))
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            let string = String(text)
            #expect(string.unicodeScalarArray == Array(string.unicodeScalars))
        }
    }

    @Test func worksOnSubstringsTurnedIntoStrings() {
        // A String made from a slice of a larger one.
        let whole = "« Bonjour », dit-elle — 🇫🇷 — puis partit."
        let slice = String(whole.dropFirst(2).dropLast(3))
        #expect(slice.unicodeScalarArray == Array(slice.unicodeScalars))
    }
}
