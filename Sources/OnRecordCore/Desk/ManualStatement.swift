/// A statement a person logs by hand: words no stored article carries yet (a press conference, a video, a post).
///
/// Provenance stays exact: ``document(loggedAt:)`` builds the small document the statement is stored in, a
/// header naming who said it, when, where and who logged it, followed by the words, and the span of the
/// words in it. So the statement's offsets point at its text like those of any extracted statement.
public struct ManualStatement: Hashable, Sendable {
    /// The speaker as the person typed it; matched against every actor alias.
    public var speaker: String
    /// The words said (direct) or their gist (reported).
    public var text: String
    /// Direct quote or reported speech.
    public var kind: StatementKind
    /// The day it was said, `YYYY-MM-DD`.
    public var statedOn: String
    /// Where it was said or published: a URL, or a description such as "press conference, Kyiv".
    public var source: String
    /// The outlet that carried it, if any.
    public var outlet: String?
    /// Who logged it.
    public var loggedBy: String
    /// A free note.
    public var note: String?
    /// What sort of actor the speaker is, used only when the speaker is new.
    public var speakerKind: ActorKind

    /// Creates a logged statement.
    public init(
        speaker: String, text: String, kind: StatementKind, statedOn: String, source: String, outlet: String? = nil,
        loggedBy: String, note: String? = nil, speakerKind: ActorKind = .person
    ) {
        self.speaker = speaker
        self.text = text
        self.kind = kind
        self.statedOn = statedOn
        self.source = source
        self.outlet = outlet
        self.loggedBy = loggedBy
        self.note = note
        self.speakerKind = speakerKind
    }

    /// The source when it is a web address (`http://` or `https://`), else `nil`.
    public var sourceURL: String? {
        let lowered = source.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") ? source : nil
    }

    /// The document text that records this statement, and the span of the words in it.
    ///
    /// - Parameter timestamp: When it was logged (ISO-8601); part of the record, so the same words logged
    ///   for another occasion make another document.
    /// - Returns: The text and the Unicode scalar span of ``text`` within it.
    public func document(loggedAt timestamp: String) -> (text: String, span: TextSpan) {
        var header = "\(speaker), \(statedOn), \(source)"
        if let outlet { header += " (\(outlet))" }
        header += " [\(kind.rawValue); logged by \(loggedBy) at \(timestamp)]:\n"
        let start = header.unicodeScalars.count
        return (header + text + "\n", TextSpan(start: start, end: start + text.unicodeScalars.count))
    }
}

/// The fields an `edit` changes; `nil` leaves a field as it is.
public struct StatementChanges: Hashable, Sendable {
    /// A new speaker (any alias of an actor, or a new actor's name).
    public var speaker: String?
    /// The corrected wording. The source's words and offsets are kept; this becomes the current wording.
    public var text: String?
    /// Direct or reported.
    public var kind: StatementKind?
    /// The day it was said, `YYYY-MM-DD`.
    public var statedOn: String?
    /// A new note.
    public var note: String?

    /// Creates a set of changes.
    public init(
        speaker: String? = nil, text: String? = nil, kind: StatementKind? = nil, statedOn: String? = nil,
        note: String? = nil
    ) {
        self.speaker = speaker
        self.text = text
        self.kind = kind
        self.statedOn = statedOn
        self.note = note
    }

    /// True when no field is set.
    public var isEmpty: Bool {
        speaker == nil && text == nil && kind == nil && statedOn == nil && note == nil
    }
}

/// What a person did to a statement, as recorded in its history.
public enum CurationAction: String, Codable, Sendable, CaseIterable, Hashable {
    /// Logged it by hand.
    case log
    /// Changed a field.
    case edit
    /// Withdrew it (it was never said, or wrongly attributed); it is kept but left out of listings.
    case retract
    /// Checked an automatically extracted statement and found it right.
    case confirm
    /// Found an automatically extracted statement wrong; it is kept but left out of listings.
    case reject
    /// Recorded a verdict on it.
    case review
}

/// One row of a statement's history: who did what, when and why.
public struct StatementHistoryEntry: Hashable, Codable, Sendable {
    /// The entry's id; entries are numbered in the order they happened.
    public var id: Int64
    /// The statement.
    public var statementID: Int64
    /// What was done.
    public var action: CurationAction
    /// The changed field (speaker, text, kind, stated_on, note, status, rating), if any.
    public var field: String?
    /// The value before.
    public var oldValue: String?
    /// The value after.
    public var newValue: String?
    /// Who did it.
    public var by: String
    /// Why.
    public var reason: String?
    /// When (ISO-8601 UTC).
    public var at: String

    /// Creates an entry.
    public init(
        id: Int64, statementID: Int64, action: CurationAction, field: String?, oldValue: String?, newValue: String?,
        by: String, reason: String?, at: String
    ) {
        self.id = id
        self.statementID = statementID
        self.action = action
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.by = by
        self.reason = reason
        self.at = at
    }
}

/// A statement's current state as people left it, next to what its source says.
public struct StatementCuration: Hashable, Sendable {
    /// The statement with its document facts: `row.text` is the source's words, `row.currentText` what it
    /// now reads.
    public var row: StatementRow
    /// `active`, `retracted` or `rejected`.
    public var status: String
    /// Whether re-extraction leaves the statement alone.
    public var isLocked: Bool
    /// The note, if any.
    public var note: String?
    /// Who logged it, for a manual statement.
    public var loggedBy: String?
    /// Who last confirmed it, and when.
    public var checkedBy: String?
    /// When it was last confirmed.
    public var checkedAt: String?

    /// Creates a curation summary.
    public init(
        row: StatementRow, status: String, isLocked: Bool, note: String?, loggedBy: String?,
        checkedBy: String?, checkedAt: String?
    ) {
        self.row = row
        self.status = status
        self.isLocked = isLocked
        self.note = note
        self.loggedBy = loggedBy
        self.checkedBy = checkedBy
        self.checkedAt = checkedAt
    }
}
