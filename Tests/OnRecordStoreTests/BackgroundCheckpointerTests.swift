import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// Checkpoints on a connection of their own during ingest.
struct BackgroundCheckpointerTests {
    func withDatabase(_ body: (OnRecordDatabase, String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("news.sqlite").path
        try body(try OnRecordDatabase.open(path: path), path)
    }

    func autocheckpoint(_ db: OnRecordDatabase) throws(StoreError) -> Int? {
        try db.write { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }
    }

    /// `count` articles of about 4 KB each (one page or more apiece), in one batch.
    func batch(_ number: Int, count: Int) -> [IngestItem] {
        (0..<count).map { index in
            let text = "Article \(number)-\(index). " + String(repeating: "Words of the report. ", count: 200)
            return IngestItem(article: Article(text: text), statements: [])
        }
    }

    @Test func theWALStartsOverWhileBatchesAreWrittenAndStaysShort() throws {
        try withDatabase { (db, path) throws in
            let walPath = path + "-wal"
            var longest: UInt64 = 0
            try db.withBackgroundCheckpoints(restartPages: 2_000) { (checkpointer) throws(StoreError) in
                #expect(checkpointer != nil)
                // During the session the writer only checkpoints as a backstop.
                let duringSession = try autocheckpoint(db)
                #expect(duringSession == BackgroundCheckpointer.backstopPages)
                // About 300 pages a batch, 40 batches: 12,000 pages in all, six times `restartPages`,
                // below the writer's backstop.
                for number in 0..<40 {
                    checkpointer?.willWrite()
                    _ = try db.ingest(batch: batch(number, count: 150), extractor: "t@1", at: fixedDate)
                    checkpointer?.didCommit()
                    let attributes = try? FileManager.default.attributesOfItem(atPath: walPath)
                    longest = max(longest, (attributes?[.size] as? UInt64) ?? 0)
                }
            }
            // The WAL started over instead of holding every batch (12,000 pages, 48 MB).
            #expect(longest > 0)
            #expect(longest < UInt64(2_000 + 1_500) * 4_136)
            // Afterwards the writer checkpoints by itself again, and every article is there.
            #expect(try autocheckpoint(db) == BackgroundCheckpointer.defaultPages)
            #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") } == 6_000)
        }
    }

    @Test func anotherConnectionSeesEveryCommittedBatch() throws {
        try withDatabase { (db, path) throws in
            try db.withBackgroundCheckpoints { (checkpointer) throws(StoreError) in
                for number in 0..<5 {
                    checkpointer?.willWrite()
                    _ = try db.ingest(batch: batch(number, count: 20), extractor: "t@1", at: fixedDate)
                    checkpointer?.didCommit()
                    // A separate reader (as `search` during `ingest`) sees each batch once it is committed.
                    let reader = try OnRecordDatabase.open(path: path, readOnly: true)
                    let count = try reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") }
                    #expect(count == 20 * (number + 1))
                }
            }
        }
    }

    @Test func anErrorInTheSessionIsRethrownAndTheWriterGetsItsCheckpointsBack() throws {
        try withDatabase { (db, _) throws in
            #expect(throws: StoreError.databaseBusy(path: "x")) {
                try db.withBackgroundCheckpoints { (_) throws(StoreError) in throw .databaseBusy(path: "x") }
            }
            #expect(try autocheckpoint(db) == BackgroundCheckpointer.defaultPages)
        }
    }

    @Test func anInMemoryDatabaseHasNoCheckpointer() throws {
        let db = try OnRecordDatabase.inMemory()
        try db.withBackgroundCheckpoints { checkpointer in #expect(checkpointer == nil) }
    }
}
