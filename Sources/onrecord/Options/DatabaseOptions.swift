import ArgumentParser
import Foundation
import OnRecordStore

/// Where the database lives: `--db PATH`, else `ONRECORD_DB`, else `./onrecord.sqlite`.
struct DatabaseOptions: ParsableArguments {
    /// The explicit path, if given.
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $ONRECORD_DB, else ./onrecord.sqlite).", valueName: "path"))
    var databasePath: String?

    /// The path after applying the environment variable and the default.
    var resolvedPath: String {
        if let databasePath, !databasePath.isEmpty { return databasePath }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ONRECORD_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "onrecord.sqlite"
    }

    /// Opens the database for writing, creating it if needed.
    /// - Parameter busyTimeout: How long a write waits for another process's write transaction.
    func openForWriting(busyTimeout: TimeInterval = OnRecordDatabase.defaultBusyTimeout) throws -> OnRecordDatabase {
        try OnRecordDatabase.open(path: resolvedPath, busyTimeout: busyTimeout)
    }

    /// Opens an existing database for reading; a missing file is an error, not a new empty database.
    func openForReading() throws -> OnRecordDatabase {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.databaseMissing(path: path)
        }
        // Read-only: no write transaction or WAL checkpoint (fsync) on open and close, which was a
        // noticeable part of a query's time on a busy disk.
        return try OnRecordDatabase.open(path: path, readOnly: true)
    }

    /// Opens an existing database for a change; a missing file is an error, not a new empty database.
    func openExistingForWriting() throws -> OnRecordDatabase {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.databaseMissing(path: path)
        }
        return try OnRecordDatabase.open(path: path)
    }
}
