/// A stretch of text between quotation marks.
struct QuotedSpan {
    /// Index of the opening mark token.
    var openToken: Int
    /// Index of the closing mark token, or of the paragraph break (or token count) where an
    /// unbalanced quote was cut off.
    var closeToken: Int
    /// Scalar offset just after the opening mark.
    var contentStart: Int
    /// Scalar offset of the closing mark (or of the end of the last content token).
    var contentEnd: Int
    /// Double marks (", “”, «», '') rather than single ones (‘’, ').
    var isDouble: Bool
    /// The closing mark was missing; the quote was closed at the end of its paragraph.
    var recovered: Bool
    /// The quote runs over more than one paragraph (each paragraph re-opens it).
    var multiParagraph: Bool

    /// Index of the first token inside the marks.
    var firstInnerToken: Int { openToken + 1 }
}

/// Pairs quotation marks into quoted spans, telling apostrophes from single quotes.
///
/// Works paragraph by paragraph in one pass over the tokens. A double quote left open at the end of
/// a paragraph continues into the next paragraph when that one opens with a quotation mark (the
/// newspaper convention for multi-paragraph quotes); otherwise it is closed at the paragraph end.
/// Single quotes need a closing mark in the same paragraph, or they are taken as apostrophes.
enum QuoteScanner {
    private enum Role { case open, close, either, none }

    private static func isDoubleFamily(_ key: UInt64) -> Bool {
        key == 0x22 || key == 0x201C || key == 0x201D || key == 0xAB || key == 0xBB || key == 0x201E
            || key == 0x201F || key == 0x300C || key == 0x300D
    }

    private static func role(of t: Token) -> Role {
        let openCtx = t.flags.contains(.openContext)
        let closeCtx = t.flags.contains(.closeContext)
        switch t.key {
        case 0x201C, 0xAB, 0x201E, 0x201F, 0x300C: return openCtx || !closeCtx ? .open : .close
        case 0x201D, 0xBB, 0x300D: return openCtx && !closeCtx ? .open : .close
        case 0x22:
            if openCtx && !closeCtx { return .open }
            if closeCtx && !openCtx { return .close }
            return .either
        case 0x2018, 0x201A, 0x2039, 0x27, 0x201B:
            if openCtx && !closeCtx { return .open }
            if closeCtx && !openCtx { return .close }
            return .none
        case 0x2019, 0x203A:
            return closeCtx && !openCtx ? .close : .none
        default: return .none
        }
    }

    /// The typographic style of a double mark: a paragraph continues a quote only with the same style.
    private static func style(of t: Token) -> Int {
        switch t.key {
        case 0x22: return t.end - t.start == 1 ? 1 : 2
        case 0x201C, 0x201D, 0x201E, 0x201F: return 3
        default: return 4
        }
    }

    /// Short words written with a leading apostrophe, which must not open a single quote.
    private static let elisions = WordSet(words: "em cause til n tis twas bout round nuff s")

    /// Finds every quoted span in `tokens`, in document order, without overlaps.
    static func scan(_ tokens: [Token]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var open: (index: Int, double: Bool, multi: Bool)? = nil
        var i = 0
        let n = tokens.count

        func close(at closeIndex: Int, contentEnd: Int, recovered: Bool) {
            guard let o = open else { return }
            let startOffset = Int(tokens[o.index].end)
            if contentEnd > startOffset {
                spans.append(
                    QuotedSpan(
                        openToken: o.index, closeToken: closeIndex, contentStart: startOffset, contentEnd: contentEnd,
                        isDouble: o.double, recovered: recovered, multiParagraph: o.multi))
            }
            open = nil
        }

        while i < n {
            let t = tokens[i]
            if t.kind == .paragraph {
                if let o = open {
                    if o.double {
                        // Continuation: the next paragraph opens with a double mark.
                        if i + 1 < n, tokens[i + 1].kind == .quote, isDoubleFamily(tokens[i + 1].key),
                            style(of: tokens[i + 1]) == style(of: tokens[o.index]),
                            role(of: tokens[i + 1]) != .close, !tokens[i + 1].flags.contains(.closeContext)
                        {
                            open = (o.index, true, true)
                            i += 2
                            continue
                        }
                        close(at: i, contentEnd: Int(tokens[i - 1].end), recovered: true)
                    } else {
                        open = nil  // an unmatched single mark was an apostrophe
                    }
                }
                i += 1
                continue
            }
            guard t.kind == .quote else {
                i += 1
                continue
            }
            let double = isDoubleFamily(t.key)
            let r = role(of: t)
            if let o = open {
                if o.double {
                    if double {
                        if r == .open && t.key != 0x22 && i > o.index + 1 {
                            // A fresh opening mark while open: the closing mark was forgotten.
                            close(at: i, contentEnd: Int(tokens[i - 1].end), recovered: true)
                            open = (i, true, false)
                        } else if r != .open || i > o.index + 1 {
                            close(at: i, contentEnd: Int(t.start), recovered: false)
                        }
                    }
                } else {
                    if double {
                        // A double mark inside a "single quote": the single mark was an apostrophe.
                        open = nil
                        continue
                    }
                    if r == .close { close(at: i, contentEnd: Int(t.start), recovered: false) }
                }
                i += 1
                continue
            }
            if double {
                if r == .open || r == .either { open = (i, true, false) }
            } else if r == .open && i + 1 < n && tokens[i + 1].kind == .word
                && !tokens[i + 1].flags.contains(.numeric) && !elisions.contains(tokens[i + 1].key)
            {
                open = (i, false, false)
            }
            i += 1
        }
        if let o = open, o.double, n > 0 {
            close(at: n, contentEnd: Int(tokens[n - 1].end), recovered: true)
        }
        return spans
    }
}
