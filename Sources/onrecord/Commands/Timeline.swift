import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// An actor's statements in date order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an actor's statements over time, oldest first.",
            discussion: """
                ACTOR may be any name or alias the actor appears under; case, accents and spelling variants \
                (Zelensky, Zelenskyy, Zelenskiy) do not matter.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Filters") var filters: FilterOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Argument(help: "The actor's name or any alias.")
        var actor: String

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let (actor, rows) = try db.timeline(of: actor, filter: filters.filter())
                if output.format == .table {
                    StandardError.write("\(actor.name): \(rows.count) statement\(rows.count == 1 ? "" : "s")\n")
                }
                _ = try StatementTable.write(rows, with: output)
            }
        }
    }
}
