import ArgumentParser
import OnRecordCore

/// The `onrecord` command-line tool: who said what, when, and where it was reported.
@main
struct OnRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onrecord",
        abstract: "Turn news articles into a searchable database of who said what, when and where.",
        version: OnRecordCore.version,
        groupedSubcommands: [
            CommandGroup(name: "Ingest", subcommands: [Ingest.self, Extract.self]),
            CommandGroup(name: "Query", subcommands: [Timeline.self, Search.self, Actors.self, Show.self, Export.self, Changes.self]),
        ]
    )
}
