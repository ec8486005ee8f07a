import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// Shows what people did to a statement.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract:
                "Show a statement's history: who logged, edited, confirmed, rejected, retracted or reviewed it, when and why.",
            discussion:
                "The statement's current state goes to standard error in table format; the history rows to standard output."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup(title: "Output") var output: OutputOptions

        @Argument(help: "The statement id.")
        var id: Int64

        /// The column contract of `history` output.
        static let columns = [
            "history_id", "statement_id", "at", "by", "action", "field", "old_value", "new_value", "reason",
        ]

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let (statement, entries, reviews) = try db.history(of: id)
                if output.format == .table {
                    StandardError.write(Self.summary(statement, reviews: reviews))
                    if entries.isEmpty {
                        StandardError.write("No changes recorded: nobody has touched this statement.\n")
                    }
                }
                let writer = try output.makeWriter(columns: Self.columns)
                for entry in entries {
                    writer.write([
                        .int(entry.id), .int(entry.statementID), .string(entry.at), .string(entry.by),
                        .string(entry.action.rawValue), JSONValue(entry.field), JSONValue(entry.oldValue),
                        JSONValue(entry.newValue), JSONValue(entry.reason),
                    ])
                }
                writer.finish()
            }
        }

        static func summary(_ statement: StatementCuration, reviews: [StatementReview]) -> String {
            let row = statement.row
            var lines = [
                "Statement #\(row.id) (\(row.kind.rawValue), \(statement.status)\(statement.isLocked ? ", locked" : ""))",
                "  Now:     \(row.currentText)",
            ]
            if row.correctedText != nil { lines.append("  Source:  \(row.text)") }
            lines.append("  Speaker: \(row.actorName ?? row.speakerMention ?? "unresolved")")
            lines.append("  Date:    \(row.statedOn ?? "unknown")")
            if let loggedBy = statement.loggedBy { lines.append("  Logged:  by \(loggedBy)") }
            if let checkedBy = statement.checkedBy {
                lines.append("  Checked: by \(checkedBy) at \(statement.checkedAt ?? "?")")
            }
            if let note = statement.note { lines.append("  Note:    \(note)") }
            for review in reviews {
                lines.append("  Verdict: \(review.rating) by \(review.reviewer), \(review.reviewedOn) (\(review.url))")
            }
            return lines.joined(separator: "\n") + "\n\n"
        }
    }
}
