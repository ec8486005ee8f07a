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
            CommandGroup(
                name: "Query",
                subcommands: [
                    Timeline.self, Compare.self, Search.self, Origin.self, Actors.self, Topics.self, Show.self,
                    Export.self, Changes.self,
                ]),
            CommandGroup(
                name: "Desk",
                subcommands: [
                    Log.self, Edit.self, Retract.self, History.self, Review.self, Scales.self, Queue.self, Confirm.self,
                    Reject.self,
                ]),
        ]
    )
}
