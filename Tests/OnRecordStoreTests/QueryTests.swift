import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Topics, timelines, compare, ranked and fuzzy search, quote origins and filtered exports.
struct QueryTests {
    /// One article: `speaker` says `quote` on `day` in `outlet`.
    private func add(
        _ db: OnRecordDatabase, _ quote: String, by speaker: String, on day: String?, outlet: String = "Herald",
        url: String? = nil
    ) throws {
        let text = "\(speaker) said, \"\(quote)\" The end of \(UUID().uuidString)."
        _ = try db.ingest(
            Article(
                text: text,
                metadata: ArticleMetadata(url: url ?? "https://example.test/\(UUID().uuidString)", outlet: outlet),
                publishedAt: day),
            statements: [statement(quote, in: text, speaker: speaker)], extractor: "t", at: fixedDate)
    }

    private func sampleDatabase() throws -> OnRecordDatabase {
        let db = try OnRecordDatabase.inMemory()
        try add(db, "We are ready for talks with anyone.", by: "Volodymyr Zelensky", on: "2022-02-26")
        try add(db, "Sanctions must stay until the last soldier leaves.", by: "Volodymyr Zelensky", on: "2022-03-10")
        try add(
            db, "Negotiations have stalled since April.", by: "Volodymyr Zelensky", on: "2022-05-25", outlet: "Wire")
        try add(db, "A ceasefire without withdrawal only helps Moscow.", by: "Volodymyr Zelensky", on: "2022-11-15")
        try add(db, "Talks are premature.", by: "Dmitry Peskov", on: "2022-03-08", outlet: "Wire")
        try add(db, "The grain corridor is open.", by: "Dmitry Peskov", on: "2022-07-22")
        return db
    }

    // MARK: Topics

    @Test func addingATopicTagsStoredStatementsAndLaterIngestsAreTaggedToo() throws {
        // Given a database with statements
        let db = try sampleDatabase()
        // When a topic is added
        let topic = try db.addTopic(named: "negotiations", matching: "talks OR negotiat* OR ceasefire", at: fixedDate)
        // Then every matching statement is tagged, and later statements are tagged as they are stored
        #expect(topic.statementCount == 4)
        #expect(topic.firstStatedOn == "2022-02-26")
        try add(db, "Talks can resume in Istanbul.", by: "Dmitry Peskov", on: "2022-12-01")
        #expect(try db.topics().first?.statementCount == 5)
        #expect(try db.topics().first?.lastStatedOn == "2022-12-01")
    }

    @Test func topicQueriesMatchTheTextNotTheSpeaker() throws {
        let db = try OnRecordDatabase.inMemory()
        try add(db, "Nothing to add.", by: "Talks Spokesperson", on: "2022-01-01")
        #expect(try db.addTopic(named: "t", matching: "talks", at: fixedDate).statementCount == 0)
    }

