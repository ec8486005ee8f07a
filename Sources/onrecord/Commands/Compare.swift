import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Two actors' statements on one time line.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Lay two actors' statements side by side on one time line, oldest first.",
            discussion: """
                Usually narrowed to a topic: onrecord compare Zelensky Peskov --topic negotiations. The table puts \
                each actor in their own column; csv, tsv, json and jsonl give the statement columns (the actor \
                column tells them apart).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Argument(help: "The first actor's name or any alias.")
        var first: String

        @Argument(help: "The second actor's name or any alias.")
        var second: String

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let (a, b, rows) = try db.compare(first, second, filter: filters.filter())
                guard output.format == .table else {
                    _ = try StatementTable.write(rows, with: output)
                    return
                }
                let countA = rows.filter { $0.actorID == a.id }.count
                StandardError.write("\(a.name): \(countA), \(b.name): \(rows.count - countA) statements\n")
                // Table: date, one text column per actor, outlet and source.
                let writer = try output.makeWriter(
                    columns: ["statement_id", "stated_on", a.name, b.name, "outlet", "source"],
                    tableColumns: [
                        TableColumn(heading: "id", cellIndex: 0, maxWidth: 7),
                        TableColumn(heading: "date", cellIndex: 1, maxWidth: 10),
                        TableColumn(heading: a.name, cellIndex: 2, maxWidth: 55),
                        TableColumn(heading: b.name, cellIndex: 3, maxWidth: 55),
                        TableColumn(heading: "outlet", cellIndex: 4, maxWidth: 18),
                        TableColumn(heading: "source", cellIndex: 5, maxWidth: 40),
                    ])
                for row in rows {
                    // A table is read by people: the current wording, as in every statement table.
                    let text = JSONValue.string(row.currentText)
                    writer.write([
                        .int(row.id), ExportColumns.optional(row.statedOn), row.actorID == a.id ? text : .null,
                        row.actorID == a.id ? .null : text, ExportColumns.optional(row.outlet), .string(row.source),
                    ])
                }
                writer.finish()
            }
        }
    }
}
