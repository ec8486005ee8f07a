import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

/// Who is making a curation change.
struct CurationOptions: ParsableArguments {
    /// The name recorded in the change log.
    @Option(help: ArgumentHelp("Who makes the change, for the log (default: $USER).", valueName: "name"))
    var by: String?

    /// Run the change and roll it back.
    @Flag(help: "Show what would change, without changing anything.")
    var dryRun = false

    /// Prints the change's summary for people (stderr), marked when nothing was kept.
    func report(_ change: ActorChange) {
        StandardError.write((dryRun ? "Dry run, nothing changed: " : "") + change.summary + "\n")
    }

    /// `--by`, else `$USER`, else `$LOGNAME`, else "unknown".
    var person: String {
        let environment = ProcessInfo.processInfo.environment
        for candidate in [by, environment["USER"], environment["LOGNAME"]] {
            if let candidate, !candidate.trimmingCharacters(in: .whitespaces).isEmpty { return candidate }
        }
        return "unknown"
    }
}

extension OnRecordCommand.Actors {
    /// One actor in full.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an actor's aliases, roles, statement counts and change history.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .shortAndLong, help: "Output format: text or json.")
        var format: ShowFormat = .text

        @Argument(help: "The actor: any name, alias, role or #ID.")
        var actor: String

        enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let detail = try db.actorDetail(actor)
                print(format == .json ? Self.json(detail) : Self.text(detail), terminator: "")
            }
        }

        static func text(_ detail: ActorDetail) -> String {
            let actor = detail.summary
            var lines = [
                "Actor       \(actor.name) (#\(actor.id), \(actor.kind.rawValue))",
                "Statements  \(actor.statementCount) (\(detail.directCount) direct, \(detail.reportedCount) reported) in "
                    + "\(detail.documentCount) document\(detail.documentCount == 1 ? "" : "s")"
                    + (actor.firstStatedOn.map { ", \($0) to \(actor.lastStatedOn ?? $0)" } ?? ""),
                "",
                "Aliases",
            ]
            lines += detail.aliases.map { "  \($0.name)\($0.isCurated ? "  (curated)" : "")" }
            lines += ["", "Roles"]
            lines +=
                detail.roles.isEmpty
                ? ["  none known"]
                : detail.roles.map { role in
                    let from = role.startsOn ?? "?"
                    let dates =
                        role.isCurated
                        ? "from \(from)" + (role.endsOn.map { " until \($0)" } ?? "")
                        : "seen \(from)" + (role.endsOn.map { $0 == from ? "" : " to \($0)" } ?? "")
                    return "  \(role.role)  \(dates)  (\(role.isCurated ? "curated" : "learned"))"
                }
            lines += ["", "Changes"]
            lines +=
                detail.changes.isEmpty
                ? ["  none"] : detail.changes.map { "  \($0.changedAt)  \($0.changedBy)  \($0.summary)" }
            return lines.joined(separator: "\n") + "\n"
        }

        static func json(_ detail: ActorDetail) -> String {
            let actor = detail.summary
            let object: JSONValue = .object([
                ("actor_id", .int(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                ("statements", .int(Int64(actor.statementCount))), ("direct", .int(Int64(detail.directCount))),
                ("reported", .int(Int64(detail.reportedCount))), ("documents", .int(Int64(detail.documentCount))),
                ("first_stated_on", actor.firstStatedOn.map(JSONValue.string) ?? .null),
                ("last_stated_on", actor.lastStatedOn.map(JSONValue.string) ?? .null),
                (
                    "aliases",
                    .array(
                        detail.aliases.map { .object([("alias", .string($0.name)), ("curated", .bool($0.isCurated))]) })
                ),
                (
                    "roles",
                    .array(
                        detail.roles.map {
                            .object([
                                ("role", .string($0.role)), ("key", .string($0.key)),
                                ("starts_on", $0.startsOn.map(JSONValue.string) ?? .null),
                                ("ends_on", $0.endsOn.map(JSONValue.string) ?? .null),
                                ("source", .string($0.isCurated ? "curated" : "learned")),
                            ])
                        })
                ),
                ("changes", .array(detail.changes.map(ActorsLog.json))),
            ])
            return object.serialized() + "\n"
        }
    }

    /// Merges one actor into another.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge actor B into actor A: B's statements, aliases and roles move to A, and B is removed.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var curation: CurationOptions

        @Argument(help: "The actor to keep (A).")
        var target: String

        @Argument(help: "The actor to merge into it (B).")
        var source: String

        func run() throws {
            try reportingUserErrors {
                let change = try database.openExistingForWriting().mergeActor(
                    source, into: target, by: curation.person, at: Date(), dryRun: curation.dryRun)
                curation.report(change)
            }
        }
    }

    /// Splits aliases off an actor.
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split",
            abstract: "Move some of an actor's aliases, and the statements made under them, to a new actor.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var curation: CurationOptions

        @Argument(help: "The actor to split.")
        var actor: String

        @Option(
            name: .customLong("alias"),
            help: ArgumentHelp("An alias that belongs to someone else (repeatable).", valueName: "name"))
        var aliases: [String] = []

        @Option(help: ArgumentHelp("The new actor's name (default: the first alias).", valueName: "name"))
        var name: String?

        func validate() throws {
            if aliases.isEmpty { throw ValidationError("Give at least one --alias to move to the new actor.") }
        }

        func run() throws {
            try reportingUserErrors {
                let change = try database.openExistingForWriting().splitActor(
                    actor, aliases: aliases, newName: name, by: curation.person, at: Date(), dryRun: curation.dryRun)
                curation.report(change)
            }
        }
    }

    /// Renames an actor.
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give an actor a new name; the old name stays an alias.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var curation: CurationOptions

        @Argument(help: "The actor to rename.")
        var actor: String

        @Argument(help: "The new name.")
        var newName: String

        func run() throws {
            try reportingUserErrors {
                let change = try database.openExistingForWriting().renameActor(
                    actor, to: newName, by: curation.person, at: Date(), dryRun: curation.dryRun)
                curation.report(change)
            }
        }
    }

    /// `actors alias add|remove`.
    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias",
            abstract: "Add or remove a name an actor goes by.", subcommands: [Add.self, Remove.self])

        /// Adds an alias.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Add a name the actor goes by; it wins over automatic linking.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup var curation: CurationOptions

            @Argument(help: "The actor.")
            var actor: String

            @Argument(help: "The alias to add.")
            var alias: String

            func run() throws {
                try reportingUserErrors {
                    let change = try database.openExistingForWriting().addAlias(
                        alias, to: actor, by: curation.person, at: Date(), dryRun: curation.dryRun)
                    curation.report(change)
                }
            }
        }

        /// Removes an alias.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove a name from an actor; automatic linking never gives it back.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup var curation: CurationOptions

            @Argument(help: "The actor.")
            var actor: String

            @Argument(help: "The alias to remove.")
            var alias: String

            func run() throws {
                try reportingUserErrors {
                    let change = try database.openExistingForWriting().removeAlias(
                        alias, from: actor, by: curation.person, at: Date(), dryRun: curation.dryRun)
                    curation.report(change)
                }
            }
        }
    }

    /// `actors role add`.
    struct Role: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role",
            abstract: "Record the roles an actor holds over time.", subcommands: [Add.self, Remove.self])

        /// Removes a role.
        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove",
                abstract: "Remove a role from an actor; it is never learned for the actor again.")

            @OptionGroup var database: DatabaseOptions
            @OptionGroup var curation: CurationOptions

            @Argument(help: "The actor.")
            var actor: String

            @Argument(help: "The role, as shown by 'onrecord actors show'.")
            var role: String

            func run() throws {
                try reportingUserErrors {
                    let change = try database.openExistingForWriting().removeRole(
                        role, from: actor, by: curation.person, at: Date(), dryRun: curation.dryRun)
                    curation.report(change)
                }
            }
        }

        /// Adds a role.
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Record that an actor holds a role from a date (until a date, or still).",
                discussion: """
                    Statements that only describe their speaker by the role ("the Ukrainian president") link to \
                    whoever held it on the article's date. "Ukraine president", "Ukrainian president" and \
                    "president of Ukraine" are the same role.
                    """)

            @OptionGroup var database: DatabaseOptions
            @OptionGroup var curation: CurationOptions

            @Argument(help: "The actor.")
            var actor: String

            @Argument(help: "The role, for example \"president of Ukraine\".")
            var role: String

            @Option(help: ArgumentHelp("First day in the role.", valueName: "YYYY-MM-DD"))
            var from: String

            @Option(help: ArgumentHelp("Last day in the role (default: still held).", valueName: "YYYY-MM-DD"))
            var until: String?

            func validate() throws {
                try CalendarDay.validate(from, option: "--from")
                try CalendarDay.validate(until, option: "--until")
            }

            func run() throws {
                try reportingUserErrors {
                    let change = try database.openExistingForWriting().addRole(
                        role, to: actor, from: from, until: until, by: curation.person, at: Date(),
                        dryRun: curation.dryRun)
                    curation.report(change)
                }
            }
        }
    }

    /// The change log.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "List every correction made to actors: who, when and what.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Argument(help: "Only changes involving this actor.")
        var actor: String?

        func run() throws {
            try reportingUserErrors {
                let changes = try database.openForReading().actorChanges(for: actor)
                let writer = try output.makeWriter(
                    columns: ActorsLog.columns,
                    tableColumns: [
                        TableColumn(heading: "id", cellIndex: 0, maxWidth: 6),
                        TableColumn(heading: "when", cellIndex: 1, maxWidth: 20),
                        TableColumn(heading: "by", cellIndex: 2, maxWidth: 16),
                        TableColumn(heading: "action", cellIndex: 3, maxWidth: 12),
                        TableColumn(heading: "what", cellIndex: 6, maxWidth: 100),
                    ])
                for change in changes { writer.write(ActorsLog.values(change)) }
                writer.finish()
            }
        }
    }
}

/// The columns of `actors log` (a contract for CSV and JSON output).
enum ActorsLog {
    static let columns = ["change_id", "changed_at", "changed_by", "action", "actor_id", "other_actor_id", "summary"]

    static func values(_ change: ActorChange) -> [JSONValue] {
        [
            .int(change.id), .string(change.changedAt), .string(change.changedBy), .string(change.action),
            .int(change.actorID), change.otherActorID.map(JSONValue.int) ?? .null, .string(change.summary),
        ]
    }

    static func json(_ change: ActorChange) -> JSONValue {
        .object(zip(columns, values(change)).map { (key: $0, value: $1) })
    }
}
