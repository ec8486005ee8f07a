import Foundation

/// Marks the words of a text that a search matched, and cuts long texts around the first match.
///
/// Done in Swift rather than with FTS5's `snippet()`: every `snippet()` call re-runs the query, and a
/// prefix query (`negotiat*`) merges the doclists of every matching term each time, which at a
/// million statements costs more than the search itself. Words compare after the same folding as the
/// index (case and accents ignored).
public struct SearchHighlighter: Sendable {
    /// A word to mark: exact, or a prefix (`negotiat*`).
    public struct Term: Hashable, Sendable {
        /// The folded word or prefix.
        public var text: String
        /// Whether any word starting with ``text`` matches.
        public var isPrefix: Bool

        /// Creates a term.
        public init(_ text: String, isPrefix: Bool = false) {
            self.text = text
            self.isPrefix = isPrefix
        }
    }

    /// The words to mark.
    public var terms: [Term]

    /// Creates a highlighter for explicit terms.
    public init(terms: [Term]) {
        self.terms = terms
    }

    /// Terms of plain search text: every word, exact.
    ///
    /// - Parameter words: What the user typed.
    /// - Returns: The highlighter.
    public static func forWords(_ words: String) -> SearchHighlighter {
        SearchHighlighter(terms: QuoteComparison.words(words).map { Term($0) })
    }

    /// Terms of an FTS5 query: its words and prefixes, without operators (`AND`, `OR`, `NOT`, `NEAR`),
    /// column filters, `^` and distances.
    ///
    /// - Parameter query: FTS5 syntax as typed.
    /// - Returns: The highlighter.
    public static func forFTS5(_ query: String) -> SearchHighlighter {
        var terms: [Term] = []
        var current = ""
        var inQuotes = false
        var afterComma = false
        var tokenFollowsComma = false
        func flush(prefix: Bool) {
            defer { current = "" }
            guard !current.isEmpty else { return }
            if !inQuotes, ["AND", "OR", "NOT", "NEAR"].contains(current) { return }
            // The distance of NEAR(a b, 5).
            if !inQuotes, tokenFollowsComma, Int(current) != nil { return }
            let words = QuoteComparison.words(current)
            for (index, word) in words.enumerated() {
                terms.append(Term(word, isPrefix: prefix && index == words.count - 1))
            }
        }
        for character in query {
            switch character {
            case "\"":
                flush(prefix: false)
                inQuotes.toggle()
            case "*":
                flush(prefix: true)
            case ":" where !inQuotes:
                // A column filter (`text: word`, `text : word`): the name before it is not a search word.
                if current.isEmpty, !terms.isEmpty { terms.removeLast() }
                current = ""
            case ",":
                flush(prefix: false)
                afterComma = true
                continue
            case "(", ")", "^", "+", "{", "}":
                flush(prefix: false)
            default:
                if character.isWhitespace {
                    flush(prefix: false)
                    continue
                }
                if current.isEmpty { tokenFollowsComma = afterComma }
                current.append(character)
            }
            afterComma = false
        }
        flush(prefix: false)
        return SearchHighlighter(terms: terms)
    }

    /// Whether a folded word matches a term.
    func matches(_ word: String) -> Bool {
        terms.contains { $0.isPrefix ? word.hasPrefix($0.text) : word == $0.text }
    }

    /// The text with matched words wrapped in `open` and `close`, cut to about `maxWords` words
    /// around the first match (with "…" where cut).
    ///
    /// - Parameters:
    ///   - text: The statement text.
    ///   - open: Put before a matched word.
    ///   - close: Put after a matched word.
    ///   - maxWords: Longer texts are cut.
    /// - Returns: The snippet.
    public func snippet(of text: String, open: String = "[", close: String = "]", maxWords: Int = 40) -> String {
        // Words as ranges of the original text, so punctuation and spacing stay as written.
        var words: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter =
                character.isLetter || character.isNumber || character == "'" || character == "\u{2019}"
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begin = start {
                words.append(begin..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { words.append(begin..<text.endIndex) }
        let marked = words.map { range in
            QuoteComparison.words(String(text[range])).contains(where: matches)
        }
        var first = 0
        var last = words.count
        if words.count > maxWords {
            let hit = marked.firstIndex(of: true) ?? 0
            first = max(0, min(hit - maxWords / 4, words.count - maxWords))
            last = first + maxWords
        }
        var output = first > 0 ? "…" : ""
        var cursor = first > 0 ? words[first].lowerBound : text.startIndex
        for position in first..<last {
            let range = words[position]
            output += text[cursor..<range.lowerBound]
            output += marked[position] ? open + text[range] + close : String(text[range])
            cursor = range.upperBound
        }
        if last < words.count {
            output += "…"
        } else {
            output += text[cursor...]
        }
        return output
    }
}
