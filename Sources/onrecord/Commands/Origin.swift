import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Where a quote first appeared and who carried it later.
    struct Origin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "origin",
            abstract: "Find a quote's earliest appearance and every later outlet that carried it.",
            discussion: """
                Statements count as the same quote when their words match after ignoring case, accents, \
                punctuation and quotation marks, allowing small wording differences. The earliest appearance \
                comes first; every later one is compared with it word by word ([-removed-] {+added+}). The wording \
                column says 'same', 'excerpt' (more or fewer words at the start or end) or 'differs' (words \
                changed inside the quote: a possible misquote).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: "Only statements by this actor (any name or alias).")
        var actor: String?

        @Option(
            name: .customLong("id"), help: ArgumentHelp("Use the text of this statement as the quote.", valueName: "id")
        )
        var statementID: Int64?

        @Option(
            help: ArgumentHelp("How similar wording must be to count as the same quote, 0.5 to 1.", valueName: "share"))
        var threshold: Double = 0.75

        @Argument(help: "The quote, as remembered or pasted.")
        var quote: String?

        /// The column contract of `origin` output.
        static let columns = [
            "appearance", "statement_id", "published_at", "stated_on", "outlet", "actor", "text", "url", "similarity",
            "wording", "diff", "title", "document_id",
        ]

        func validate() throws {
            switch (quote, statementID) {
            case (nil, nil):
                throw ValidationError(
                    "Give the quote to trace, for example: onrecord origin \"we are ready to talk\", "
                        + "or --id N for a stored statement.")
            case (.some, .some): throw ValidationError("Give either a QUOTE or --id N, not both.")
            default: break
            }
            if !(0.5...1).contains(threshold) { throw ValidationError("--threshold must be between 0.5 and 1.") }
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let filter = filters.filter(actor: actor)
                let report =
                    if let statementID {
                        try db.origin(ofStatement: statementID, filter: filter, threshold: threshold)
                    } else {
                        try db.origin(of: quote ?? "", filter: filter, threshold: threshold)
                    }
                summarize(report)
                let writer = try output.makeWriter(
                    columns: Self.columns,
                    tableColumns: [
                        TableColumn(heading: "#", cellIndex: 0, maxWidth: 4),
                        TableColumn(heading: "published", cellIndex: 2, maxWidth: 10),
                        TableColumn(heading: "outlet", cellIndex: 4, maxWidth: 20),
                        TableColumn(heading: "actor", cellIndex: 5, maxWidth: 20),
                        TableColumn(heading: "wording", cellIndex: 9, maxWidth: 9),
                        TableColumn(heading: "text (differences from the earliest)", cellIndex: 10, maxWidth: 80),
                        TableColumn(heading: "source", cellIndex: 7, maxWidth: 50),
                    ])
                for (index, appearance) in report.appearances.enumerated() {
                    let row = appearance.row
                    let wording =
                        index == 0
                        ? "earliest" : appearance.differs ? "differs" : appearance.isExcerpt ? "excerpt" : "same"
                    var diff = JSONValue.string(appearance.diff)
                    if output.format == .table, appearance.diff.isEmpty { diff = .string(row.text) }
                    writer.write([
                        .int(Int64(index + 1)), .int(row.id), ExportColumns.optional(row.publishedAt),
                        ExportColumns.optional(row.statedOn), ExportColumns.optional(row.outlet),
                        ExportColumns.optional(row.actorName), .string(row.text),
                        output.format == .table ? .string(row.source) : ExportColumns.optional(row.url),
                        .double((appearance.similarity * 100).rounded() / 100), .string(wording), diff,
                        ExportColumns.optional(row.title), .int(row.documentID),
                    ])
                }
                writer.finish()
            }
        }

        /// One paragraph on standard error: the earliest source, how many carried it, how many differ.
        private func summarize(_ report: QuoteOrigin) {
            guard let first = report.appearances.first else {
                StandardError.write("No statement matches this quote.\n")
                return
            }
            let later = report.appearances.count - 1
            let differing = report.appearances.filter(\.differs).count
            var text =
                "Earliest: \(first.row.outlet ?? "unknown outlet"), \(first.row.publishedAt ?? first.row.statedOn ?? "undated"), \(first.row.source)\n"
            text += "\(later) later appearance\(later == 1 ? "" : "s")"
            if differing > 0 {
                text += "; \(differing) with different wording (possible misquote\(differing == 1 ? "" : "s"))"
            }
            StandardError.write(text + ".\n")
        }
    }
}
