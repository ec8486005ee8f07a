import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

/// An error whose message is written for the person at the terminal.
///
/// The CLI owns wording and exit codes, so library errors conform here rather than in their modules.
protocol UserFacingError: Error {
    /// One or two sentences: what failed, where, and what to do.
    var message: String { get }
    /// The process exit status (sysexits); see README "Exit status".
    var exitStatus: Int32 { get }
}

/// Errors raised by the command-line layer itself.
enum CLIError: Error, Equatable {
    /// The database file does not exist (for read-only commands).
    case databaseMissing(path: String)
    /// A date option is not `YYYY-MM-DD`.
    case invalidDate(option: String, value: String)
    /// An output file cannot be written.
    case cannotWriteOutput(path: String, reason: String)
    /// An input file for `extract` cannot be read.
    case unreadableInput(path: String, reason: String)
    /// Some inputs failed; details were already printed.
    case someInputsFailed(count: Int)
}

extension CLIError: UserFacingError {
    var message: String {
        switch self {
        case .databaseMissing(let path):
            "No database at '\(path)'. Run 'onrecord ingest <files>' first, or pass --db (or set ONRECORD_DB) to use another file."
        case .invalidDate(let option, let value):
            "The date '\(value)' given to \(option) is not a date. Write it as YYYY-MM-DD, for example 2022-03-20."
        case .cannotWriteOutput(let path, let reason):
            "Cannot write to '\(path)': \(reason)."
        case .unreadableInput(let path, let reason):
            "Cannot read '\(path)': \(reason)."
        case .someInputsFailed(let count):
            count == 1 ? "1 input failed; see the message above." : "\(count) inputs failed; see the messages above."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .databaseMissing: 66
        case .invalidDate: 64
        case .cannotWriteOutput: 73
        case .unreadableInput: 66
        case .someInputsFailed: 65
        }
    }
}

extension StoreError: UserFacingError {
    var message: String {
        switch self {
        case .notADatabase(let path):
            "'\(path)' is not an OnRecord database (it is empty, not SQLite, damaged, or another program's database). Pass --db to use another file."
        case .cannotOpen(let path, let reason):
            "Cannot open the database '\(path)': \(reason). Check the path and its permissions, or pass --db."
        case .databaseBusy(let path):
            "The database '\(path)' is busy with another onrecord process. Try again in a moment."
        case .schemaTooNew(let path, let found, let supported):
            "The database '\(path)' was created by a newer version of onrecord (schema \(found), this one knows \(supported)). Upgrade onrecord or pass --db to use another file."
        case .unknownActor(let name, let suggestions):
            suggestions.isEmpty
                ? "No actor named '\(name)' in the database. Run 'onrecord actors' to see who is there."
                : "No actor named '\(name)' in the database. Did you mean: \(suggestions.prefix(5).joined(separator: ", "))?"
        case .statementNotFound(let id):
            "No statement with id \(id). Ids are shown by 'timeline', 'search' and 'export'."
        case .unknownURL(let url, let suggestions):
            suggestions.isEmpty
                ? "No article with the URL '\(url)' in the database. URLs must match as stored; 'onrecord export --format csv' lists them."
                : "No article with the URL '\(url)' in the database. Did you mean: \(suggestions.prefix(5).joined(separator: ", "))?"
        case .emptyQuery:
            "The search text has no words to look for. Give at least one word, for example: onrecord search ceasefire"
        case .invalidSearchSyntax(let query, let reason):
            "The search '\(query)' is not valid full-text syntax (\(reason)). Leave out --fts to search for the words as typed."
        case .provenanceMismatch(let statement):
            "A statement's offsets do not match its text ('\(statement.prefix(60))'); it was not stored."
        case .databaseFailure(let path, let message):
            "The database '\(path)' reported an error: \(message)."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .notADatabase, .cannotOpen, .databaseFailure: 74
        case .databaseBusy: 75
        case .schemaTooNew: 78
        case .unknownActor, .statementNotFound, .unknownURL: 1
        case .emptyQuery, .invalidSearchSyntax: 64
        case .provenanceMismatch: 65
        }
    }
}

/// Runs a command body, turning user-facing errors into "Error: …" on stderr plus their exit status.
func reportingUserErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as any UserFacingError {
        StandardError.write("Error: \(error.message)\n")
        throw ExitCode(error.exitStatus)
    }
}

/// Writes human-facing text to standard error.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
