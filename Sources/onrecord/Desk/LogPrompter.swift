import Foundation
import OnRecordCore

/// The `log` options as typed, before they are checked; `nil` means not given.
struct LogFields: Equatable {
    var speaker: String?
    var text: String?
    var kind: String?
    var date: String?
    var source: String?
    var outlet: String?
    var by: String?
    var note: String?

    /// The required options still missing, as `--option` names, in prompt order.
    var missingOptions: [String] {
        Self.prompts.filter { $0.isRequired && self[keyPath: $0.field] == nil }.map(\.option)
    }

    /// One question of the interactive mode.
    struct Prompt {
        var field: WritableKeyPath<LogFields, String?>
        var option: String
        var question: String
        var isRequired: Bool
        /// Why an answer is refused, or `nil` when it is fine.
        var problem: (String) -> String?
    }

    /// Every field in the order the interactive mode asks for it.
    static var prompts: [Prompt] {
        [
            Prompt(field: \.speaker, option: "--speaker", question: "Speaker (any name or alias)", isRequired: true) {
                _ in nil
            },
            Prompt(field: \.text, option: "--text", question: "What was said", isRequired: true) { _ in nil },
            Prompt(field: \.kind, option: "--kind", question: "Kind (direct or reported)", isRequired: true) {
                StatementKind(rawValue: $0.lowercased()) == nil ? "answer 'direct' or 'reported'" : nil
            },
            Prompt(field: \.date, option: "--date", question: "Date said (YYYY-MM-DD)", isRequired: true) {
                CalendarDay.isValid($0) ? nil : "write the day as YYYY-MM-DD, for example 2022-03-20"
            },
            Prompt(field: \.source, option: "--source", question: "Source (URL or description)", isRequired: true) {
                _ in nil
            },
            Prompt(field: \.outlet, option: "--outlet", question: "Outlet (optional)", isRequired: false) { _ in nil },
            Prompt(field: \.by, option: "--by", question: "Logged by", isRequired: true) { _ in nil },
            Prompt(field: \.note, option: "--note", question: "Note (optional)", isRequired: false) { _ in nil },
        ]
    }
}

/// Asks for the `log` fields that were not given, one line each.
///
/// Reading and writing are injected, so tests drive it with a list of answers. A blank answer skips an
/// optional field and repeats the question for a required one; an invalid answer is explained and asked
/// again; the end of input stops, leaving the rest missing.
struct LogPrompter {
    /// Returns the next line typed, or `nil` at the end of input.
    var readLine: () -> String?
    /// Shows a question or a hint (the CLI writes to standard error, keeping stdout for data).
    var write: (String) -> Void

    /// Fills the missing fields of `fields` by asking; returns the completed fields.
    func fill(_ fields: LogFields) -> LogFields {
        var fields = fields
        for prompt in LogFields.prompts where fields[keyPath: prompt.field] == nil {
            asking: while true {
                write("\(prompt.question): ")
                guard let line = readLine() else { return fields }
                let answer = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if answer.isEmpty {
                    if prompt.isRequired { continue asking }
                    break asking
                }
                if let problem = prompt.problem(answer) {
                    write("  \(problem)\n")
                    continue asking
                }
                fields[keyPath: prompt.field] = answer
                break asking
            }
        }
        return fields
    }
}
