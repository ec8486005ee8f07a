import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Batches: many articles in one transaction, each in its own savepoint, full-text indexed in one pass.
struct IngestBatchTests {
    /// An article with one quote by `speaker`, titled `title`.
    func item(_ quote: String, by speaker: String, title: String) -> IngestItem {
        let text = "\(speaker) said, “\(quote)” Later he left."
        return IngestItem(
            article: Article(text: text, metadata: ArticleMetadata(title: title), publishedAt: "2024-01-02"),
            statements: [statement(quote, in: text, speaker: speaker)])
    }

    /// The full-text index matches `statements` exactly, and no batch left its marker behind.
    func expectIndexInSync(_ db: OnRecordDatabase) throws {
        // FTS5 only takes its check as an INSERT, so this needs a write transaction (it changes nothing).
        try db.write { db in
            // Raises an error when the index and the content table disagree.
            try db.execute(sql: "INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')")
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts")
                    == Int.fetchOne(db, sql: "SELECT count(*) FROM statements"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts_deferred") == 0)
        }
    }

    /// Makes storing any article titled `title` fail with a constraint error, the way a broken row would.
    func breakArticles(titled title: String, in db: OnRecordDatabase, raise action: String = "ABORT") throws {
        try db.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER break_\(action.lowercased()) BEFORE INSERT ON documents
                    WHEN new.title = '\(title)' BEGIN SELECT RAISE(\(action), 'broken on purpose'); END
                    """)
        }
    }

    func searchCount(_ word: String, in db: OnRecordDatabase) throws -> Int {
        try db.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", arguments: [word]) ?? 0
        }
    }

    @Test func aBatchIsSearchableAndLeavesTheIndexInSync() throws {
        // Given an empty database
        let db = try OnRecordDatabase.inMemory()
        // When three articles are stored in one batch
        let results = try db.ingest(
            batch: [
                item("Budgets matter.", by: "Ann Lee", title: "a"),
                item("The budget is late.", by: "Bo Chan", title: "b"),
                item("Nothing to add.", by: "Cy Diaz", title: "c"),
            ], extractor: "t@1", at: fixedDate)
        // Then each is stored, found by search, and the index matches the table
        #expect(results.count == 3)
        #expect(results.allSatisfy { if case .success(.stored(_, 1, [])) = $0 { true } else { false } })
        #expect(try searchCount("budget", in: db) == 1)
        #expect(try searchCount("nothing", in: db) == 1)
        try expectIndexInSync(db)
        // And statements stored later one by one are indexed by the triggers as before
        _ = try db.ingest(
            Article(text: "Di Fox said, “Budget first.” Then left."),
            statements: [statement("Budget first.", in: "Di Fox said, “Budget first.” Then left.", speaker: "Di Fox")],
            extractor: "t@1", at: fixedDate)
        #expect(try searchCount("budget", in: db) == 2)
        try expectIndexInSync(db)
    }

    @Test func aBrokenArticleIsRolledBackAloneAndTheRestOfTheBatchLands() throws {
        // Given a database on which one article of the batch cannot be stored
        let db = try OnRecordDatabase.inMemory()
        try breakArticles(titled: "broken", in: db)
        // When the batch is stored
        let results = try db.ingest(
            batch: [
                item("First words.", by: "Ann Lee", title: "a"),
                item("Broken words.", by: "Bo Chan", title: "broken"),
                item("Third words.", by: "Cy Diaz", title: "c"),
            ], extractor: "t@1", at: fixedDate)
        // Then the broken article is reported and nothing of it remains, and the others landed
        #expect(results.count == 3)
        guard case .failure(.databaseFailure(_, let message)) = results[1] else {
            Issue.record("expected a failure, got \(results[1])")
            return
        }
        #expect(message.contains("broken on purpose"))
        #expect(try db.read { try String.fetchAll($0, sql: "SELECT title FROM documents ORDER BY id") } == ["a", "c"])
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM actors WHERE name = 'Bo Chan'") } == 0)
        #expect(try searchCount("words", in: db) == 2)
        try expectIndexInSync(db)
    }

    @Test func stoppingAtTheFirstFailureStoresNothingAfterIt() throws {
        let db = try OnRecordDatabase.inMemory()
        try breakArticles(titled: "broken", in: db)
        let results = try db.ingest(
            batch: [
                item("First words.", by: "Ann Lee", title: "a"),
                item("Broken words.", by: "Bo Chan", title: "broken"),
                item("Third words.", by: "Cy Diaz", title: "c"),
            ], extractor: "t@1", at: fixedDate, stopAtFirstFailure: true)
        #expect(results.count == 2)
        #expect(try db.read { try String.fetchAll($0, sql: "SELECT title FROM documents") } == ["a"])
        try expectIndexInSync(db)
    }

    @Test func aBatchThatFailsAsAWholeStoresNothingAndLeavesNoMarker() throws {
        // Given an article whose failure ends the whole transaction (RAISE(ROLLBACK))
        let db = try OnRecordDatabase.inMemory()
        _ = try db.ingest(
            batch: [item("Earlier words.", by: "Ann Lee", title: "earlier")], extractor: "t@1", at: fixedDate)
        try breakArticles(titled: "fatal", in: db, raise: "ROLLBACK")
        // When the batch is stored, it fails as a whole
        #expect(throws: StoreError.self) {
            _ = try db.ingest(
                batch: [
                    item("First words.", by: "Bo Chan", title: "a"),
                    item("Fatal words.", by: "Cy Diaz", title: "fatal"),
                ], extractor: "t@1", at: fixedDate)
        }
        // Then nothing of it is stored, the marker is gone, and later writes are indexed by the triggers
        #expect(try db.read { try String.fetchAll($0, sql: "SELECT title FROM documents") } == ["earlier"])
        try expectIndexInSync(db)
        _ = try db.ingest(batch: [item("Later words.", by: "Di Fox", title: "later")], extractor: "t@1", at: fixedDate)
        #expect(try searchCount("words", in: db) == 2)
        try expectIndexInSync(db)
    }

    @Test func reextractionInABatchKeepsTheIndexExact() throws {
        // Given a stored article
        let db = try OnRecordDatabase.inMemory()
        let first = item("Taxes will fall.", by: "Ann Lee", title: "a")
        _ = try db.ingest(batch: [first], extractor: "t@1", at: fixedDate)
        // When a batch re-extracts it (deleting indexed statements), and stores an article twice, the second
        // time re-extracting statements that are not indexed yet
        let second = item("Rates will rise.", by: "Bo Chan", title: "b")
        let results = try db.ingest(
            batch: [first, second, second], extractor: "t@2", replacingExisting: true, at: fixedDate)
        #expect(results.count == 3)
        // Then every statement is indexed exactly once, under its current text
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM statements") } == 2)
        #expect(try searchCount("taxes", in: db) == 1)
        #expect(try searchCount("rates", in: db) == 1)
        try expectIndexInSync(db)
    }

    @Test func deletingTheNewestStatementInABatchKeepsTheIndexExact() throws {
        // Given a stored article whose statement has the largest id, so SQLite reuses that id after a delete
        let db = try OnRecordDatabase.inMemory()
        let only = item("Only words.", by: "Ann Lee", title: "a")
        _ = try db.ingest(batch: [only], extractor: "t@1", at: fixedDate)
        // When a batch re-extracts it with no statements, then stores a new article
        let empty = IngestItem(article: only.article, statements: [])
        _ = try db.ingest(
            batch: [empty, item("Fresh words.", by: "Bo Chan", title: "b")], extractor: "t@2",
            replacingExisting: true, at: fixedDate)
        // Then the index holds exactly the new statement
        #expect(try searchCount("only", in: db) == 0)
        #expect(try searchCount("fresh", in: db) == 1)
        try expectIndexInSync(db)
    }

    @Test func aRolledBackArticleLeavesNoRememberedSpeakerBehind() throws {
        // Given a batch whose second article names a new speaker twice and is then rolled back
        let db = try OnRecordDatabase.inMemory()
        try db.write { db in
            try db.execute(
                sql: """
                    CREATE TEMP TRIGGER break_statement BEFORE INSERT ON statements
                    WHEN new.text = 'Broken words.' BEGIN SELECT RAISE(ABORT, 'broken on purpose'); END
                    """)
        }
        let twice = "Bo Chan said, “Broken words.” Bo Chan added, “More words.”"
        let broken = IngestItem(
            article: Article(text: twice, metadata: ArticleMetadata(title: "b")),
            statements: [
                statement("Broken words.", in: twice, speaker: "Bo Chan"),
                statement("More words.", in: twice, speaker: "Bo Chan"),
            ])
        // When a later article of the same batch names that speaker again
        let results = try db.ingest(
            batch: [
                item("First words.", by: "Ann Lee", title: "a"), broken,
                item("Other words.", by: "Bo Chan", title: "c"),
                item("Last words.", by: "Bo Chan", title: "d"),
            ], extractor: "t@1", at: fixedDate)
        // Then it gets a new actor of its own (the rolled-back one is gone), and the next article links to it
        #expect(results.map { if case .success = $0 { true } else { false } } == [true, false, true, true])
        let rows = try db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.text, a.name, l.rule FROM statements s JOIN actors a ON a.id = s.actor_id
                    JOIN statement_links l ON l.statement_id = s.id ORDER BY s.id
                    """)
        }
        #expect(rows.map { $0["name"] as String } == ["Ann Lee", "Bo Chan", "Bo Chan"])
        #expect(rows.map { $0["rule"] as String } == ["new", "new", "alias"])
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM actors") } == 2)
        try expectIndexInSync(db)
    }

    @Test func topicsTagTheStatementsOfABatch() throws {
        let db = try OnRecordDatabase.inMemory()
        _ = try db.addTopic(named: "money", matching: "budget* OR taxes", at: fixedDate)
        _ = try db.ingest(
            batch: [
                item("The budget is late.", by: "Ann Lee", title: "a"),
                item("Nothing to add.", by: "Bo Chan", title: "b"),
                item("Taxes will fall.", by: "Cy Diaz", title: "c"),
            ], extractor: "t@1", at: fixedDate)
        #expect(try db.topics().first?.statementCount == 2)
    }

    @Test func aDatabaseWithoutTheDeferralTableStillIndexesEveryRow() throws {
        // Given a database created before full-text indexing was deferred (old triggers, no marker table)
        let db = try OnRecordDatabase.inMemory()
        try db.write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER statements_fts_after_insert;
                    CREATE TRIGGER statements_fts_after_insert AFTER INSERT ON statements BEGIN
                        INSERT INTO statements_fts(rowid, text, speaker_mention)
                        VALUES (new.id, new.text, new.speaker_mention);
                    END;
                    DROP TABLE statements_fts_deferred;
                    """)
        }
        // When a batch is stored, Then its statements are indexed by the triggers
        _ = try db.ingest(
            batch: [
                item("Budgets matter.", by: "Ann Lee", title: "a"), item("Budget cuts.", by: "Bo Chan", title: "b"),
            ],
            extractor: "t@1", at: fixedDate)
        #expect(try searchCount("budget*", in: db) == 2)
        try db.write { try $0.execute(sql: "INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')") }
    }
}

/// The first attempt at a batch (no savepoint per article) and the provenance check made before the writer.
struct IngestBatchAttemptTests {
    let batchTests = IngestBatchTests()

    func rows(_ db: OnRecordDatabase) throws -> [String] {
        try db.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT 'd' || id || ifnull(title, '-') FROM documents
                    UNION ALL SELECT 's' || id || '|' || document_id || '|' || ifnull(actor_id, '-') || text FROM statements
                    UNION ALL SELECT 'a' || id || name FROM actors
                    UNION ALL SELECT 'l' || statement_id || rule FROM statement_links
                    """)
        }
    }

    @Test func aFailedFirstAttemptLeavesExactlyWhatTheGoodArticlesAloneWouldStore() throws {
        // Given a batch whose third article breaks after two that create actors
        let broken = try OnRecordDatabase.inMemory()
        try batchTests.breakArticles(titled: "broken", in: broken)
        let clean = try OnRecordDatabase.inMemory()
        let good = [
            batchTests.item("First words.", by: "Ann Lee", title: "a"),
            batchTests.item("Second words.", by: "Bo Chan", title: "b"),
            batchTests.item("Fourth words.", by: "Ann Lee", title: "d"),
        ]
        // When it is stored, and the good articles alone are stored elsewhere
        let results = try broken.ingest(
            batch: Array(good[0..<2]) + [batchTests.item("Third words.", by: "Cy Diaz", title: "broken"), good[2]],
            extractor: "t@1", at: fixedDate)
        _ = try clean.ingest(batch: good, extractor: "t@1", at: fixedDate)
        // Then both databases hold the same rows with the same ids: nothing of the first attempt remains
        #expect(results.map { if case .success = $0 { true } else { false } } == [true, true, false, true])
        #expect(try rows(broken) == rows(clean))
        try batchTests.expectIndexInSync(broken)
    }

    @Test func statementsCheckedBeforeTheWriterAreStoredAndRejectedAsBefore() throws {
        // Given an article with one statement whose offsets miss its text
        let text = "Ann Lee said, “We stay.” Bo Chan said, “We go.”"
        let wrong = ExtractedStatement(
            kind: .direct, text: "We leave.", span: TextSpan(start: 40, end: 49), speaker: "Bo Chan",
            speakerKind: .person, speakerMention: "Bo Chan", speakerSpan: nil, cue: "said", cueSpan: nil,
            rule: "test", confidence: 0.5)
        let item = IngestItem(
            article: Article(text: text), statements: [statement("We stay.", in: text, speaker: "Ann Lee"), wrong])
        // When it is checked first (as the pipeline does on its reading threads)
        let checked = item.checkingProvenance()
        #expect(checked.statements.map(\.text) == ["We stay."])
        #expect(checked.rejectedStatements?.map(\.text) == ["We leave."])
        // Then storing it gives the same outcome and rows as storing it unchecked
        let first = try OnRecordDatabase.inMemory()
        let second = try OnRecordDatabase.inMemory()
        let outcomes = [
            try first.ingest(batch: [checked], extractor: "t@1", at: fixedDate),
            try second.ingest(batch: [item], extractor: "t@1", at: fixedDate),
        ]
        for outcome in outcomes {
            guard case .success(.stored(_, 1, ["We leave."])) = outcome.first else {
                Issue.record("unexpected outcome \(outcome)")
                continue
            }
        }
        #expect(try rows(first) == rows(second))
    }
}
