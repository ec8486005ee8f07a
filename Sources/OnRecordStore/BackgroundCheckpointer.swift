import Dispatch
import Foundation
import GRDB

/// Copies the write-ahead log back into the database file on a thread and connection of its own while
/// `ingest` writes, instead of on the writer's thread.
///
/// Why: with SQLite's automatic checkpoints, every few batches the writer stopped to copy the WAL into the
/// database file and flush it (`sqlite3WalCheckpoint` with `fdatasync`: 7.6% of the writer thread at
/// 10,000 articles, profiled), and the writer thread is what bounds ingest. Here the writer's automatic
/// checkpoint is raised to a backstop (``backstopPages``) for the session, and every few commits a
/// `PASSIVE` checkpoint runs on this object's own read-write connection: it never takes the write lock
/// and never waits, so the writer goes on with the next batch meanwhile.
///
/// The WAL only starts over from its beginning when a write transaction *begins* with every frame
/// already copied. A checkpoint running while the writer begins its next batch would leave the WAL
/// growing forever, so once it holds more than ``defaultRestartPages`` pages, ``willWrite()`` waits for a
/// checkpoint of everything committed: the next commit then writes the WAL from its start. The
/// WAL grows to about 32 MB plus four batches (16 MB with SQLite's own checkpoints at 4,000 pages); it
/// is disk, not memory.
///
/// Checkpoints are an optimisation of space, not of safety: a killed process leaves a valid database and
/// WAL whatever the checkpointer was doing (SQLite's checkpoint is crash-safe), so a checkpoint that
/// fails (another process's checkpoint holds the lock, a reader's snapshot pins the WAL) is only retried
/// later, and the backstop still bounds the WAL.
public final class BackgroundCheckpointer: @unchecked Sendable {
    // @unchecked: `walPages` and `isScheduled` are only touched while holding `lock`; the connection is
    // used only on `queue`.

    /// WAL length (pages, 32 MB) above which the writer waits for the running checkpoint before its next
    /// batch; the WAL then holds at most this plus ``commitsPerCheckpoint`` batches. Each wait costs the
    /// writer one checkpoint (about 40 ms per 3,300 pages, what a batch dirties in a 100,000-article
    /// database): with a checkpoint per commit and the restart at 4,000 pages, the writer waited 2.0 s of a
    /// 10 s run adding 10,000 articles to 100,000 (23 waits); at 16,000 pages 0.36-0.46 s (10 waits).
    public static let defaultRestartPages = 8000
    /// Commits between checkpoints. A checkpoint copies each page once however many batches rewrote it,
    /// and flushes the files once: with a 100,000-article database (batches dirtying pages all over the
    /// indexes), one every 4 commits took 25-30% less of the checkpointer thread's CPU than one per commit
    /// (perf samples 1,145/991 -> 811/708) and 10-20% less CPU in all.
    static let commitsPerCheckpoint = 4
    /// The writer's own automatic checkpoint while this runs, should background checkpoints fall behind.
    static let backstopPages = 32000
    /// The writer's automatic checkpoint otherwise (the value `OnRecordDatabase.open` sets).
    static let defaultPages = OnRecordDatabase.walAutocheckpointPages

    private let connection: DatabaseQueue
    private let writer: any DatabaseWriter
    /// See ``defaultRestartPages``.
    let restartPages: Int
    private let queue = DispatchQueue(label: "onrecord.checkpointer")
    private let lock = NSLock()
    private var walPages = 0
    private var isScheduled = false
    private var commitsSinceCheckpoint = 0

    private init(connection: DatabaseQueue, writer: any DatabaseWriter, restartPages: Int) {
        self.connection = connection
        self.writer = writer
        self.restartPages = restartPages
    }

    /// Opens the checkpointer's connection and raises the writer's automatic checkpoint to the backstop.
    /// - Returns: `nil` for an in-memory database (it has no WAL).
    static func start(path: String, writer: any DatabaseWriter, restartPages: Int) throws -> BackgroundCheckpointer? {
        guard path != ":memory:" else { return nil }
        var configuration = Configuration()
        configuration.label = "onrecord.checkpointer"
        // Opening reads the schema, which another process's commit or checkpoint can briefly lock: wait as
        // the writer does instead of failing the ingest with "busy" at once (GRDB's default).
        configuration.busyMode = writer.configuration.busyMode
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(backstopPages)")
        }
        return BackgroundCheckpointer(connection: connection, writer: writer, restartPages: restartPages)
    }

    /// Call before each write transaction of the session: waits for the running checkpoint when the WAL has
    /// grown past ``restartPages``, so that the transaction's commit writes the WAL from its start.
    public func willWrite() {
        let isLong = lock.withLock { walPages > restartPages }
        guard isLong else { return }
        // The WAL restarts only once every committed frame is copied.
        if lock.withLock({ commitsSinceCheckpoint > 0 }) { scheduleCheckpoint() }
        queue.sync {}
        // The commit about to come restarts the WAL; the next checkpoint reports its new length.
        lock.withLock { walPages = 0 }
    }

    /// Call after each commit: schedules a checkpoint every ``commitsPerCheckpoint`` commits.
    public func didCommit() {
        let isDue = lock.withLock {
            commitsSinceCheckpoint += 1
            return commitsSinceCheckpoint >= Self.commitsPerCheckpoint
        }
        if isDue { scheduleCheckpoint() }
    }

    /// Schedules a checkpoint of everything committed so far, unless one is already waiting to start.
    private func scheduleCheckpoint() {
        let schedule = lock.withLock {
            commitsSinceCheckpoint = 0
            if isScheduled { return false }
            isScheduled = true
            return true
        }
        guard schedule else { return }
        queue.async { [self] in
            lock.withLock { isScheduled = false }
            // PASSIVE: copies what no reader still needs and returns; SQLITE_BUSY only means another
            // connection was checkpointing, and the next commit tries again.
            let pages = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive).walFrameCount }
            if let pages { lock.withLock { walPages = pages } }
        }
    }

    /// Waits for the last checkpoint, closes the connection and gives the writer back its automatic
    /// checkpoint.
    func stop() throws {
        if lock.withLock({ commitsSinceCheckpoint > 0 }) { scheduleCheckpoint() }
        queue.sync {}
        try connection.close()
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.defaultPages)")
        }
    }
}

extension OnRecordDatabase {
    /// Runs `body` (an ingest session) with checkpoints on a background connection; see
    /// ``BackgroundCheckpointer``. `body` gets `nil` for an in-memory database.
    /// - Parameter restartPages: See ``BackgroundCheckpointer/defaultRestartPages`` (tests use less).
    public func withBackgroundCheckpoints<T>(
        restartPages: Int = BackgroundCheckpointer.defaultRestartPages,
        _ body: (BackgroundCheckpointer?) throws(StoreError) -> T
    ) throws(StoreError) -> T {
        let checkpointer = try mappingToStoreError {
            try BackgroundCheckpointer.start(path: path, writer: writer, restartPages: restartPages)
        }
        let result: T
        do {
            result = try body(checkpointer)
        } catch {
            // The session's own error is the one to report; the checkpointer is only stopped.
            try? checkpointer?.stop()
            throw error
        }
        if let checkpointer { try mappingToStoreError { try checkpointer.stop() } }
        return result
    }
}
