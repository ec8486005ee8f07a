/// Recognizes paragraphs that are page furniture rather than reporting: "Also Read | …", bylines,
/// "Click here", photo credits, newsletter prompts. Statements are never taken from them.
struct BoilerplateFilter {
    /// Paragraph openings (one or two words, lower-cased) that mark furniture.
    static let openings = WordSet(
        """
        also read|read more|read also|read the rest|click here|photo|photos|image|images|credit|credits|\
        follow us|subscribe|sign up|advertisement|related|watch|listen|share this|getty images|file photo|\
        editor's note|copyright|all rights|download the|join our|recommended|more from|see also|tags|trending
        """.split(separator: "|").map { WordKey.of($0.trimmingSpaces.replacingSpaces) })

    private static let by = WordKey.of("by")
    private static let bar = UInt64(0x7C)

    let doc: AnalyzedText

    /// Whether the paragraph whose first token is `start` is boilerplate.
    func isBoilerplate(paragraphStart start: Int) -> Bool {
        let tokens = doc.tokens
        guard start < tokens.count else { return false }
        // Length of the paragraph in tokens, looked at only up to a small bound.
        var end = start
        while end + 1 < tokens.count && tokens[end + 1].kind != .paragraph && end - start < 40 { end += 1 }
        let short = end - start < 40
        // Furniture separated by a bar: "Also Read | …".
        var k = start
        while k <= min(end, start + 4) {
            if tokens[k].kind == .punct && tokens[k].key == BoilerplateFilter.bar { return true }
            k += 1
        }
        guard tokens[start].isWord else { return false }
        var key = tokens[start].key
        if BoilerplateFilter.openings.contains(key) && (short || start + 1 <= end && !tokens[start + 1].isWord) {
            return true
        }
        var words = 1
        var j = start + 1
        while j <= end && words < 3 {
            guard tokens[j].isWord else { break }
            key = WordKey.mix(WordKey.mix(key, 0x20), 0)  // separator, then continue the phrase key
            key = combine(key, tokens[j])
            if BoilerplateFilter.openings.contains(key) { return true }
            words += 1
            j += 1
        }
        // A byline: "By Jane Doe" on a short line.
        if tokens[start].key == BoilerplateFilter.by && tokens[start].isCapitalized && end - start <= 8 {
            return true
        }
        return false
    }

    /// Extends a phrase key with the next word by re-hashing its scalars.
    private func combine(_ key: UInt64, _ t: Token) -> UInt64 {
        var h = key
        for i in t.range { h = WordKey.mix(h, ScalarClass.folded(doc.scalars[i])) }
        return h
    }
}

extension String {
    /// Multi-word phrase keys are built word by word with a separator; this spells them the same way.
    var replacingSpaces: String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == " " {
                out.append(" ")
                out.append(Unicode.Scalar(0))
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
