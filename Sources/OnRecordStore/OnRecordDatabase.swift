public import Foundation
import GRDB

/// The OnRecord database: the one place that reads and writes the SQLite file.
///
/// Open one per process and file. Each public method is one logical change or query and runs in one
/// transaction. Files are opened in WAL mode with a busy timeout, so a `search` can run while an
/// `ingest` writes.
public struct OnRecordDatabase: Sendable {
    /// The file path, or `:memory:` for an in-memory database.
    public let path: String
    let writer: any DatabaseWriter

    /// WAL length (pages) at which a writing connection copies the WAL back into the database file
    /// (`PRAGMA wal_autocheckpoint`), set on every connection that may write.
    static let walAutocheckpointPages = 4000
    /// How long a write waits for another process's write transaction unless the caller says otherwise.
    public static let defaultBusyTimeout: TimeInterval = 10
    /// Page cache of a connection that may write, in KiB (`PRAGMA cache_size`); see `open(path:)`.
    static let writerCacheKibibytes = 32768

    init(path: String, writer: any DatabaseWriter, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.writer = writer
        try applySchema(readOnly: readOnly)
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - path: The SQLite file.
    ///   - readOnly: Opens without writing; the file must exist and already hold an OnRecord schema.
    ///   - busyTimeout: How long to wait for another process's write before giving up.
    /// - Throws: ``StoreError`` when the file is not a database, is locked, cannot be created, or was
    ///   written by a newer OnRecord.
    public static func open(
        path: String, readOnly: Bool = false, busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws(StoreError) -> OnRecordDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        configuration.label = "onrecord"
        configuration.prepareDatabase { db in
            MatchStatistics.register(in: db)
            if !readOnly {
                // In WAL mode, NORMAL skips the fsync at every commit but stays atomic and durable against
                // a killed process (kill -9 loses nothing that was committed); only a power cut or OS crash
                // can lose the last transactions, never corrupt the file. FULL would cost a disk flush at every
                // commit (every ingest batch, every logged statement).
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(walAutocheckpointPages)")
                // SQLite copies every page a savepoint or a multi-row INSERT first touches into a statement
                // journal, which spills to a temporary file once it passes 64 KiB (pwrite was a tenth of
                // ingest CPU when each article had a savepoint; a batch still has them when it is written
                // again after a constraint failure). In memory, it is freed when the savepoint is released.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // An ingest batch dirties more pages than SQLite's default 2 MB cache holds, which spilled
                // them to the WAL before the commit and read index pages back from the file (both about
                // a sixth of the writer's time, profiled). Once a database holds about 100,000 articles,
                // the date-ordered statement indexes take every batch's inserts at random places in tens of
                // megabytes; 32 MB keeps more of them between batches (with batches of 512 articles: a
                // fresh 100,000-article ingest 74-88 s -> 49-54 s wall, at a peak of about 105 MB instead
                // of 57). It is a fixed cap, so memory stays flat in the database's size.
                try db.execute(sql: "PRAGMA cache_size = -\(writerCacheKibibytes)")
            }
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if readOnly && !exists {
            throw .cannotOpen(path: path, reason: "the file does not exist")
        }
        if exists && isDirectory.boolValue {
            // SQLite would only say "disk I/O error".
            throw .cannotOpen(path: path, reason: "it is a folder, not a database file")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !readOnly && !FileManager.default.fileExists(atPath: directory) {
            throw .cannotOpen(path: path, reason: "the folder '\(directory)' does not exist")
        }
        do {
            let pool = try openPool(path: path, configuration: configuration, patience: busyTimeout)
            return try OnRecordDatabase(path: path, writer: pool, readOnly: readOnly)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Opens the pool, trying again while another process holds the lock that switching a new file to WAL
    /// needs. SQLite answers that `PRAGMA journal_mode = WAL` with "database is locked" at once rather than
    /// through the busy timeout, so two ingests started together on a file that does not exist yet would
    /// otherwise see one of them fail.
    private static func openPool(
        path: String, configuration: Configuration, patience: TimeInterval
    ) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(patience)
        var pause = 0.01
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 0.2)
            }
        }
    }

    /// An empty database in memory, for tests and dry runs.
    public static func inMemory() throws(StoreError) -> OnRecordDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in MatchStatistics.register(in: db) }
        do {
            return try OnRecordDatabase(path: ":memory:", writer: DatabaseQueue(configuration: configuration))
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error, path: ":memory:")
        } catch {
            throw .databaseFailure(path: ":memory:", message: "\(error)")
        }
    }

    /// Creates the schema of `schema.sql` on a new database, or checks that an existing one is usable.
    ///
    /// - Parameter readOnly: The file was opened read-only, so a schema cannot be created: an empty
    ///   file or another program's SQLite file is reported as not an OnRecord database instead of
    ///   failing on the first write with SQLite's "attempt to write a readonly database".
    private func applySchema(readOnly: Bool) throws(StoreError) {
        // The common case, an up-to-date database, only needs a read: a `search` opened while an `ingest`
        // is writing must not queue for the write lock just to check the version.
        let found = try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if found == DatabaseSchema.currentVersion { return }
        if found > DatabaseSchema.currentVersion {
            throw .schemaTooNew(path: path, found: found, supported: DatabaseSchema.currentVersion)
        }
        if readOnly { throw .notADatabase(path: path) }
        try write { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > DatabaseSchema.currentVersion {
                throw StoreError.schemaTooNew(path: path, found: version, supported: DatabaseSchema.currentVersion)
            }
            if version == 0 {
                let existing = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if existing > 0 { throw StoreError.notADatabase(path: path) }
                try db.execute(sql: DatabaseSchema.sql)
            }
        }
    }

    /// Runs `body` in one write transaction, mapping database errors to ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingToStoreError { try writer.write(body) }
    }

    /// Runs `body` in one read transaction, mapping database errors to ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try mappingToStoreError { try writer.read(body) }
    }

    /// Runs `access`, with SQLite's errors as ``StoreError`` and anything else unexpected as a database
    /// failure.
    func mappingToStoreError<T>(_ access: () throws -> T) throws(StoreError) -> T {
        try asStoreError { try mappingDatabaseErrors(access) }
    }

    /// One write transaction whose own typed errors (``QueryError``, ``DeskError``, …) reach the caller as
    /// they are; SQLite's errors become ``StoreError``.
    func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingDatabaseErrors { try writer.write(body) }
    }

    /// One read transaction, with the errors of ``writeTransaction(_:)``.
    func readTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try mappingDatabaseErrors { try writer.read(body) }
    }

    /// Runs a database access, turning SQLite's errors into ``StoreError``; every other error (our own
    /// typed errors thrown inside the transaction) passes through unchanged.
    func mappingDatabaseErrors<T>(_ access: () throws -> T) throws -> T {
        do {
            return try access()
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// Narrows any error to ``StoreError``: store errors pass, anything unexpected becomes a database failure.
    private func asStoreError<T>(_ access: () throws -> T) throws(StoreError) -> T {
        do {
            return try access()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .databaseFailure(path: path, message: "\(error)")
        }
    }
}

extension StoreError {
    /// Maps SQLite's result codes to the cases users can act on.
    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .databaseBusy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            self = .cannotOpen(path: path, reason: error.message ?? "permission denied")
        default:
            self = .databaseFailure(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
