import Foundation
import GRDB
import OnRecordCore
import OnRecordCorpus
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Kills and concurrent writers: the database stays whole and re-running completes the batch.
@Suite(.serialized)
struct IngestSafetyTests {
    /// Opens the test database directly, read-only, for checks the CLI does not expose.
    func inspect<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        return try DatabaseQueue(path: path, configuration: configuration).read(body)
    }

    /// Every statement belongs to a document that has exactly the statements extraction finds in it,
    /// no text is stored twice, and no statement is stored twice.
    func expectWholeDocuments(in path: String) throws {
        try inspect(path) { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let extractor = AttributionExtractor()
            let documents = try Row.fetchAll(
                db,
                sql:
                    "SELECT d.id, d.text, (SELECT count(*) FROM statements s WHERE s.document_id = d.id) AS n FROM documents d"
            )
            for document in documents {
                let expected = extractor.extract(from: document["text"]).count
                #expect(document["n"] == expected, "document \(document["id"] as Int64) is incomplete")
            }
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) - count(DISTINCT source_path) FROM documents") == 0,
                "a file was stored twice")
            #expect(
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM (SELECT 1 FROM statements GROUP BY document_id, char_start, char_end HAVING count(*) > 1)"
                ) == 0, "a statement was stored twice")
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts")
                    == Int.fetchOne(db, sql: "SELECT count(*) FROM statements"))
            // Ingest indexes each batch in one pass before it commits; the marker that defers the
            // per-row triggers never outlives the batch's transaction, even when the process is killed.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts_deferred") == 0)
        }
        try expectFullTextIndexInSync(path)
    }

    /// The full-text index matches the statements exactly; FTS5's check raises an error otherwise. It
    /// writes nothing, but FTS5 only accepts it as an INSERT, so it needs a writable connection.
    func expectFullTextIndexInSync(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO statements_fts(statements_fts) VALUES('integrity-check')")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts_deferred") == 0)
        }
        try queue.close()
    }

    func documentCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return (try? inspect(path) { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") ?? 0 }) ?? 0
    }

    @Test func killedIngestLeavesAWholeDatabaseAndARerunCompletesTheBatch() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = cli.directory.appendingPathComponent("corpus")
        // More articles than three ingest batches (512 each), so the kill lands between commits.
        let total = 1_600
        try SyntheticCorpus(seed: 7).write(count: total, to: corpus)

        // Given an ingest killed with SIGKILL part-way through
        let process = try cli.start(["ingest", corpus.path], label: "killed")
        let deadline = Date().addingTimeInterval(60)
        while documentCount(cli.databasePath) < 20 && process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        try #require(process.isRunning, "ingest finished before it could be killed: \(cli.standardError(of: "killed"))")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // Then the database is consistent and holds only whole documents
        let landed = documentCount(cli.databasePath)
        #expect(landed >= 20 && landed < total)
        try expectWholeDocuments(in: cli.databasePath)

        // When the same ingest runs again, it completes the batch without duplicates
        let rerun = try cli.run(["ingest", corpus.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("\(total - landed) new, \(landed) unchanged, 0 failed"), "\(rerun.stderr)")
        #expect(documentCount(cli.databasePath) == total)
        try expectWholeDocuments(in: cli.databasePath)
    }

    @Test func twoIngestsOnOneDatabaseBothFinishAndSearchWorksMeanwhile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // Two folders sharing 100 of their articles (same bytes, different paths).
        let corpus = SyntheticCorpus(seed: 11)
        let first = cli.directory.appendingPathComponent("first")
        let second = cli.directory.appendingPathComponent("second")
        for (folder, range) in [(first, 0..<200), (second, 100..<300)] {
            for index in range {
                let file = corpus.article(index)
                let url = folder.appendingPathComponent(file.relativePath)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
        }
        // Both start on a database that does not exist yet, so creating the schema races too.
        let a = try cli.start(["ingest", first.path], label: "a")
        let b = try cli.start(["ingest", second.path], label: "b")
        var searches = 0
        while a.isRunning || b.isRunning {
            guard FileManager.default.fileExists(atPath: cli.databasePath) else {
                usleep(10_000)
                continue
            }
            let search = try cli.run(["search", "budget", "--format", "csv", "--limit", "5"])
            #expect(search.status == 0, "search during ingest: \(search.stderr)")
            searches += 1
        }
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0, "\(cli.standardError(of: "a"))")
        #expect(b.terminationStatus == 0, "\(cli.standardError(of: "b"))")
        #expect(searches > 0)
        #expect(documentCount(cli.databasePath) == 300)
        try inspect(cli.databasePath) { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM (SELECT 1 FROM statements GROUP BY document_id, char_start, char_end HAVING count(*) > 1)"
                ) == 0)
            // Together the two runs stored each article once.
            let stored = try Int.fetchOne(db, sql: "SELECT sum(documents_new) FROM ingest_runs") ?? 0
            #expect(stored == 300)
        }
        try expectFullTextIndexInSync(cli.databasePath)
    }
}
