import Foundation
import GRDB
public import OnRecordCore

extension OnRecordDatabase {
    /// Full-text search with highlighted snippets, ranked by bm25, with a fuzzy fallback for
    /// misremembered quotes.
    ///
    /// With ``SearchSyntax/allWords`` every word of the text becomes a quoted FTS5 string, so nothing
    /// typed is read as FTS5 syntax. When that finds nothing and `allowsFuzzy` is set, the search looks
    /// for statements with three of the query's four rarest indexed words, then for statements that
    /// contain all but one or two of its content words (word stems, so "negotiate" finds
    /// "negotiations"), then any of them, and ranks those by the share of words they have in common
    /// (``SearchResult/isFuzzy`` is set).
    ///
    /// When more than `rankingWindow` statements match, only the most recently stored `rankingWindow`
    /// matches are ranked (widened when filters leave fewer than the limit); see
    /// ``SearchResult/rankedWindow``.
    ///
    /// - Parameters:
    ///   - query: The search text.
    ///   - syntax: Plain words (safe) or FTS5 syntax.
    ///   - filter: Actor, outlet, topic, date and kind limits; `limit` defaults to 50.
    ///   - allowsFuzzy: Fall back to similar statements when nothing matches every word.
    ///   - rankingWindow: How many of the most recent matches to rank, or `nil` to rank every match.
    /// - Returns: Best matches first.
    /// - Throws: ``StoreError/emptyQuery``, ``StoreError/invalidSearchSyntax(query:reason:)``,
    ///   ``StoreError/unknownActor(name:suggestions:)``, ``QueryError/unknownTopic(name:known:)``.
    public func searchStatements(
        _ query: String, syntax: SearchSyntax = .allWords, filter: StatementFilter = StatementFilter(),
        allowsFuzzy: Bool = true, rankingWindow: Int? = OnRecordDatabase.defaultRankingWindow
    ) throws -> SearchResult {
        try readTransaction { db in
            let pattern = try Self.searchPattern(query, syntax: syntax, in: db)
            let conditions = try Self.filterConditions(for: filter, includingActor: true, in: db)
            let limit = filter.limit ?? 50
            var window: Int?
            var ranked: [(id: Int64, rank: Double)] = []
            // Rank the most recent `size` matches; when filters leave fewer than `limit` of them, widen the
            // window, then rank everything.
            var size = rankingWindow
            while true {
                let pass = try Self.rankRecentMatches(
                    pattern, conditions: conditions, window: size, limit: limit, in: db)
                ranked = pass.ranked
                guard pass.isWindowed, let current = size else {
                    window = nil
                    break
                }
                window = current
                if ranked.count >= limit { break }
                // Widen to where the filters should leave `limit` results (at the rate seen so far, with a
                // margin), at least doubling and at most ten times; past 100 windows, rank everything.
                let needed = ranked.isEmpty ? current * 10 : current * limit * 3 / (ranked.count * 2)
                size = current < Self.defaultRankingWindow * 100 ? min(current * 10, max(current * 2, needed)) : nil
            }
            if !ranked.isEmpty || syntax == .fts5 || !allowsFuzzy {
                let rows = try Self.statementRows(ids: ranked.map(\.id), in: db)
                let highlighter = syntax == .fts5 ? SearchHighlighter.forFTS5(query) : SearchHighlighter.forWords(query)
                let hits = ranked.compactMap { match -> SearchHit? in
                    guard let row = rows[match.id] else { return nil }
                    return SearchHit(
                        row: row,
                        snippet: highlighter.snippet(
                            of: row.text, open: SearchHit.matchStart, close: SearchHit.matchEnd),
                        score: match.rank, similarity: nil)
                }
                return SearchResult(hits: hits, isFuzzy: false, rankedWindow: window)
            }
            return SearchResult(
                hits: try Self.fuzzyMatches(for: query, conditions: conditions, limit: limit, in: db), isFuzzy: true)
        }
    }

