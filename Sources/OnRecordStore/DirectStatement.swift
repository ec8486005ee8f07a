import GRDB
import GRDBSQLite

/// Binds values straight into a cached prepared statement and steps it, for the ingest writer's hot
/// statements (the document and version lookups; the document, statement and link INSERTs).
///
/// Why: building `StatementArguments` from `[(any DatabaseValueConvertible)?]` boxed every value in an
/// existential, converted it to a `DatabaseValue` and validated the count before binding: 15% of the
/// writer thread at 10,000 articles (perf), more than SQLite's B-tree inserts of those rows. Here each
/// value goes to `sqlite3_bind_*` as it is (texts copied once by SQLite, `SQLITE_TRANSIENT`).
///
/// Only for plain lookups and INSERTs inside the ingest transaction, which no transaction observer
/// watches.
/// A failing step throws a `DatabaseError` with SQLite's extended result code and message, as GRDB would,
/// and the statement is reset, so a constraint failure rolls back only what the caller's savepoint holds.
struct DirectStatement {
    private let handle: OpaquePointer
    private var index: Int32 = 0

    /// Resets `statement`; bind every parameter, in order, then call ``step(_:)``.
    init(_ statement: Statement) {
        handle = statement.sqliteStatement
        // No sqlite3_clear_bindings: every parameter is bound again (checked in `step`), and clearing
        // freed each text copy one more time (4% of the writer, perf).
        sqlite3_reset(handle)
    }

    mutating func bind(_ value: Int64?) throws {
        index += 1
        guard let value else { return try check(sqlite3_bind_null(handle, index)) }
        try check(sqlite3_bind_int64(handle, index, value))
    }

    mutating func bind(_ value: Int?) throws {
        try bind(value.map(Int64.init))
    }

    mutating func bind(_ value: Double) throws {
        index += 1
        try check(sqlite3_bind_double(handle, index, value))
    }

    mutating func bind(_ value: String?) throws {
        index += 1
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        let handle = self.handle
        let index = self.index
        let code = value.withUTF8 { bytes in
            // A zero-length text must still be text, not NULL: SQLite needs a pointer even then.
            guard let base = bytes.baseAddress else {
                return "".withCString { sqlite3_bind_text64(handle, index, $0, 0, sqliteTransient, UInt8(SQLITE_UTF8)) }
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(
                    handle, index, $0, sqlite3_uint64(bytes.count), sqliteTransient, UInt8(SQLITE_UTF8))
            }
        }
        try check(code)
    }

    /// Runs the statement; `row` is called for each row it returns (`RETURNING`).
    func step(_ row: (OpaquePointer) throws -> Void = { _ in }) throws {
        guard index == sqlite3_bind_parameter_count(handle) else {
            throw DatabaseError(
                resultCode: .SQLITE_MISUSE,
                message: "bound \(index) of \(sqlite3_bind_parameter_count(handle)) parameters",
                sql: sqlite3_sql(handle).map { String(cString: $0) })
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let error = failure(code)
                sqlite3_reset(handle)
                throw error
            }
            try row(handle)
        }
        sqlite3_reset(handle)
    }

    /// The integer in `column` of the current row, `nil` for NULL (for ``step(_:)``'s closure).
    static func int64(_ row: OpaquePointer, _ column: Int32) -> Int64? {
        sqlite3_column_type(row, column) == SQLITE_NULL ? nil : sqlite3_column_int64(row, column)
    }

    /// The text in `column` of the current row, `nil` for NULL (for ``step(_:)``'s closure).
    static func text(_ row: OpaquePointer, _ column: Int32) -> String? {
        guard sqlite3_column_type(row, column) != SQLITE_NULL, let bytes = sqlite3_column_text(row, column) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(row, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let connection = sqlite3_db_handle(handle)
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        let sql = sqlite3_sql(handle).map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
    }
}

/// SQLite's `SQLITE_TRANSIENT` (a destructor of -1): SQLite copies the bytes before the call returns.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
