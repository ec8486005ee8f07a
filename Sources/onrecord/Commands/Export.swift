import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Streams statements as CSV, TSV, JSON or JSON Lines.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export statements for spreadsheets and scripts (CSV, TSV, JSON, JSON Lines).",
            discussion: """
                Rows come in date order, undated last. The columns are a stable contract, documented in docs/queries.md: \
                \(ExportColumns.statement.joined(separator: ", ")).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions

        @Option(help: "Only statements by this actor (any name or alias).")
        var actor: String?

        @Option(
            name: .shortAndLong,
            help: "Export format: csv, tsv, json, jsonl, or claimreview (verdicts as ClaimReview JSON-LD).")
        var format: ExportFormat = .csv

        @Option(
            name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")
        )
        var output: String?

        @Flag(help: "Start CSV with a UTF-8 byte order mark so Excel reads accents correctly.")
        var excel = false

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case csv, tsv, json, jsonl, claimreview

            var outputFormat: OutputFormat {
                switch self {
                case .csv: .csv
                case .tsv: .tsv
                case .json, .claimreview: .json
                case .jsonl: .jsonl
                }
            }
        }

        func validate() throws {
            if excel && format != .csv { throw ValidationError("--excel applies to --format csv only.") }
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let filter = filters.filter(actor: actor)
                if format == .claimreview {
                    let count = try ClaimReviewExport.write(from: db, filter: filter, to: output)
                    StandardError.write("Exported \(count) verdict\(count == 1 ? "" : "s") as ClaimReview.\n")
                    return
                }
                let sink = try OutputSink(path: output)
                if excel { sink.write("\u{FEFF}") }
                let writer = ListingWriter(
                    format: format.outputFormat, columns: ExportColumns.statement, tableColumns: nil, sink: sink)
                try db.exportStatements(filter: filter) { row in writer.write(ExportColumns.values(for: row)) }
                writer.finish()
                if let output {
                    StandardError.write(
                        "Exported \(writer.count) statement\(writer.count == 1 ? "" : "s") to '\(output)'.\n")
                }
            }
        }
    }
}
