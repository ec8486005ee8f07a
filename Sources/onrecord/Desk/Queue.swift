import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Lists extracted statements a person should check.
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue",
            abstract: "List extracted statements to check: low confidence or no resolved speaker, most recent first.",
            discussion: """
                Statements a person already confirmed, edited, rejected, retracted or reviewed are not listed. \
                Work through the queue with 'onrecord confirm ID --by NAME', 'onrecord edit ID …' or \
                'onrecord reject ID --by NAME --reason TEXT'.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Option(help: ArgumentHelp("List statements below this confidence (0 to 1).", valueName: "x"))
        var minConfidence: Double = 0.6

        @Option(name: [.customShort("n"), .long], help: "Show at most this many statements.")
        var limit: Int?

        func validate() throws {
            if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1.") }
            if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number.") }
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let rows = try db.reviewQueue(minConfidence: minConfidence, limit: limit)
                if output.format == .table {
                    StandardError.write("\(rows.count) statement\(rows.count == 1 ? "" : "s") to check\n")
                }
                _ = try StatementTable.write(rows, with: output)
            }
        }
    }

    /// Marks an extracted statement as checked.
    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm",
            abstract: "Confirm an extracted statement: mark it checked by you and lock it against re-extraction.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The statement id.")
        var id: Int64

        @Option(help: ArgumentHelp("Who checked it.", valueName: "name"))
        var by: String

        func validate() throws {
            try requireNonBlank(by, option: "--by")
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openExistingForWriting()
                try db.confirmStatement(id: id, by: by, at: Date())
                StandardError.write("Statement \(id) confirmed by \(by).\n")
            }
        }
    }

    /// Marks an extracted statement as wrong.
    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject a wrongly extracted statement; it is kept, marked rejected, and left out of listings.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The statement id.")
        var id: Int64

        @Option(help: ArgumentHelp("Who rejects it.", valueName: "name"))
        var by: String

        @Option(help: "Why it is wrong.")
        var reason: String

        func validate() throws {
            try requireNonBlank(by, option: "--by")
            try requireNonBlank(reason, option: "--reason")
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openExistingForWriting()
                try db.rejectStatement(id: id, by: by, reason: reason, at: Date())
                StandardError.write("Statement \(id) rejected.\n")
            }
        }
    }
}
