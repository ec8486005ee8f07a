/// The column contract of statement exports and listings (CSV header, JSON keys).
///
/// Spreadsheets, R and pandas scripts depend on these names and their order: add new columns at the
/// end, never rename or reorder. README.md documents each column; a golden test pins the header.
public enum ExportColumns {
    /// Column names of a statement export, in order.
    public static let statement: [String] = [
        "statement_id", "stated_on", "actor", "speaker_mention", "kind", "cue", "text", "outlet", "title",
        "url", "published_at", "document_id", "char_start", "char_end", "rule", "confidence", "extractor",
        "source_path", "created_at", "corrected_text",
    ]

    /// The values of one statement, in ``statement`` order.
    public static func values(for row: StatementRow) -> [JSONValue] {
        [
            .int(row.id), optional(row.statedOn), optional(row.actorName), optional(row.speakerMention),
            .string(row.kind.rawValue), optional(row.cue), .string(row.text), optional(row.outlet),
            optional(row.title), optional(row.url), optional(row.publishedAt), .int(row.documentID),
            .int(Int64(row.charStart)), .int(Int64(row.charEnd)), .string(row.rule),
            .double(rounded(row.confidence)), .string(row.extractor), optional(row.sourcePath),
            .string(row.createdAt), optional(row.correctedText),
        ]
    }

    /// Column names of an actor listing, in order.
    public static let actor: [String] = [
        "actor_id", "name", "kind", "statements", "first_stated_on", "last_stated_on", "aliases",
    ]

    /// The values of one actor, in ``actor`` order; aliases are joined with "; ".
    public static func values(for actor: ActorSummary) -> [JSONValue] {
        [
            .int(actor.id), .string(actor.name), .string(actor.kind.rawValue), .int(Int64(actor.statementCount)),
            optional(actor.firstStatedOn), optional(actor.lastStatedOn),
            .string(actor.aliases.joined(separator: "; ")),
        ]
    }

    /// A string, or `null` when absent.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// Confidences are kept to three decimals so exports do not show binary noise (0.30000000000000004).
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}

extension JSONValue {
    /// The value as a CSV cell or table shows it: strings as is, numbers in JSON form, `null` empty.
    public var plainText: String {
        switch self {
        case .null: ""
        case .string(let value): value
        default: serialized()
        }
    }
}
