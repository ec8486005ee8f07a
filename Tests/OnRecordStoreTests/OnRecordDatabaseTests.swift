import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Builds statements whose offsets point at their text, the way the extractor does.
func statement(
    _ quote: String, in text: String, speaker: String?, mention: String? = nil, kind: StatementKind = .direct,
    speakerKind: ActorKind = .person
) -> ExtractedStatement {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(quote.unicodeScalars)
    var start = 0
    while start + needle.count <= scalars.count, !scalars[start..<start + needle.count].elementsEqual(needle) {
        start += 1
    }
    return ExtractedStatement(
        kind: kind, text: quote, span: TextSpan(start: start, end: start + needle.count), speaker: speaker,
        speakerKind: speakerKind, speakerMention: mention ?? speaker, speakerSpan: nil, cue: "said", cueSpan: nil,
        rule: "test", confidence: 0.9)
}

let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

struct OnRecordDatabaseTests {
    @Test func newDatabaseHasTheTablesOfSchemaSQL() throws {
        let db = try OnRecordDatabase.inMemory()
        let names = try db.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name")
        }
        for table in [
            "documents", "actors", "actor_aliases", "statements", "statements_fts", "ingest_runs", "statement_view",
        ] {
            #expect(names.contains(table), "missing \(table)")
        }
        let version = try db.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
        #expect(version == DatabaseSchema.currentVersion)
    }

    @Test func schemaConstantMatchesSchemaFile() throws {
        // Given the repository's schema.sql
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("schema.sql"), encoding: .utf8)
        // Then the constant the code applies is exactly that text (run scripts/generate-schema-swift.sh if not)
        #expect(DatabaseSchema.sql.trimmingCharacters(in: .newlines) == file.trimmingCharacters(in: .newlines))
    }

    @Test func ingestStoresDocumentAndStatementsWithProvenance() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Zelensky said, “It’s time to talk.” Later he left."
        let article = Article(
            text: text, metadata: ArticleMetadata(url: "https://example.test/a", outlet: "Example"),
            publishedAt: "2022-03-20")
        let outcome = try db.ingest(
            article, statements: [statement("It’s time to talk.", in: text, speaker: "Volodymyr Zelensky")],
            extractor: "test@1", at: fixedDate)
        guard case .stored(let documentID, 1, []) = outcome else {
            Issue.record("unexpected outcome \(outcome)")
            return
        }
        let rows = try db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.text, substr(d.text, s.char_start + 1, s.char_end - s.char_start) AS at_offsets,
                           s.stated_on, s.extractor, a.name
                    FROM statements s JOIN documents d ON d.id = s.document_id JOIN actors a ON a.id = s.actor_id
                    WHERE d.id = ?
                    """, arguments: [documentID])
        }
        #expect(rows.count == 1)
        #expect(rows[0]["text"] == rows[0]["at_offsets"] as String)
        #expect(rows[0]["stated_on"] == "2022-03-20")
        #expect(rows[0]["extractor"] == "test@1")
        #expect(rows[0]["name"] == "Volodymyr Zelensky")
    }

    @Test func reingestingTheSameTextAddsNothing() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Peskov said, \"No comment.\""
        let statements = [statement("No comment.", in: text, speaker: "Dmitry Peskov")]
        _ = try db.ingest(Article(text: text), statements: statements, extractor: "t", at: fixedDate)
        let second = try db.ingest(Article(text: text), statements: statements, extractor: "t", at: fixedDate)
        guard case .unchanged = second else {
            Issue.record("expected unchanged, got \(second)")
            return
        }
        #expect(try db.counts().statements == 1)
    }

    @Test func reextractingReplacesAutomaticStatementsButKeepsLockedOnes() throws {
        // Given a stored article with two statements, one of which a person has touched
        let db = try OnRecordDatabase.inMemory()
        let text = "Kuleba said, \"First.\" Peskov said, \"Second.\""
        let original = [
            statement("First.", in: text, speaker: "Dmytro Kuleba"),
            statement("Second.", in: text, speaker: "Dmitry Peskov"),
        ]
        _ = try db.ingest(Article(text: text), statements: original, extractor: "rules@1", at: fixedDate)
        try db.write { try $0.execute(sql: "UPDATE statements SET is_locked = 1, text = text WHERE id = 1") }
        // When the same text is re-extracted with a newer extractor that finds both again
        let outcome = try db.ingest(
            Article(text: text), statements: original, extractor: "rules@2", replacingExisting: true, at: fixedDate)
        // Then the locked statement stays as it was and only the other one is replaced
        #expect(outcome == .reextracted(documentID: 1, statements: 1, rejected: []))
        let rows = try db.read { try Row.fetchAll($0, sql: "SELECT id, extractor FROM statements ORDER BY char_start") }
        #expect(rows.map { $0["extractor"] as String } == ["rules@1", "rules@2"])
        #expect(rows.first?["id"] == 1 as Int64)
    }

    @Test func retractedStatementsAreKeptButNotListed() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Peskov said, \"No.\""
        _ = try db.ingest(
            Article(text: text), statements: [statement("No.", in: text, speaker: "Dmitry Peskov")], extractor: "t",
            at: fixedDate)
        try db.write { try $0.execute(sql: "UPDATE statements SET status = 'retracted'") }
        #expect(try db.timeline(of: "Peskov").statements.isEmpty)
        #expect(try db.search("no").isEmpty)
        #expect(try db.counts().statements == 1)
    }

    @Test func statementWhoseOffsetsDoNotMatchIsRejected() throws {
        let db = try OnRecordDatabase.inMemory()
        var bad = statement("time", in: "It is time.", speaker: "A B")
        bad.text = "tame"
        let outcome = try db.ingest(Article(text: "It is time."), statements: [bad], extractor: "t", at: fixedDate)
        #expect(outcome == .stored(documentID: 1, statements: 0, rejected: ["tame"]))
    }

    @Test func spellingVariantsAcrossDocumentsBecomeOneActor() throws {
        let db = try OnRecordDatabase.inMemory()
        let first = "Zelensky said, \"We want peace.\""
        let second = "Zelenskyy said, \"Talks must resume.\""
        _ = try db.ingest(
            Article(text: first, publishedAt: "2022-03-01"),
            statements: [statement("We want peace.", in: first, speaker: "Volodymyr Zelensky")], extractor: "t",
            at: fixedDate)
        _ = try db.ingest(
            Article(text: second, publishedAt: "2022-05-01"),
            statements: [statement("Talks must resume.", in: second, speaker: "Volodymyr Zelenskyy")],
            extractor: "t", at: fixedDate)
        let (actor, rows) = try db.timeline(of: "zelenskiy")
        #expect(actor.name == "Volodymyr Zelensky")
        #expect(rows.map(\.text) == ["We want peace.", "Talks must resume."])
    }

    @Test func surnameOnlySpeakerLinksToTheOnlyActorWithThatSurname() throws {
        let db = try OnRecordDatabase.inMemory()
        let first = "Dmitry Peskov said, \"No.\""
        let second = "Peskov said, \"Still no.\""
        _ = try db.ingest(
            Article(text: first), statements: [statement("No.", in: first, speaker: "Dmitry Peskov")],
            extractor: "t", at: fixedDate)
        _ = try db.ingest(
            Article(text: second), statements: [statement("Still no.", in: second, speaker: "Peskov")],
            extractor: "t", at: fixedDate)
        #expect(try db.timeline(of: "Dmitry Peskov").statements.count == 2)
        #expect(try db.counts().actors == 1)
    }

    @Test func timelineIsInDateOrderAndHonoursFilters() throws {
        let db = try OnRecordDatabase.inMemory()
        for (day, words) in [("2022-06-01", "Third."), ("2022-02-01", "First."), ("2022-04-01", "Second.")] {
            let text = "Guterres said, \"\(words)\""
            _ = try db.ingest(
                Article(text: text, publishedAt: day),
                statements: [statement(words, in: text, speaker: "António Guterres")], extractor: "t", at: fixedDate)
        }
        #expect(try db.timeline(of: "antonio guterres").statements.map(\.text) == ["First.", "Second.", "Third."])
        let filtered = try db.timeline(
            of: "Guterres", filter: StatementFilter(since: "2022-03-01", until: "2022-05-01"))
        #expect(filtered.statements.map(\.text) == ["Second."])
    }

    @Test func unknownActorSuggestsCloseNames() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Dmitry Peskov said, \"No.\""
        _ = try db.ingest(
            Article(text: text), statements: [statement("No.", in: text, speaker: "Dmitry Peskov")], extractor: "t",
            at: fixedDate)
        #expect(throws: StoreError.unknownActor(name: "Dmitri", suggestions: ["Dmitry Peskov"])) {
            try db.timeline(of: "Dmitri")
        }
        #expect(throws: StoreError.unknownActor(name: "Nobody", suggestions: [])) { try db.timeline(of: "Nobody") }
    }

    @Test func searchFindsWordsSafelyAndRanksMatches() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Zelensky said, \"It's time to meet, time to talk.\" Peskov said, \"Talks are premature.\""
        _ = try db.ingest(
            Article(text: text),
            statements: [
                statement("It's time to meet, time to talk.", in: text, speaker: "Volodymyr Zelensky"),
                statement("Talks are premature.", in: text, speaker: "Dmitry Peskov"),
            ], extractor: "t", at: fixedDate)
        #expect(try db.search("TIME talk").map(\.text) == ["It's time to meet, time to talk."])
        #expect(try db.search("\"time to (talk\"").count == 1)  // user punctuation is not syntax
        #expect(try db.search("talk NOT time").isEmpty)  // NOT is a word to find, not an operator
        #expect(try db.search("talks", filter: StatementFilter(actor: "Peskov")).count == 1)
        #expect(try db.search("tal*", isRawSyntax: true).count == 2)
        #expect(throws: StoreError.emptyQuery) { try db.search("  ?! ") }
        #expect(throws: (any Error).self) { try db.search("\"unbalanced", isRawSyntax: true) }
    }

    @Test func showGivesTheSentenceAroundTheStatement() throws {
        let db = try OnRecordDatabase.inMemory()
        let text = "Intro line.\n\nThe minister arrived. Peskov said, \"We will see.\" Then he left."
        _ = try db.ingest(
            Article(text: text), statements: [statement("We will see.", in: text, speaker: "Dmitry Peskov")],
            extractor: "t", at: fixedDate)
        let detail = try db.statement(id: 1)
        #expect(detail.context == "Peskov said, \"We will see.\"")
        #expect(throws: StoreError.statementNotFound(id: 99)) { try db.statement(id: 99) }
    }

    @Test func exportStreamsRowsInDateOrder() throws {
        let db = try OnRecordDatabase.inMemory()
        for (day, words) in [("2022-06-01", "Later."), ("2022-02-01", "Earlier.")] {
            let text = "Stoltenberg said, \"\(words)\""
            _ = try db.ingest(
                Article(text: text, publishedAt: day),
                statements: [statement(words, in: text, speaker: "Jens Stoltenberg")], extractor: "t", at: fixedDate)
        }
        var texts: [String] = []
        try db.exportStatements(filter: StatementFilter()) { texts.append($0.text) }
        #expect(texts == ["Earlier.", "Later."])
    }

    @Test func onDiskDatabaseUsesWALAndRejectsNonDatabases() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("news.sqlite").path
        let db = try OnRecordDatabase.open(path: path)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try db.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)

        let junk = directory.appendingPathComponent("junk.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: junk))
        #expect(throws: StoreError.notADatabase(path: junk)) { try OnRecordDatabase.open(path: junk) }

        let missingFolder = directory.appendingPathComponent("nope/x.sqlite").path
        #expect(throws: (any Error).self) { try OnRecordDatabase.open(path: missingFolder) }

        let folder = directory.path
        for readOnly in [false, true] {
            #expect(throws: StoreError.cannotOpen(path: folder, reason: "it is a folder, not a database file")) {
                try OnRecordDatabase.open(path: folder, readOnly: readOnly)
            }
        }
    }

    @Test func readOnlyOpenOfAnEmptyOrForeignFileSaysItIsNotAnOnRecordDatabase() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Given a zero-byte file (a valid, empty SQLite database) and another program's SQLite file
        let empty = directory.appendingPathComponent("empty.sqlite").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let foreign = directory.appendingPathComponent("foreign.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        try queue.close()
        // Then queries report them as not ours, rather than "attempt to write a readonly database"
        #expect(throws: StoreError.notADatabase(path: empty)) { try OnRecordDatabase.open(path: empty, readOnly: true) }
        #expect(throws: StoreError.notADatabase(path: foreign)) {
            try OnRecordDatabase.open(path: foreign, readOnly: true)
        }
        #expect(throws: StoreError.notADatabase(path: foreign)) { try OnRecordDatabase.open(path: foreign) }
        // And an empty file still becomes a new database when opened for writing
        _ = try OnRecordDatabase.open(path: empty)
        #expect(try OnRecordDatabase.open(path: empty, readOnly: true).path == empty)
    }

    @Test func newerSchemaIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("future.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        #expect(throws: StoreError.schemaTooNew(path: path, found: 99, supported: DatabaseSchema.currentVersion)) {
            try OnRecordDatabase.open(path: path)
        }
    }
}
