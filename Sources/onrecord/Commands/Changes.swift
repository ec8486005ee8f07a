import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Statements edited between versions of an article.
    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "changes",
            abstract: "List statements that appeared, disappeared or changed wording between versions of an article.",
            discussion: """
                When an article's URL is ingested again with different text, the new text is stored as a new \
                version. This compares each version with the one before it: statements are matched by speaker \
                and similar wording, so a quote edited after publication shows its old and new wording side by \
                side. Listings (timeline, search, export) show only the latest version of each URL unless \
                --all-versions is given.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: "Only this article's versions (its URL exactly as stored).")
        var url: String?

        @Flag(help: "Also list statements that are word for word the same in both versions.")
        var unchanged = false

        /// The column contract of `changes` listings (CSV headers, JSON keys).
        static let columns = [
            "change", "url", "from_version", "to_version", "actor", "speaker_mention", "old_text", "new_text",
            "similarity", "old_statement_id", "new_statement_id", "from_document_id", "to_document_id", "detected_at",
        ]

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let changes = try db.statementChanges(url: url, includesUnchanged: unchanged)
                let writer = try output.makeWriter(
                    columns: Self.columns,
                    tableColumns: [
                        TableColumn(heading: "change", cellIndex: 0, maxWidth: 11),
                        TableColumn(heading: "from", cellIndex: 2, maxWidth: 4),
                        TableColumn(heading: "to", cellIndex: 3, maxWidth: 4),
                        TableColumn(heading: "actor", cellIndex: 4, maxWidth: 22),
                        TableColumn(heading: "old wording", cellIndex: 6, maxWidth: 50),
                        TableColumn(heading: "new wording", cellIndex: 7, maxWidth: 50),
                        TableColumn(heading: "url", cellIndex: 1, maxWidth: 50),
                    ])
                for change in changes { writer.write(Self.cells(for: change)) }
                if output.format == .table {
                    StandardError.write("\(changes.count) change\(changes.count == 1 ? "" : "s")\n")
                }
                writer.finish()
            }
        }

        /// One row's values, in ``columns`` order.
        static func cells(for change: StatementChange) -> [JSONValue] {
            func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
            func id(_ value: Int64?) -> JSONValue { value.map(JSONValue.int) ?? .null }
            return [
                .string(change.kind.rawValue), .string(change.url), .int(Int64(change.fromVersion)),
                .int(Int64(change.toVersion)), text(change.actorName), text(change.speakerMention),
                text(change.oldText), text(change.newText),
                change.similarity.map { .double(($0 * 100).rounded() / 100) } ?? .null, id(change.oldStatementID),
                id(change.newStatementID), .int(change.fromDocumentID), .int(change.toDocumentID),
                .string(change.detectedAt),
            ]
        }
    }
}
