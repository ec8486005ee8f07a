import ArgumentParser
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// The `actors` command group: list actors and correct who is who.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "List the people and organizations quoted, and correct who is who.",
            discussion: """
                Corrections (merge, split, rename, alias, role) are stored as data: they win over automatic \
                linking, survive 'onrecord ingest --reextract', and are listed by 'onrecord actors log'. ACTOR \
                may be any name, alias or role the actor goes by, or #ID.
                """,
            subcommands: [List.self, Show.self, Merge.self, Split.self, Rename.self, Alias.self, Role.self, Log.self],
            defaultSubcommand: List.self)
    }
}

extension OnRecordCommand.Actors {
    /// Lists actors, most quoted first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the people and organizations quoted, most quoted first.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Argument(help: "Only actors with a name or alias containing this text.")
        var name: String?

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let actors = try db.actors(matching: name)
                let writer = try output.makeWriter(
                    columns: ExportColumns.actor,
                    tableColumns: [
                        TableColumn(heading: "id", cellIndex: 0, maxWidth: 6),
                        TableColumn(heading: "name", cellIndex: 1, maxWidth: 30),
                        TableColumn(heading: "kind", cellIndex: 2, maxWidth: 12),
                        TableColumn(heading: "statements", cellIndex: 3, maxWidth: 10),
                        TableColumn(heading: "first", cellIndex: 4, maxWidth: 10),
                        TableColumn(heading: "last", cellIndex: 5, maxWidth: 10),
                        TableColumn(heading: "also known as", cellIndex: 6, maxWidth: 50),
                    ])
                for actor in actors { writer.write(ExportColumns.values(for: actor)) }
                writer.finish()
            }
        }
    }
}
