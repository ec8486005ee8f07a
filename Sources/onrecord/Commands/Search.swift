import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Full-text search over statements.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find statements containing words, best matches first.",
            discussion: """
                By default every word must appear, in any order, and punctuation is ignored, so a pasted quote \
                is safe to search. Use --fts for full-text syntax: "exact phrase", word*, OR, NOT, NEAR(a b).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: "Only statements by this actor (any name or alias).")
        var actor: String?

        @Flag(name: .customLong("fts"), help: "Treat the query as SQLite FTS5 syntax.")
        var isRawSyntax = false

        @Argument(help: "The words to look for.")
        var query: String

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let rows = try db.search(query, isRawSyntax: isRawSyntax, filter: filters.filter(actor: actor))
                if output.format == .table {
                    StandardError.write("\(rows.count) match\(rows.count == 1 ? "" : "es")\n")
                }
                _ = try StatementTable.write(rows, with: output)
            }
        }
    }
}
