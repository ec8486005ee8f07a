/// Pairs the statements of two versions of an article, to tell which ones appeared, disappeared or
/// changed wording.
///
/// Statements are matched only when they have the same speaker key (the linked actor, or the folded
/// speaker mention when no actor was linked). Within one speaker, identical texts pair first
/// (`unchanged`), then the remaining statements pair greedily by word similarity, most similar first,
/// when at least ``minimumSimilarity`` of their words line up (`changed`). What is left is `disappeared`
/// (old side) or `appeared` (new side). Word similarity is the longest common subsequence of the
/// lowercased words, relative to the average length (1 for the same words, 0 for no shared words), so a
/// quietly edited quote ("we will not negotiate" → "we will negotiate") still pairs with its original.
public enum StatementMatcher {
    /// One statement as seen by the matcher.
    public struct Item: Hashable, Sendable {
        /// Who said it: statements are only compared with those of the same speaker.
        public var speakerKey: String
        /// The statement's words.
        public var text: String

        /// Creates an item.
        public init(speakerKey: String, text: String) {
            self.speakerKey = speakerKey
            self.text = text
        }
    }

    /// One line of the comparison: an old statement, a new one, or a pair of both.
    public struct Pairing: Hashable, Sendable {
        /// What happened between the two versions.
        public var change: StatementChangeKind
        /// Index into the old statements, if this line has an old side.
        public var oldIndex: Int?
        /// Index into the new statements, if this line has a new side.
        public var newIndex: Int?
        /// Word similarity of a pair (1 for unchanged), `nil` for one-sided lines.
        public var similarity: Double?
    }

    /// The least word similarity for two statements of the same speaker to count as one statement
    /// reworded rather than one removed and another added.
    public static let minimumSimilarity = 0.5

    /// Compares two versions' statements.
    ///
    /// - Parameters:
    ///   - old: The earlier version's statements, in document order.
    ///   - new: The later version's statements, in document order.
    /// - Returns: One pairing per statement or pair, ordered by position in the new version, with
    ///   disappeared statements placed after the new statement that preceded them in the old version.
    public static func match(old: [Item], new: [Item]) -> [Pairing] {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newTaken = [Bool](repeating: false, count: new.count)
        var pairs: [Pairing] = []

        // 1. Identical text by the same speaker, in order.
        var unmatchedOld: [Item: [Int]] = [:]
        for (index, item) in old.enumerated() { unmatchedOld[normalized(item), default: []].append(index) }
        for (index, item) in new.enumerated() {
            let key = normalized(item)
            if var candidates = unmatchedOld[key], !candidates.isEmpty {
                let oldIndex = candidates.removeFirst()
                unmatchedOld[key] = candidates
                oldTaken[oldIndex] = true
                newTaken[index] = true
                pairs.append(Pairing(change: .unchanged, oldIndex: oldIndex, newIndex: index, similarity: 1))
            }
        }

        // 2. Reworded: same speaker, most similar first.
        let oldWords = old.map { words(in: $0.text) }
        let newWords = new.map { words(in: $0.text) }
        var candidates: [(similarity: Double, oldIndex: Int, newIndex: Int)] = []
        for oldIndex in old.indices where !oldTaken[oldIndex] {
            for newIndex in new.indices
            where !newTaken[newIndex] && new[newIndex].speakerKey == old[oldIndex].speakerKey {
                let score = similarity(oldWords[oldIndex], newWords[newIndex])
                if score >= minimumSimilarity { candidates.append((score, oldIndex, newIndex)) }
            }
        }
        candidates.sort { ($0.similarity, -$0.oldIndex, -$0.newIndex) > ($1.similarity, -$1.oldIndex, -$1.newIndex) }
        for candidate in candidates where !oldTaken[candidate.oldIndex] && !newTaken[candidate.newIndex] {
            oldTaken[candidate.oldIndex] = true
            newTaken[candidate.newIndex] = true
            pairs.append(
                Pairing(
                    change: .changed, oldIndex: candidate.oldIndex, newIndex: candidate.newIndex,
                    similarity: candidate.similarity))
        }

        // 3. What is left.
        for index in new.indices where !newTaken[index] {
            pairs.append(Pairing(change: .appeared, oldIndex: nil, newIndex: index, similarity: nil))
        }
        for index in old.indices where !oldTaken[index] {
            pairs.append(Pairing(change: .disappeared, oldIndex: index, newIndex: nil, similarity: nil))
        }
        return ordered(pairs)
    }

    /// Orders lines by their place in the new version; a disappeared statement goes after the line
    /// holding the closest earlier old statement (or first, when none precedes it).
    private static func ordered(_ pairs: [Pairing]) -> [Pairing] {
        var newPositionOfOld: [Int: Double] = [:]
        for pair in pairs {
            if let oldIndex = pair.oldIndex, let newIndex = pair.newIndex {
                newPositionOfOld[oldIndex] = Double(newIndex)
            }
        }
        func position(_ pair: Pairing) -> (Double, Int) {
            if let newIndex = pair.newIndex { return (Double(newIndex), 0) }
            let oldIndex = pair.oldIndex ?? 0
            let anchor = (0..<oldIndex).reversed().lazy.compactMap { newPositionOfOld[$0] }.first ?? -1
            return (anchor + 0.5, oldIndex)
        }
        return pairs.sorted { position($0) < position($1) }
    }

    /// The comparison key for exact matches: speaker plus text with runs of whitespace folded.
    private static func normalized(_ item: Item) -> Item {
        Item(speakerKey: item.speakerKey, text: item.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    /// Lowercased words (letters and digits), punctuation dropped.
    static func words(in text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }

    /// Longest common subsequence of the two word lists, over their average length.
    static func similarity(_ a: [Substring], _ b: [Substring]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for wordA in a {
            for (j, wordB) in b.enumerated() {
                current[j + 1] = wordA == wordB ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return 2 * Double(previous[b.count]) / Double(a.count + b.count)
    }
}
