/// What can go wrong when people log, correct, check or review statements.
///
/// Database failures still arrive as ``StoreError``; these are the cases a person can fix by changing what
/// they asked for. The CLI words them and picks exit codes.
public enum DeskError: Error, Equatable, Sendable {
    /// An `edit` that changes nothing (no field given, or every value is already the current one).
    case nothingToChange(id: Int64)
    /// The statement is already retracted or rejected.
    case alreadyWithdrawn(id: Int64, status: String)
    /// The statement is retracted or rejected, so it cannot be confirmed or reviewed.
    case notActive(id: Int64, status: String)
    /// `confirm` and `reject` apply to automatically extracted statements; a logged one is retracted instead.
    case notAutomatic(id: Int64)
    /// The speaker's name fits several actors.
    case ambiguousSpeaker(name: String, candidates: [String])
    /// The verdict is not on the scale.
    case unknownRating(rating: String, scale: String, ratings: [String])
    /// No scale has that name.
    case unknownScale(name: String, known: [String])
    /// The same statement was already logged by the same person at the same moment.
    case duplicateLog(speaker: String)
    /// A field is empty or malformed.
    case invalidValue(field: String, value: String, reason: String)
}
