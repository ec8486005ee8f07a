import Foundation
import GRDB
public import OnRecordCore

extension OnRecordDatabase {
    /// An actor's statements over time with their topics, per-period counts and each topic's first
    /// and latest statement.
    ///
    /// - Parameters:
    ///   - actorName: Any name or alias of the actor.
    ///   - filter: Outlet, topic, date and kind limits (`filter.actor` is ignored).
    ///   - period: Group by week, month or year, or `nil`.
    /// - Returns: The report, oldest statement first.
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)``, ``QueryError/unknownTopic(name:known:)``.
    public func timelineReport(
        of actorName: String, filter: StatementFilter = StatementFilter(), by period: TimelinePeriod? = nil
    ) throws -> TimelineReport {
        try readTransaction { db in
            let actor = try Self.resolveActor(named: actorName, in: db)
            var conditions: [SQL] = ["s.actor_id = \(actor.id)"]
            conditions += try Self.filterConditions(for: filter, includingActor: false, in: db)
            let rows = try Self.fetchInDateOrder(db, where: conditions, limit: filter.limit)
            let topics = try Self.topicNames(of: rows.map(\.id), in: db)
            return TimelineReport(actor: actor, rows: rows.map { ($0, topics[$0.id] ?? []) }, by: period)
        }
    }

    /// Two actors' statements on one time line, oldest first.
    ///
    /// - Parameters:
    ///   - first: Any name or alias of the first actor.
    ///   - second: Any name or alias of the second actor.
    ///   - filter: Outlet, topic, date and kind limits (`filter.actor` is ignored).
    /// - Returns: Both actors and their statements merged in date order.
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)``, ``QueryError/unknownTopic(name:known:)``,
    ///   ``QueryError/sameActor(first:second:name:)`` when both names lead to one actor.
    public func compare(
        _ first: String, _ second: String, filter: StatementFilter = StatementFilter()
    ) throws -> (first: ActorSummary, second: ActorSummary, statements: [StatementRow]) {
        try readTransaction { db in
            let a = try Self.resolveActor(named: first, in: db)
            let b = try Self.resolveActor(named: second, in: db)
            // One actor twice would print every statement in the first column and "0" for the second.
            if a.id == b.id { throw QueryError.sameActor(first: first, second: second, name: a.name) }
            var conditions: [SQL] = ["s.actor_id IN (\(a.id), \(b.id))"]
            conditions += try Self.filterConditions(for: filter, includingActor: false, in: db)
            let rows = try Self.fetchInDateOrder(db, where: conditions, limit: filter.limit)
            return (a, b, rows)
        }
    }

    /// Topic names of each statement, by statement id.
    static func topicNames(of ids: [Int64], in db: Database) throws -> [Int64: [String]] {
        guard !ids.isEmpty, try Int.fetchOne(db, sql: "SELECT count(*) FROM topics") ?? 0 > 0 else { return [:] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var names: [Int64: [String]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT st.statement_id AS id, t.name AS name FROM statement_topics st JOIN topics t ON t.id = st.topic_id
                WHERE st.statement_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE
                """,
            arguments: [list])
        while let row = try rows.next() {
            names[row["id"], default: []].append(row["name"])
        }
        return names
    }

    /// Every appearance of a quote, earliest first, with word differences from the earliest one.
    ///
    /// Candidates are found with the full-text index (all the quote's words, then all but one or two),
    /// then kept when their words, after folding case, accents, punctuation and quotation marks, are
    /// at least `threshold` similar to the quote's (word-level longest common subsequence).
    ///
    /// - Parameters:
    ///   - quote: The quote as remembered or pasted.
    ///   - filter: Actor, outlet, topic, date and kind limits; `limit` caps the appearances.
    ///   - threshold: Minimum similarity (0 to 1) for a statement to count as the same quote.
    /// - Returns: The appearances in publication order.
    /// - Throws: ``QueryError/emptyQuote``, ``StoreError``.
    public func origin(
        of quote: String, filter: StatementFilter = StatementFilter(), threshold: Double = 0.75
    ) throws -> QuoteOrigin {
        try readTransaction { db in try Self.origin(of: quote, filter: filter, threshold: threshold, in: db) }
    }

    /// ``origin(of:filter:threshold:)`` for the text of statement `id` (which is among the appearances).
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``StoreError``.
    public func origin(
        ofStatement id: Int64, filter: StatementFilter = StatementFilter(), threshold: Double = 0.75
    ) throws -> QuoteOrigin {
        try readTransaction { db in
            guard let text = try String.fetchOne(db, sql: "SELECT text FROM statements WHERE id = ?", arguments: [id])
            else { throw StoreError.statementNotFound(id: id) }
            return try Self.origin(of: text, filter: filter, threshold: threshold, in: db)
        }
    }

    static func origin(of quote: String, filter: StatementFilter, threshold: Double, in db: Database) throws
        -> QuoteOrigin
    {
        let quoteWords = QuoteComparison.words(quote)
        let content = QuoteComparison.contentWords(quote)
        guard !content.isEmpty else { throw QueryError.emptyQuote }
        let conditions = try filterConditions(for: filter, includingActor: true, in: db)
        var matches: [(row: StatementRow, words: [String])] = []
        if let pattern = try RareTerms.candidatePattern(for: quote, in: db) {
            let ids = try matchingIDs(pattern, conditions: conditions, newestFirst: false, limit: 5000, in: db)
            for row in try statementRows(ids: ids, in: db).values {
                let words = QuoteComparison.words(row.text)
                if QuoteComparison.matchScore(words: quoteWords, words) >= threshold {
                    matches.append((row, words))
                }
            }
        }
        matches.sort { publicationOrder($0.row) < publicationOrder($1.row) }
        if let limit = filter.limit { matches = Array(matches.prefix(limit)) }
        guard let earliest = matches.first else { return QuoteOrigin(query: quote, appearances: []) }
        return QuoteOrigin(
            query: quote,
            appearances: matches.map { match in
                let changes = QuoteComparison.diff(earliest.words, match.words)
                let rendered = QuoteComparison.render(changes)
                return QuoteAppearance(
                    row: match.row, similarity: QuoteComparison.matchScore(words: earliest.words, match.words),
                    diff: rendered, isExcerpt: !rendered.isEmpty && QuoteComparison.isExcerpt(changes))
            })
    }

    /// Sort key for "earliest appearance": publication time, else statement day; undated last.
    private static func publicationOrder(_ row: StatementRow) -> (Int, String, Int64, Int) {
        let when = row.publishedAt ?? row.statedOn
        return (when == nil ? 1 : 0, when ?? "", row.documentID, row.charStart)
    }
}

/// Picks the words of a quote that narrow a search the most, using the index's own term counts.
enum RareTerms {
    /// How many of the rarest words take part; a statement must contain all of them but one.
    static let count = 4

    /// The quote's content words as the FTS5 tokenizer splits them (apostrophes separate words).
    static func tokens(_ text: String) -> [String] {
        let spaced = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { "'’‘ʼ`".unicodeScalars.contains($0) ? " " : $0 }))
        return QuoteComparison.contentWords(spaced)
    }

    /// Document frequencies are counted up to this many statements: a word found in more is common,
    /// and how common no longer matters for choosing the rarest words.
    static let frequencyCap = 2_000

    /// A pattern matching statements that contain all but one of the quote's rarest indexed words
    /// (any of them when there are only one or two), or `nil` when no word of the quote is indexed.
    ///
    /// Words missing from the index are skipped: they cannot match, and they are often the very
    /// words a misquote changed. Each word's statements are counted by walking its doclist and
    /// stopping at ``frequencyCap``, so the cost does not grow with the database; the vocabulary
    /// table (`statements_fts_vocab`) would read the whole doclist of every common word of the quote.
    static func candidatePattern(for quote: String, in db: Database) throws -> MatchPattern? {
        var seen = Set<String>()
        let words = tokens(quote).filter { seen.insert($0).inserted }
        guard !words.isEmpty else { return nil }
        let statement = try db.cachedStatement(
            sql: "SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)")
        var counted: [(term: String, doc: Int)] = []
        for word in words {
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let doc = try Int.fetchOne(statement, arguments: [quoted, frequencyCap]) ?? 0
            if doc > 0 { counted.append((word, doc)) }
        }
        counted = Array(counted.sorted { ($0.doc, $0.term) < ($1.doc, $1.term) }.prefix(count))
        let rare = counted.map { "\"" + $0.term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let raw: String
        switch rare.count {
        case 0: return nil
        case 1, 2: raw = rare.joined(separator: " OR ")
        default:
            raw = rare.indices.map { skipped in
                "(" + rare.indices.filter { $0 != skipped }.map { rare[$0] }.joined(separator: " AND ") + ")"
            }.joined(separator: " OR ")
        }
        return MatchPattern(quotedTerms: raw)
    }
}
