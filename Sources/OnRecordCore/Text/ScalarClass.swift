/// Cheap classification of Unicode scalars for the tokenizer.
///
/// ASCII is decided with integer comparisons; only non-ASCII scalars consult Unicode properties, so
/// the common case stays fast on long English texts.
enum ScalarClass {
    /// Whether `s` separates words: spaces, tabs, no-break spaces and other Unicode white space.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C }
        return v == 0xA0 || v == 0x2009 || v == 0x200A || v == 0x202F || v == 0x3000 || v == 0x2007
            || v == 0x2002 || v == 0x2003 || v == 0x2008 || v == 0x205F || v == 0x1680 || v == 0x200B
            || v == 0xFEFF
    }

    /// Whether `s` ends a line (and, for us, a paragraph).
    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    /// Whether `s` can be part of a word: letters, digits, combining marks.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v <= 0x2BFF { return false }  // punctuation, symbols, arrows
        if v >= 0x1F000 { return false }  // emoji and pictographs
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Whether `s` is an upper-case letter (title case included).
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// Whether `s` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    /// The lower-case form used for word keys: ASCII is folded arithmetically, other letters through
    /// their simple lower-case mapping when it is a single scalar.
    @inline(__always)
    static func folded(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        if v == 0x2019 || v == 0x2018 { return 0x27 }  // curly apostrophe keys like a straight one
        if s.properties.isUppercase {
            let lower = s.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { return first.value }
        }
        return v
    }
}

/// A 64-bit FNV-1a hash over folded scalars; used as the key of a word in every lexicon.
enum WordKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Mixes one folded scalar value into `hash`.
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// The key of a word spelled as `word` (case and apostrophe style do not matter).
    static func of(_ word: some StringProtocol) -> UInt64 {
        var h = seed
        for s in word.unicodeScalars { h = mix(h, ScalarClass.folded(s)) }
        return h
    }
}
