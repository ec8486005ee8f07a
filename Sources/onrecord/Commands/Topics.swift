import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Topics: named full-text queries that tag statements.
    struct Topics: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "topics",
            abstract: "Define topics (named full-text queries) that tag statements, and list them.",
            discussion: """
                A topic is a name and an FTS5 query over statement texts, for example \
                onrecord topics add negotiations --match 'talks OR negotiat* OR ceasefire'. Statements are tagged \
                when they are ingested and re-tagged whenever a topic is added or edited; use --topic NAME with \
                timeline, compare, search, origin and export.
                """,
            subcommands: [List.self, Add.self, Edit.self, Remove.self],
            defaultSubcommand: List.self)

        /// Lists topics with their statement counts.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List topics with their queries and statement counts.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup(title: "Output") var output: OutputOptions

            func run() throws {
                try reportingUserErrors {
                    let db = try database.openForReading()
                    try TopicTable.write(try db.topics(), with: output)
                }
            }
        }

        /// Adds a topic.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: "Add a topic and tag the statements it matches.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup(title: "Output") var output: OutputOptions

            @Argument(help: "The topic's name, used with --topic.")
            var name: String

            @Option(
                help: ArgumentHelp(
                    "The FTS5 query: words, \"phrases\", prefix*, OR, NOT, NEAR(a b).", valueName: "query"))
            var match: String

            func run() throws {
                try reportingUserErrors {
                    let db = try database.openForWriting()
                    let topic = try db.addTopic(named: name, matching: match, at: Date())
                    StandardError.write(
                        "Added topic '\(topic.name)': \(topic.statementCount) statement\(topic.statementCount == 1 ? "" : "s").\n"
                    )
                    try TopicTable.write([topic], with: output)
                }
            }
        }

        /// Renames a topic or changes its query.
        struct Edit: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "edit",
                abstract: "Change a topic's query (re-tagging every statement) or rename it.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup(title: "Output") var output: OutputOptions

            @Argument(help: "The topic's current name.")
            var name: String

            @Option(help: ArgumentHelp("A new FTS5 query.", valueName: "query"))
            var match: String?

            @Option(help: ArgumentHelp("A new name.", valueName: "name"))
            var rename: String?

            func validate() throws {
                if match == nil && rename == nil { throw ValidationError("Give --match QUERY, --rename NAME or both.") }
            }

            func run() throws {
                try reportingUserErrors {
                    let db = try database.openExistingForWriting()
                    let topic = try db.editTopic(named: name, newName: rename, matching: match, at: Date())
                    StandardError.write(
                        "Topic '\(topic.name)': \(topic.statementCount) statement\(topic.statementCount == 1 ? "" : "s").\n"
                    )
                    try TopicTable.write([topic], with: output)
                }
            }
        }

        /// Removes a topic.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove a topic and its tags (statements are kept).", aliases: ["rm"])

            @OptionGroup var database: DatabaseOptions

            @Argument(help: "The topic's name.")
            var name: String

            func run() throws {
                try reportingUserErrors {
                    let db = try database.openExistingForWriting()
                    try db.removeTopic(named: name)
                    StandardError.write("Removed topic '\(name)'.\n")
                }
            }
        }
    }
}

/// How topics are listed.
enum TopicTable {
    /// Column names of a topic listing, in order (a contract like the statement columns).
    static let columns = ["topic_id", "name", "query", "statements", "first_stated_on", "last_stated_on"]

    /// Writes topics with the shared output options.
    static func write(_ topics: [TopicSummary], with output: OutputOptions) throws {
        let writer = try output.makeWriter(
            columns: columns,
            tableColumns: [
                TableColumn(heading: "id", cellIndex: 0, maxWidth: 6),
                TableColumn(heading: "name", cellIndex: 1, maxWidth: 24),
                TableColumn(heading: "statements", cellIndex: 3, maxWidth: 10),
                TableColumn(heading: "first", cellIndex: 4, maxWidth: 10),
                TableColumn(heading: "latest", cellIndex: 5, maxWidth: 10),
                TableColumn(heading: "query", cellIndex: 2, maxWidth: 60),
            ])
        for topic in topics {
            writer.write([
                .int(topic.id), .string(topic.name), .string(topic.query), .int(Int64(topic.statementCount)),
                ExportColumns.optional(topic.firstStatedOn), ExportColumns.optional(topic.lastStatedOn),
            ])
        }
        writer.finish()
    }
}
