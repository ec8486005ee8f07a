import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

extension OnRecordCommand {
    /// One statement with full provenance.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one statement with its full provenance: document, offsets, sentence and rule.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .shortAndLong, help: "Output format: text or json.")
        var format: ShowFormat = .text

        @Argument(help: "The statement id (shown by timeline, search and export).")
        var id: Int64

        enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            try reportingUserErrors {
                let db = try database.openForReading()
                let detail = try db.statement(id: id)
                print(format == .json ? Self.json(detail) : Self.text(detail), terminator: "")
            }
        }

        static func text(_ detail: StatementDetail) -> String {
            let row = detail.row
            var lines: [(String, String)] = [
                ("Statement", "#\(row.id) (\(row.kind.rawValue))"),
                ("Text", row.text),
                ("Speaker", row.actorName ?? "unresolved"),
                (
                    "Mention",
                    row.speakerMention.map { mention in
                        detail.speakerSpan.map { "\(mention) [\($0.start)..<\($0.end)]" } ?? mention
                    } ?? "none"
                ),
                (
                    "Cue",
                    row.cue.map { cue in detail.cueSpan.map { "\(cue) [\($0.start)..<\($0.end)]" } ?? cue } ?? "none"
                ),
                ("Date", row.statedOn ?? "unknown"),
                ("Outlet", row.outlet ?? "unknown"),
                ("Title", row.title ?? "untitled"),
                ("URL", row.url ?? "none"),
                ("Source file", row.sourcePath ?? "none"),
                (
                    "Document",
                    "#\(row.documentID), characters \(row.charStart)..<\(row.charEnd), sha256 \(detail.contentSHA256)"
                ),
                ("Context", detail.context),
                (
                    "Rule",
                    "\(row.rule) (confidence \(JSONValue.double((row.confidence * 1000).rounded() / 1000).plainText))"
                ),
                ("Extractor", row.extractor),
                ("Ingested", detail.ingestedAt),
            ]
            if row.actorName == nil { lines[2].1 = "unresolved" }
            if let corrected = row.correctedText { lines.insert(("Corrected", corrected), at: 2) }
            let width = lines.map(\.0.count).max() ?? 0
            return lines.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
                .joined(separator: "\n") + "\n"
        }

        static func json(_ detail: StatementDetail) -> String {
            let keys =
                ExportColumns.statement + [
                    "speaker_start", "speaker_end", "cue_start", "cue_end", "context", "content_sha256", "ingested_at",
                ]
            let optionalInt: (Int?) -> JSONValue = { $0.map { .int(Int64($0)) } ?? .null }
            let cells =
                ExportColumns.values(for: detail.row) + [
                    optionalInt(detail.speakerSpan?.start), optionalInt(detail.speakerSpan?.end),
                    optionalInt(detail.cueSpan?.start), optionalInt(detail.cueSpan?.end), .string(detail.context),
                    .string(detail.contentSHA256), .string(detail.ingestedAt),
                ]
            return JSONValue.object(zip(keys, cells).map { (key: $0, value: $1) }).serialized() + "\n"
        }
    }
}
