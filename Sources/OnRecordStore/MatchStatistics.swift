import Foundation
import GRDB
import GRDBSQLite

/// What bm25 needs to know about one full-text match, read from FTS5 while the match is visited: the
/// index's row count and token total, the row's length in tokens, and how often each phrase of the
/// query occurs in the row.
///
/// SQLite's own `bm25()` also needs, for every phrase, how many rows of the whole index contain it, and
/// FTS5 finds that by running the phrase over the entire index the first time a query is ranked: at a
/// million statements that scan, not the ranking, was most of a phrase or prefix search (35 of 38 ms).
/// ``SearchRanking`` estimates those counts from the matches it ranks instead, so a search costs the
/// same whether the database holds a hundred thousand statements or a million.
struct MatchStatistics: Hashable, Sendable {
    /// Rows in the full-text index.
    var rowCount: Int64
    /// Tokens in the whole index (all columns).
    var totalTokens: Int64
    /// Tokens in this row (all columns).
    var rowTokens: Int64
    /// Occurrences of each phrase of the query in this row, in query order.
    var phraseHits: [Int64]

    /// The SQL function that produces the statistics: `onrecord_match_stats(statements_fts)`, called in
    /// a query with a `MATCH` on that table.
    static let functionName = "onrecord_match_stats"

    /// Reads the text `onrecord_match_stats` returns: `rowCount totalTokens rowTokens hits…`.
    init?(encoded: String) {
        var numbers: [Int64] = []
        numbers.reserveCapacity(6)
        for field in encoded.utf8.split(separator: UInt8(ascii: " ")) {
            guard let number = Int64(Substring(field)) else { return nil }
            numbers.append(number)
        }
        guard numbers.count >= 3 else { return nil }
        rowCount = numbers[0]
        totalTokens = numbers[1]
        rowTokens = numbers[2]
        phraseHits = Array(numbers[3...])
    }

    /// Creates statistics directly (tests).
    init(rowCount: Int64, totalTokens: Int64, rowTokens: Int64, phraseHits: [Int64]) {
        self.rowCount = rowCount
        self.totalTokens = totalTokens
        self.rowTokens = rowTokens
        self.phraseHits = phraseHits
    }

    /// Registers `onrecord_match_stats` as an FTS5 auxiliary function on a connection. Every connection
    /// that searches needs it (FTS5 functions are per connection).
    static func register(in db: Database) {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        _ = functionName.withCString { name in
            api.pointee.xCreateFunction(api, name, nil, matchStatisticsFunction, nil)
        }
    }
}

/// The C entry point of `onrecord_match_stats`: writes `rowCount totalTokens rowTokens hits…` for the
/// current row. Counting instances needs the row's position lists, which FTS5 has already loaded to
/// decide that the row matches.
private let matchStatisticsFunction: fts5_extension_function = { api, context, result, _, _ in
    guard let api = api?.pointee, let context, let result else { return }
    var rowCount: sqlite3_int64 = 0
    var totalTokens: sqlite3_int64 = 0
    var rowTokens: Int32 = 0
    var instances: Int32 = 0
    guard api.xRowCount(context, &rowCount) == SQLITE_OK,
        api.xColumnTotalSize(context, -1, &totalTokens) == SQLITE_OK,
        api.xColumnSize(context, -1, &rowTokens) == SQLITE_OK,
        api.xInstCount(context, &instances) == SQLITE_OK
    else {
        sqlite3_result_error(result, "onrecord_match_stats: FTS5 could not describe the match", -1)
        return
    }
    var hits = [Int64](repeating: 0, count: Int(max(0, api.xPhraseCount(context))))
    for instance in 0..<instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        if api.xInst(context, instance, &phrase, &column, &offset) == SQLITE_OK, hits.indices.contains(Int(phrase)) {
            hits[Int(phrase)] += 1
        }
    }
    var text = "\(rowCount) \(totalTokens) \(rowTokens)"
    for count in hits {
        text += " "
        text += String(count)
    }
    sqlite3_result_text(result, text, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
}

/// bm25 over a set of matches, with each phrase's document frequency estimated from those matches.
///
/// The score is SQLite's: for each phrase, `idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × len / avglen))`
/// summed, with k1 = 1.2, b = 0.75 and `idf = ln((N − n + 0.5) / (n + 0.5))` (at least 1e-6). Only `n`,
/// the number of rows containing the phrase, differs: it is counted among the matches (exact when every
/// match is ranked and the query is one phrase or an OR of phrases), and when only the most recent
/// matches are ranked it is scaled by the share of the index those matches span. For a query of one
/// word or one phrase the order is exactly bm25's (`n` only scales every score alike).
enum SearchRanking {
    static let k1 = 1.2
    static let b = 0.75

    /// One match to rank.
    struct Match {
        var id: Int64
        var statistics: MatchStatistics
    }

    /// Scores in SQLite's convention (negative; lower is better), by id.
    ///
    /// - Parameters:
    ///   - matches: The matches to rank.
    ///   - spannedRows: When the matches are the most recent of more, how many index rows their rowids
    ///     span (used to scale the counts to the whole index); `nil` when they are every match.
    static func scores(of matches: [Match], spannedRows: Int64?) -> [Int64: Double] {
        guard let first = matches.first?.statistics else { return [:] }
        let rowCount = Double(max(1, first.rowCount))
        let averageLength = Double(max(1, first.totalTokens)) / rowCount
        let phrases = matches.map(\.statistics.phraseHits.count).max() ?? 0
        var containing = [Double](repeating: 0, count: phrases)
        for match in matches {
            for (phrase, hits) in match.statistics.phraseHits.enumerated() where hits > 0 {
                containing[phrase] += 1
            }
        }
        let scale = spannedRows.map { rowCount / Double(max(1, $0)) } ?? 1
        let idf = containing.map { count -> Double in
            let n = min(rowCount, count * scale)
            return max(1e-6, log((rowCount - n + 0.5) / (n + 0.5)))
        }
        var scores: [Int64: Double] = [:]
        scores.reserveCapacity(matches.count)
        for match in matches {
            let lengthFactor = k1 * (1 - b + b * Double(match.statistics.rowTokens) / averageLength)
            var score = 0.0
            for (phrase, hits) in match.statistics.phraseHits.enumerated() where hits > 0 {
                let tf = Double(hits)
                score += idf[phrase] * tf * (k1 + 1) / (tf + lengthFactor)
            }
            scores[match.id] = -score
        }
        return scores
    }
}
