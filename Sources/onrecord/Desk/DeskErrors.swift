import ArgumentParser
import Foundation
import OnRecordCore
import OnRecordStore

/// Errors of the desk commands (`log`, `edit`, `retract`, `review`, `queue`, `confirm`, `reject`, `history`)
/// raised in the command-line layer.
enum DeskCLIError: Error, Equatable {
    /// Required `log` options are missing and standard input is not a terminal to ask for them.
    case missingOptions([String])
    /// A rating scale file cannot be read or understood.
    case badScaleFile(path: String, reason: String)
}

extension DeskCLIError: UserFacingError {
    var message: String {
        switch self {
        case .missingOptions(let options):
            "Missing \(options.joined(separator: ", ")). Give \(options.count == 1 ? "it" : "them") on the command line, or run 'onrecord log' at a terminal to be asked."
        case .badScaleFile(let path, let reason):
            "The rating scale '\(path)' cannot be used: \(reason). Write one verdict per line, best first, optionally 'Name = 3' or 'Name = none'."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .missingOptions: 64
        case .badScaleFile: 65
        }
    }
}

extension DeskError: UserFacingError {
    var message: String {
        switch self {
        case .nothingToChange(let id):
            "Nothing to change on statement \(id): every value given is already the current one."
        case .alreadyWithdrawn(let id, let status):
            "Statement \(id) is already \(status). See 'onrecord history \(id)'."
        case .notActive(let id, let status):
            "Statement \(id) is \(status), so it cannot be confirmed or reviewed. See 'onrecord history \(id)'."
        case .notAutomatic(let id):
            "Statement \(id) was logged by hand, so there is nothing to confirm or reject; use 'onrecord edit' or 'onrecord retract'."
        case .ambiguousSpeaker(let name, let candidates):
            "The speaker '\(name)' could be \(candidates.joined(separator: " or ")). Give the full name."
        case .unknownRating(let rating, let scale, let ratings):
            "The rating '\(rating)' is not on the '\(scale)' scale. Use one of: \(ratings.joined(separator: ", "))."
        case .unknownScale(let name, let known):
            "No rating scale named '\(name)' (and no such file). Known scales: \(known.joined(separator: ", "))."
        case .duplicateLog(let speaker):
            "This statement by '\(speaker)' was just logged with the same details; it was not stored twice."
        case .invalidValue(let field, let value, let reason):
            "The value '\(value)' for --\(field) cannot be used: \(reason)."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .nothingToChange, .ambiguousSpeaker, .unknownRating, .unknownScale, .invalidValue: 64
        case .alreadyWithdrawn, .notActive, .notAutomatic, .duplicateLog: 65
        }
    }
}

/// Strict `YYYY-MM-DD` days for every date option: the day must exist (no 2023-02-30).
enum CalendarDay {
    /// Whether `text` is a real day written `YYYY-MM-DD`.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year > 0, (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Throws a usage error naming `option` when `value` is not a real day.
    static func validate(_ value: String?, option: String) throws {
        if let value, !isValid(value) {
            throw ValidationError(CLIError.invalidDate(option: option, value: value).message)
        }
    }

    /// Today in UTC, `YYYY-MM-DD`.
    static func today(_ date: Date = Date()) -> String {
        String(date.formatted(.iso8601).prefix(10))
    }
}

/// Web addresses given to `--url` and `--reviewer-url`.
enum WebAddress {
    /// Whether `text` is an `http`/`https` URL with a host.
    static func isValid(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }

    /// Throws a usage error naming `option` when `value` is not a web address.
    static func validate(_ value: String?, option: String) throws {
        if let value, !isValid(value) {
            throw ValidationError("The value '\(value)' given to \(option) is not a web address. Write it as https://…")
        }
    }
}

/// Throws a usage error when a required text option is blank.
func requireNonBlank(_ value: String?, option: String) throws {
    if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw ValidationError("\(option) cannot be empty.")
    }
}
