/// What a token is; the extractor's rules look at kinds and word keys, never at `Character`s.
enum TokenKind: UInt8 {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation periods ("Russia’s", "U.S.").
    case word
    /// One punctuation or symbol scalar (",", ".", "—", "(").
    case punct
    /// A character that may be a quotation mark (", “, ”, ‘, ’, ', «, », „, or the pairs '' and ``).
    case quote
    /// One or more line breaks: a paragraph boundary.
    case paragraph
}

/// A token: a kind, a scalar range, and for words a case-insensitive key.
struct Token {
    /// Offset of the first scalar.
    var start: Int32
    /// Offset one past the last scalar.
    var end: Int32
    /// For words, `WordKey` of the folded spelling (trailing abbreviation period excluded);
    /// for punctuation and quotes, the first scalar's value.
    var key: UInt64
    var kind: TokenKind
    var flags: TokenFlags

    var range: Range<Int> { Int(start)..<Int(end) }
    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { flags.contains(.capitalized) }

    /// Whether this is the punctuation scalar `c`.
    @inline(__always)
    func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punct && key == UInt64(c.value) }
}

/// Facts about a token noticed while scanning it.
struct TokenFlags: OptionSet {
    let rawValue: UInt8
    /// Starts with an upper-case letter.
    static let capitalized = TokenFlags(rawValue: 1)
    /// Ends with a period that belongs to an abbreviation ("Mr.", "U.S.", "E.").
    static let abbreviation = TokenFlags(rawValue: 2)
    /// Preceded by white space, a line start, an opening bracket or a dash (quotes only).
    static let openContext = TokenFlags(rawValue: 4)
    /// Followed by white space, a line end or punctuation (quotes only).
    static let closeContext = TokenFlags(rawValue: 8)
    /// Ends with a possessive "’s" or "'s".
    static let possessive = TokenFlags(rawValue: 16)
    /// Every letter is upper case and there are at least two.
    static let allCaps = TokenFlags(rawValue: 32)
    /// Contains a digit.
    static let numeric = TokenFlags(rawValue: 64)
}