    @Test func editingATopicRetagsAndRemovingItDropsItsTags() throws {
        let db = try sampleDatabase()
        _ = try db.addTopic(named: "Negotiations", matching: "talks", at: fixedDate)
        let edited = try db.editTopic(
            named: "negotiations", newName: "diplomacy", matching: "ceasefire OR grain", at: fixedDate)
        #expect(edited.name == "diplomacy")
        #expect(edited.statementCount == 2)
        #expect(
            try db.timeline(of: "Peskov", filter: StatementFilter(topic: "Diplomacy")).statements.map(\.text) == [
                "The grain corridor is open."
            ])
        try db.removeTopic(named: "diplomacy")
        #expect(try db.topics().isEmpty)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM statement_topics") } == 0)
    }

    @Test func topicErrorsAreTyped() throws {
        let db = try sampleDatabase()
        _ = try db.addTopic(named: "grain", matching: "grain", at: fixedDate)
        #expect(throws: QueryError.topicExists(name: "GRAIN")) {
            try db.addTopic(named: "GRAIN", matching: "corridor", at: fixedDate)
        }
        #expect(throws: QueryError.emptyTopicName) { try db.addTopic(named: "  ", matching: "x", at: fixedDate) }
        #expect(throws: QueryError.unknownTopic(name: "war", known: ["grain"])) {
            try db.timeline(of: "Peskov", filter: StatementFilter(topic: "war"))
        }
        do {
            _ = try db.addTopic(named: "bad", matching: "talks OR (", at: fixedDate)
            Issue.record("an unbalanced query must be refused")
        } catch let QueryError.invalidTopicQuery(query, reason) {
            #expect(query == "talks OR (")
            #expect(!reason.isEmpty)
        }
        #expect(throws: QueryError.unknownTopic(name: "nope", known: ["grain"])) { try db.removeTopic(named: "nope") }
        // Valid FTS5 that can match nothing is refused rather than stored as a topic that tags no statement.
        for wordless in ["\"\"", "  ", "\"?!\""] {
            #expect(throws: QueryError.invalidTopicQuery(query: wordless, reason: "it has no words")) {
                try db.addTopic(named: "empty", matching: wordless, at: fixedDate)
            }
        }
    }

    // MARK: Timeline and compare

    @Test func timelineReportGroupsByMonthAndMarksEachTopicsFirstAndLatest() throws {
        let db = try sampleDatabase()
        _ = try db.addTopic(named: "negotiations", matching: "talks OR negotiat* OR ceasefire", at: fixedDate)
        let report = try db.timelineReport(of: "Zelensky", by: .month)
        #expect(report.entries.map(\.period) == ["2022-02", "2022-03", "2022-05", "2022-11"])
        #expect(report.entries.map(\.periodCount) == [1, 1, 1, 1])
        #expect(report.periods.map(\.label).count == 10)  // February to November, gaps included
        #expect(report.periods.map(\.count).reduce(0, +) == 4)
        #expect(report.entries[0].marks == ["first: negotiations"])
        #expect(report.entries[3].marks == ["latest: negotiations"])
        #expect(report.entries[1].topics.isEmpty)
        #expect(report.topicSpans.map(\.count) == [3])
        #expect(report.topicSpans.first?.latest.statedOn == "2022-11-15")

        let onTopic = try db.timelineReport(
            of: "Zelensky", filter: StatementFilter(since: "2022-03-01", outlet: "wire", topic: "negotiations"))
        #expect(onTopic.entries.map(\.row.text) == ["Negotiations have stalled since April."])
    }

    @Test func compareMergesTwoActorsInDateOrder() throws {
        let db = try sampleDatabase()
        _ = try db.addTopic(named: "negotiations", matching: "talks OR negotiat*", at: fixedDate)
        let (a, b, rows) = try db.compare("Zelensky", "Peskov", filter: StatementFilter(topic: "negotiations"))
        #expect(a.name == "Volodymyr Zelensky")
        #expect(b.name == "Dmitry Peskov")
        #expect(rows.map(\.statedOn) == ["2022-02-26", "2022-03-08", "2022-05-25"])
    }

    @Test func compareRefusesTwoNamesForOneActor() throws {
        let db = try sampleDatabase()
        #expect(throws: QueryError.sameActor(first: "Zelensky", second: "zelenskyy", name: "Volodymyr Zelensky")) {
            _ = try db.compare("Zelensky", "zelenskyy")
        }
    }

    // MARK: Search

    @Test func searchRanksHighlightsAndFilters() throws {
        let db = try sampleDatabase()
        let result = try db.searchStatements("talks")
        #expect(!result.isFuzzy)
        #expect(result.hits.count == 2)
        #expect(result.hits.allSatisfy { $0.snippet.contains("[talks]") || $0.snippet.contains("[Talks]") })
        #expect(result.hits.allSatisfy { $0.score != nil })
        #expect(
            try db.searchStatements("talks", filter: StatementFilter(outlet: "WIRE")).hits.map(\.row.text) == [
                "Talks are premature."
            ])
        #expect(
            try db.searchStatements("talks", filter: StatementFilter(since: "2022-03-01")).hits.map(\.row.text) == [
                "Talks are premature."
            ])
        #expect(try db.searchStatements("talks", filter: StatementFilter(kind: .reported)).hits.isEmpty)
    }

    @Test func rawSyntaxSupportsPhrasePrefixBooleanAndNear() throws {
        let db = try sampleDatabase()
        func texts(_ query: String) throws -> [String] {
            try db.searchStatements(query, syntax: .fts5).hits.map(\.row.text).sorted()
        }
        #expect(try texts("\"grain corridor\"") == ["The grain corridor is open."])
        #expect(try texts("\"corridor grain\"").isEmpty)
        #expect(try texts("negotiat*") == ["Negotiations have stalled since April."])
        #expect(try texts("talks NOT premature") == ["We are ready for talks with anyone."])
        #expect(try texts("NEAR(ceasefire moscow, 5)") == ["A ceasefire without withdrawal only helps Moscow."])
        #expect(try texts("NEAR(ready anyone, 1)").isEmpty)
        #expect(
            try db.searchStatements("negotiat*", syntax: .fts5).hits.first?.snippet.contains("[Negotiations]") == true)
        #expect(
            throws: StoreError.invalidSearchSyntax(
                query: "talks)",
                reason: "an operator (AND, OR, NOT, NEAR) or a parenthesis is misplaced: fts5: syntax error near \")\"")
        ) {
            try db.searchStatements("talks)", syntax: .fts5)
        }
    }

    @Test func misrememberedQuoteFallsBackToSimilarStatements() throws {
        let db = try sampleDatabase()
        // "withdrawl" is misspelled and "ceasefire without withdrawal" became "truce without withdrawal".
        let result = try db.searchStatements("a truce without withdrawal only helps Moscow")
        #expect(result.isFuzzy)
        #expect(result.hits.first?.row.text == "A ceasefire without withdrawal only helps Moscow.")
        #expect((result.hits.first?.similarity ?? 0) >= 0.7)
        #expect(try db.searchStatements("a truce without withdrawal", allowsFuzzy: false).hits.isEmpty)
        #expect(try db.searchStatements("zzzz qqqq").hits.isEmpty)
    }

    @Test func largeResultSetsAreRankedWithinAWindowOfTheMostRecentMatches() throws {
        let db = try OnRecordDatabase.inMemory()
        for index in 0..<30 {
            try add(db, "Peace \(index) matters.", by: "Antonio Guterres", on: "2022-01-01")
        }
        let windowed = try db.searchStatements("peace", filter: StatementFilter(limit: 5), rankingWindow: 10)
        #expect(windowed.rankedWindow == 10)
        #expect(windowed.hits.count == 5)
        #expect(windowed.hits.allSatisfy { $0.row.id > 20 })
        let exact = try db.searchStatements("peace", filter: StatementFilter(limit: 5), rankingWindow: 30)
        #expect(exact.rankedWindow == nil)
        #expect(try db.searchStatements("peace", rankingWindow: nil).hits.count == 30)
    }

    /// Statements of different lengths repeating "peace", "talks" and "ceasefire" different numbers of times.
    private func rankingDatabase() throws -> OnRecordDatabase {
        let db = try OnRecordDatabase.inMemory()
        let quotes = [
            "Peace talks must start now.",
            "Peace, peace and again peace is what the villages ask for after a long winter of shelling.",
            "We want peace talks, real peace talks, not photo opportunities.",
            "A ceasefire is not peace.",
            "The ceasefire held overnight in the east and the south, the ministry said in a short note.",
            "Talks about talks are still talks.",
            "Nobody in this government is against peace.",
            "Ceasefire first, then talks, then peace.",
        ]
        for (index, quote) in quotes.enumerated() {
            try add(
                db, quote, by: index.isMultiple(of: 2) ? "Antonio Guterres" : "Dmitry Peskov",
                on: "2022-04-0\(index + 1)")
        }
        return db
    }

    /// SQLite's own bm25 score of every match, by statement id.
    private func sqliteBM25(_ query: String, in db: OnRecordDatabase) throws -> [Int64: Double] {
        try db.writer.read { connection in
            let rows = try Row.fetchAll(
                connection,
                sql: "SELECT rowid, bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ?",
                arguments: [query])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as Double) })
        }
    }

    @Test(arguments: ["peace", "\"peace talks\"", "peace OR ceasefire", "talks OR \"a ceasefire\" OR nobody"])
    func searchScoresAreSQLitesBM25WhenEveryMatchIsRanked(query: String) throws {
        // One phrase, or an OR of phrases: every statement containing a phrase is a match, so counting
        // among the matches gives SQLite's document frequencies and the very same scores.
        let db = try rankingDatabase()
        let expected = try sqliteBM25(query, in: db)
        let hits = try db.searchStatements(query, syntax: .fts5).hits
        #expect(hits.count == expected.count)
        for hit in hits {
            let score = try #require(hit.score)
            let reference = try #require(expected[hit.row.id])
            #expect(abs(score - reference) <= 1e-9 * max(1, abs(reference)), "statement \(hit.row.id)")
        }
        #expect(hits.map { $0.score ?? 0 } == hits.map { $0.score ?? 0 }.sorted())
    }

    @Test func aWindowOfRecentMatchesKeepsBM25sOrderForOneWord() throws {
        let db = try OnRecordDatabase.inMemory()
        for index in 0..<40 {
            let padding = String(repeating: "and more ", count: index % 7)
            let repeats = Array(repeating: "peace", count: 1 + index % 3).joined(separator: " ")
            try add(db, "\(repeats) \(padding)matters \(index).", by: "Antonio Guterres", on: "2022-01-01")
        }
        let windowed = try db.searchStatements("peace", filter: StatementFilter(limit: 12), rankingWindow: 12)
        #expect(windowed.rankedWindow == 12)
        let reference = try sqliteBM25("peace", in: db)
        let newest = reference.keys.sorted(by: >).prefix(12)
        let expectedOrder = newest.sorted { (reference[$0] ?? 0, -$0) < (reference[$1] ?? 0, -$1) }
        #expect(windowed.hits.map(\.row.id) == Array(expectedOrder))
    }

    @Test func matchStatisticsAreReadBackFromTheFunctionsText() {
        #expect(
            MatchStatistics(encoded: "120 4800 37 2 0 1")
                == MatchStatistics(rowCount: 120, totalTokens: 4800, rowTokens: 37, phraseHits: [2, 0, 1]))
        #expect(MatchStatistics(encoded: "12 48") == nil)
        #expect(MatchStatistics(encoded: "12 forty 3") == nil)
    }

    // MARK: Origins

    @Test func originListsEarliestFirstAndFlagsChangedWording() throws {
        let db = try OnRecordDatabase.inMemory()
        try add(db, "We will not trade our land for peace.", by: "Volodymyr Zelensky", on: "2022-08-25", outlet: "Wire")
        try add(
            db, "We will not trade our land for peace.", by: "Volodymyr Zelensky", on: "2022-08-24", outlet: "Herald",
            url: "https://herald.test/first")
        try add(
            db, "We will never trade our land for peace.", by: "Volodymyr Zelensky", on: "2022-08-26", outlet: "Post")
        try add(db, "We will not trade our land for peace, he said again.", by: "Volodymyr Zelensky", on: "2022-08-27")
        try add(db, "Land for peace is a bad trade.", by: "Dmitry Peskov", on: "2022-08-26")

        let origin = try db.origin(of: "“We will not trade our LAND for peace”")
        #expect(origin.appearances.map(\.row.outlet) == ["Herald", "Wire", "Post", "Herald"])
        #expect(origin.appearances.first?.row.url == "https://herald.test/first")
        #expect(origin.appearances.map(\.differs) == [false, false, true, false])
        #expect(origin.appearances[2].diff == "we will [-not-] {+never+} trade our land for peace")
        #expect(origin.appearances[3].isExcerpt)

        let byID = try db.origin(ofStatement: 1)
        #expect(byID.appearances.count == 4)
        #expect(throws: QueryError.emptyQuote) { try db.origin(of: "“ — ”") }
        #expect(throws: StoreError.statementNotFound(id: 99)) { try db.origin(ofStatement: 99) }
    }

    // MARK: Export and views

    @Test func exportHonoursEveryFilterAndTheLimitAcrossDatedAndUndated() throws {
        let db = try sampleDatabase()
        try add(db, "Undated talks remark.", by: "Dmitry Peskov", on: nil)
        _ = try db.addTopic(named: "negotiations", matching: "talks OR negotiat*", at: fixedDate)
        func export(_ filter: StatementFilter) throws -> [String] {
            var texts: [String] = []
            try db.exportStatements(filter: filter) { texts.append($0.text) }
            return texts
        }
        #expect(try export(StatementFilter()).last == "Undated talks remark.")
        #expect(try export(StatementFilter(limit: 2)).count == 2)
        #expect(
            try export(StatementFilter(actor: "Peskov", topic: "negotiations")) == [
                "Talks are premature.", "Undated talks remark.",
            ])
        #expect(try export(StatementFilter(outlet: "wire", topic: "negotiations")).count == 2)
        #expect(try export(StatementFilter(until: "2022-03-01")) == ["We are ready for talks with anyone."])
    }

    @Test func actorSummaryViewCountsActiveStatements() throws {
        let db = try sampleDatabase()
        try db.write { try $0.execute(sql: "UPDATE statements SET status = 'retracted' WHERE text LIKE 'Talks are%'") }
        let rows = try db.read {
            try Row.fetchAll($0, sql: "SELECT name, statements, first_stated_on FROM actor_summary ORDER BY name")
        }
        #expect(rows.map { $0["name"] as String } == ["Dmitry Peskov", "Volodymyr Zelensky"])
        #expect(rows.map { $0["statements"] as Int } == [1, 4])
        #expect(rows.first?["first_stated_on"] == "2022-07-22")
    }
}