    /// The FTS5 pattern for a search: safe words, or validated raw syntax.
    static func searchPattern(_ query: String, syntax: SearchSyntax, in db: Database) throws -> MatchPattern {
        switch syntax {
        case .allWords:
            guard let safe = MatchPattern.allWords(in: query) else { throw StoreError.emptyQuery }
            return safe
        case .fts5:
            guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw StoreError.emptyQuery }
            do {
                return MatchPattern(validated: try db.makeFTS5Pattern(rawPattern: query, forTable: "statements_fts"))
            } catch let error as DatabaseError {
                throw StoreError.invalidSearchSyntax(query: query, reason: plainReason(error.message))
            }
        }
    }

    /// SQLite's FTS5 messages ("fts5: syntax error near \"\"") in words a reporter can act on.
    static func plainReason(_ message: String?) -> String {
        guard let message else { return "SQLite could not read it" }
        if message.contains("unterminated string") || message.contains("near \"\"") {
            return "a quotation mark or parenthesis is not closed"
        }
        if message.contains("no such column") {
            return "a word followed by ':' is read as a column name; put the text in double quotes"
        }
        if message.contains("syntax error") {
            return "an operator (AND, OR, NOT, NEAR) or a parenthesis is misplaced: \(message)"
        }
        return message
    }

    /// How many matches a search ranks by default: bm25 costs a few microseconds per matching row, so
    /// ranking every match of a word found in 100,000 statements would take a second. Searches with more
    /// matches rank the most recently stored ones (``SearchResult/rankedWindow``).
    public static let defaultRankingWindow = 2_000

    /// Ids of statements matching `pattern` and passing `conditions`, unranked: the candidates that
    /// fuzzy search and `origin` then score themselves.
    ///
    /// - Parameter newestFirst: Walk the index from the most recently stored statement, so a limit keeps the
    ///   newest candidates; otherwise SQLite's order.
    static func matchingIDs(
        _ pattern: MatchPattern, conditions: [SQL], newestFirst: Bool, limit: Int, in db: Database
    ) throws -> [Int64] {
        var query: SQL = """
            SELECT f.rowid FROM statements_fts f JOIN statements s ON s.id = f.rowid
            WHERE f.statements_fts MATCH \(pattern.raw)
            """
        for condition in conditions { query += " AND " + condition }
        if newestFirst { query += " ORDER BY f.rowid DESC" }
        query += " LIMIT \(limit)"
        return try Int64.fetchAll(db, SQLRequest(literal: query))
    }

    /// The best `limit` of the `window` most recently stored matches (every match when `window` is `nil`)
    /// that pass `conditions`, ranked by bm25 (``SearchRanking``).
    ///
    /// FTS5 walks its doclists backwards by rowid and stops after `window + 1` matches, reading each
    /// match's statistics on the way (``MatchStatistics``); the filters are then checked on those ids
    /// only. The cost follows the window, not the number of matches in the database.
    ///
    /// - Returns: The ranked ids, and whether more statements matched than the window held.
    static func rankRecentMatches(
        _ pattern: MatchPattern, conditions: [SQL], window: Int?, limit: Int, in db: Database
    ) throws -> (ranked: [(id: Int64, rank: Double)], isWindowed: Bool) {
        var query: SQL = """
            SELECT rowid, \(sql: MatchStatistics.functionName)(statements_fts) FROM statements_fts
            WHERE statements_fts MATCH \(pattern.raw) ORDER BY rowid DESC
            """
        if let window { query += " LIMIT \(window + 1)" }
        var matches: [SearchRanking.Match] = []
        let cursor = try Row.fetchCursor(db, SQLRequest(literal: query))
        while let row = try cursor.next() {
            guard let encoded: String = row[1], let statistics = MatchStatistics(encoded: encoded) else { continue }
            matches.append(SearchRanking.Match(id: row[0], statistics: statistics))
        }
        var isWindowed = false
        if let window, matches.count > window {
            matches.removeLast(matches.count - window)
            isWindowed = true
        }
        guard let newest = matches.first?.id, let oldest = matches.last?.id else { return ([], isWindowed) }
        let scores = SearchRanking.scores(of: matches, spannedRows: isWindowed ? newest - oldest + 1 : nil)
        let passing = try idsPassing(conditions, among: matches.map(\.id), in: db)
        let ranked = passing.compactMap { id in scores[id].map { (id: id, rank: $0) } }
            .sorted { ($0.rank, -$0.id) < ($1.rank, -$1.id) }
        return (Array(ranked.prefix(limit)), isWindowed)
    }

    /// Which of `ids` are statements passing `conditions`.
    static func idsPassing(_ conditions: [SQL], among ids: [Int64], in db: Database) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var query: SQL = "SELECT s.id FROM statements s WHERE s.id IN (SELECT value FROM json_each(\(list)))"
        for condition in conditions { query += " AND " + condition }
        return try Int64.fetchAll(db, SQLRequest(literal: query))
    }

    /// Full rows for `ids`, by id.
    static func statementRows(ids: [Int64], in db: Database) throws -> [Int64: StatementRow] {
        guard !ids.isEmpty else { return [:] }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let rows = try fetchStatementRows(
            db, where: ["s.id IN (SELECT value FROM json_each(\(list)))"], orderBy: "s.id", limit: nil)
        return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Statements sharing most of the query's words, most similar first.
    static func fuzzyMatches(for query: String, conditions: [SQL], limit: Int, in db: Database) throws -> [SearchHit] {
        let words = QuoteComparison.contentWords(query)
        guard !words.isEmpty else { return [] }
        var ids: [Int64] = []
        // First the statements with at least three of the quote's four rarest indexed words (cheap: short
        // doclists, no ranking); then the broader stem stages.
        if let rare = try RareTerms.candidatePattern(for: query, in: db) {
            ids = try matchingIDs(rare, conditions: conditions, newestFirst: true, limit: 2000, in: db)
        }
        for pattern in FuzzyPatterns.stages(for: words) where ids.isEmpty {
            ids = try rankRecentMatches(
                pattern, conditions: conditions, window: defaultRankingWindow, limit: max(200, limit), in: db
            ).ranked.map(\.id)
        }
        let rows = try statementRows(ids: ids, in: db)
        let highlighter = SearchHighlighter(
            terms: words.map { $0.count >= 6 ? .init(String($0.prefix(5)), isPrefix: true) : .init($0) })
        var scored: [(hit: SearchHit, order: Int)] = []
        for (order, id) in ids.enumerated() {
            guard let row = rows[id] else { continue }
            let similarity = QuoteComparison.overlap(of: query, in: row.text)
            guard similarity >= 0.3 else { continue }
            let snippet = highlighter.snippet(of: row.text, open: SearchHit.matchStart, close: SearchHit.matchEnd)
            scored.append((SearchHit(row: row, snippet: snippet, score: nil, similarity: similarity), order))
        }
        return scored.sorted {
            ($0.hit.similarity ?? 0, -$0.order) > ($1.hit.similarity ?? 0, -$1.order)
        }.prefix(limit).map(\.hit)
    }
}

