import GRDB
import GRDBSQLite
import Testing

@testable import OnRecordStore

/// Values bound straight to SQLite land exactly as GRDB's own arguments would.
struct DirectStatementTests {
    func makeTable() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, n TEXT,
                        c INTEGER CHECK (c >= 0))
                    """)
        }
        return queue
    }

    @Test func bindsEachTypeAsGRDBDoesAndReturnsRows() throws {
        let queue = try makeTable()
        try queue.write { db in
            let sql = "INSERT INTO t (i, r, s, n, c) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) RETURNING id"
            var insert = DirectStatement(try db.cachedStatement(sql: sql))
            try insert.bind(Int64(-7))
            try insert.bind(0.25)
            try insert.bind("“Zelenskyy” — 🇺🇦")
            try insert.bind(nil as String?)
            try insert.bind(3 as Int?)
            try insert.bind(nil as Int64?)
            try insert.bind(1.0)
            try insert.bind("")
            try insert.bind("x")
            try insert.bind(nil as Int?)
            var ids: [Int64] = []
            try insert.step { ids.append(sqlite3_column_int64($0, 0)) }
            #expect(ids.sorted() == [1, 2])
            // The same cached statement again, with other values.
            var again = DirectStatement(try db.cachedStatement(sql: sql))
            for _ in 0..<2 {
                try again.bind(Int64(1))
                try again.bind(2.0)
                try again.bind("again")
                try again.bind("n")
                try again.bind(0 as Int?)
            }
            try again.step()
        }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT i, r, s, n, c, typeof(s) AS ts, typeof(n) AS tn FROM t ORDER BY id")
        }
        #expect(rows.count == 4)
        #expect(rows[0] == ["i": -7, "r": 0.25, "s": "“Zelenskyy” — 🇺🇦", "n": nil, "c": 3, "ts": "text", "tn": "null"])
        // An empty text stays text, not NULL.
        #expect(rows[1] == ["i": nil, "r": 1.0, "s": "", "n": "x", "c": nil, "ts": "text", "tn": "text"])
        #expect(rows[3]["s"] == "again")
    }

    @Test func aConstraintFailureThrowsSQLitesErrorAndTheStatementCanRunAgain() throws {
        let queue = try makeTable()
        try queue.write { db in
            let sql = "INSERT INTO t (c) VALUES (?)"
            var broken = DirectStatement(try db.cachedStatement(sql: sql))
            try broken.bind(-1 as Int?)
            do {
                try broken.step()
                Issue.record("expected a constraint failure")
            } catch let error as DatabaseError {
                #expect(error.resultCode == .SQLITE_CONSTRAINT)
                #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK)
                #expect(error.sql == sql)
            }
            var fine = DirectStatement(try db.cachedStatement(sql: sql))
            try fine.bind(1 as Int?)
            try fine.step()
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 1)
    }

    @Test func aStatementWithUnboundParametersDoesNotRun() throws {
        let queue = try makeTable()
        try queue.write { db in
            var insert = DirectStatement(try db.cachedStatement(sql: "INSERT INTO t (i, s) VALUES (?, ?)"))
            try insert.bind(Int64(1))
            #expect(throws: DatabaseError.self) { try insert.step() }
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 0)
    }
}
