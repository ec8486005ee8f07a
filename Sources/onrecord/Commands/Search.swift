import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Full-text search over statements.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Find statements containing words, best matches first, with the matches in [brackets].",
            discussion: """
                By default every word must appear, in any order, and punctuation is ignored, so a pasted quote \
                is safe to search. When nothing has every word, the statements sharing the most words are shown \
                instead, ranked by similarity, and a note on standard error says the match is fuzzy. Use --fts \
                for full-text syntax: "exact phrase", word*, OR, NOT, NEAR(a b). Results are ranked by bm25 (when more than 2,000 statements match, the 2,000 most \
                recently added are ranked unless --rank-all is given); \
                csv, tsv, json and jsonl add the columns snippet, score and similarity to the statement columns.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: "Only statements by this actor (any name or alias).")
        var actor: String?

        @Flag(name: .customLong("fts"), help: "Treat the query as SQLite FTS5 syntax.")
        var isRawSyntax = false

        @Flag(name: .customLong("exact"), help: "Only statements with every word; no fuzzy fallback.")
        var isExactOnly = false

        @Flag(
            name: .customLong("rank-all"),
            help: "Rank every match, even when more than 2,000 statements match (slower on large databases).")
        var ranksAll = false

        @Argument(help: "The words to look for.")
        var query: String

        /// Columns after the statement columns.
        static let extraColumns = ["snippet", "score", "similarity"]

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let result = try db.searchStatements(
                    query, syntax: isRawSyntax ? .fts5 : .allWords, filter: filters.filter(actor: actor),
                    allowsFuzzy: !isExactOnly, rankingWindow: ranksAll ? nil : OnRecordDatabase.defaultRankingWindow)
                let count = result.hits.count
                if result.isFuzzy {
                    StandardError.write(
                        count == 0
                            ? "No statement has all of these words, and none is similar enough.\n"
                            : "No statement has all of these words; showing \(count) similar statement\(count == 1 ? "" : "s") (fuzzy match, most similar first).\n"
                    )
                } else if let window = result.rankedWindow {
                    StandardError.write(
                        "More than \(window) statements match; the \(window) most recently added were ranked. Add words or filters (--since, --actor, --topic) to narrow the search, or pass --rank-all.\n"
                    )
                } else if output.format == .table {
                    StandardError.write("\(count) match\(count == 1 ? "" : "es")\n")
                }
                try write(result)
            }
        }

        private func write(_ result: SearchResult) throws {
            func index(_ name: String) -> Int { ExportColumns.statement.firstIndex(of: name) ?? 0 }
            let snippetIndex = ExportColumns.statement.count
            var tableColumns = [
                TableColumn(heading: "id", cellIndex: index("statement_id"), maxWidth: 7),
                TableColumn(heading: "date", cellIndex: index("stated_on"), maxWidth: 10),
                TableColumn(heading: "actor", cellIndex: index("actor"), maxWidth: 22),
            ]
            if result.isFuzzy {
                tableColumns.append(TableColumn(heading: "similar", cellIndex: snippetIndex + 2, maxWidth: 7))
            }
            tableColumns += [
                TableColumn(heading: "text", cellIndex: snippetIndex, maxWidth: 90),
                TableColumn(heading: "outlet", cellIndex: index("outlet"), maxWidth: 20),
                TableColumn(heading: "source", cellIndex: index("url"), maxWidth: 50),
            ]
            let writer = try output.makeWriter(
                columns: ExportColumns.statement + Self.extraColumns, tableColumns: tableColumns)
            for hit in result.hits {
                var cells = ExportColumns.values(for: hit.row)
                if output.format == .table, case .null = cells[index("url")] {
                    cells[index("url")] = .string(hit.row.source)
                }
                cells += [
                    .string(hit.snippet), hit.score.map { .double(($0 * 1000).rounded() / 1000) } ?? .null,
                    hit.similarity.map { .double(($0 * 100).rounded() / 100) } ?? .null,
                ]
                writer.write(cells)
            }
            writer.finish()
        }
    }
}
