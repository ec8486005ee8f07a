// Times OnRecord's query API in process (no process start, no output formatting): the median of
// several runs of each query against one database. Used by scripts/bench-queries.sh; not a test.
//
// Usage: onrecord-querybench DB RUNS ACTOR QUOTE
// Prints one line per query: name, median milliseconds, rows.
import Foundation
import OnRecordCore
import OnRecordStore

let arguments = CommandLine.arguments
guard arguments.count == 5, let runs = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: onrecord-querybench DB RUNS ACTOR QUOTE\n".utf8))
    exit(64)
}
let actor = arguments[3]
let quote = arguments[4]

do {
    let db = try OnRecordDatabase.open(path: arguments[1], readOnly: true)

    /// Runs `body` `runs` times (after one warm-up run) and prints the median time and the row count.
    func measure(_ name: String, _ body: () throws -> Int) throws {
        var rows = try body()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            rows = try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        times.sort()
        let padded = name.padding(toLength: 36, withPad: " ", startingAt: 0)
        print(padded + String(format: "%9.2f ms  %8d rows", times[times.count / 2], rows))
    }

    try measure("timeline, page of 50") {
        try db.timelineReport(of: actor, filter: StatementFilter(since: "2023-06-01", limit: 50)).entries.count
    }
    try measure("timeline, topic, since, by month") {
        try db.timelineReport(
            of: actor, filter: StatementFilter(since: "2024-10-01", topic: "negotiations"), by: .month
        ).entries.count
    }
    try measure("search word (ceasefire)") { try db.searchStatements("ceasefire").hits.count }
    try measure("search rare word (bruhombru)") { try db.searchStatements("bruhombru").hits.count }
    try measure("search phrase (\"peace talks\")") {
        try db.searchStatements("\"peace talks\"", syntax: .fts5).hits.count
    }
    try measure("search prefix (negotiat*)") { try db.searchStatements("negotiat*", syntax: .fts5).hits.count }
    try measure("search two words + actor filter") {
        try db.searchStatements("sanctions winter", filter: StatementFilter(actor: actor)).hits.count
    }
    try measure("origin (syndicated quote)") { try db.origin(of: quote).appearances.count }
} catch {
    FileHandle.standardError.write(Data("onrecord-querybench: \(error)\n".utf8))
    exit(1)
}
