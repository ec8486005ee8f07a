import Foundation

/// Compares quotes the way a fact-checker does: same words after folding case, accents, punctuation
/// and quotation marks, with small wording differences shown word by word.
public enum QuoteComparison {
    /// Function words that carry no meaning for matching a half-remembered quote; left out of fuzzy
    /// candidate queries (they match nearly every statement) and of similarity scores.
    public static let stopWords: Set<String> = Set(
        """
        a an and are as at be been but by do does for from had has have he her his i if in into is it its
        me my no not of on or our she so than that the their them then there these they this to too us
        was we were what when which who will with would you your
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The words of `text`, lower-cased, accents removed, punctuation and quotation marks dropped.
    ///
    /// Apostrophes inside words are removed rather than split on ("don’t" → "dont"), so typographic
    /// and straight apostrophes compare equal.
    ///
    /// - Parameter text: Any text, for example a quote pasted from a web page.
    /// - Returns: The normalized words, in order.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current))
                current.removeAll()
            }
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if isApostrophe(scalar) {
                continue
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The normalized words of `text` joined by single spaces: two quotes with the same key say
    /// exactly the same words.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The key.
    public static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The words worth searching for: normalized, without stop words or one-letter words, each once.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The distinct content words in order of first appearance.
    public static func contentWords(_ text: String) -> [String] {
        var seen = Set<String>()
        return words(text).filter { $0.count > 1 && !stopWords.contains($0) && seen.insert($0).inserted }
    }

    /// How much of `query` a statement contains: the share of the query's content words found in
    /// `candidate`, where a word also counts when both share their first five letters
    /// ("negotiate" / "negotiations"), at half weight.
    ///
    /// - Parameters:
    ///   - query: What the user remembers.
    ///   - candidate: A stored statement.
    /// - Returns: 0 (nothing in common) to 1 (every content word present).
    public static func overlap(of query: String, in candidate: String) -> Double {
        let wanted = contentWords(query)
        guard !wanted.isEmpty else { return 0 }
        let present = Set(words(candidate))
        let stems = Set(present.map { String($0.prefix(5)) })
        var score = 0.0
        for word in wanted {
            if present.contains(word) {
                score += 1
            } else if word.count >= 5, stems.contains(String(word.prefix(5))) {
                score += 0.5
            }
        }
        return score / Double(wanted.count)
    }

    /// Word-level similarity of two texts: twice the number of words in their longest common
    /// subsequence over the total number of words (1 means the same words in the same order).
    ///
    /// - Parameters:
    ///   - lhs: A text.
    ///   - rhs: Another text.
    /// - Returns: 0 to 1.
    public static func similarity(_ lhs: String, _ rhs: String) -> Double {
        similarity(words: words(lhs), words(rhs))
    }

    /// ``similarity(_:_:)`` for texts already split by ``words(_:)``.
    ///
    /// - Parameters:
    ///   - lhs: Normalized words.
    ///   - rhs: Normalized words.
    /// - Returns: 0 to 1.
    public static func similarity(words lhs: [String], _ rhs: [String]) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 1 }
        let common = diff(lhs, rhs).reduce(0) { count, change in
            if case .same(let words) = change { return count + words.count }
            return count
        }
        return 2 * Double(common) / Double(lhs.count + rhs.count)
    }

    /// How closely two quotes match when one may be an excerpt of the other: the larger of
    /// ``similarity(words:_:)`` and the share of the shorter text's words found, in order, in the longer
    /// one (the latter only when the shorter has at least four words, so "we will" is not an excerpt).
    ///
    /// - Parameters:
    ///   - lhs: Normalized words.
    ///   - rhs: Normalized words.
    /// - Returns: 0 to 1.
    public static func matchScore(words lhs: [String], _ rhs: [String]) -> Double {
        let changes = diff(lhs, rhs)
        let common = changes.reduce(0) { count, change in
            if case .same(let words) = change { return count + words.count }
            return count
        }
        guard lhs.count + rhs.count > 0 else { return 1 }
        let dice = 2 * Double(common) / Double(lhs.count + rhs.count)
        let shorter = min(lhs.count, rhs.count)
        guard shorter >= 4 else { return dice }
        return max(dice, Double(common) / Double(shorter))
    }

    /// Whether a diff only adds or removes words at the start or end: one text is an excerpt of the other.
    ///
    /// - Parameter changes: The output of ``diff(_:_:)``.
    /// - Returns: `true` when every change is at an edge (and something is the same).
    public static func isExcerpt(_ changes: [Change]) -> Bool {
        let inner = changes.dropFirst().dropLast()
        let hasSame = changes.contains { if case .same = $0 { true } else { false } }
        let innerChanges = inner.contains { if case .same = $0 { false } else { true } }
        // Two edge changes in a row at one end (removed then added) are a replacement, not an excerpt.
        func isChange(_ change: Change?) -> Bool {
            guard let change else { return false }
            if case .same = change { return false }
            return true
        }
        let replacedAtStart = changes.count >= 2 && isChange(changes[0]) && isChange(changes[1])
        let replacedAtEnd =
            changes.count >= 2 && isChange(changes[changes.count - 1]) && isChange(changes[changes.count - 2])
        return hasSame && !innerChanges && !replacedAtStart && !replacedAtEnd
    }

    /// One run of a word diff.
    public enum Change: Hashable, Sendable {
        /// Words both texts have here.
        case same([String])
        /// Words only the first text has.
        case removed([String])
        /// Words only the second text has.
        case added([String])
    }

    /// The word diff from `old` to `new` (longest common subsequence), with adjacent runs merged.
    ///
    /// - Parameters:
    ///   - old: Normalized words of the reference text.
    ///   - new: Normalized words of the other text.
    /// - Returns: Runs in reading order.
    public static func diff(_ old: [String], _ new: [String]) -> [Change] {
        let n = old.count
        let m = new.count
        // lengths[i][j]: LCS length of old[i...] and new[j...]; quotes are short, so O(n·m) is fine.
        var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var changes: [Change] = []
        func append(_ change: Change) {
            switch (changes.last, change) {
            case (.same(let a)?, .same(let b)): changes[changes.count - 1] = .same(a + b)
            case (.removed(let a)?, .removed(let b)): changes[changes.count - 1] = .removed(a + b)
            case (.added(let a)?, .added(let b)): changes[changes.count - 1] = .added(a + b)
            default: changes.append(change)
            }
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                append(.same([old[i]]))
                i += 1
                j += 1
            } else if i < n, j == m || lengths[i + 1][j] >= lengths[i][j + 1] {
                append(.removed([old[i]]))
                i += 1
            } else {
                append(.added([new[j]]))
                j += 1
            }
        }
        return changes
    }

    /// A diff written on one line: unchanged words as is, `[-removed-]` and `{+added+}`
    /// (the notation of `git diff --word-diff`).
    ///
    /// - Parameter changes: The output of ``diff(_:_:)``.
    /// - Returns: The rendered diff, or an empty string when nothing differs.
    public static func render(_ changes: [Change]) -> String {
        guard changes.contains(where: { if case .same = $0 { false } else { true } }) else { return "" }
        return changes.map { change in
            switch change {
            case .same(let words): words.joined(separator: " ")
            case .removed(let words): "[-" + words.joined(separator: " ") + "-]"
            case .added(let words): "{+" + words.joined(separator: " ") + "+}"
            }
        }.joined(separator: " ")
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}" || scalar == "`"
    }
}
