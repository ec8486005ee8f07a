import ArgumentParser

/// The `onrecord` command-line tool: who said what, when, and where it was reported.
@main
struct OnRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onrecord",
        abstract: "Turn news articles into a searchable database of who said what, when and where.",
        version: "0.1.0"
    )
}
