/// Splits a scalar array into words, punctuation, possible quotation marks and paragraph breaks.
///
/// One pass, no backtracking beyond a couple of scalars, so time is linear in the text length.
enum Tokenizer {
    /// Abbreviations whose period does not end a sentence.
    static let abbreviations = WordSet(
        words: """
            mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm st jr sr prof rev hon pres sec amb atty supt
            ala ariz ark calif colo conn del fla ga ind kan ky md mass mich minn mo mont neb nev okla
            pa tenn tex vt va wash wis wyo n.y n.j n.h n.c s.c n.d s.d n.m w.va r.i d-calif r-texas
            no vs etc inc corp co ltd jan feb mar apr aug sept sep oct nov dec mt ft u.s u.k u.n d.c e.g i.e a.m p.m
            """)

    /// Abbreviations that keep their period even in lower case ("etc.", "a.m.").
    static let lowercaseAbbreviations = WordSet(words: "vs etc e.g i.e a.m p.m u.s")

    /// Tokenizes `s`. Offsets in the tokens are indices into `s`.
    static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 8)
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
                continue
            }
            if ScalarClass.isNewline(c) {
                let start = i
                while i < n && (ScalarClass.isNewline(s[i]) || ScalarClass.isSpace(s[i])) { i += 1 }
                tokens.append(Token(start: Int32(start), end: Int32(i), key: 0x0A, kind: .paragraph, flags: []))
                continue
            }
            if ScalarClass.isWordScalar(c) {
                i = scanWord(s, from: i, into: &tokens)
                continue
            }
            if isQuoteLike(c) {
                i = scanQuote(s, from: i, into: &tokens)
                continue
            }
            tokens.append(Token(start: Int32(i), end: Int32(i + 1), key: UInt64(c.value), kind: .punct, flags: []))
            i += 1
        }
        return tokens
    }

    /// Scalars that can act as quotation marks or apostrophes.
    @inline(__always)
    static func isQuoteLike(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x60, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x201E, 0x201A, 0x2039, 0x203A,
            0x201F, 0x201B, 0x300C, 0x300D:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c.value == 0x27 || c.value == 0x2019 }

    private static func scanWord(_ s: [Unicode.Scalar], from begin: Int, into tokens: inout [Token]) -> Int {
        let n = s.count
        var i = begin
        var h = WordKey.seed
        var flags: TokenFlags = ScalarClass.isUpper(s[begin]) ? [.capitalized] : []
        var letters = 0
        var uppers = 0
        var possessive = false
        while i < n {
            let c = s[i]
            if ScalarClass.isWordScalar(c) {
                if ScalarClass.isDigit(c) {
                    flags.insert(.numeric)
                } else {
                    letters += 1
                    if ScalarClass.isUpper(c) { uppers += 1 }
                }
                h = WordKey.mix(h, ScalarClass.folded(c))
                i += 1
                continue
            }
            // Inner joiners: it's, Russia’s, well-known, U.S., 3.5, 1,000.
            if i + 1 < n && ScalarClass.isWordScalar(s[i + 1]) {
                if isApostrophe(c) {
                    possessive =
                        (s[i + 1].value == 0x73 || s[i + 1].value == 0x53)
                        && (i + 2 >= n || !ScalarClass.isWordScalar(s[i + 2]))
                    h = WordKey.mix(h, 0x27)
                    i += 1
                    continue
                }
                if c.value == 0x2D || c.value == 0x2010 || c.value == 0x2011 || c.value == 0x26 {  // - ‐ ‑ &
                    h = WordKey.mix(h, c.value)
                    i += 1
                    continue
                }
                let initials = c.value == 0x2E && ScalarClass.isUpper(s[i + 1]) && i + 2 < n && s[i + 2].value == 0x2E
                if c.value == 0x2E && (i - begin <= 2 || initials) && !ScalarClass.isDigit(s[i + 1]) {  // U.S, D-N.C.
                    h = WordKey.mix(h, 0x2E)
                    i += 1
                    continue
                }
                if (c.value == 0x2E || c.value == 0x2C || c.value == 0x3A) && ScalarClass.isDigit(s[i - 1])
                    && ScalarClass.isDigit(s[i + 1])
                {
                    h = WordKey.mix(h, c.value)
                    i += 1
                    continue
                }
            }
            // A plural possessive after a name: "Sanders’ campaign", "the Davis' house". A name
            // ending in "s", the mark, a space, then a lower-case word (a closing quotation mark is
            // followed by a cue or punctuation far more often than by a lower-case noun).
            if isApostrophe(c), flags.contains(.capitalized), i - begin >= 3, i + 2 < n,
                s[i - 1].value == 0x73, s[i + 1].value == 0x20, s[i + 2].value >= 0x61, s[i + 2].value <= 0x7A
            {
                possessive = true
                i += 1
                break
            }
            break
        }
        if possessive { flags.insert(.possessive) }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        var end = i
        // An abbreviation keeps its period: "Mr.", "U.S.", a middle initial "E.".
        if i < n && s[i].value == 0x2E {
            let single = letters == 1 && uppers == 1 && end - begin == 1
            let known = flags.contains(.capitalized) ? abbreviations.contains(h) : lowercaseAbbreviations.contains(h)
            // "(D-Wis.)": a party and state label keeps its period before the bracket.
            let labelled = flags.contains(.capitalized) && i + 1 < n && s[i + 1].value == 0x29 && end - begin <= 8
            if single || known || labelled || (end - begin <= 4 && h != WordKey.seed && isDotted(s, begin, end)) {
                end = i + 1
                flags.insert(.abbreviation)
            }
        }
        // "He’s", "she's": a pronoun and a contracted "is" (or "has"), not a possessive. Two words, so
        // that "She’s claiming that …" reads as a subject, an auxiliary and a cue.
        if end == i, end - begin <= 5, h == heIs || h == sheIs {
            let cut = end - 2
            flags.remove(.possessive)
            tokens.append(
                Token(start: Int32(begin), end: Int32(cut), key: h == heIs ? he : she, kind: .word, flags: flags))
            tokens.append(Token(start: Int32(cut), end: Int32(end), key: contractedIs, kind: .word, flags: []))
            return end
        }
        tokens.append(Token(start: Int32(begin), end: Int32(end), key: h, kind: .word, flags: flags))
        return end
    }

    private static let heIs = WordKey.of("he's")
    private static let sheIs = WordKey.of("she's")
    private static let he = WordKey.of("he")
    private static let she = WordKey.of("she")
    /// The key of the "’s" split off "he’s" and "she’s"; the lexicons list it with "is".
    static let contractedIs = WordKey.of("'s")

    private static func isDotted(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var k = a
        while k < b {
            if s[k].value == 0x2E { return true }
            k += 1
        }
        return false
    }

    private static func scanQuote(_ s: [Unicode.Scalar], from i: Int, into tokens: inout [Token]) -> Int {
        let n = s.count
        let c = s[i]
        var len = 1
        var key = UInt64(c.value)
        // Two apostrophes or two backticks stand for one double quotation mark. Three after a word
        // or punctuation (`'Fox and Friends,'''`) close a single quotation, then the double one.
        let closesInnerFirst = i > 0 && i + 2 < n && s[i + 1] == c && s[i + 2] == c && !isOpenContext(s[i - 1])
        if (c.value == 0x27 || c.value == 0x60 || c.value == 0x2019 || c.value == 0x2018) && i + 1 < n
            && s[i + 1] == c && !closesInnerFirst
        {
            len = 2
            key = c.value == 0x60 || c.value == 0x2018 ? 0x201C : 0x22
        } else if c.value == 0x60 {
            key = 0x2018
        }
        var flags: TokenFlags = []
        if i == 0 || isOpenContext(s[i - 1]) { flags.insert(.openContext) }
        let after = i + len
        if after >= n || isCloseContext(s[after]) { flags.insert(.closeContext) }
        tokens.append(Token(start: Int32(i), end: Int32(after), key: key, kind: .quote, flags: flags))
        return after
    }

    @inline(__always)
    private static func isOpenContext(_ c: Unicode.Scalar) -> Bool {
        if ScalarClass.isSpace(c) || ScalarClass.isNewline(c) { return true }
        switch c.value {
        case 0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x2015, 0x2D, 0x2F, 0x3A, 0x201C, 0x2018, 0x22, 0x27, 0xAB: return true
        default: return false
        }
    }

    @inline(__always)
    private static func isCloseContext(_ c: Unicode.Scalar) -> Bool {
        if ScalarClass.isSpace(c) || ScalarClass.isNewline(c) { return true }
        return !ScalarClass.isWordScalar(c)
    }
}
