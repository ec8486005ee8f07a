import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Corrects a statement, keeping the old values in its history.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a statement's speaker, wording, kind, date or note; the old values stay in its history.",
            discussion: """
                Nothing is overwritten without a record: every changed field is written to the history with \
                who, when and why ('onrecord history ID'). A corrected wording is shown as the statement's \
                text, while the source's own words and offsets are kept for provenance. The statement is \
                locked, so 'ingest --reextract' keeps the correction.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The statement id.")
        var id: Int64

        @Option(help: "The right speaker (any name or alias; a new actor when unknown).")
        var speaker: String?

        @Option(help: "The corrected wording.")
        var text: String?

        @Option(help: ArgumentHelp("'direct' quote or 'reported' speech.", valueName: "kind"))
        var kind: KindOption?

        @Option(help: ArgumentHelp("The day it was said.", valueName: "YYYY-MM-DD"))
        var date: String?

        @Option(help: "A new note.")
        var note: String?

        @Option(help: ArgumentHelp("Who makes the change.", valueName: "name"))
        var by: String

        @Option(help: "Why it is changed.")
        var reason: String

        func validate() throws {
            try CalendarDay.validate(date, option: "--date")
            for (option, value) in [("--by", by), ("--reason", reason), ("--speaker", speaker), ("--text", text)] {
                try requireNonBlank(value, option: option)
            }
            if speaker == nil && text == nil && kind == nil && date == nil && note == nil {
                throw ValidationError(
                    "Nothing to change: give at least one of --speaker, --text, --kind, --date or --note.")
            }
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openExistingForWriting()
                let changes = StatementChanges(
                    speaker: speaker, text: text, kind: kind?.statementKind, statedOn: date, note: note)
                let entries = try db.editStatement(id: id, changes: changes, by: by, reason: reason, at: Date())
                for entry in entries {
                    StandardError.write(
                        "Statement \(id): \(entry.field ?? "?") changed from \(Self.quoted(entry.oldValue)) to \(Self.quoted(entry.newValue)).\n"
                    )
                }
            }
        }

        static func quoted(_ value: String?) -> String {
            value.map { "'\($0)'" } ?? "nothing"
        }
    }

    /// Withdraws a statement without deleting it.
    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract:
                "Retract a statement (never said, or wrongly attributed); it is kept, marked, and left out of listings."
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The statement id.")
        var id: Int64

        @Option(help: ArgumentHelp("Who retracts it.", valueName: "name"))
        var by: String

        @Option(help: "Why it is retracted.")
        var reason: String

        func validate() throws {
            try requireNonBlank(by, option: "--by")
            try requireNonBlank(reason, option: "--reason")
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openExistingForWriting()
                try db.retractStatement(id: id, by: by, reason: reason, at: Date())
                StandardError.write("Statement \(id) retracted. Its history: 'onrecord history \(id)'.\n")
            }
        }
    }
}
