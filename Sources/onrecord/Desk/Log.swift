import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension OnRecordCommand {
    /// Adds a statement by hand.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Log a statement by hand: a press conference, a video, a post no stored article carries.",
            discussion: """
                The statement is stored with provenance 'manual': a small document records who said it, when, \
                where and who logged it, and the statement points at its words there. It is locked, so \
                re-extraction never touches it, and can be corrected with 'onrecord edit'. When required options \
                are missing and standard input is a terminal, onrecord asks for them; otherwise it exits 64.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Who said it (any name or alias; a new actor when unknown).")
        var speaker: String?

        @Option(help: "The words said (direct) or their gist (reported).")
        var text: String?

        @Option(help: ArgumentHelp("'direct' quote or 'reported' speech.", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("The day it was said.", valueName: "YYYY-MM-DD"))
        var date: String?

        @Option(
            help: ArgumentHelp(
                "Where: a URL, or a description such as \"press conference, Kyiv\".", valueName: "url-or-description"))
        var source: String?

        @Option(help: "The outlet that carried it.")
        var outlet: String?

        @Option(help: ArgumentHelp("Who is logging it.", valueName: "name"))
        var by: String?

        @Option(help: "A note kept with the statement.")
        var note: String?

        @Option(help: ArgumentHelp("For a new speaker: 'person' or 'organization'.", valueName: "kind"))
        var speakerKind: SpeakerKindOption = .person

        enum SpeakerKindOption: String, ExpressibleByArgument, CaseIterable {
            case person, organization
        }

        func validate() throws {
            if let kind, StatementKind(rawValue: kind.lowercased()) == nil {
                throw ValidationError("--kind must be 'direct' or 'reported', not '\(kind)'.")
            }
            try CalendarDay.validate(date, option: "--date")
            for (option, value) in [("--speaker", speaker), ("--text", text), ("--source", source), ("--by", by)] {
                try requireNonBlank(value, option: option)
            }
        }

        func run() throws {
            try reportingUserErrors {
                var fields = LogFields(
                    speaker: speaker, text: text, kind: kind, date: date, source: source, outlet: outlet, by: by,
                    note: note)
                if !fields.missingOptions.isEmpty && isatty(STDIN_FILENO) == 1 {
                    let prompter = LogPrompter(readLine: { Swift.readLine() }, write: StandardError.write)
                    fields = prompter.fill(fields)
                }
                let manual = try Self.manualStatement(
                    from: fields, speakerKind: speakerKind == .organization ? .organization : .person)
                let db = try database.openForWriting()
                let id = try db.logStatement(manual, at: Date())
                print(id)
                StandardError.write(
                    "Logged statement \(id) by '\(manual.speaker)'. See it with 'onrecord show \(id)'.\n")
            }
        }

        /// The statement the fields describe.
        ///
        /// - Throws: ``DeskCLIError/missingOptions(_:)`` naming every required option still missing.
        static func manualStatement(from fields: LogFields, speakerKind: ActorKind) throws -> ManualStatement {
            guard fields.missingOptions.isEmpty, let speaker = fields.speaker, let text = fields.text,
                let kind = fields.kind.flatMap({ StatementKind(rawValue: $0.lowercased()) }), let date = fields.date,
                let source = fields.source, let by = fields.by
            else { throw DeskCLIError.missingOptions(fields.missingOptions) }
            return ManualStatement(
                speaker: speaker, text: text, kind: kind, statedOn: date, source: source, outlet: fields.outlet,
                loggedBy: by, note: fields.note, speakerKind: speakerKind)
        }
    }
}
