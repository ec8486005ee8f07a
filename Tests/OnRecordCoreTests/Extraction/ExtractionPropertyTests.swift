import Testing

@testable import OnRecordCore

/// SplitMix64: a small deterministic generator, so every run feeds the same "random" text.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ExtractionPropertyTests {
    /// Pieces that stress the scanner: every kind of quotation mark, apostrophes, cues, names,
    /// control characters, combining marks, emoji, other scripts and line breaks.
    static let pieces: [String] = [
        "\"", "“", "”", "‘", "’", "'", "''", "``", "«", "»", "„", "`", " said", " says", " told reporters",
        " according to", " urged", " that", ", ", ". ", ": ", " — ", "\n", "\n\n", "\r\n", "\t", "\u{0}", "\u{7}",
        " Mr.", " Ms. Ada Lind", " he", " she", " the former", " the latter", " and", " President", " Zelensky",
        " Ukraine", " Russia's", "e\u{301}", "👩‍👩‍👧", "🇺🇦", " Привет", " 東京", " مرحبا", " x", " it's",
        " '90s", "(", ")", " D-N.Y.)", "...", "…", " ", "\u{2028}", "\u{FEFF}", "A", " the", " who said",
        " called for", " has also noted", " Also Read |", " By",
    ]

    static func randomText(_ rng: inout SeededGenerator, length: Int) -> String {
        var s = ""
        for _ in 0..<length {
            s += pieces[Int(rng.next() % UInt64(pieces.count))]
        }
        return s
    }

    /// Every statement's offsets are in range, its text is the document's scalars in that range,
    /// segments are ordered inside the span, and speaker and cue spans spell their strings.
    static func checkInvariants(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        func slice(_ span: TextSpan) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[span.start..<span.end])
            return String(v)
        }
        let statements = AttributionExtractor().extract(from: text)
        var previousStart = -1
        for s in statements {
            #expect(s.span.start >= 0 && s.span.start < s.span.end && s.span.end <= scalars.count)
            guard s.span.start >= 0, s.span.end <= scalars.count, s.span.start <= s.span.end else { continue }
            #expect(s.text == slice(s.span))
            #expect(s.span.start >= previousStart)
            previousStart = s.span.start
            #expect(s.segments.first?.start == s.span.start && s.segments.last?.end == s.span.end)
            for (a, b) in zip(s.segments, s.segments.dropFirst()) { #expect(a.end <= b.start) }
            if let span = s.speakerSpan, let mention = s.speakerMention {
                #expect(span.end <= scalars.count && slice(span) == mention)
            }
            if let span = s.cueSpan, let cue = s.cue {
                #expect(span.end <= scalars.count && slice(span) == cue)
            }
            #expect((0...1).contains(s.confidence))
        }
    }

    @Test(arguments: 0..<40)
    func randomTextKeepsOffsetsExact(seed: Int) {
        var rng = SeededGenerator(state: UInt64(seed) &* 7919 &+ 17)
        Self.checkInvariants(Self.randomText(&rng, length: 20 + Int(rng.next() % 400)))
    }

    static let adversarial: [String] = [
        "",
        "\"",
        "“““““““““",
        "”””””” said he",
        "'''''''''''''",
        "\"a\" \"b\" \"c\" \"d",
        "He said, “" + String(repeating: "x ", count: 2000),
        "Zoë said, “Cafe\u{301} 👍🏽 is open,” she added. “Ünïcödé ✓”",
        "Иван сказал: «Мы готовы». Ivan said, «We are ready.»",
        "\u{0}\u{1}\u{2}\"\u{3}said\u{4}\"",
        "“" + String(repeating: "\n\n“para", count: 300),
        String(repeating: ", said Ada Lind, who said that ", count: 300),
        "According to",
        "according to X,",
        "The latter believes",
        "' hello ' world ' said ' she '",
    ]

    @Test(arguments: adversarial)
    func adversarialTextKeepsOffsetsExact(_ text: String) {
        Self.checkInvariants(text)
    }

    @Test func megabyteParagraphIsHandledQuickly() {
        var rng = SeededGenerator(state: 42)
        let inline = Self.pieces.filter { !$0.unicodeScalars.contains(where: ScalarClass.isNewline) }
        var paragraph = ""
        var count = 0
        while count < 1_000_000 {
            let piece = inline[Int(rng.next() % UInt64(inline.count))]
            paragraph += piece
            count += piece.unicodeScalars.count
        }
        Self.checkInvariants(paragraph)
    }
}