/// FTS5 patterns for near matches, built from normalized words only (letters and digits), each
/// written as a quoted FTS5 string, so user text never becomes FTS5 operators.
enum FuzzyPatterns {
    /// At most this many words take part in the tolerant AND stages (the longest ones, which tend to be
    /// the rarest); the number of clauses grows quickly with it.
    static let maximumWords = 8

    /// Candidate queries from strictest to loosest: all word stems; all but one; all but two; any word.
    static func stages(for words: [String]) -> [MatchPattern] {
        let chosen =
            words.count <= maximumWords
            ? words : Array(words.sorted { $0.count > $1.count }.prefix(maximumWords))
        var stages: [MatchPattern] = []
        let terms = chosen.map(term)
        stages.append(contentsOf: [and(terms)].compactMap { $0 })
        if terms.count >= 3 { stages.append(contentsOf: [allBut(1, of: terms)].compactMap { $0 }) }
        if terms.count >= 6 { stages.append(contentsOf: [allBut(2, of: terms)].compactMap { $0 }) }
        if let any = anyWord(words) { stages.append(any) }
        return stages
    }

    /// Any of the words (stems), for highlighting and the loosest stage.
    static func anyWord(_ words: [String]) -> MatchPattern? {
        pattern(words.map(term).joined(separator: " OR "))
    }

    /// A word as an FTS5 string; long words become a stem prefix so other endings match.
    static func term(_ word: String) -> String {
        let safe = word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        let text = String(String.UnicodeScalarView(safe))
        return text.count >= 6 ? "\"\(text.prefix(5))\"*" : "\"\(text)\""
    }

    private static func and(_ terms: [String]) -> MatchPattern? {
        pattern(terms.joined(separator: " AND "))
    }

    /// Every combination leaving out `missing` terms, OR-ed together.
    private static func allBut(_ missing: Int, of terms: [String]) -> MatchPattern? {
        var clauses: [String] = []
        func choose(_ start: Int, _ left: Int, _ skipped: Set<Int>) {
            if left == 0 {
                let kept = terms.indices.filter { !skipped.contains($0) }.map { terms[$0] }
                clauses.append("(" + kept.joined(separator: " AND ") + ")")
                return
            }
            guard start < terms.count else { return }
            for index in start..<terms.count { choose(index + 1, left - 1, skipped.union([index])) }
        }
        choose(0, missing, [])
        return pattern(clauses.joined(separator: " OR "))
    }

    private static func pattern(_ raw: String) -> MatchPattern? {
        raw.isEmpty ? nil : MatchPattern(quotedTerms: raw)
    }
}

/// An FTS5 query string that is safe to run: either built here from words reduced to letters and digits,
/// each written as a quoted FTS5 string (so no typed text becomes an operator), or validated by SQLite.
///
/// GRDB's `FTS5Pattern(matchingAllTokensIn:)` does the same job but opens two in-memory databases to
/// tokenize and validate, about 10 ms per search; the index's own tokenizer splits the quoted words.
struct MatchPattern: Hashable {
    /// The FTS5 query text.
    let raw: String

    /// A pattern built by this file's constructors from quoted terms.
    init(quotedTerms raw: String) {
        self.raw = raw
    }

    /// A pattern SQLite validated (raw `--fts` syntax).
    init(validated pattern: FTS5Pattern) {
        self.raw = pattern.rawPattern
    }

    /// Every word of `text` must appear: words are runs of letters and digits (what the unicode61
    /// tokenizer indexes), each quoted; `nil` when there is no word.
    static func allWords(in text: String) -> MatchPattern? {
        var terms: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                terms.append(current)
                current = ""
            }
        }
        if !current.isEmpty { terms.append(current) }
        guard !terms.isEmpty else { return nil }
        // Letters and digits only, so no `"` can occur inside a term.
        return MatchPattern(quotedTerms: terms.map { "\"" + $0 + "\"" }.joined(separator: " "))
    }
}
