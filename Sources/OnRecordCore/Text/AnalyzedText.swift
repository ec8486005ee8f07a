/// A document prepared for the rules: scalars, tokens, quoted spans and sentence boundaries.
struct AnalyzedText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [QuotedSpan]
    /// For each token, the index of the quote whose marks or content contain it, or -1.
    let quoteOfToken: [Int32]
    /// For each token, whether a sentence ends right after it (outside quotes).
    let sentenceEndsAfter: [Bool]
    /// For each token, the index of the first token of its sentence.
    let sentenceStartOf: [Int32]
    /// For each token, the index of the first token of its paragraph.
    let paragraphStartOf: [Int32]

    init(_ text: String) {
        self.init(scalars: text.unicodeScalarArray)
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        let quotes = QuoteScanner.scan(tokens)
        self.quotes = quotes
        var owner = [Int32](repeating: -1, count: tokens.count)
        for (qi, q) in quotes.enumerated() {
            let last = min(q.closeToken, tokens.count - 1)
            if q.openToken <= last {
                for k in q.openToken...last where tokens[k].kind != .paragraph || k < q.closeToken {
                    owner[k] = Int32(qi)
                }
            }
            // A recovered quote closed at a paragraph break does not own the break.
            if q.recovered, q.closeToken < tokens.count, tokens[q.closeToken].kind == .paragraph {
                owner[q.closeToken] = -1
            }
        }
        self.quoteOfToken = owner
        let ends = AnalyzedText.sentenceEnds(tokens, quotes, owner)
        self.sentenceEndsAfter = ends
        var sentenceStarts = [Int32](repeating: 0, count: tokens.count)
        var paragraphStarts = [Int32](repeating: 0, count: tokens.count)
        var currentSentence: Int32 = 0
        var currentParagraph: Int32 = 0
        for k in 0..<tokens.count {
            if tokens[k].kind == .paragraph && owner[k] < 0 {
                currentParagraph = Int32(k + 1)
            }
            if k > 0 && ends[k - 1] { currentSentence = Int32(k) }
            if tokens[k].kind == .paragraph { currentSentence = Int32(k + 1) }
            sentenceStarts[k] = currentSentence
            paragraphStarts[k] = currentParagraph
        }
        self.sentenceStartOf = sentenceStarts
        self.paragraphStartOf = paragraphStarts
    }

    /// The document's text in `range` (scalar offsets).
    func string(_ range: Range<Int>) -> String {
        AnalyzedText.string(scalars, range)
    }

    /// Builds a string from `scalars[range]` by encoding UTF-8 directly (the generic
    /// `UnicodeScalarView.append(contentsOf:)` path was a measurable cost).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 2)
        for i in lower..<upper {
            let v = scalars[i].value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of tokens `a...b`.
    func string(tokens a: Int, _ b: Int) -> String {
        string(Int(tokens[a].start)..<Int(tokens[b].end))
    }

    func inQuote(_ k: Int) -> Bool { quoteOfToken[k] >= 0 }

    /// Whether token `k` is the closing mark of a quoted span.
    func closesQuote(_ k: Int) -> Bool {
        guard tokens[k].kind == .quote, quoteOfToken[k] >= 0 else { return false }
        return quotes[Int(quoteOfToken[k])].closeToken == k
    }

    /// Whether token `k` is the opening mark of a double-quoted span.
    func opensDoubleQuote(_ k: Int) -> Bool {
        guard tokens[k].kind == .quote, quoteOfToken[k] >= 0 else { return false }
        let q = quotes[Int(quoteOfToken[k])]
        return q.openToken == k && q.isDouble
    }

    /// Capitalized pronouns that open a sentence after an abbreviation's period.
    static let sentenceOpeners = WordSet(words: "he she they we it i")

    @inline(__always)
    static func isTerminal(_ t: Token) -> Bool {
        t.kind == .punct && (t.key == 0x2E || t.key == 0x3F || t.key == 0x21 || t.key == 0x2026)
    }

    private static func sentenceEnds(_ tokens: [Token], _ quotes: [QuotedSpan], _ owner: [Int32]) -> [Bool] {
        let n = tokens.count
        var ends = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let t = tokens[k]
            if t.kind == .paragraph {
                ends[k] = true
                if k > 0 { ends[k - 1] = true }
                continue
            }
            let next = k + 1 < n ? tokens[k + 1] : nil
            // "… attacks in the U.S. He says …": an abbreviation's period ends the sentence when a
            // capitalized pronoun follows (a title never stands before one).
            if owner[k] < 0, t.kind == .word, t.flags.contains(.abbreviation), let nx = next, nx.kind == .word,
                nx.isCapitalized, AnalyzedText.sentenceOpeners.contains(nx.key), t.end - t.start > 2
            {
                ends[k] = true
                continue
            }
            if owner[k] < 0 && isTerminal(t) {
                if let nx = next {
                    if nx.kind == .paragraph || nx.isCapitalized || nx.kind == .quote
                        || (nx.kind == .punct && nx.key != 0x2C && nx.key != 0x29 && nx.key != 0x5D && nx.key != 0x2E)
                    {
                        ends[k] = true
                    }
                } else {
                    ends[k] = true
                }
            } else if owner[k] >= 0 && t.kind == .quote {
                let q = quotes[Int(owner[k])]
                // A closing mark after sentence punctuation ends the sentence when a new one starts.
                if q.closeToken == k && k > 0 && isTerminal(tokens[k - 1]) {
                    if let nx = next {
                        if nx.kind == .paragraph || nx.isCapitalized || nx.kind == .quote { ends[k] = true }
                    } else {
                        ends[k] = true
                    }
                }
            }
        }
        if n > 0 { ends[n - 1] = true }
        return ends
    }
}
