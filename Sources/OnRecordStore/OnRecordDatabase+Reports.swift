import Foundation
public import OnRecordCore
import GRDB

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
        try queryRead { db in
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
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)``, ``QueryError/unknownTopic(name:known:)``.
    public func compare(
        _ first: String, _ second: String, filter: StatementFilter = StatementFilter()
    ) throws -> (first: ActorSummary, second: ActorSummary, statements: [StatementRow]) {
        try queryRead { db in
            let a = try Self.resolveActor(named: first, in: db)
            let b = try Self.resolveActor(named: second, in: db)
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
        try queryRead { db in try Self.origin(of: quote, filter: filter, threshold: threshold, in: db) }
    }

    /// ``origin(of:filter:threshold:)`` for the text of statement `id` (which is among the appearances).
    ///
    /// - Throws: ``StoreError/statementNotFound(id:)``, ``StoreError``.
    public func origin(
        ofStatement id: Int64, filter: StatementFilter = StatementFilter(), threshold: Double = 0.75
    ) throws -> QuoteOrigin {
        try queryRead { db in
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
        // Exact words first (every word, no stems); then the tolerant stages for changed words.
        var stages: [FTS5Pattern] = []
        if let exact = try? FTS5Pattern(rawPattern: content.map { "\"\($0)\"" }.joined(separator: " AND ")) {
            stages.append(exact)
        }
        stages += FuzzyPatterns.stages(for: content).dropLast()
        var seen = Set<Int64>()
        var matches: [(row: StatementRow, words: [String])] = []
        for pattern in stages {
            let ids = try rankedMatches(pattern, conditions: conditions, limit: 500, in: db).map(\.id)
                .filter { !seen.contains($0) }
            seen.formUnion(ids)
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
